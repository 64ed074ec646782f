"""The "Download the report" button: one self-contained HTML report of a model, for the Report and Training pages.

    ui.report.report_download_button(model, meta, label)        # meta: checkpoint metadata dict

The report (charts.report.build_report) and its figures are in the interface language (the session's
translations, passed as `tr`). It includes the session's Check yourself score and answers on this
model (ui.quiz.report_section) when there are any. It is cached by model fingerprint + text + minute + language, so a
rerun costs nothing and switching the language rebuilds it.
"""
import datetime
import re

import streamlit as st

from charts.report import build_report, report_figures, with_quiz
from lstm import usage
from lstm.sample import recite

from . import models
from .i18n import _, lang, translations, translator
from .quiz import report_section as quiz_section

REPORT_MAX_CHARS = 2000       # the report runs the model on at most this many symbols of the text
SAMPLE_TEMPERATURES = (0.0, 0.5)
SAMPLE_LENGTH = 200


def report_file_name(label):
    """lstm-report-<model>.html with the label reduced to safe characters."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", label).strip("-").lower()[:60] or "model"
    return f"lstm-report-{slug}.html"


def report_parts(model, mode, text, stored):
    """What the report shows besides its figures: samples (drawn as lstm.usage.sample draws for this mode),
    the recitation (None when the training text is not stored), the trace."""
    prime = usage.default_prime(model, mode, text, n=1)                  # first symbol (a word at word level)
    samples = [(t, model.vocab.decode(usage.sample(model, mode, prime, SAMPLE_LENGTH, t, 0).indices))
               for t in SAMPLE_TEMPERATURES]
    recitation = recite(model, text) if stored and len(text) > 1 else None
    trace = model.run(text)
    return samples, recitation, trace


@st.cache_data(max_entries=8, show_spinner=False)
def report_html(key, label, mode, text, stored, date, language, _model, _meta, layer=None):
    """The report's HTML for the model with fingerprint `key`, in `language` (the session's, lang());
    the `_` arguments are not hashed; layer: whose gates and C the heatmaps show (None: the top layer).
    The Check yourself section is added outside the cache (with_quiz), so an answer does not rebuild the figures."""
    meta = _meta or {}
    samples, recitation, trace = report_parts(_model, mode, text, stored)
    trace = trace.layers[(layer or trace.L) - 1]
    config = meta.get("train_config") or {}
    tr = translations(language)
    figs = report_figures(trace, meta.get("history"), float(config.get("target", 0.1)), tr=tr)
    caption = models.describe(_model, meta)
    if trace.L > 1:                                             # the heatmaps are one layer's: say which
        caption += " · " + _("gates and C of layer {l} of {L}").format(l=trace.layer, L=trace.L)
    return build_report(model_label=label, text=text, config=config, summary=meta.get("summary"),
                        figures=figs, samples=samples, recitation=recitation, date=date, caption=caption,
                        tr=tr, lang=language, text_stored=stored)


def report_text(model, meta):
    """(text, stored): the text the report is about, cut to REPORT_MAX_CHARS: the model's training text, or
    when none it can read is stored, its vocabulary (lstm.usage.model_text); stored says which."""
    source = models.model_text(model, meta)
    text = source.text
    if len(text) > REPORT_MAX_CHARS:                    # a word level text is cut between words, never inside one
        text = text[:REPORT_MAX_CHARS] if model.vocab.level == "char" else text[:REPORT_MAX_CHARS].rsplit(None, 1)[0]
    return text, source.stored


def full_report(model, meta, label, model_key, layer=None):
    """The report's HTML (cached) with the session's Check yourself section for this model added."""
    text, stored = report_text(model, meta)
    mode = usage.check_samplable(meta)
    date = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    page = report_html(model_key, label, mode, text, stored, date, lang(), model, meta, layer)
    return with_quiz(page, quiz_section(model_key), translator())


def report_download_button(model, meta, label, *, key="report.download", model_key=None, help=None, deferred=False,
                           layer=None):
    """Build (cached) and offer the HTML report of `model` as st.download_button(key=key).

    model: an lstm Model (not changed); meta: its checkpoint metadata dict ("text", "train_config",
    "summary", "history" when present); label: the model's name; model_key: its fingerprint if known;
    deferred: build the report only when the button is pressed (a page that reruns often, e.g. on every
    answer); layer: the layer whose gates and C the heatmaps show (None: the top one). Returns the HTML string
    (so a page can preview or test it), or None when deferred."""
    meta = meta or {}
    model_key = model_key or models.fingerprint(model)
    if deferred:
        page = None
        data = lambda: full_report(model, meta, label, model_key, layer).encode("utf-8")     # noqa: E731
    else:
        with st.spinner(_("Preparing the report…")):
            page = full_report(model, meta, label, model_key, layer)
        data = page.encode("utf-8")
    st.download_button(_("Download the report (HTML)"), data, file_name=report_file_name(label),
                       mime="text/html", key=key, on_click="ignore", icon=":material/download:",
                       help=help or _("One HTML file with every figure inside: opens offline, prints on A4."))
    return page
