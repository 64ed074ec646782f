"""Every page opens on every kind of checkpoint the project itself writes, loaded as the sidebar loads an
upload: each file is made by `python -m lstm train` (text at both levels, the three cells, texts too long
to be stored, and the names / words / notes / series modes), by the Time series page's download, or in the
shape `python -m lstm import` writes (stacked, scaled-index input, float32).
A page may say it needs another kind of model; it never shows an exception or an error."""
import io

import pytest
from threadpoolctl import threadpool_limits

from lstm import ModelConfig, Vocabulary, checkpoint, create
from lstm.__main__ import main
from lstm.series import SeriesTrainConfig, train_series
from lstm.tasks import sunspots
from lstm.train import MAX_TEXT_IN_CHECKPOINT
from tests.app.conftest import ALL_PAGES, ROOT, assert_clean, run_page
from ui import models

SENTENCE = "Ala ma kota, a kot ma Alę. Kot śpi; Ala czyta!\n"
LONG = SENTENCE * (MAX_TEXT_IN_CHECKPOINT // len(SENTENCE.encode("utf-8")) + 5)     # > 512 KB: not stored
TINY = ["--hidden", "4", "--max-iters", "1", "--quiet"]
KINDS = {  # name -> (text written to the file, arguments after the file)
    "char": (SENTENCE, ["--preset", "course"]),
    "gru": (SENTENCE, ["--kind", "gru"]),
    "rnn": (SENTENCE, ["--kind", "rnn"]),
    "word": (SENTENCE * 3, ["--level", "word", "--preset", "course"]),
    "char-long-no-text": (LONG, ["--preset", "course", "--seq-len", "25"]),
    "word-long-no-text": (LONG, ["--level", "word", "--preset", "course", "--seq-len", "25"]),
    "names": ("\n".join(["Ala", "Ola", "Ela", "Ula", "Iza", "Ewa", "Ada", "Zoe", "Ida", "Ina", "Ana"]), ["--mode", "names"]),
    "words": (SENTENCE * 8, ["--mode", "words"]),
    "notes": ((ROOT / "assets" / "melodies" / "twinkle.txt").read_text(encoding="utf-8"), ["--mode", "notes"]),
    "series": ((ROOT / "assets" / "series" / "sunspots_yearly.csv").read_text(encoding="utf-8"), ["--mode", "series"]),
}


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """{kind: checkpoint bytes}, each written by the project's own command line (one BLAS thread)."""
    folder, out = tmp_path_factory.mktemp("kinds"), {}
    with threadpool_limits(1):
        for kind, (text, args) in KINDS.items():
            source, target = folder / f"{kind}.txt", folder / f"{kind}.npz"
            source.write_text(text, encoding="utf-8")
            assert main(["train", str(source), "--out", str(target), *TINY, *args]) == 0, kind
            out[kind] = target.read_bytes()
        out["series-page"] = series_page_download()
        out["stacked-import"] = stacked_import()
    return out


def stacked_import():
    """The shape `python -m lstm import` writes for the lecture's Keras model: 2 layers, scaled-index input,
    float32 (lstm.checkpoint.save, as that command saves it)."""
    config = ModelConfig(hidden=4, layers=2, scaled_input=True, dtype="float32", seed=1)
    buffer = io.BytesIO()
    checkpoint.save(create(Vocabulary.from_text(SENTENCE), config), buffer, text=SENTENCE)
    return buffer.getvalue()


def series_page_download():
    """What the Time series page's "Download this LSTM" button writes (ui.models.checkpoint_bytes)."""
    data = sunspots.prepare(*sunspots.read_series(), window=5)
    cfg = SeriesTrainConfig(kind="lstm", hidden=3, epochs=2, seed=0)
    model, _history = train_series(data.X_train, data.y_train, cfg)
    return models.checkpoint_bytes(model, sunspots.series_meta(data, cfg, {"val_rmse": 1.0}))


def test_the_long_texts_are_really_left_out(files):
    for kind in ("char-long-no-text", "word-long-no-text"):
        meta = checkpoint.load_with_metadata(io.BytesIO(files[kind]))[1]
        assert meta["text"] is None and meta["text_chars"] == len(LONG)
    assert checkpoint.load_with_metadata(io.BytesIO(files["names"]))[1]["mode"] == "names"


@pytest.mark.parametrize("page", ALL_PAGES, ids=lambda p: p.stem)
@pytest.mark.parametrize("kind", [*KINDS, "series-page", "stacked-import"])
def test_every_page_opens_on_every_kind_of_checkpoint(files, kind, page):
    model, meta = models.load_upload(files[kind])              # as the sidebar's upload loads it
    at = run_page(page, {"ui.uploaded_model": ("id-" + kind, f"{kind}.npz", model, meta), "ui.model": "upload"})
    assert_clean(at)
    if kind.endswith("no-text") and not models.is_series(model):
        notes = [i.value for i in at.sidebar.info]
        assert any("does not store its training text" in n for n in notes), notes
