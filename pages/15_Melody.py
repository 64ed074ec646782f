"""Melody page: notes as symbols (pitch + length, e.g. E4:1/4), an LSTM that learns a short
public-domain melody, continues it from a prime, and both played with a NumPy-synthesised waveform.

Notes, synthesiser and WAV in lstm.melody; training is lstm.train.Trainer with lstm.tasks.notes_config;
the piano roll in charts.tasks.
"""
from pathlib import Path

import pandas as pd
import streamlit as st

import ui
from charts import tasks as charts
from lstm import melody
from lstm.sample import MAX_PRIME, generate
from lstm.tasks import notes_config
from lstm.train import Trainer
from ui import _
from ui.task_training import history_curve, publish, train_with_progress

ctx = ui.page_setup(__file__)
MELODIES = Path(__file__).resolve().parent.parent / "assets" / "melodies"
RESULT = "melody.result"

st.title(_("Learning a melody"))
st.markdown(_(
    "A melody is a sequence of notes, and each note — a pitch with a length, written like **E4:1/4** (E in "
    "the 4th octave, a quarter note) — is one symbol, just like a character. The LSTM learns which note "
    "follows which; then it hears the first notes (the *prime*) and continues on its own. Both are played "
    "by a tiny synthesiser written with NumPy."))


@st.cache_data(max_entries=32, show_spinner=False)
def audio(names, bpm, shape):
    """WAV bytes of notes given by name (a tuple of strings: hashable, so this can be cached)."""
    return melody.melody_wav([melody.parse_note(n) for n in names], bpm, shape)


files = sorted(MELODIES.glob("*.txt"))
choice = st.selectbox(_("Melody"), [f.name for f in files], key="melody.file")
if st.session_state.get("melody.loaded") != choice:            # a new choice refills the text box
    st.session_state["melody.text"] = (MELODIES / choice).read_text(encoding="utf-8")
    st.session_state["melody.loaded"] = choice
text = st.text_area(_("Notes (one phrase per line; edit them if you like)"), key="melody.text", height=150)
c1, c2 = st.columns(2)
bpm = c1.slider(_("Tempo (beats per minute)"), 40, 200, 100, key="melody.bpm")
shape = c2.radio(_("Sound"), ["sine", "triangle"], horizontal=True, key="melody.shape",
                 format_func={"sine": _("sine wave"), "triangle": _("triangle wave")}.get)
try:
    phrases = melody.parse_melody(text)
except melody.MelodyError as err:
    st.error(_("These notes cannot be read: ") + ui.message(err))
    st.stop()
notes = [n for phrase in phrases for n in phrase]
st.markdown(_("**Original** — {n} notes, {s:.1f} s").format(n=len(notes), s=sum(melody.seconds(n, bpm) for n in notes)))
st.audio(audio(tuple(n.name for n in notes), bpm, shape), format="audio/wav")

iters = st.slider(_("Updates (at most)"), 20, 2000, 600, step=20, key="melody.iters")
words_text = melody.to_words(phrases)
if st.button(_("Train the LSTM on this melody"), type="primary", key="melody.train"):
    trainer = Trainer(words_text, notes_config(max_iters=iters))
    train_with_progress(trainer, _("Training"))
    publish(trainer, "notes")
    st.session_state[RESULT] = (words_text, trainer.model.copy(), trainer.history, trainer.summary())
    st.rerun()

held = st.session_state.get(RESULT)
if not held or held[0] != words_text:
    st.info(_("Press the button to train the LSTM on these notes (about a second)."))
else:
    _words, model, history, summary = held
    x, y = history_curve(history)
    ui.figure(charts.loss_curves({"LSTM": (x, y)}, _("Training loss per note"), _("update"),
                                 _("cross-entropy per note (nats)"), tr=ui.translator()),
              "melody-loss", pd.DataFrame({"iteration": x, "loss_per_note": y}), ctx.caption, key="melody.loss_fig")
    reason = ui.message(summary["stop_reason"])       # "reached", "max_iters" or why it diverged (Polish keys too)
    st.caption(_("{reason} after {it} updates; from its first note the model replays {ok} of {total} notes "
                 "correctly.").format(reason=reason, it=summary["iterations"],
                                      ok=summary["recitation_correct"], total=summary["recitation_total"]))
    c1, c2, c3, c4 = st.columns(4)
    prime_n = c1.slider(_("Prime: first notes"), 1, min(len(notes), MAX_PRIME), min(8, len(notes)),
                        key="melody.prime")
    length = c2.slider(_("Notes to add"), 4, 128, 32, key="melody.length")
    temperature = c3.slider(_("Temperature"), 0.0, 2.0, 0.6, step=0.1, key="melody.temperature")
    gen_seed = int(c4.number_input(_("Seed"), 0, 10_000, 0, key="melody.seed"))
    prime = [n.word for n in notes[:prime_n]]
    out = generate(model, prime, length, temperature, seed=gen_seed)
    continuation = melody.from_words([model.vocab.symbols[k] for k in out])
    st.markdown(_("**Prime + continuation** — {p} notes heard, {n} notes made up by the model").format(
        p=prime_n, n=len(continuation)))
    both = notes[:prime_n] + continuation
    st.audio(audio(tuple(n.name for n in both), bpm, shape), format="audio/wav")
    st.code(" ".join(n.name for n in notes[:prime_n]) + "  ▶  " + " ".join(n.name for n in continuation), language=None)
    prime_beats = sum(float(n.length) * 4 for n in notes[:prime_n])
    parts = {_("original"): melody.timeline(notes), _("model's continuation"): melody.timeline(continuation, prime_beats)}
    rows = [(label, *row) for label, tl in parts.items() for row in tl]
    ui.figure(charts.piano_roll(parts, _("Piano roll: the original and the model's continuation"), tr=ui.translator()), "melody-roll",
              pd.DataFrame(rows, columns=["part", "start_beat", "beats", "midi", "note"]), ctx.caption,
              key="melody.roll_fig")

ui.explain(_(
    "**Symbols**: each distinct (pitch, length) pair is one symbol; inside the model it is spelled as a "
    "word like e4_1_4 so the word tokenizer keeps it whole, and a line break (end of a phrase) is a symbol "
    "too. **What to expect**: with one short melody the LSTM memorises it; at temperature 0 the "
    "continuation replays the melody from where the prime stops, higher temperatures mix phrases and "
    "invent variations. **Sound**: each note is a sine or triangle wave at its pitch's frequency (A4 = "
    "440 Hz) with a 10 ms fade in and a 40 ms fade out, 22,050 samples per second, written as a 16-bit "
    "WAV file.\n\n**Piano roll**: one bar per note; x = when it starts (in beats), length = its duration, "
    "y = its pitch."))
ui.show_source(melody.Note.word.fget, melody.synthesize, melody.wav_bytes)
