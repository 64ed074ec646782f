"""Polish UI: every page (app.py and pages/*) is run in English and in Polish, with a tiny training where a
page has one, and its visible text collected: titles, markdown, captions, alerts, widget labels, options
and help, buttons, expanders, tabs, metrics, progress text, table columns and the figures' titles, axis,
legend, colour-bar and annotation texts and hover lines. Code, LaTeX, text areas' contents and table cells are not UI text.

"English left" = a string shown identically in both languages that still contains an English word
(a run of 2+ ASCII letters) once the allowed parts are removed: the short, explicit ALLOWED_WORDS (names,
units, identifiers that are the same in Polish), quoted model/user text ('…', "…"), symbols such as W_y or x_s.
The model-metadata caption under every figure (also written into CSV downloads) is checked like the rest.
With predictions on (the default), each page's prediction round is played and revealed (conftest.play_rounds)
and both states are walked.
Also, a Polish string must not contain common English function words (catches half-translated strings),
and most of a page's strings must differ between the languages.
"""
import json
import re

import pytest

from tests.app.conftest import ALL_PAGES, ROOT, assert_clean, play_rounds, run_page

# Words allowed to appear unchanged in Polish: names, abbreviations, identifiers, words spelt the same.
ALLOWED_WORDS = {
    "LSTM", "RNN", "GRU", "PCA", "BPTT", "RMSE", "MAE", "MSE", "EMA", "CSV", "HTML", "PNG", "WAV", "MIDI", "UTF",
    "npz", "txt", "Hz", "ms", "KB", "Python", "NumPy", "Adam", "AdaGrad", "adam", "adagrad", "sgd", "SGD",
    "Pearson", "Karpathy", "Johnson", "Fei", "Fei-Fei", "LSTMVis", "Strobelt", "SILSO", "NOAA", "NGDC",
    "English", "Polski", "tanh", "softmax", "ln", "log", "exp", "lr", "std", "max", "min", "Top", "top",
    "Model", "model", "Reset", "exact", "seed", "ema", "char", "word", "lstm", "rnn", "gru", "fast", "course",
    "PC", "fresh", "symbol", "seed-ema",
}
ENGLISH_FUNCTION_WORDS = {"the", "of", "and", "with", "is", "are", "for", "from", "this", "that", "which", "when",
                          "what", "where", "how", "each", "every", "than", "into", "only", "per", "after", "your",
                          "click", "press", "choose", "step", "steps", "unit", "units", "loss", "gate", "text"}
QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|“[^”]*”|„[^”]*”|`[^`]*`")
TAG = re.compile(r"<[^<>]*>")
STYLE = re.compile(r"<(style|script)>.*?</\1>", re.S)
MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|$<>~])")
SYMBOL = re.compile(r"\b[A-Za-z]+_[A-Za-z0-9{}]+\b|\b[A-Za-z]\d\b|%\{[^}]*\}|[\w/.-]+\.(?:txt|npz|csv|md|py|html)\b")
WORD = re.compile(r"[A-Za-z][A-Za-z\-]*[A-Za-z]")

# Per page: the controls to set (tiny budgets) and the button to press, so trained results are shown too.
ACTIONS = {
    "5_Training.py": [("number_input", "train.step_n", 3), ("button", "train_step", None)],
    "7_Gradients_through_time.py": [("select_slider", "grad.iters", "min"), ("button", "grad.train", None)],
    "9_Time-lapse.py": [("number_input", "lapse.iters", 10), ("button", "lapse.train", None)],
    "12_Names.py": [("slider", "names.hidden", 8), ("slider", "names.iters", 50), ("button", "names.train", None)],
    "13_Word_level.py": [("slider", "words.iters", 20), ("slider", "words.hidden", 8),
                         ("slider", "words.embed_dim", 2), ("button", "words.train", None)],
    "14_Time_series.py": [("slider", "series.epochs", 50), ("slider", "series.hidden", 2),
                          ("button", "series.train", None)],
    "15_Melody.py": [("slider", "melody.iters", 20), ("button", "melody.train", None)],
}


def _act(at, actions):
    """Apply the page's actions whose widgets exist (a page being rewritten may have renamed one)."""
    for kind, key, value in actions:
        try:
            widget = getattr(at, kind)(key=key)
        except KeyError:
            continue
        if kind == "button":
            widget.click().run()
        elif value == "min":
            widget.set_value(widget.options[0] if not hasattr(widget, "min") else widget.min).run()
        else:
            widget.set_value(value).run()
    return at


def _flat(value):
    if isinstance(value, list):
        return [x for v in value for x in _flat(v)]
    return [value] if isinstance(value, str) else []


def _figure_texts(spec):
    fig = json.loads(spec)
    layout, out = fig.get("layout", {}), []

    def title(obj):
        t = (obj or {}).get("title")
        return t.get("text") if isinstance(t, dict) else t

    out.append(title(layout))
    out.append(title(layout.get("legend")))
    out += [title(v) for k, v in layout.items() if re.fullmatch(r"[xy]axis\d*", k)]
    out += [a.get("text") for a in layout.get("annotations", [])]
    for trace in fig.get("data", []):
        if trace.get("showlegend", True) is not False:
            out.append(trace.get("name"))
        hover = trace.get("hovertemplate")
        if isinstance(hover, str):
            out.extend(hover.split("<extra>")[0].split("<br>"))
            if hover.startswith("%{customdata}"):                  # the hover text is given per point
                out.extend(line for text in set(_flat(trace.get("customdata"))) for line in str(text).split("<br>"))
        out.append(title(trace.get("colorbar")))
        out.append(title((trace.get("marker") or {}).get("colorbar")))
    return out


def visible_texts(at):
    """Every UI string on the page, from the element protos (sidebar included)."""
    out = []

    def walk(node):
        proto, kind = getattr(node, "proto", None), getattr(node, "type", "")
        if kind == "plotly_chart":
            out.extend(_figure_texts(proto.spec))
        elif kind == "html":                                  # a stylesheet or a script is not text anyone reads
            out.append(STYLE.sub("", proto.body))
        elif kind in ("arrow_data_frame", "dataframe", "table"):
            out.extend(str(c) for c in node.value.columns)
        elif proto is not None and kind not in ("code", "latex", "text", "audio", "json", "text_area", "text_input"):
            for field in ("body", "label", "help", "placeholder", "text"):
                if hasattr(proto, field) and isinstance(getattr(proto, field), str):
                    out.append(getattr(proto, field))
            if hasattr(proto, "options") and kind in ("selectbox", "radio", "multiselect", "select_slider"):
                out.extend(str(o) for o in proto.options)
        elif kind in ("text_area", "text_input"):
            out.extend([proto.label, proto.help, proto.placeholder])
        if hasattr(proto, "expandable") and proto.HasField("expandable"):
            out.append(proto.expandable.label)
        if hasattr(proto, "tab") and proto.HasField("tab"):
            out.append(proto.tab.label)
        children = getattr(node, "children", None) or {}
        for child in children.values():
            walk(child)

    walk(at._tree)
    lines = []
    for text in out:
        if isinstance(text, str) and text.strip():
            text = MD_ESCAPE.sub(r"\1", text)                     # as rendered: ui.md_escape's backslashes gone
            lines.extend(line for line in text.split("\n") if line.strip())
    return lines


def residue(text):
    """The English-looking words of `text` once quoted text, symbols and ALLOWED_WORDS are removed."""
    text = SYMBOL.sub(" ", QUOTED.sub(" ", TAG.sub(" ", text)))
    return [w for w in WORD.findall(text) if w not in ALLOWED_WORDS and w.lower() not in ALLOWED_WORDS]


def _tour_state(path):
    """The guided tour switched on at this page's step (if the tour visits it), so its box is walked too."""
    from ui.tour import STEPS
    rel = path.relative_to(ROOT).as_posix()
    steps = [k for k, step in enumerate(STEPS) if step.page == rel]
    return {"tour.active": True, "tour.step": steps[0]} if steps else {}


def _model_state():
    """The shipped default model; without shipped models, a tiny session model on the structured text."""
    if list((ROOT / "assets" / "models").glob("*.npz")):
        return {}
    from lstm import CharLSTM, Vocabulary
    text = (ROOT / "assets" / "texts" / "structured.txt").read_text(encoding="utf-8")[:400]
    return {"ui.session_model": (CharLSTM(Vocabulary.from_text(text), hidden=8, seed=0), {"text": text}),
            "ui.model": "session"}


def walk_page(path, lang):
    state = {"ui.lang": lang} if lang == "pl" else {}
    state.update(_tour_state(path))
    state.update(_model_state())
    at = run_page(path, state)
    assert_clean(at)
    _act(at, ACTIONS.get(path.name, []))
    assert_clean(at)
    before = visible_texts(at)                  # predictions on: the questions, then what a reveal shows
    play_rounds(at, path.stem)
    return before + visible_texts(at)


@pytest.mark.parametrize("path", ALL_PAGES, ids=lambda p: p.name)
def test_page_has_no_english_left_in_polish(path):
    english, polish = walk_page(path, "en"), walk_page(path, "pl")
    english_set = set(english)
    left = sorted({s for s in polish if s in english_set and residue(s)})
    assert not left, f"English left in Polish mode on {path.name}:\n" + "\n".join(map(repr, left))
    half = sorted({s for s in polish if set(w.lower() for w in residue(s)) & ENGLISH_FUNCTION_WORDS})
    assert not half, f"English words inside Polish strings on {path.name}:\n" + "\n".join(map(repr, half))
    wordy = [s for s in set(polish) if residue(s) or re.search(r"[ąćęłńóśźżĄĆĘŁŃÓŚŹŻ]", s)]
    changed = [s for s in wordy if s not in english_set]
    assert len(wordy) >= 5 and len(changed) >= 0.8 * len(wordy), (len(changed), len(wordy))


def page_titles():
    """The English page titles of the registry (the sidebar menu shows their Polish, PL[title])."""
    from ui.nav import PAGES
    return [entry.title for entry in PAGES]


def test_polish_strings_name_pages_by_their_polish_titles():
    """The menu is in Polish, so "na stronie Trening (*Training*)" would name a page the student cannot see."""
    from ui.i18n import polish_table
    PL = polish_table()
    titles = [t for t in page_titles() if PL.get(t, t) != t]
    assert len(titles) == len(ALL_PAGES)
    named = {f"{english!r} in {polish[:80]!r}" for polish in PL.values() for english in titles
             if re.search(rf"(?<![\w-]){re.escape(english)}(?![\w-])", polish)}
    assert not named, "English page titles inside Polish strings:\n" + "\n".join(sorted(named))
