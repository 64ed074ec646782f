"""lstm.text: the one reader (BOM, line ends, NFC, limit by real length) and every way a text comes in.

The inputs that once slipped through (a BOM file, CRLF and CR files, composed vs decomposed Polish, files over the
limit whose bytes a bounded read would cut or miscount) through the reader itself, the command line
(text and task modes) and the app's upload helper; then properties over random texts and chunk sizes.
"""
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import lstm.text as text_mod
from lstm import checkpoint
from lstm.__main__ import main
from lstm.tasks.names import parse_names
from lstm.text import MAX_TEXT_CHARS, TextError, canonical, normalize, read_file, read_text
from lstm.train import TrainConfig, Trainer
from ui.training import decode_upload

ROOT = Path(__file__).resolve().parents[2]
POLISH = "Zażółć gęślą jaźń. Źdźbło, żółw i ćma."
SMALL = TrainConfig.from_preset("fast", hidden=4, max_iters=2)


def cli(*args):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "lstm", *map(str, args)], capture_output=True, cwd=ROOT, env=env,
                          timeout=300)


# -- the inputs of the issue, with the right value ---------------------------------------------------
def test_bom_file_trains_without_a_bom_symbol_on_the_command_line(tmp_path, capsys):
    path, out = tmp_path / "bom.txt", tmp_path / "bom.npz"
    path.write_bytes(b"\xef\xbb\xbfAla ma kota.\n")                     # printf '\xef\xbb\xbfAla ma kota.\n'
    assert main(["train", str(path), "--out", str(out), "--max-iters", "3", "--quiet"]) == 0
    model, meta = checkpoint.load_with_metadata(out)
    assert "\ufeff" not in model.vocab.symbols and meta["text"] == "Ala ma kota.\n"
    capsys.readouterr()
    assert main(["sample", str(out), "--length", "20", "--seed", "3"]) == 0
    assert capsys.readouterr().out.startswith("A")                       # not an invisible symbol
    assert model.vocab == Trainer(decode_upload(path.read_bytes()), SMALL).vocab   # the Training page's upload


@pytest.mark.parametrize("raw", [b"Ala ma kota.\r\nKot ma Ale.\r\n", b"Ala ma kota.\rKot ma Ale.\r"])
def test_crlf_and_cr_line_ends_become_newlines_everywhere(tmp_path, raw):
    path = tmp_path / "lines.txt"
    path.write_bytes(raw)
    want = "Ala ma kota.\nKot ma Ale.\n"
    assert read_file(path) == decode_upload(raw) == read_text(raw.decode()) == want
    assert main(["train", str(path), "--out", str(tmp_path / "m.npz"), "--max-iters", "2", "--quiet"]) == 0
    model, meta = checkpoint.load_with_metadata(tmp_path / "m.npz")
    assert "\r" not in model.vocab.symbols and meta["text"] == want


def test_composed_and_decomposed_polish_give_one_vocabulary_at_both_levels():
    decomposed = unicodedata.normalize("NFD", POLISH)
    assert len(decomposed) > len(POLISH)                                 # the two really differ as given
    for level in ("char", "word"):
        a = Trainer(POLISH, TrainConfig.from_preset("fast", level=level, max_iters=1))
        b = Trainer(decomposed, TrainConfig.from_preset("fast", level=level, max_iters=1))
        assert a.vocab == b.vocab and a.indices.tolist() == b.indices.tolist() and b.text == POLISH
    words = Trainer(decomposed, TrainConfig.from_preset("fast", level="word", max_iters=1)).vocab.symbols
    assert "źdźbło" in words and "żółw" in words                        # a word is not split by its accents
    model = Trainer(POLISH, SMALL).model
    assert model.encode(unicodedata.normalize("NFD", "żółw")).tolist() == model.encode("żółw").tolist()   # a prime


def test_a_file_over_the_limit_is_refused_by_its_real_length_in_characters(tmp_path):
    """A bounded read of 4 × limit + 1 bytes cut the last 'ą' (2 bytes) in half ("not UTF-8") and counted an
    ASCII file as 4,000,001 characters; the reader decodes in chunks and counts to the end."""
    polish, ascii_ = tmp_path / "a.txt", tmp_path / "b.txt"
    polish.write_bytes("ą".encode() * (2 * MAX_TEXT_CHARS + 1))         # 4,000,002 bytes
    ascii_.write_bytes(b"ab" * (5 * MAX_TEXT_CHARS // 2) + b"c")        # 5,000,001 bytes
    for path, n in ((polish, 2 * MAX_TEXT_CHARS + 1), (ascii_, 5 * MAX_TEXT_CHARS + 1)):
        proc = cli("train", path, "--max-iters", "1")
        err = proc.stderr.decode()
        assert proc.returncode == 2 and "Traceback" not in err, err
        assert f"the text has {n:,} characters; the limit is {MAX_TEXT_CHARS:,}" in err and "UTF-8" not in err


def test_the_limit_counts_characters_after_normalisation():
    assert read_text("a\r\n" * (MAX_TEXT_CHARS // 2)) == "a\n" * (MAX_TEXT_CHARS // 2)   # 1,000,000 after "\r\n" -> "\n"
    with pytest.raises(TextError, match=f"has {MAX_TEXT_CHARS + 1:,} characters"):
        read_text(b"a" * MAX_TEXT_CHARS + b"\xc3\xa9")                 # one more, 2 bytes


def test_every_task_mode_reads_through_the_same_reader(tmp_path, capsys):
    names = "\ufeff" + "\r\n".join(unicodedata.normalize("NFD", n) for n in
                                   ["Żaneta", "Łucja", "Ćwirek", "Ósemka", "Ąmon", "Ędward", "Śnieżka", "Źenon",
                                    "Ńina", "Ółek", "Aga", "Ula"]) + "\r\n"
    path = tmp_path / "names.txt"
    path.write_text(names, encoding="utf-8")
    assert parse_names(read_file(path))[:2] == ["Żaneta", "Łucja"]      # one NFC letter, no BOM, no "\r"
    assert main(["train", str(path), "--mode", "names", "--max-iters", "2", "--hidden", "4",
                 "--out", str(tmp_path / "n.npz")]) == 0
    model, meta = checkpoint.load_with_metadata(tmp_path / "n.npz")
    assert not {"\ufeff", "\r", "\u0301", "\u0307", "\u0328"} & set(model.vocab.symbols) and "Ż" in model.vocab.symbols
    capsys.readouterr()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Ala\nOla\xff\n")
    for mode in ("names", "words", "notes", "series"):
        assert main(["train", str(bad), "--mode", mode]) == 2
        assert f"{bad} is not UTF-8 text (byte 8 of 9 cannot be read)" in capsys.readouterr().err   # 0xff: the 8th


def test_series_csv_with_a_bom_and_crlf_reads(tmp_path, capsys):
    from lstm.tasks.sunspots import SUNSPOTS, read_series
    path = tmp_path / "s.csv"
    path.write_bytes(b"\xef\xbb\xbf" + SUNSPOTS.read_bytes().replace(b"\n", b"\r\n"))
    labels, values = read_series(path)
    assert (labels, values.tolist()) == (read_series()[0], read_series()[1].tolist())


def test_not_utf8_names_the_first_bad_byte_counting_from_1():
    """A student counts bytes from 1: the first byte is "byte 1 of N", never "byte 0"."""
    with pytest.raises(TextError, match=r"byte 1 of 3 cannot be read"):
        read_text(b"\xffab")
    with pytest.raises(TextError, match=r"byte 6 of 6 cannot be read"):
        read_text(b"caf\xc3\xa9\xff")                                  # c a f é(2 bytes) then 0xff
    with pytest.raises(TextError, match=r"byte 4 of 4 cannot be read"):
        read_text(b"abc\xc5")                                            # ends inside a character


# -- properties: any text, any chunking ---------------------------------------------------------------
PIECES = st.sampled_from(["a", "ą", "a\u0328", "\r\n", "\r", "\n", "\ufeff", "e\u0301", "\u1100\u1161", "가",
                          "\u11a8", "我", "🙂", " ", "\u0327\u0301", "Z", "\u2028"])
TEXTS = st.lists(PIECES, max_size=40).map("".join) | st.text(max_size=40)


def chunked(chunk):
    """lstm.text.CHUNK_BYTES set to `chunk` for a with-block (hypothesis runs many examples in one test)."""
    class Chunked:
        def __enter__(self):
            self.old, text_mod.CHUNK_BYTES = text_mod.CHUNK_BYTES, chunk

        def __exit__(self, *exc):
            text_mod.CHUNK_BYTES = self.old
    return Chunked()


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.integers(1, 9))
def test_any_chunking_gives_the_normalised_text_and_its_real_length(raw, chunk):
    want = normalize(raw)
    with chunked(chunk):
        assert read_text(raw.encode()) == want == normalize(want) == canonical(want) == read_text(raw)
        if want:
            n = len(want)                                   # "1 character", "2 characters": counted English
            with pytest.raises(TextError, match=f"has {n:,} character{'s' * (n != 1)}; the limit is {n - 1:,}"):
                read_text(raw.encode(), limit=len(want) - 1)


@settings(max_examples=200, deadline=None)
@given(TEXTS, TEXTS, st.sampled_from([b"\xff", b"\xc3", b"\xe2\x82", b"\xed\xa0\x80", b"\x80"]),
       st.integers(1, 9))
def test_the_first_bad_byte_is_named_however_the_file_is_cut(head, tail, bad, chunk):
    data = head.encode() + bad + tail.encode()
    where = f"byte {len(head.encode()) + 1:,} of {len(data):,} cannot be read"
    with chunked(chunk), pytest.raises(TextError, match=where):
        read_text(data)
