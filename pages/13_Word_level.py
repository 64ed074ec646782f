"""Word level page: train an LSTM on the WORDS of any pasted or uploaded text, with a learned
embedding table, then generate from a seed passage; the trained model becomes the session model, so
the Encodings page shows its word embeddings and the Gates / Cell state pages its units.

Training is lstm.train.Trainer with lstm.tasks.words_config (level "word", embed_dim > 0).
"""
import math

import pandas as pd
import streamlit as st

import ui
from charts import tasks as charts
from lstm import VocabularyError
from lstm.build_assets import structured_text
from lstm.sample import MAX_PRIME, sample_text
from lstm.tasks import words_config
from lstm.train import Trainer
from lstm.symbols import visible_text
from lstm.text import MAX_TEXT_CHARS, normalize
from lstm.vocab import tokenize
from ui import _
from ui.i18n import N_, keep
from ui.task_training import history_curve, publish, train_with_progress
from ui.training import decode_upload

ctx = ui.page_setup(__file__)
RESULT, TEXT = "words.result", "words.text"
MAX_WORDS = 20_000

st.title(_("Word-level language model"))
st.markdown(_(
    "Instead of characters, the model reads **words** (and punctuation marks): each word is looked up in a "
    "learned **embedding** table E (one row of D numbers per word) and the LSTM predicts the next word. "
    "As in the lecture, it learns on windows of 20–100 words, carrying its state from one window to the next."))
st.warning(_(
    "**What to expect.** A word model needs far more text than a character model: every distinct word is "
    "a separate symbol it must learn from its few occurrences. On a text of a few hundred or thousand "
    "words it mostly memorises phrases of the text and recombines them; the output looks locally "
    "plausible but has no meaning, and words it saw once or twice are used almost at random. Real "
    "word-level models train on millions of words."))


def on_upload():
    upload = st.session_state.get("words.upload")
    if upload is not None:
        try:
            st.session_state[TEXT] = decode_upload(upload.getvalue(), upload.name)   # BOM, line ends, NFC, limit
        except ValueError as err:                                      # not UTF-8, too long, empty: text kept
            st.session_state["words.upload_error"] = keep(err, suffix=N_("The text box keeps its text."))


st.session_state.setdefault(TEXT, structured_text())
st.file_uploader(_("Upload a .txt file (replaces the text below)"), type=["txt"], key="words.upload",
                 on_change=on_upload)
upload_error = st.session_state.pop("words.upload_error", None)
if upload_error:
    st.error(upload_error.text())
text = normalize(st.text_area(_("Training text"), key=TEXT, height=200, max_chars=MAX_TEXT_CHARS))
words = tokenize(text, "word")
vocab_size = len(set(words))
st.caption(_("{n:,} words and punctuation marks, {V:,} distinct (V).").format(n=len(words), V=vocab_size))

c1, c2, c3, c4 = st.columns(4)
seq_len = c1.slider(_("Window (words)"), 20, 100, 50, key="words.seq_len")
embed_dim = c2.slider(_("Embedding size D"), 2, 64, 16, key="words.embed_dim")
hidden = c3.slider(_("Hidden units H"), 8, 128, 64, step=8, key="words.hidden")
iters = c4.slider(_("Updates (at most)"), 20, 2000, 300, step=20, key="words.iters")
problem = None
if len(words) < 2 * 20 or vocab_size < 3:
    problem = _("The text is too short: give at least 40 words with at least 3 different ones.")
elif len(words) > MAX_WORDS:
    problem = _("The text has {n:,} words; the limit here is {limit:,}.").format(n=len(words), limit=MAX_WORDS)
if problem:
    st.warning(problem)
elif st.button(_("Train the word-level LSTM"), type="primary", key="words.train"):
    try:
        trainer = Trainer(text, words_config(seq_len=seq_len, embed_dim=embed_dim, hidden=hidden, max_iters=iters))
    except ValueError as err:
        st.error(_("Cannot train on this text: ") + ui.message(err))
    else:
        train_with_progress(trainer, _("Training"))
        publish(trainer, "words")
        st.session_state[RESULT] = (trainer.model.copy(), trainer.history, trainer.summary())
        st.rerun()

held = st.session_state.get(RESULT)
if held:
    model, history, summary = held
    x, y = history_curve(history, "exact_loss")
    df = pd.DataFrame({"iteration": x, "loss_per_word": y}).dropna()
    ui.figure(charts.loss_curves({"LSTM": (x, y)}, _("Loss per word over the whole text"), _("update"),
                                 _("cross-entropy per word (nats)"), tr=ui.translator()), "words-loss", df, ctx.caption, key="words.loss_fig")
    reason = ui.message(summary["stop_reason"])       # "reached", "max_iters" or why it diverged (Polish keys too)
    st.caption(_("Stopped: {reason} after {it} updates. Whole-text loss {loss:.3f} nats per word "
                 "(uniform guessing: ln V = {uniform:.2f}).").format(
        reason=reason, it=summary["iterations"], loss=summary["exact_loss_per_window"] / 25,
        uniform=math.log(summary["vocab_size"])))
    st.subheader(_("Generate from a seed passage"))
    seed_text = st.text_input(_("Seed passage (words the model knows)"), " ".join(tokenize(text, "word")[:3]),
                              key="words.seed_text", max_chars=MAX_PRIME)
    c1, c2, c3 = st.columns(3)
    length = c1.slider(_("Words to generate"), 5, 200, 40, key="words.length")
    temperature = c2.slider(_("Temperature"), 0.0, 2.0, 0.8, step=0.1, key="words.temperature")
    gen_seed = int(c3.number_input(_("Sampling seed"), 0, 10_000, 0, key="words.gen_seed"))
    try:
        generated = sample_text(model, seed_text, length, temperature, seed=gen_seed)
        st.code(visible_text(model.vocab.decode(model.encode(seed_text)) + " ▶ " + generated), language=None)
    except (VocabularyError, ValueError) as err:
        st.warning(_("Cannot continue this seed: ") + ui.message(err))
    st.success(_("The model is now the sidebar's \"Trained in this session\" model for every page: open "
                 "**Encodings** to see its word embeddings, **Gates** and **Cell state** to see its units."))

ui.explain(_(
    "**Tokens**: the lecture's tokenizer — lower-cased words, every punctuation mark and newline its own "
    "token. **Embedding**: row v of E (V × D) is the input vector for word v; it is learned by the same "
    "backpropagation as the gates. **Loss**: cross-entropy per word; ln V is what guessing uniformly costs. "
    "**Generation**: the seed is read first, then each next word is sampled (temperature 0 = always the "
    "most likely word)."))
ui.show_source(tokenize, words_config)
