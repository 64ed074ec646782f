"""The shared set-up every page calls first: page config, sidebar (language, model, text), context.

    ctx = ui.page_setup(__file__)          # title and icons from ui.nav.PAGES, the page registry
    ctx.model, ctx.text, ctx.trace, ctx.caption

Choices live in st.session_state under ui.* keys, so they survive moving between pages. page_setup is the first
thing every page (app.py too) runs, so it is where the server process pins one BLAS thread (lstm.threads):
a deep link on a fresh server runs only that page's script.
"""
import re
from dataclasses import dataclass
from pathlib import Path

import streamlit as st

from charts.style import series_axis
from lstm import VocabularyError, checkpoint
from lstm.symbols import visible_text
from lstm.text import normalize
from lstm.threads import pin_one_blas_thread
from lstm.tasks.sunspots import SUNSPOTS

from . import models, nav, tour
from .i18n import LANG_KEY, LANGUAGES, N_, _, message, translator
from .training import KEPT_KEYS

MAX_VIEW_CHARS = 2000            # longest text (or series) the visual pages run (longer is cut, with a message)
MODEL_KEY, TEXT_MODE_KEY, TEXT_KEY = "ui.model", "ui.text_mode", "ui.text"
EXCERPT_KEY = "ui.excerpt_start"  # where a long text's excerpt begins (characters)
A11Y_CSS = Path(__file__).with_name("a11y.css")   # contrast and keyboard fixes for Streamlit's own elements
# Streamlit's page says <html lang="en"> whatever the language, and has no setting for it (1.67): screen readers
# would read the Polish interface with English pronunciation (WCAG 3.1.1). This static script corrects it.
LANG_SCRIPT = '<script>document.documentElement.lang = "{lang}";</script>'
MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|$<>~])")


def md_escape(text):
    """Text shown literally inside st.markdown/st.caption: markdown, HTML and LaTeX ($) escaped."""
    return MD_SPECIAL.sub(r"\\\1", text)


@dataclass
class Context:
    """What a page draws: the chosen model (never mutate it), the text and its Trace."""
    model: object
    meta: dict
    label: str
    text: str
    trace: object
    key: str                      # fingerprint of the model, for caches and widget keys
    excerpt_start: int = 0        # a long text: where the excerpt `text` begins in it (characters)
    full_length: int = 0          # a long text: its length (0: `text` is the whole text)

    @property
    def caption(self):
        """One line that makes any exported figure or CSV self-describing."""
        summary = self.meta.get("summary", {})
        cfg = self.meta.get("train_config", {})
        parts = [_("model") + f": {self.label}", _("kind") + f": {self.model.kind}", f"H={self.model.H}",
                 _("seed") + f"={cfg.get('seed', self.model.config.seed)}"]
        names = {"iterations": _("iterations"), "criterion": _("criterion"), "smooth_loss": _("smooth_loss"),
                 "exact_loss_per_window": _("exact_loss_per_window")}
        for name, shown in names.items():
            if name in summary:
                value = summary[name]
                parts.append(f"{shown}={value:.4g}" if isinstance(value, float) else f"{shown}={value}")
        snippet = visible_text(self.text[:40], one_line=True) + ("…" if len(self.text) > 40 else "")   # one line
        return " · ".join(parts) + "\n" + _("text: {snippet} ({n} chars)").format(snippet=f"'{snippet}'",
                                                                                 n=len(self.text))

    def steps_axis(self, fig):
        """A figure over the Trace's steps, its x axis as this model reads them: symbols (as drawn) here."""
        return fig


def is_sunspots(meta):
    """A series model's meta is about the shipped sunspots (published by the Time series page, or a checkpoint
    of the command line trained on assets/series/sunspots_yearly.csv), not some other CSV of numbers."""
    return meta.get("data", SUNSPOTS.name) == SUNSPOTS.name


class SeriesContext(Context):
    """The sunspot model, or another series model from a checkpoint: `text` describes the series it
    reads, the Trace's tokens are its labels (the years)."""

    @property
    def caption(self):
        """Two lines, like Context.caption: the model, then the data it read and how it was trained."""
        cfg, labels = self.meta.get("train_config", {}), self.meta["labels"]
        head = " · ".join([_("model") + f": {self.label}", _("kind") + f": {self.model.kind}", f"H={self.model.H}",
                           _("seed") + f"={cfg.get('seed', self.model.config.seed)}"])
        data = (_("data: yearly sunspot numbers {first}-{last}, scaled to 0-1 with the training years "
                  "{first}-{train_last} · window W={W} · epochs={epochs}") if is_sunspots(self.meta) else
                _("data: the series {data}, steps {first}-{last}, scaled to 0-1 with its training part "
                  "{first}-{train_last} · window W={W} · epochs={epochs}"))
        shown = {k: visible_text(str(v), True) for k, v in (("first", labels[0]), ("last", labels[-1]),
                 ("train_last", self.meta.get("train_last", "?")), ("data", self.meta.get("data", "?")))}
        return head + "\n" + data.format(W=cfg.get("window", "?"), epochs=cfg.get("epochs", "?"), **shown)

    @property
    def years(self):
        """True for the sunspots (steps are years); False for another series from a checkpoint (plain steps)."""
        return is_sunspots(self.meta)

    def steps_axis(self, fig):
        """A figure over the Trace's steps with the series' labels (years, or plain steps) on its x axis."""
        return series_axis(fig, self.trace.tokens, self.years, tr=translator())

    def about_steps(self, what):
        """What a column means for this model, for the Gates ("gate") and Cell state ("state") pages."""
        after = {"gate": _("The sunspot model: each column is a year, and the value is the gate after the model "
                           "read that year's sunspot number (scaled to 0-1). It was trained on windows of {W} "
                           "years, each from zero state; here it reads all {T} years in one run from zero state, "
                           "as on the Time series page."),
                 "state": _("The sunspot model: each column is a year, and the value is the state after the model "
                            "read that year's sunspot number (scaled to 0-1). It was trained on windows of {W} "
                            "years, each from zero state; here it reads all {T} years in one run from zero state, "
                            "as on the Time series page.")}
        if not is_sunspots(self.meta):
            after = {"gate": _("A series model: each column is one step of {data}, and the value is the gate after "
                               "the model read that step's number (scaled to 0-1). It was trained on windows of {W} "
                               "steps, each from zero state; here it reads all {T} steps in one run from zero state."),
                     "state": _("A series model: each column is one step of {data}, and the value is the state after "
                                "the model read that step's number (scaled to 0-1). It was trained on windows of {W} "
                                "steps, each from zero state; here it reads all {T} steps in one run from zero "
                                "state.")}
        window = self.meta.get("train_config", {}).get("window", "?")       # the text goes into st.caption
        return after[what].format(W=md_escape(str(window)), T=self.trace.T,
                                  data=md_escape(visible_text(str(self.meta.get("data", "?")), True)))


def persistent(key, default):
    """Value of a sidebar widget kept under `key` across pages (widget state itself is per page)."""
    if key not in st.session_state:
        st.session_state[key] = default
    st.session_state["w." + key] = st.session_state[key]
    return "w." + key


def follow_default(key, default, keep_typed=True, allowed=None):
    """Give the widget under `key` a default that depends on the model (a beginning taken from its text, a
    temperature, the units to draw): on the first view, and when the model changes the default, its value
    becomes `default` — unless keep_typed and the student changed it. What the student set also survives a
    visit to another page (Streamlit drops a widget's state when a page without it runs; a copy is kept under
    key + ".kept"); a value not in `allowed` (when given: the widget's options now) becomes `default`. Call
    before the widget, and create the widget without `value=`/`default=`. The value is
    set through st.session_state because that is what reaches the browser: a keyed widget's identity is its
    key, so the browser keeps showing (and sends back) its old value whatever a new `value=` or a popped key
    says."""
    previous = st.session_state.get(key + ".default")
    value = st.session_state.get(key, st.session_state.get(key + ".kept", default))
    if previous is not None and previous != default and (not keep_typed or value == previous):
        value = default
    if allowed is not None and value not in allowed:
        value = default
    if key not in st.session_state or st.session_state[key] != value:
        st.session_state[key] = value
    st.session_state[key + ".kept"] = value
    st.session_state[key + ".default"] = default


def _remember(key):
    st.session_state[key] = st.session_state["w." + key]


def _model_options():
    options = {f"shipped:{s}": _(models.SHIPPED[s]) for s in models.available_shipped()}
    if models.SESSION_MODEL_KEY in st.session_state:
        options["session"] = _("Trained in this session")
    if models.SERIES_MODEL_KEY in st.session_state:
        options["series"] = _("Sunspots {kind} (trained on the Time series page)").format(
            kind=st.session_state[models.SERIES_MODEL_KEY][0].kind.upper())
    if models.UPLOADED_MODEL_KEY in st.session_state:
        options["upload"] = _("Uploaded: ") + visible_text(st.session_state[models.UPLOADED_MODEL_KEY][1], True)
    return options


UPLOAD_TYPES = ["npz", "keras", "h5", "safetensors", "pt", "pth"]   # .pt/.pth: only to say how to convert them


def _handle_upload():
    """The sidebar's model upload: our .npz checkpoint opens at once; a Keras / PyTorch file first asks
    for its vocabulary (ui.importer)."""
    upload = st.sidebar.file_uploader(_("Load a model (.npz, .keras, .h5, .safetensors)"), type=UPLOAD_TYPES,
                                      key="ui.upload")
    if upload is None:
        return
    held = st.session_state.get(models.UPLOADED_MODEL_KEY)
    if held and held[0] == upload.file_id:
        return
    if not upload.name.lower().endswith(".npz"):
        from . import importer                    # it imports md_escape from here
        if importer.sidebar_form(upload) != "npz":
            return
    try:
        model, meta = models.load_upload(upload.getvalue())
    except checkpoint.CheckpointError as err:
        st.sidebar.error(_("This file is not a usable checkpoint: ") + md_escape(message(err)))
        return
    st.session_state[models.UPLOADED_MODEL_KEY] = (upload.file_id, upload.name, model, meta)
    st.session_state[MODEL_KEY] = "upload"


def chosen_model():
    """(choice key, label, model, meta) for the sidebar's current choice."""
    options = _model_options()
    if not options:
        st.error(_("No model is available: the shipped models are missing from assets/models. "
                   "Train one on the Training page."))
        st.stop()
    if st.session_state.get(MODEL_KEY) not in options:
        st.session_state[MODEL_KEY] = next(iter(options))
    choice = st.sidebar.selectbox(_("Model"), list(options), format_func=options.get,
                                  key=persistent(MODEL_KEY, next(iter(options))),
                                  on_change=_remember, args=(MODEL_KEY,))
    if choice == "session":
        model, meta = st.session_state[models.SESSION_MODEL_KEY]
    elif choice == "series":
        model, meta = st.session_state[models.SERIES_MODEL_KEY]
    elif choice == "upload":
        _file_id, _name, model, meta = st.session_state[models.UPLOADED_MODEL_KEY]
    else:
        model, meta = models.shipped_model(choice.split(":", 1)[1])
    return choice, options[choice], model, meta


def chosen_text(model, meta):
    """(text, start, full length): the text to run: the model's training text (or, when its checkpoint has none
    it can read, its vocabulary written out: lstm.usage.model_text, with a note saying so), or the student's
    own (checked against the vocabulary); a text longer than MAX_VIEW_CHARS gives an excerpt of it from
    `start` (chosen in the sidebar) and its full length, else (text, 0, 0)."""
    source = models.model_text(model, meta)
    own = st.sidebar.radio(_("Text to run the model on"), ["train", "own"],
                           format_func={"own": _("My own text"), "train": _("The model's training text")
                                        if source.stored else _("The model's vocabulary")}.get,
                           key=persistent(TEXT_MODE_KEY, "train"), on_change=_remember, args=(TEXT_MODE_KEY,))
    text = source.text
    if not source.stored:
        st.sidebar.info(NO_TEXT[source.reason]())
    if own == "own":
        typed = st.sidebar.text_area(_("Your text (only symbols the model knows)"),
                                     key=persistent(TEXT_KEY, text[:200]), on_change=_remember, args=(TEXT_KEY,))
        typed = normalize(typed)                     # as every text is read: line ends, NFC (lstm.text)
        try:
            model.vocab.encode(typed)
            if not typed:
                raise VocabularyError(N_("the text is empty"))   # translated when shown
            text = typed
        except VocabularyError as err:
            st.sidebar.warning(_("Showing the training text instead: ") + md_escape(message(err)))
    if len(text) <= MAX_VIEW_CHARS:
        return text, 0, 0
    start = excerpt_start(len(text))
    shown = excerpt(text, start, model.vocab.level)
    st.info(_("The pages show {n} characters of this text ({total} characters), from character {start}: "
              "choose where in the sidebar. The model reads the excerpt from zero state.").format(
                  n=len(shown), total=len(text), start=start))
    return shown, start, len(text)


def excerpt_start(length):
    """The sidebar's 'excerpt starts at' box for a text longer than MAX_VIEW_CHARS (0 = the beginning)."""
    last = length - MAX_VIEW_CHARS
    st.session_state[EXCERPT_KEY] = min(int(st.session_state.get(EXCERPT_KEY, 0)), last)
    return st.sidebar.number_input(_("Excerpt starts at character"), 0, last, step=500,
                                   key=persistent(EXCERPT_KEY, 0), on_change=_remember, args=(EXCERPT_KEY,),
                                   help=_("A long text is shown {n} characters at a time.").format(n=MAX_VIEW_CHARS))


def excerpt(text, start, level):
    """MAX_VIEW_CHARS characters of text from `start`; at word level the excerpt begins and ends between
    words (a word cut in two is not in the vocabulary)."""
    if level == "char":
        return text[start:start + MAX_VIEW_CHARS]
    if start > 0 and not text[start - 1].isspace():          # skip the rest of a cut word
        start = next((k for k in range(start, len(text)) if text[k].isspace()), len(text))
    piece = text[start:start + MAX_VIEW_CHARS]
    return piece.rsplit(None, 1)[0] if start + MAX_VIEW_CHARS < len(text) else piece


# why the pages do not show a model's training text (lstm.usage.ModelText.reason); called, so _() runs per page
NO_TEXT = {
    "missing": lambda: _("This checkpoint does not store its training text (texts over 512 KB are left out of "
                         "checkpoints), so the pages show the model's vocabulary as its text. To see the model read a "
                         "real text, choose “My own text” and type or paste one."),
    "unreadable": lambda: _("This checkpoint's training text has symbols the model does not know (it may come from an "
                            "older version of the app), so the pages show the model's vocabulary as its text. To see "
                            "the model read a real text, choose “My own text” and type one."),
}


def _offer_text_model():
    """One click back to a text model (the first the sidebar lists) from a page that needs one."""
    options = _model_options()
    choice = next((k for k in options if k.startswith("shipped:") or k == "session"), None)
    if choice and st.button(_("Show this page with “{label}”").format(label=options[choice]), key="ui.text_model"):
        st.session_state[MODEL_KEY] = choice
        st.rerun()


def _series_setup(page, label, model, meta, allowed):
    """A series model is chosen (the Time series page's or an uploaded checkpoint's): no text to choose (it
    reads its series, meta["values"]); a page that needs symbols stops."""
    if len(meta["values"]) > MAX_VIEW_CHARS:           # a long CSV from the command line: draw its beginning
        st.info(_("The pages show the first {n} steps of this series.").format(n=MAX_VIEW_CHARS))
        meta = {**meta, "labels": meta["labels"][:MAX_VIEW_CHARS], "values": meta["values"][:MAX_VIEW_CHARS]}
    labels, sunspots = meta["labels"], is_sunspots(meta)
    about = (_("{kind}, H = {H}, one number per step. It reads the yearly sunspot numbers {first}-{last} "
               "({n} years), scaled to 0-1 as on the Time series page, so there is no text to choose.") if sunspots
             else _("{kind}, H = {H}, one number per step. It reads the series saved with it ({data}: {n} steps, "
                    "{first} to {last}), scaled to 0-1 as in its training, so there is no text to choose."))
    first, last, data = (md_escape(visible_text(str(v), True)) for v in (labels[0], labels[-1], meta.get("data", "?")))
    st.sidebar.caption(about.format(kind=model.kind.upper(), H=model.H, first=first, last=last, n=len(labels),
                                    data=data))
    tour.render(page)
    if not allowed:
        st.info(_("This page needs a text model, and the sidebar's model is the sunspot model, which reads numbers, "
                  "not symbols. The sunspot model can be seen on the Gates and Cell state pages; for this page, "
                  "choose a text model in the sidebar.") if sunspots else
                _("This page needs a text model, and the sidebar's model is a series model, which reads numbers, "
                  "not symbols. It can be seen on the Gates and Cell state pages; for this page, choose a text "
                  "model in the sidebar."))
        _offer_text_model()
        st.stop()
    key = models.fingerprint(model)
    trace = models.cached_series_trace(key, tuple(meta["values"]), tuple(labels), model)
    text = (_("the yearly sunspot numbers {first}-{last}, scaled to 0-1") if sunspots else
            _("the series {data}, steps {first}-{last}, scaled to 0-1")).format(
                **{k: visible_text(str(v), True) for k, v in (("first", labels[0]), ("last", labels[-1]),
                                                              ("data", meta.get("data", "?")))})
    return SeriesContext(model, meta, label, text, trace, key)


def page_setup(file, wide=True, series=False):
    """Set the page up, draw the shared sidebar, and return the Context every page draws from.

    file: the page's __file__; its title and icons come from its entry in ui.nav.PAGES (KeyError if none).
    series=True: the page can also draw the sunspot model (lstm.series.SeriesModel, trace tokens = years);
    every other page shows a message and stops when that model is chosen."""
    pin_one_blas_thread()                             # once per server process (see the module docstring)
    entry = nav.page(file)
    page = entry.path
    st.set_page_config(page_title=f"{_(entry.title)} · LSTM Explainer", page_icon=entry.tab_icon,
                       layout="wide" if wide else "centered")
    st.html(A11Y_CSS)                                 # style only: Streamlit adds no element for it
    nav.render()
    st.sidebar.selectbox(_("Language"), list(LANGUAGES), format_func=LANGUAGES.get,
                         key=persistent(LANG_KEY, "en"), on_change=_remember, args=(LANG_KEY,))
    st.sidebar.html(LANG_SCRIPT.format(lang=st.session_state[LANG_KEY]), unsafe_allow_javascript=True)
    for kept in KEPT_KEYS:             # re-set as plain state so leaving the Training page keeps them
        if kept in st.session_state:
            st.session_state[kept] = st.session_state[kept]
    _handle_upload()
    choice, label, model, meta = chosen_model()
    if models.is_series(model):                       # reads numbers, not text: no vocabulary
        return _series_setup(page, label, model, meta, series)
    text, start, full_length = chosen_text(model, meta)
    key = models.fingerprint(model)
    trace = models.cached_trace(key, text, model)
    line = models.describe(model, meta)              # an imported model's line quotes its (file's) metadata
    st.sidebar.caption(md_escape(line) if "source" in meta else line)
    tour.render(page)
    return Context(model, meta, label, text, trace, key, start, full_length)
