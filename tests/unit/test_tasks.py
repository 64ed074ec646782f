"""lstm.tasks: the invented names list (deterministic, committed), name-list validation, the names
LineTrainer (zero state per line, newline start/end token, determinism, stop flag) and sampling."""
from pathlib import Path

import numpy as np
import pytest

from lstm.tasks import MODES, names as task, notes_config, words_config

SHIPPED = Path(__file__).resolve().parents[2] / "assets" / "texts" / "names.txt"


def test_the_committed_names_file_is_what_the_generator_writes():
    assert SHIPPED.read_bytes() == task.names_text(task.invented_names()).encode("utf-8")
    names = task.invented_names()
    assert len(names) == len(set(names)) == 400 and all(n[0].isupper() for n in names)


@pytest.mark.parametrize("text, message", [("Ada\nBob\n", "at least 10"), ("\n".join(["x" * 50] * 12), "longer than"),
                                           ("\n".join(["Ab"] * 5001), "limit")])
def test_bad_name_lists_are_refused_with_a_message(text, message):
    with pytest.raises(ValueError, match=message):
        task.parse_names(text)


def test_parse_names_strips_spaces_and_empty_lines():
    assert task.parse_names("  Ada \r\n\n" + "\n".join(f"N{k}" for k in range(10))) == ["Ada"] + [f"N{k}" for k in range(10)]


@pytest.fixture(scope="module")
def trained():
    trainer = task.LineTrainer(task.invented_names(60), task.names_config(hidden=16, max_iters=60, eval_every=20))
    trainer.step(60)
    return trainer


def test_each_line_is_read_from_zero_state_between_newlines(trained):
    nl = trained.vocab.index["\n"]
    assert all(line[0] == nl and line[-1] == nl and nl not in line[1:-1] for line in trained.lines)
    # the reported exact loss = every line from zero state, mean per symbol × 25
    m, total, count = trained.model, 0.0, 0
    for line in trained.lines:
        total += float(np.sum(m.forward(line[:-1], line[1:], np.zeros(m.H), np.zeros(m.H))[0].loss))
        count += len(line) - 1
    assert trained.exact_loss_per_window() == pytest.approx(total / count * 25)


def test_training_lowers_the_loss_and_is_deterministic(trained):
    history = trained.history
    assert trained.done and trained.stop_reason == "max_iters" and trained.iteration == 60
    exact = history["exact_loss"][np.isfinite(history["exact_loss"])]
    assert exact[-1] < exact[0]
    again = task.LineTrainer(task.invented_names(60), task.names_config(hidden=16, max_iters=60, eval_every=20))
    again.step(60)
    assert np.array_equal(again.model.theta, trained.model.theta)


def test_stop_keeps_the_parameters_trained_so_far():
    trainer = task.LineTrainer(task.invented_names(30), task.names_config(hidden=8, max_iters=100))
    trainer.step(5)
    theta = trainer.model.theta.copy()
    trainer.stop()
    trainer.step(3)
    assert trainer.done and trainer.stop_reason == "stopped" and np.array_equal(trainer.model.theta, theta)


def test_generated_names_end_at_a_newline_and_novelty_is_counted(trained):
    texts, ended = task.new_names(trained.model, 10, seed=3)
    for text, end in zip(texts, ended):
        assert text.endswith("\n") == end and "\n" not in text[:-1]
    assert task.new_names(trained.model, 10, seed=3) == (texts, ended)            # seeded
    rows, share = task.novelty(["Ada\n", "Zed\n", "Bob\n"], ["Ada", "Cy"])
    assert rows == [("Ada", "copy"), ("Zed", "new"), ("Bob", "new")] and share == pytest.approx(2 / 3)


def test_mode_configs():
    assert set(MODES) >= {"names", "words", "series", "notes"}
    w = words_config()
    assert w.level == "word" and w.embed_dim > 0 and 20 <= w.seq_len <= 100
    assert notes_config().level == "word"


def _cli(mode, path, changes, capsys, out=None):
    import argparse
    import json

    from lstm.tasks.cli import train_mode
    root = Path(__file__).resolve().parents[2]
    assert train_mode(argparse.Namespace(mode=mode, text_file=str(root / path), out=out, json=True), changes) == 0
    return json.loads(capsys.readouterr().out.strip().splitlines()[-1])


def test_command_line_modes_report_json(capsys, tmp_path):
    series = _cli("series", "assets/series/sunspots_yearly.csv", {"kind": "rnn", "max_iters": 100}, capsys,
                  out=str(tmp_path / "pred.csv"))
    assert series["beats_naive"] and series["val_rmse"] < series["naive_rmse"] and series["window"] == 5
    assert (tmp_path / "pred.csv").read_text().split("\n")[1] == '"label","truth","predicted","repeat_last_value"'
    names = _cli("names", "assets/texts/names.txt", {"max_iters": 20, "hidden": 8}, capsys, out=str(tmp_path / "n.npz"))
    assert names["mode"] == "names" and names["iterations"] == 20 and len(names["generated"]) == 20
    from lstm import checkpoint
    model, meta = checkpoint.load_with_metadata(tmp_path / "n.npz")
    assert model.H == 8 and meta["text"].endswith("\n")
    notes = _cli("notes", "assets/melodies/twinkle.txt", {"max_iters": 5}, capsys)
    assert notes["notes"] == 42 and all(":" in n for n in notes["continuation"])


def test_python_m_lstm_train_mode(capsys):
    import json

    from lstm.__main__ import main
    root = Path(__file__).resolve().parents[2]
    assert main(["train", str(root / "assets/series/sunspots_yearly.csv"), "--mode", "series", "--kind", "rnn",
                 "--max-iters", "100", "--json"]) == 0
    report = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert report["mode"] == "series" and report["epochs"] == 100 and report["beats_naive"], report
    assert main(["train", str(root / "assets/texts/names.txt"), "--mode", "names", "--max-iters", "10",
                 "--hidden", "8"]) == 0
    out = capsys.readouterr().out
    assert "mode names" in out and out.count("[new]") + out.count("[copy]") == 20
    assert main(["train", str(root / "assets/texts/variant14.txt"), "--mode", "notes"]) == 2
    assert "is not a note" in capsys.readouterr().err
