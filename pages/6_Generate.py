"""Generate page: let the model write after a prime text, see its choices step by step, check its recitation.

Generation goes through lstm.usage.sample, which samples each kind of model as it was trained (a names model:
one name per line, the state reset at every newline) with the cell's own step, and returns the probabilities
each symbol was drawn from (cached by model fingerprint and settings). With "Predict before you see" on, the
student guesses each generated symbol and the model's confidence before its probabilities (and the rest of
the text) are shown (ui.guesses), or asks to see the whole text of this generation at once ("Show the whole
text": the guessing then starts again with the next new text); the recitation, which would give the text
away, waits for a button. The temperature opens at 0.7 for a book model (the README's samples), else 1.
"""
import numpy as np
import streamlit as st

import ui
import ui.guesses
import ui.predict
from charts.generation import step_bars
from charts.training import recitation_figure
from lstm import usage
from lstm.sample import MAX_PRIME, SettingError, generate, recite
from lstm.symbols import quoted, visible_text
from ui import _, models

MAX_RECITE = 2000          # symbols of the training text checked by the recitation
# Temperature the page opens at: a book model's samples in the README are drawn at 0.7 (fewer misspelt words
# than at 1); a model that memorised its text is shown as it is, its own probabilities (1).
BOOK_TEMPERATURE, TEMPERATURE = 0.7, 1.0
SHOWN = "gen.shown"        # the generation (settings id) whose whole text the student asked to see, skipping guesses

ctx = ui.page_setup(__file__)
predict_on = ui.predict.mode_on()

st.title(_("Let the model write"))
st.markdown(_(
    "The model reads the **prime** text, then repeatedly picks a next symbol from its predicted "
    "probabilities and reads that symbol back in. **Temperature** reshapes the probabilities before "
    "picking: 0 always takes the most likely symbol (greedy), 1 samples them as they are, higher values "
    "make unlikely symbols more likely. The same seed always gives the same text."))
ui.explain(_(
    "- The grey box is the generated text, exactly as produced (after the prime).\n"
    "- The bar chart shows, for one step of the generation, the model's probabilities y = softmax(W_y·h + b_y) "
    "for the most likely next symbols; the orange bar is the symbol that was actually picked. With "
    "temperature above 0 the pick is random, so it is not always the tallest bar.\n"
    "- **Top-k** keeps only the k most likely symbols when sampling (0 = all of them).\n"
    "- The recitation gives the model only the first symbol of its training text and lets it continue "
    "greedily: a model that has learnt the text recites it without a red cell."))
ui.show_source(generate)

MODE = usage.mode_of(ctx.meta)                 # names: one name per line, each from a fresh state (lstm.usage)
if MODE == "names":
    st.info(_("This is a names model: it learnt one name per line, each from a fresh state. So it writes one "
              "name per line, and its state restarts after every newline; an empty prime starts a new name."))
BOOK = models.book_prime(st.session_state.get(ui.setup.MODEL_KEY)) if MODE != "names" else None
if BOOK:                       # a model that read a whole book finishes what the student begins
    ui.setup.follow_default("gen.begin", BOOK)      # another book: its own opening (a typed beginning stays)
    prime = st.text_area(_("Begin a text and let the model finish it"), key="gen.begin",
                         max_chars=MAX_PRIME, height=80,
                         help=_("The model reads your beginning (only symbols it knows), then writes on."))
else:
    ui.setup.follow_default("gen.prime", usage.default_prime(ctx.model, MODE, ctx.text))
    prime = st.text_input(_("Prime text (the model reads this first)"), key="gen.prime", max_chars=MAX_PRIME)
c1, c2, c3, c4 = st.columns(4)
length = c1.number_input(_("Symbols to generate"), 0, 2000, value=200, step=10, key="gen.length")
default_t = BOOK_TEMPERATURE if BOOK else TEMPERATURE
ui.setup.follow_default("gen.temperature", default_t, keep_typed=False)   # a model of the other kind: its default
temperature = c2.number_input(_("Temperature (0 = greedy)"), 0.0, 5.0, step=0.1, key="gen.temperature",
                              help=_("This page opens at {book:g} for a model that read a book (as the README's "
                                     "samples) and at {other:g} for the others.").format(book=BOOK_TEMPERATURE,
                                                                                        other=TEMPERATURE))
seed = c3.number_input(_("Seed"), 0, 2 ** 31 - 1, value=0, step=1, key="gen.seed")
top_k = c4.number_input(_("Top-k (0 = all symbols)"), 0, ctx.model.V, value=0, step=1, key="gen.top_k")


@st.cache_data(max_entries=32, show_spinner=False)
def generated(key, mode, prime, length, temperature, seed, top_k, _model):
    """lstm.usage.sample: (generated indices, probs (n, V) the model gave before each generated symbol)."""
    return tuple(usage.sample(_model, mode, prime, length, temperature, seed, top_k or None))


@st.cache_data(max_entries=16, show_spinner=False)
def recitation(key, text, _model):
    return recite(_model, text)


def next_step(step):
    st.session_state["gen.step"] = step


def step_slider(n):
    """The generation step to look at, 1..n (kept within range when the text gets shorter)."""
    st.session_state["gen.step"] = min(st.session_state.get("gen.step", 1), n)
    return 1 if n == 1 else st.slider(_("Step of the generation"), 1, n, key="gen.step")


def text_so_far(generated_part):
    """The prime and the generated indices decoded together (a word-level model's separators; an empty names
    prime)."""
    return ctx.model.vocab.decode([*(ctx.model.encode(prime) if prime else []), *generated_part])


def show_bars(out, probs, step):
    """The top-k probabilities before generation step `step`, the generated symbol in orange, with their CSV."""
    k = int(top_k) or 10
    fig = step_bars(symbols, probs[step - 1], int(out[step - 1]), step, text_so_far(out[:step - 1]), k=k,
                    title=_("Next-symbol probabilities"), tr=ui.translator())
    order = np.argsort(-probs[step - 1], kind="stable")[:k]
    df = {"symbol": [symbols[j] for j in order], "probability": probs[step - 1][order]}
    ui.figure(fig, f"generation-step-{step}", df, ctx.caption, key="gen.bars")


def show_recitation(train_text, cut):
    """The greedy recitation of the (first MAX_RECITE symbols of the) training text, as a figure."""
    if cut:
        st.caption(_("Checking the first {n} characters of the training text.").format(n=MAX_RECITE))
    try:
        rec = recitation(ctx.key, train_text, ctx.model)
    except ValueError as err:
        st.warning(_("The training text cannot be recited by this model: ") + ui.message(err))
        return
    first = symbols[int(ctx.model.encode(train_text)[0])]
    st.markdown(_("Correct: **{n} / {total}** symbols").format(n=rec.n_correct, total=rec.total)
                + (_(" — exact") if rec.exact else ""))
    ui.figure(recitation_figure(first, rec.expected, rec.produced, title=_("Greedy recitation"), tr=ui.translator()),
              "recitation", {"expected": rec.expected, "produced": rec.produced, "correct": rec.correct},
              ctx.caption, key="gen.recitation")


symbols = ctx.model.vocab.symbols
out = None
if not prime and MODE != "names":
    st.warning(_("Type at least one symbol for the model to start from."))
else:
    try:
        out, probs = generated(ctx.key, MODE, prime, int(length), float(temperature), int(seed), int(top_k), ctx.model)
    except SettingError as err:                     # temperature, length or top-k: not the prime's fault
        st.warning(_("These settings cannot be used: ") + ui.message(err))
    except ValueError as err:                       # lstm.VocabularyError (unknown symbols), PrimeError
        st.warning(_("The prime cannot be used with this model: ") + ui.message(err))

generation = ui.predict.round_id("generate", ctx.key, prime, int(length), float(temperature), int(seed), int(top_k))
guessing = out is not None and len(out) > 0 and predict_on and st.session_state.get(SHOWN) != generation
if guessing:
    st.subheader(_("Guess what the model writes"))
    step = step_slider(len(out))
    rid = ui.predict.round_id("generate", ctx.key, prime, int(length), float(temperature), int(seed), int(top_k), step)
    done = ui.predict.committed(rid)
    so_far = text_so_far(out[:step if done else step - 1])
    st.caption(_("After the prime {prime}, temperature {t:g}, seed {s}; the text so far (the rest stays hidden "
                 "until you guess it):").format(prime=ui.md_escape(quoted(prime)), t=temperature, s=seed))
    st.code(visible_text(so_far) + ("" if done else " ▯"), language=None)
    st.button(_("Show the whole text"), key="gen.show_all", on_click=st.session_state.__setitem__,
              args=(SHOWN, generation), icon=":material/visibility:",
              help=_("Skip the guessing for this text: the whole continuation and the probabilities at every "
                     "step are shown. A new text (another beginning, seed or setting) starts the guessing again."))
    if ui.guesses.next_symbol_round(rid, symbols, probs[step - 1], int(out[step - 1]), step) is not None:
        show_bars(out, probs, step)
        if step < len(out):
            st.button(_("Next symbol"), key="gen.next", type="primary", on_click=next_step, args=(step + 1,))
elif out is not None and BOOK:
    st.subheader(_("Your beginning, finished by the model"))
    st.caption(_("Your beginning {prime}, then {n} symbols the model wrote (temperature {t:g}, seed {s}):").format(
        prime=ui.md_escape(quoted(prime)), n=len(out), t=temperature, s=seed))
    st.code(visible_text(text_so_far(out)), language=None, wrap_lines=True)
    if len(out):
        st.subheader(_("Step by step: what could have come next"))
        show_bars(out, probs, step_slider(len(out)))
elif out is not None:
    st.subheader(_("Generated text"))
    st.caption(_("After the prime {prime} ({n} symbols generated, temperature {t:g}, seed {s}):").format(
        prime=ui.md_escape(quoted(prime)), n=len(out), t=temperature, s=seed))
    st.code(visible_text(ctx.model.vocab.decode(out)), language=None)
    st.subheader(_("Step by step: what could have come next"))
    if len(out) == 0:
        st.info(_("Nothing was generated (0 symbols): raise the number of symbols to generate."))
    else:
        show_bars(out, probs, step_slider(len(out)))

st.subheader(_("Recitation check"))
source = models.model_text(ctx.model, ctx.meta)
if not source.stored:
    st.info(_("This model's checkpoint does not include its training text, so there is nothing to recite.")
            if source.reason == "missing" else
            _("This model's checkpoint holds a training text it cannot read, so there is nothing to recite."))
elif guessing and not st.session_state.get("gen.show_recitation"):     # the whole text shown: nothing to hide
    st.caption(_("The recitation shows what the model writes greedily, so it would give your guesses away."))
    st.button(_("Show the recitation"), key="gen.recitation_button", on_click=st.session_state.__setitem__,
              args=("gen.show_recitation", True))
else:
    head = source.text[:MAX_RECITE]
    if len(source.text) > MAX_RECITE and ctx.model.vocab.level == "word":
        head = head.rsplit(None, 1)[0]               # a word cut in two is not in a word model's vocabulary
    show_recitation(head, len(source.text) > MAX_RECITE)
st.caption(ui.md_escape(ctx.caption))
