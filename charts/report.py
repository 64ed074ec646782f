"""The downloadable HTML report: its figures (loss curve, gate and cell-state heatmaps) and the page itself.

build_report() returns one self-contained HTML string: plotly's JavaScript is inlined once (so the file
opens offline), every user/model text is html.escape'd, light theme, A4 print CSS. Pure: no Streamlit.
Its words (and its figures') are English unless the caller passes `tr`, a gettext translations object
(ui/report.py passes the session's). Used by ui/report.py and the Time-lapse page (heatmaps, loss curve).
"""
import html

import numpy as np
import plotly.graph_objects as go
import plotly.io as pio

from lstm.notation import LABEL as NAMES, SYMBOL, is_gate   # NAMES: N_-marked English, translated here
from lstm.symbols import label as symbol_text, quoted, visible_text

from .alt import alt_text
from .style import (BLUE, ENGLISH, GATE_SCALE, GREEN, SIGNED_SCALE, SKY, TEMPLATE, VERMILLION, char_axis, empty,
                    hover, layout, symbol_label)

SHOWN = {"lstm": ("f", "i", "o", "c"), "gru": ("u", "r", "h"), "rnn": ("h",)}   # heatmaps per kind of cell


def state_heatmap(tokens, values, name, title=None, tr=ENGLISH):
    """Units × steps heatmap of one quantity.  values: (T, H); gates on a fixed 0–1 scale, C/h signed."""
    _ = tr.gettext
    values = np.asarray(values, dtype=float)
    T, H = values.shape
    labels = np.array([symbol_label(s) for s in tokens], dtype=object)
    symbol = SYMBOL.get(name, name)
    gate = is_gate(name)
    bound = 1.0 if gate else max(float(np.abs(values).max(initial=0.0)), 1e-9)
    fig = go.Figure(go.Heatmap(
        z=values.T, x=np.arange(T), y=np.arange(H), customdata=np.tile(labels, (H, 1)),
        colorscale=GATE_SCALE if gate else SIGNED_SCALE, zmin=0.0 if gate else -bound, zmax=bound,
        colorbar=dict(title=symbol),
        hovertemplate=hover(_("step {x} '{c}'").format(x="%{x}", c="%{customdata}"), _("unit {u}").format(u="%{y}"),
                            symbol + " = %{z:.4f}")))
    title = title or _("{name} over the text").format(name=_(NAMES.get(name, name)))
    layout(fig, title, _("character (step)"), _("unit"), height=max(260, 14 * H + 120))
    return char_axis(fig, list(tokens))


def _series(history, name):
    values = history.get(name)
    values = [] if values is None else values
    return np.array([np.nan if v is None else v for v in values], dtype=float)


def loss_curve(history, target=0.1, marker=None, title=None, tr=ENGLISH):
    """Loss per 25-symbol window against iterations (log scale), the target line, optionally a marker.

    history: dict of lists (iteration, loss, smooth_loss, exact_loss); marker: (iteration, loss) or None."""
    _ = tr.gettext
    title = title or _("Training loss per 25-symbol window")
    its = _series(history or {}, "iteration")
    if not len(its):
        return empty(title, _("No training history is stored with this model."))
    fig = go.Figure()
    for name, label, style in (("loss", _("loss (this iteration)"), dict(color=SKY, width=1)),
                               ("smooth_loss", _("smooth loss (0.999 EMA)"), dict(color=BLUE, width=2.5)),
                               ("exact_loss", _("exact whole-text loss"), dict(color=GREEN, width=2, dash="dash"))):
        y = _series(history, name)
        if len(y) == len(its) and np.isfinite(y).any():
            ok = np.isfinite(y)
            fig.add_trace(go.Scatter(x=its[ok], y=y[ok], name=label, mode="lines", line=style,
                                     hovertemplate=hover(_("iteration {x}").format(x="%{x}"),
                                                         label + " = %{y:.4f}")))
    fig.add_hline(y=target, line=dict(color=VERMILLION, dash="dot"),
                  annotation_text=_("target {target}").format(target=f"{target:g}"), annotation_position="top right")
    if marker is not None:
        fig.add_trace(go.Scatter(x=[marker[0]], y=[marker[1]], name=_("snapshot"), mode="markers",
                                 marker=dict(color=VERMILLION, size=12, symbol="diamond"),
                                 hovertemplate=hover(_("snapshot at iteration {x}").format(x="%{x}"),
                                                     _("loss = {y}").format(y="%{y:.4f}"))))
    fig.update_yaxes(type="log")
    return layout(fig, title, _("iteration"), _("loss per 25 symbols (log scale)"), height=380)


def report_figures(trace, history, target=0.1, max_steps=200, tr=ENGLISH):
    """The report's figures: loss curve, then (LSTM) gates f, i, o and cell state C over the first max_steps symbols."""
    _ = tr.gettext
    n = min(trace.T, max_steps)
    return [loss_curve(history, target, tr=tr)] + [
        state_heatmap(trace.tokens[:n], trace.get(q)[:n], q, tr=tr,
                      title=_("{name} over the text (first {n} of {total} symbols)").format(
                          name=_(NAMES[q]), n=n, total=trace.T) if n < trace.T else None)
        for q in SHOWN[trace.kind]]


CSS = """
@page { size: A4; margin: 15mm }
body { font-family: Arial, Helvetica, sans-serif; font-size: 11pt; color: #222; background: #fff;
       max-width: 180mm; margin: 0 auto; line-height: 1.4 }
h1 { font-size: 20pt; margin-bottom: 2mm } h2 { font-size: 14pt; margin-top: 8mm; border-bottom: 1px solid #ccc }
table { border-collapse: collapse; font-size: 10pt } td, th { border: 1px solid #ccc; padding: 1mm 3mm; text-align: left }
pre { white-space: pre-wrap; word-break: break-all; font-family: "DejaVu Sans Mono", Consolas, monospace;
      font-size: 10pt; background: #f7f7f7; padding: 2mm; border: 1px solid #ddd }
.ok { color: #1a7f37 } .bad { color: #fff; background: #cf222e; text-decoration: line-through }
tr.right td:nth-child(2) { color: #1a7f37 } tr.wrong td:nth-child(2) { color: #cf222e }
.figure { page-break-inside: avoid; break-inside: avoid; margin: 4mm 0 }
.muted { color: #555; font-size: 9pt }
"""


def _e(value):
    return html.escape(str(value))


def _value(v):
    """Floats to 4 significant digits (0.07942320817838425 -> 0.07942); everything else as str()."""
    return f"{v:.4g}" if isinstance(v, float) else str(v)


def _table(rows, head):
    """A two-column table: the head's names, then one row per (key, value); keys are identifiers, kept as is."""
    top = "".join(f"<th>{_e(h)}</th>" for h in head)
    body = "".join(f"<tr><th>{_e(k)}</th><td>{_e(_value(v))}</td></tr>" for k, v in rows)
    return f"<table><tr>{top}</tr>{body}</table>"


def _recitation_html(expected, produced, _):
    """Produced symbols coloured green where they equal the expected ones, red (with the expected in the hover)
    not; invisible symbols drawn by their labels (lstm.symbols), a newline as ⏎ and a line break."""
    spans = []
    for want, got in zip(expected, produced):
        cls = "ok" if want == got else "bad"
        hint = "" if want == got else ' title="' + _e(_("expected {e}").format(e=quoted(want))) + '"'
        spans.append(f'<span class="{cls}"{hint}>{_e(symbol_text(got))}</span>' + ("\n" if got == "\n" else ""))
    return "<pre>" + "".join(spans) + "</pre>"


def _figure_html(figs, tr=ENGLISH):
    """Each figure as a div named by its text alternative (charts.alt); plotly.js inlined with the first one only."""
    parts = []
    for k, fig in enumerate(figs):
        fig = go.Figure(fig).update_layout(template=TEMPLATE, width=680)
        div = pio.to_html(fig, include_plotlyjs=(k == 0), full_html=False,
                          config={"displaylogo": False, "responsive": False})
        parts.append(f'<div class="figure" role="figure" aria-label="{_e(alt_text(fig, tr))}">{div}</div>')
    return "\n".join(parts)


def _recitation_section(recitation, _):
    if recitation is None:
        return "<p>" + _e(_("No recitation: the training text is unknown.")) + "</p>"
    return ("<p>" + _e(_("Greedy recitation from the first symbol: {n} of {total} symbols correct "
                         "(green = as in the text, red and struck through = different).").format(n=recitation.n_correct,
                                                                              total=recitation.total))
            + "</p>" + _recitation_html(recitation.expected, recitation.produced, _))


def _samples_section(samples, _):
    parts = []
    for t, sample in samples:
        head = (_("temperature {t} (greedy)") if t == 0 else _("temperature {t}")).format(t=f"{t:g}")
        parts.append(f"<h3>{_e(head)}</h3><pre>{_e(visible_text(sample))}</pre>")
    return "".join(parts) or "<p>" + _e(_("No samples.")) + "</p>"


def _text_section(text, stored, tr):
    """The training text (or, none stored, the vocabulary the figures ran on, said so)."""
    _ = tr.gettext
    if stored:
        head = _e(tr.ngettext("Training text ({n} character)", "Training text ({n} characters)", len(text)).format(
            n=len(text)))
        return f"<h2>{head}</h2><pre>{_e(visible_text(text))}</pre>"
    head = _e(_("No training text is stored with this model"))
    note = _e(tr.ngettext("The figures and samples use the model's vocabulary as the text ({n} character):",
                          "The figures and samples use the model's vocabulary as the text ({n} characters):",
                          len(text)).format(n=len(text)))
    return f"<h2>{head}</h2><p>{note}</p><pre>{_e(visible_text(text))}</pre>"


def _settings_sections(config, summary, _):
    """The hyperparameter and training-result tables (a sentence instead when nothing is stored)."""
    config_html = (_table(sorted(config.items()), (_("setting"), _("value"))) if config else
                   "<p>" + _e(_("No training configuration is stored with this model.")) + "</p>")
    summary_html = (_table(summary.items(), (_("measure"), _("value"))) if summary else
                    "<p>" + _e(_("No training summary is stored with this model.")) + "</p>")
    return ("<h2>" + _e(_("Hyperparameters and criterion")) + f"</h2>{config_html}\n"
            "<h2>" + _e(_("Training result")) + f"</h2>{summary_html}")


def quiz_score(right, answered, asked, tr=ENGLISH):
    """The Check yourself score as a sentence (the page's heading and the report's): how many of the answered
    questions are right and how many are left, e.g. "Score: 2 of 3 answered correctly; 7 questions left"."""
    if answered == 0:
        return tr.ngettext("Score: no answers yet; {n} question to answer",
                           "Score: no answers yet; {n} questions to answer", asked).format(n=asked)
    line = tr.gettext("Score: {right} of {answered} answered correctly").format(right=right, answered=answered)
    left = asked - answered
    if left:
        line += "; " + tr.ngettext("{n} question left", "{n} questions left", left).format(n=left)
    return line


def _quiz_section(quiz, tr):
    """The Check yourself score and a table of the answers (quiz: ui.quiz.report_section()'s dict)."""
    if not quiz:
        return ""
    _ = tr.gettext
    right, answered, asked = quiz["score"]
    head = (_("question"), _("your answer"), _("right answer"), _("explanation"))
    rows = "".join(f'<tr class="{"right" if ok else "wrong"}"><td>{_e(q)}</td><td>{_e(("✓ " if ok else "✗ ") + mine)}'
                   f"</td><td>{_e(answer)}</td><td>{_e(why)}</td></tr>" for q, mine, answer, ok, why in quiz["rows"])
    return ("<h2>" + _e(_("Check yourself")) + "</h2><p>"
            + _e(quiz_score(right, answered, asked, tr) + ". "
                 + _("The questions were generated from this model's run."))
            + "</p><table><tr>" + "".join(f"<th>{_e(h)}</th>" for h in head) + f"</tr>{rows}</table>")


def with_quiz(page, quiz, tr=ENGLISH):
    """A built report with the Check yourself section (see build_report's quiz) added at its end."""
    section = _quiz_section(quiz, tr) if quiz else ""
    return page.replace("\n</body></html>", "\n" + section + "\n</body></html>") if quiz else page


def build_report(*, model_label, text, config, summary, figures, samples, recitation, date, caption="",
                 tr=ENGLISH, lang="en", text_stored=True, quiz=None):
    """The whole report as one HTML string.

    config, summary: dicts (hyperparameters and criterion, training summary); figures: plotly figures,
    each with a title (already in the report's language); samples: [(temperature, text)]; recitation:
    object with expected, produced, n_correct, total (lstm.sample.Recitation) or None; date: a string;
    tr: the report's language (a gettext translations object, English by default); lang: the HTML lang code;
    text_stored: False when `text` is not the training text (none stored): the model's vocabulary, said so;
    quiz: {"score": (right, answered, asked), "rows": ((question, your answer, right answer, correct,
    explanation), ...)} from the Check yourself page (already in the report's language), or None."""
    _ = tr.gettext
    title = _e(_("LSTM report: {label}").format(label=model_label))
    figures_head, samples_head, recitation_head = _e(_("Figures")), _e(_("Samples")), _e(_("Recitation"))
    generated = _e(_("Generated {date} by LSTM Explainer.").format(date=date))
    return with_quiz(f"""<!DOCTYPE html>
<html lang="{_e(lang)}"><head><meta charset="utf-8"><title>{title}</title>
<style>{CSS}</style></head><body>
<h1>{title}</h1>
<p class="muted">{generated} {_e(caption)}</p>
{_text_section(text, text_stored, tr)}
{_settings_sections(config or {}, summary or {}, _)}
<h2>{figures_head}</h2>
{_figure_html(figures, tr)}
<h2>{samples_head}</h2>{_samples_section(samples, _)}
<h2>{recitation_head}</h2>{_recitation_section(recitation, _)}
</body></html>""", quiz, tr)
