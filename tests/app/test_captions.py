"""Captioned exports: a downloaded CSV starts with '# ' lines describing the model and the text —
model, kind, hidden size, seed, iteration count, losses, criterion — and pandas skips them."""
import io

import pandas as pd
import pytest

from lstm import CharLSTM, Vocabulary, checkpoint
from lstm.train import Trainer
from lstm.train_config import TrainConfig
from ui.setup import Context
from ui.widgets import csv_bytes

TEXT = "a tiny text, trained for a few steps."


@pytest.fixture(autouse=True)
def english(monkeypatch):
    """The captions' English words: outside a script run, ui's _() answers in the language of the last AppTest
    run in this process, which another test may have left in Polish."""
    import ui.setup
    import ui.widgets
    for module in (ui.setup, ui.widgets):
        if hasattr(module, "_"):
            monkeypatch.setattr(module, "_", lambda text: text)


def trained_context(tmp_path):
    trainer = Trainer(TEXT, TrainConfig(hidden=6, seed=7))
    trainer.step(3)
    trainer.save(tmp_path / "m.npz")                       # round trip: what an upload or a shipped model gives
    model, meta = checkpoint.load_with_metadata(tmp_path / "m.npz")
    return Context(model, meta, "my model", TEXT, model.run(TEXT), "k"), meta["summary"]


def test_csv_starts_with_the_full_caption(tmp_path):
    ctx, summary = trained_context(tmp_path)
    data = csv_bytes(pd.DataFrame({"step": [0, 1], "value": [0.5, -0.25]}), ctx.caption).decode("utf-8")
    lines = data.splitlines()
    head = [line for line in lines if line.startswith("# ")]
    assert lines[:len(head)] == head and len(head) == 2            # caption lines come first
    first, second = head
    for part in ("model: my model", "kind: lstm", "H=6", "seed=7", f"iterations={summary['iterations']}",
                 f"criterion={summary['criterion']}", "smooth_loss=", "exact_loss_per_window="):
        assert part in first, (part, first)
    assert summary["iterations"] == 3
    assert second.startswith("# text: 'a tiny text, trained for a few steps.'") and "(37 chars)" in second
    table = pd.read_csv(io.StringIO(data), comment="#")
    assert list(table.columns) == ["step", "value"] and table["value"].tolist() == [0.5, -0.25]


def test_caption_of_an_untrained_model_and_a_long_text():
    model = CharLSTM(Vocabulary.from_text("ab\n" * 30), hidden=4, seed=3)
    text = "ab\n" * 30
    ctx = Context(model, {}, "session", text, model.run(text), "k")
    first, second = csv_bytes(pd.DataFrame({"x": [1]}), ctx.caption).decode("utf-8").splitlines()[:2]
    assert first.startswith("# model: session") and "H=4" in first and "seed=3" in first
    assert "iterations" not in first                               # nothing invented for an untrained model
    assert "⏎" in second and "…" in second and "(90 chars)" in second   # newlines visible, text cut at 40
