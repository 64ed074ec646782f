"""Names page (names mode): one name per line, the state reset at each line, a vanilla RNN
and an LSTM trained side by side, and the new names they invent checked against the training list.

Maths in lstm.tasks.names (LineTrainer, new_names, novelty); figures in charts.tasks.
"""
from pathlib import Path

import pandas as pd
import streamlit as st

import ui
from charts import tasks as charts
from lstm.symbols import visible_text
from lstm.tasks import names as task
from ui import _
from ui.task_training import history_curve, publish, train_with_progress
from ui.training import decode_upload

ctx = ui.page_setup(__file__)
SHIPPED = Path(__file__).resolve().parent.parent / "assets" / "texts" / "names.txt"
RESULT = "names.result"

st.title(_("Inventing names"))
st.markdown(_(
    "Each line of the list is one example. The model starts every name from a fresh, empty state, reads "
    "a newline as the *start* symbol and must predict the name letter by letter, ending with a newline "
    "(the *end* symbol). Afterwards it invents new names by sampling until it writes a newline. "
    "A vanilla RNN and an LSTM learn the same list with the same budget, so you can compare them."))


def chosen_names():
    """The shipped list or the uploaded one; None (with a message) if the upload is unusable."""
    source = st.radio(_("Names to learn"), ["shipped", "upload"], horizontal=True, key="names.source",
                      format_func={"shipped": _("Invented names shipped with the app (400)"),
                                   "upload": _("Upload my own list (.txt, one name per line)")}.get)
    if source == "shipped":
        return task.parse_names(SHIPPED.read_text(encoding="utf-8"))
    upload = st.file_uploader(_("A .txt file, one name per line"), type=["txt"], key="names.upload")
    if upload is None:
        st.info(_("Upload a list to train on it."))
        return None
    try:
        return task.parse_names(decode_upload(upload.getvalue(), upload.name))   # BOM, line ends, NFC, limit, empty
    except ValueError as err:
        st.error(_("This list cannot be used: ") + ui.message(err))
    return None


def train_both(names, hidden, iters, seed):
    """Train an RNN and an LSTM on the names; keep copies and histories; publish the LSTM."""
    result = {}
    for kind, label in (("rnn", _("vanilla RNN")), ("lstm", _("LSTM"))):
        trainer = task.LineTrainer(names, task.names_config(kind=kind, hidden=hidden, max_iters=iters, seed=seed,
                                                                eval_every=max(iters // 10, 1)))
        train_with_progress(trainer, _("Training the {model}").format(model=label))
        result[kind] = (trainer.model.copy(), trainer.history, trainer.exact_loss_per_window() / 25)
        if kind == "lstm":
            publish(trainer, "names")
    st.session_state[RESULT] = (tuple(names), result)


def show_names(names, result, n, temperature, seed):
    """Generated names per model, flagged new / copy, and the share of new ones."""
    columns = st.columns(2)
    for col, (kind, (model, _hist, loss)) in zip(columns, result.items()):
        texts, ended = task.new_names(model, n, temperature, seed)
        rows, share = task.novelty(texts, names)
        with col:
            st.subheader(_("{model}: {share:.0%} new").format(model=kind.upper(), share=share))
            st.caption(_("Loss over the whole list: {loss:.3f} nats per symbol").format(loss=loss))
            df = pd.DataFrame({_("name"): [r[0] for r in rows],
                               _("new or copy"): [_("new") if r[1] == "new" else _("copy")
                                               for r in rows],
                               _("ended with a newline"): ended})
            st.dataframe(df.assign(**{_("name"): [visible_text(r[0], one_line=True) for r in rows]}),
                         hide_index=True, key=f"names.table_{kind}")        # shown labelled; the CSV is raw
            ui.download_csv(df, f"names-{kind}", ctx.caption, key=f"names.csv_{kind}")


names = chosen_names()
if names:
    st.caption(_("{n} names, e.g. {first}").format(n=len(names), first=ui.md_escape(visible_text(", ".join(names[:6])))))
    c1, c2, c3 = st.columns(3)
    hidden = c1.slider(_("Hidden units H"), 8, 128, 32, step=8, key="names.hidden")
    iters = c2.slider(_("Updates (8 names each)"), 50, 3000, 600, step=50, key="names.iters")
    seed = c3.number_input(_("Seed"), 0, 10_000, 0, key="names.seed")
    if st.button(_("Train a vanilla RNN and an LSTM"), type="primary", key="names.train"):
        train_both(names, hidden, iters, int(seed))
        st.rerun()

held = st.session_state.get(RESULT)
if held and names and list(held[0]) == names:
    _names, result = held
    curves = {}
    for kind, r in result.items():
        curves[kind.upper() + _(" (batch)")] = history_curve(r[1])
        curves[kind.upper() + _(" (whole list)")] = (r[1]["iteration"], r[1]["exact_loss"] / 25)
    df = pd.concat([pd.DataFrame({"curve": k, "iteration": x, "loss_per_symbol": y}) for k, (x, y) in curves.items()])
    ui.figure(charts.loss_curves(curves, _("Training loss on batches of 8 names"), _("update"),
                                 _("cross-entropy per symbol (nats)"), tr=ui.translator()), "names-loss", df, ctx.caption, key="names.loss_fig")
    c1, c2, c3 = st.columns(3)
    n = c1.slider(_("Names to generate"), 5, 100, 20, key="names.n")
    temperature = c2.slider(_("Temperature"), 0.1, 2.0, 1.0, step=0.1, key="names.temperature")
    gen_seed = c3.number_input(_("Sampling seed"), 0, 10_000, 0, key="names.gen_seed")
    show_names(names, result, n, temperature, int(gen_seed))
    st.caption(_("RNN or LSTM? Names are only a few letters long, so there is little long-range memory to "
                 "exploit: on the shipped list both reach about the same loss (about 1.7 nats per symbol after "
                 "600 updates) and both invent mostly new names."))
    st.success(_("The LSTM is now the sidebar's model \"Trained in this session\": the Gates and Cell state "
                 "pages show it reading the list."))
elif names:
    st.info(_("Press the button to train both models (a few seconds)."))

ui.explain(_(
    "**Loss curves**: cross-entropy per symbol (natural log) on each batch of 8 names; lower means the model "
    "is less surprised by the next letter. Uniform guessing over V symbols costs ln V.\n\n"
    "**Generated names**: each starts from the newline symbol and is sampled letter by letter with the "
    "chosen temperature until the model writes a newline (or 40 letters). *new* = not in the training "
    "list, *copy* = the model reproduced a training name. A model that only copies has memorised; one "
    "whose names are all new but unpronounceable has not learned the syllable rules yet.\n\n"
    "The shipped names are invented by a few syllable rules (lstm/tasks/names.py): onsets like *br*, *th*, "
    "vowels, optional codas and endings like *-ia*, *-on*, so there is a pattern to learn."))
ui.show_source(task.LineTrainer._iteration, task.new_names)
