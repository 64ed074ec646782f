"""charts.attribution builders: bars and coloured text carry the attribution's exact numbers."""
import numpy as np

from charts.attribution import attribution_bars, attribution_text
from charts.style import symbol_label
from lstm import CharLSTM, Vocabulary
from lstm.attribution import cell_attribution, logprob_attribution

TEXT = 'say "hi" <b>x</b> & go\n' * 4


def _att():
    model = CharLSTM(Vocabulary.from_text(TEXT), hidden=6, seed=0)
    trace = model.run(TEXT)
    return trace, logprob_attribution(model, trace, 70), cell_attribution(model, trace, 70, 2)


def test_bars_hold_the_scores_and_characters():
    trace, att, _ = _att()
    fig = attribution_bars(trace.tokens, att.norm, att.t, "Sensitivity", "size")
    bar = fig.data[0]
    assert np.array_equal(bar.x, np.arange(71)) and np.array_equal(bar.y, att.norm)
    assert fig.layout.title.text == "Sensitivity" and fig.layout.yaxis.title.text == "size"
    assert fig.layout.xaxis.title.text
    assert list(bar.customdata)[1] == "a" and "<" not in "".join(bar.customdata)   # escaped symbols
    assert bar.marker.color[70] != bar.marker.color[0]                           # position t highlighted
    assert "step %{x}" in bar.hovertemplate and "%{y:.6g}" in bar.hovertemplate
    axis = fig.layout.xaxis                    # 71 steps: every 4th labelled, its symbol over its step number
    assert list(axis.ticktext) == [f"{symbol_label(trace.tokens[s])}<br>{s}" for s in axis.tickvals]


def test_text_grid_wraps_and_colours():
    trace, att, cell = _att()
    fig = attribution_text(trace.tokens, cell.grad_x_input, cell.t, "Text", signed=True, width=30)
    heat = fig.data[0]
    z = np.asarray(heat.z, dtype=float)
    assert z.shape == (3, 30)
    assert np.allclose(z.ravel()[:71], cell.grad_x_input) and np.isnan(z.ravel()[71:]).all()
    assert heat.zmin == -heat.zmax and heat.zmax == np.abs(cell.grad_x_input).max()
    assert heat.text[0][0] == "s" and heat.text[0][3] == "␣"
    assert heat.customdata[2][10] == 70
    assert fig.layout.title.text == "Text" and fig.layout.xaxis.title.text and fig.layout.yaxis.title.text
    size = attribution_text(trace.tokens, att.norm, att.t, "Text")
    assert size.data[0].zmin == 0


def test_all_zero_scores_do_not_break_the_scale():
    fig = attribution_text(list("ab"), np.zeros(2), 1, "zero")
    assert fig.data[0].zmax == 1.0


def test_a_window_is_drawn_at_its_own_steps():
    model = CharLSTM(Vocabulary.from_text(TEXT), hidden=6, seed=0)
    trace = model.run(TEXT)
    att = logprob_attribution(model, trace, 70, back=20)                      # s = 51..70
    bars = attribution_bars(trace.tokens, att.norm, att.t, "S", "size", start=att.start).data[0]
    assert np.array_equal(bars.x, np.arange(51, 71)) and np.array_equal(bars.y, att.norm)
    assert list(bars.customdata) == [symbol_label(trace.tokens[s]) for s in range(51, 71)]
    assert bars.marker.color[-1] != bars.marker.color[0]                       # t is the last bar
    text = attribution_text(trace.tokens, att.norm, att.t, "T", width=10, start=att.start)
    assert text.data[0].customdata[0][0] == 51 and text.data[0].customdata[1][9] == 70
    assert list(text.layout.yaxis.ticktext) == ["51–60", "61–70"]
