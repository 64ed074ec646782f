"""charts.report: heatmaps equal the Trace, the loss curve, and the self-contained, escaped HTML report."""
import numpy as np
import pytest

from charts.report import build_report, loss_curve, report_figures, state_heatmap
from lstm import CharLSTM, Vocabulary
from lstm.sample import recite

TEXT = 'a <b>"c"</b> & d\n'
HISTORY = {"iteration": [0, 1, 2], "loss": [3.0, 1.0, 0.05], "smooth_loss": [3.0, 2.9, 2.8],
           "exact_loss": [None, None, 0.05]}


@pytest.fixture(scope="module")
def model():
    return CharLSTM(Vocabulary.from_text(TEXT), hidden=4, seed=0)


def test_state_heatmap_is_the_trace(model):
    trace = model.run(TEXT)
    fig = state_heatmap(trace.tokens, trace.f, "f")
    hm = fig.data[0]
    np.testing.assert_array_equal(np.asarray(hm.z), trace.f.T)
    assert (hm.zmin, hm.zmax) == (0.0, 1.0) and "f = %{z:.4f}" in hm.hovertemplate
    assert fig.layout.title.text == "forget gate f over the text" and fig.layout.yaxis.title.text == "unit"
    assert np.asarray(hm.customdata)[0, 2] == "&lt;"
    c = state_heatmap(trace.tokens, trace.c, "c").data[0]
    assert c.zmin == -c.zmax and "C = %{z:.4f}" in c.hovertemplate


def test_loss_curve_from_lists_or_arrays_with_target_and_marker():
    for history in (HISTORY, {k: np.array([np.nan if v is None else v for v in vs]) for k, vs in HISTORY.items()}):
        fig = loss_curve(history, 0.1, marker=(2, 2.8))
        names = [t.name for t in fig.data]
        assert names == ["loss (this iteration)", "smooth loss (0.999 EMA)", "exact whole-text loss", "snapshot"]
        assert list(fig.data[2].x) == [2] and fig.layout.shapes[0].y0 == 0.1 and fig.layout.yaxis.type == "log"
        assert list(fig.data[3].x) == [2] and list(fig.data[3].y) == [2.8]
    empty = loss_curve(None)
    assert "No training history" in empty.layout.annotations[0].text and empty.layout.title.text


def test_report_has_every_figure_title_plotly_inline_once_and_escapes_text(model):
    trace = model.run(TEXT)
    figs = report_figures(trace, HISTORY, 0.1)
    titles = [f.layout.title.text for f in figs]
    assert titles == ["Training loss per 25-symbol window", "forget gate f over the text", "input gate i over the text",
                      "output gate o over the text", "cell state C over the text"]
    page = build_report(model_label="<m>", text=TEXT, config={"hidden": 4, "criterion": "exact"},
                        summary={"iterations": 3, "seconds": 0.5, "exact_loss_per_window": 0.07942320817838425}, figures=figs,
                        samples=[(0.0, "<script>x</script>"), (0.5, "y")], recitation=recite(model, TEXT),
                        date="2025-01-02 03:04")
    for title in titles:
        assert f'"text":"{title}"' in page.replace("\\u003c", "<").replace(": ", ":"), title
    assert page.count("Plotly.newPlot") == len(figs)
    assert page.count("plotly.js v") == 1 and "cdn.plot.ly" not in page.split("plotly.js v")[0]
    assert "<script>x</script>" not in page and "&lt;script&gt;x&lt;/script&gt;" in page
    assert "&lt;b&gt;&quot;c&quot;&lt;/b&gt; &amp; d" in page and "LSTM report: &lt;m&gt;" in page
    assert "@page { size: A4; margin: 15mm }" in page and "2025-01-02 03:04" in page
    assert "<td>0.07942</td>" in page and "0.079423" not in page
    assert "criterion" in page and "iterations" in page and "temperature 0 (greedy)" in page
    assert 'class="ok"' in page or 'class="bad"' in page


def test_report_for_a_long_text_draws_its_first_symbols(model):
    trace = model.run(TEXT * 20)
    figs = report_figures(trace, None, max_steps=50)
    assert np.asarray(figs[1].data[0].z).shape == (4, 50) and "first 50 of 340 symbols" in figs[1].layout.title.text
