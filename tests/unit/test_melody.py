"""lstm.melody: note names <-> model words, parsing errors, the synthesiser and the WAV bytes."""
import io
import wave
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

from lstm import Vocabulary, melody

MELODIES = Path(__file__).resolve().parents[2] / "assets" / "melodies"


@pytest.mark.parametrize("name, word, midi", [("E4:1/4", "e4_1_4", 64), ("F#4:3/8", "fs4_3_8", 66),
                                              ("Bb3:1/2", "bf3_1_2", 58), ("R:1/8", "r_1_8", None)])
def test_note_names_and_words_round_trip(name, word, midi):
    note = melody.parse_note(name)
    assert note.word == word and note.name == name and note.midi == midi
    assert melody.parse_note(word) == note


def test_a4_is_440_hz_and_an_octave_doubles():
    assert melody.parse_note("A4:1/4").frequency() == pytest.approx(440.0)
    assert melody.parse_note("A5:1/4").frequency() == pytest.approx(880.0)
    assert melody.parse_note("R:1/4").frequency() == 0.0


@pytest.mark.parametrize("path", sorted(MELODIES.glob("*.txt")))
def test_shipped_melodies_parse_and_their_words_survive_the_word_tokenizer(path):
    phrases = melody.parse_melody(path.read_text(encoding="utf-8"))
    text = melody.to_words(phrases)
    vocab = Vocabulary.from_text(text, "word")
    words = [vocab.symbols[k] for k in vocab.encode(text)]
    assert melody.from_words(words) == [n for p in phrases for n in p]
    assert words.count("\n") == len(phrases)


@pytest.mark.parametrize("text, message", [("E4:1/4 H4:1/4 E4:1/4 E4:1/4", "line 1, note 2"),
                                           ("E4:1/4 E4:1/3 E4:1/4 E4:1/4", "note 2"), ("E4:1/4", "at least 4")])
def test_bad_melodies_name_the_problem(text, message):
    with pytest.raises(melody.MelodyError, match=message):
        melody.parse_melody(text)


def test_wav_bytes_parse_and_last_as_long_as_the_notes():
    notes = [melody.parse_note(n) for n in ("C4:1/4", "E4:1/8", "R:1/8", "G4:1/2")]
    data = melody.melody_wav(notes, bpm=120, shape="triangle")
    with wave.open(io.BytesIO(data)) as w:
        assert (w.getnchannels(), w.getsampwidth(), w.getframerate()) == (1, 2, 22050)
        frames = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2")
    assert len(frames) / 22050 == pytest.approx(4 * 60 / 120, abs=1e-3)    # 1/4+1/8+1/8+1/2 = 4 beats at 120 bpm
    rest = frames[int(0.75 * 22050) + 10:int(1.0 * 22050) - 10]
    assert np.all(rest == 0)                                                        # the rest is silent
    assert np.abs(frames).max() <= 0.3 * 32767 + 1


def test_synthesised_sine_has_the_notes_frequency():
    samples = melody.synthesize([melody.parse_note("A4:1/1")], bpm=60)            # 4 s of A4
    spectrum = np.abs(np.fft.rfft(samples))
    peak = np.argmax(spectrum) * 22050 / len(samples)
    assert peak == pytest.approx(440.0, abs=0.5)
    assert melody.seconds(melody.Note("A4", Fraction(1, 1)), bpm=60) == 4.0
