"""charts.gradients builders, without Streamlit: norms against distance on a log axis, loss curves."""
import numpy as np

from charts import gradients
from lstm import CharGRU, CharLSTM, CharRNN, Vocabulary
from lstm.analysis import gradient_norms_through_time

TEXT = "ab<c> abc"


def results():
    vocab = Vocabulary.from_text(TEXT)
    return {name: gradient_norms_through_time(cls(vocab, hidden=3, seed=0), TEXT)
            for name, cls in (("RNN", CharRNN), ("LSTM", CharLSTM), ("GRU", CharGRU))}


def test_norms_figure_has_h_lines_and_a_dashed_c_line_for_the_lstm():
    res = results()
    fig = gradients.gradient_norms_figure(res, title="G")
    names = [t.name for t in fig.data]
    assert names == ["RNN: ‖∂L_T/∂h_t‖", "LSTM: ‖∂L_T/∂h_t‖", "LSTM: ‖∂L_T/∂C_t‖",
                     "GRU: ‖∂L_T/∂h_t‖"]
    np.testing.assert_allclose(fig.data[0].y, res["RNN"]["dh_norm"])
    np.testing.assert_allclose(fig.data[2].y, res["LSTM"]["dc_norm"])
    np.testing.assert_array_equal(fig.data[1].x, res["LSTM"]["distance"])
    assert fig.data[2].line.dash == "dash" and fig.data[1].line.dash == "solid"
    assert fig.layout.yaxis.type == "log"
    assert fig.layout.title.text == "G"
    assert "T − t" in fig.layout.xaxis.title.text and fig.layout.yaxis.title.text
    # hover names the step and its symbol, escaped
    assert fig.data[0].customdata[2] == 2 and fig.data[0].text[2] == "&lt;"
    assert "distance T − t = %{x}" in fig.data[0].hovertemplate


def test_norms_table_matches_the_figure():
    res = results()
    cols = gradients.norms_table(res)
    n = len(TEXT) - 1
    assert len(cols["norm"]) == 4 * n
    assert cols["model"][:n] == ["RNN"] * n
    assert cols["symbol"][:3] == ["a", "b", "<"]
    np.testing.assert_allclose(cols["norm"][2 * n:3 * n], res["LSTM"]["dc_norm"])


def test_loss_curves_show_window_loss_and_whole_text_loss():
    it = np.arange(5)
    hist = {"iteration": it, "loss": np.array([5.0, 4, 3, 2, 1]),
            "exact_loss": np.array([6.0, np.nan, 4, np.nan, 2])}
    fig = gradients.loss_curves_figure({"RNN": hist, "LSTM": hist}, title="L")
    assert len(fig.data) == 4
    np.testing.assert_array_equal(fig.data[0].y, hist["loss"])
    np.testing.assert_array_equal(fig.data[1].x, [0, 2, 4])
    np.testing.assert_array_equal(fig.data[1].y, [6.0, 4, 2])
    assert fig.data[0].line.color == fig.data[1].line.color != fig.data[2].line.color
    assert fig.layout.title.text == "L" and fig.layout.xaxis.title.text and fig.layout.yaxis.title.text
