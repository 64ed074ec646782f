"""Melodies as symbol sequences, and a tiny NumPy synthesiser that turns notes into a WAV file.

A note is written "E4:1/4" (pitch name + octave, a colon, its length as a fraction of a whole
note; "R:1/4" is a rest). The models see each note as ONE word-level symbol, spelled so the word
tokenizer keeps it whole: "E4:1/4" <-> "e4_1_4", "F#4:3/8" <-> "fs4_3_8". synthesize() draws each
note as a sine or triangle wave with a short attack/release envelope; wav_bytes() writes 16-bit
mono WAV bytes with the standard library's `wave` module (what st.audio plays).
Used by the Melody page, lstm.tasks (notes mode) and the command line.
"""
import io
import re
import wave
from fractions import Fraction
from typing import NamedTuple

import numpy as np

from .messages import InputError, N_, N_n

SAMPLE_RATE = 22050                 # Hz; plenty for melodies below 2 kHz
LENGTH = r"(?P<num>[1-9]\d?){sep}(?P<den>1|2|4|8|16|32)$"            # numerator / power-of-two denominator
NOTE_RE = re.compile(r"^(?:(?P<rest>[Rr])|(?P<step>[A-Ga-g])(?P<acc>[#b]?)(?P<octave>[0-8])):" + LENGTH.format(sep="/"))
WORD_RE = re.compile(r"^(?:(?P<rest>r)|(?P<step>[a-g])(?P<acc>s|f)?(?P<octave>[0-8]))_" + LENGTH.format(sep="_"))
SEMITONE = {"c": 0, "d": 2, "e": 4, "f": 5, "g": 7, "a": 9, "b": 11}
MAX_NOTES = 2000
ATTACK, RELEASE = 0.01, 0.04        # seconds of linear fade in / out per note (no clicks)


class MelodyError(InputError):
    """A melody text that cannot be read (the message names the bad note and its position)."""


class Note(NamedTuple):
    """pitch: e.g. 'E4', 'F#4', 'Bb3', or None for a rest; length: fraction of a whole note."""
    pitch: object
    length: Fraction

    @property
    def name(self):
        """The written form, 'E4:1/4'."""
        return f"{self.pitch or 'R'}:{self.length.numerator}/{self.length.denominator}"

    @property
    def word(self):
        """The model's symbol, 'e4_1_4' (one word for the word tokenizer; '#' -> 's', 'b' -> 'f')."""
        if self.pitch is None:
            head = "r"
        else:
            head = self.pitch[0].lower() + {"#": "s", "b": "f"}.get(self.pitch[1:-1], "") + self.pitch[-1]
        return f"{head}_{self.length.numerator}_{self.length.denominator}"

    @property
    def midi(self):
        """MIDI note number (C4 = 60, A4 = 69); None for a rest."""
        if self.pitch is None:
            return None
        step, acc, octave = self.pitch[0].lower(), self.pitch[1:-1], int(self.pitch[-1])
        return 12 * (octave + 1) + SEMITONE[step] + {"#": 1, "b": -1}.get(acc, 0)

    def frequency(self):
        """Hz of the pitch (A4 = 440 Hz, equal temperament); 0 for a rest."""
        return 0.0 if self.pitch is None else 440.0 * 2.0 ** ((self.midi - 69) / 12)


def _note(m):
    length = Fraction(int(m["num"]), int(m["den"]))
    if m["rest"]:
        return Note(None, length)
    acc = {"s": "#", "f": "b"}.get(m["acc"] or "", m["acc"] or "")
    return Note(m["step"].upper() + acc + m["octave"], length)


def parse_note(token):
    """'E4:1/4' or its word form 'e4_1_4' -> Note; MelodyError otherwise."""
    m = NOTE_RE.match(token) or WORD_RE.match(token)
    if not m:
        raise MelodyError(N_("{token!r} is not a note: write pitch, octave, colon, length, e.g. E4:1/4, F#4:1/8 or "
                             "R:1/2"), token=token)
    return _note(m)


def parse_melody(text):
    """A melody text -> list of phrases, each a list of Notes.  One phrase per line, notes separated
    by spaces, '#' starts a comment.  Raises MelodyError naming the first bad note."""
    phrases = []
    for line_no, line in enumerate(text.splitlines(), 1):
        tokens = line.split("#", 1)[0].split()
        notes = []
        for k, token in enumerate(tokens, 1):
            try:
                notes.append(parse_note(token))
            except MelodyError as err:
                raise MelodyError(N_("line {line_no}, note {k}: {err}"), line_no=line_no, k=k, err=err) from None
        if notes:
            phrases.append(notes)
    total = sum(len(p) for p in phrases)
    if total < 4:
        raise MelodyError(N_n("the melody has {n} note; write at least 4", "the melody has {n} notes; write at least 4"),
                          n=total)
    if total > MAX_NOTES:
        raise MelodyError(N_("the melody has {total} notes; the limit is {max_notes}"),
                          total=total, max_notes=MAX_NOTES)
    return phrases


def to_words(phrases):
    """Phrases -> the model's training text: note words separated by spaces, one phrase per line."""
    return "\n".join(" ".join(n.word for n in p) for p in phrases) + "\n"


def from_words(words):
    """Model symbols (a list of words, may include '\\n') -> Notes; phrase breaks are skipped."""
    return [parse_note(w) for w in words if w != "\n"]


def timeline(notes, start=0.0):
    """[(start beat, length in beats, MIDI number, name)] of the sounding notes (rests leave a gap)."""
    out, beat = [], float(start)
    for note in notes:
        beats = float(note.length) * 4
        if note.pitch is not None:
            out.append((beat, beats, note.midi, note.name))
        beat += beats
    return out


def seconds(note, bpm=100):
    """A note's duration: a quarter note (1/4) lasts one beat of 60/bpm seconds."""
    return float(note.length) * 4 * 60.0 / bpm


def synthesize(notes, bpm=100, shape="sine", sample_rate=SAMPLE_RATE, volume=0.3):
    """Notes -> float64 samples in [-volume, volume], each note with a short attack and release."""
    if shape not in ("sine", "triangle"):
        raise InputError(N_("unknown wave shape {shape!r}: use 'sine' or 'triangle'"), shape=shape)
    if not (isinstance(bpm, (int, float)) and 20 <= bpm <= 400):
        raise InputError(N_("tempo must be from 20 to 400 beats per minute, got {bpm!r}"), bpm=bpm)
    parts = []
    for note in notes:
        n = int(round(seconds(note, bpm) * sample_rate))
        t = np.arange(n) / sample_rate
        phase = note.frequency() * t                          # cycles since the note began
        if shape == "sine":
            tone = np.sin(2 * np.pi * phase)
        else:
            tone = 2.0 * np.abs(2.0 * (phase - np.floor(phase + 0.5))) - 1.0
        env = np.minimum(1.0, np.minimum(t / ATTACK, (n / sample_rate - t) / RELEASE))
        parts.append(volume * tone * np.clip(env, 0.0, 1.0) * (note.pitch is not None))
    return np.concatenate(parts) if parts else np.zeros(0)


def wav_bytes(samples, sample_rate=SAMPLE_RATE):
    """Float samples in [-1, 1] -> the bytes of a 16-bit mono WAV file (stdlib `wave`)."""
    pcm = (np.clip(np.asarray(samples, dtype=np.float64), -1.0, 1.0) * 32767).astype("<i2")
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(sample_rate)
        out.writeframes(pcm.tobytes())
    return buffer.getvalue()


def melody_wav(notes, bpm=100, shape="sine"):
    """Notes -> WAV bytes, ready for st.audio(..., format='audio/wav')."""
    return wav_bytes(synthesize(notes, bpm, shape))
