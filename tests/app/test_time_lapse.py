"""Training time-lapse (AppTest): trains its own run, the slider shows each snapshot's own Trace, and the
Training page's trainer (session key "train.trainer") is used when there is one."""
import numpy as np

from lstm import CharLSTM, Vocabulary
from lstm.model import create
from lstm.sample import sample_text
from lstm.train import TrainConfig, Trainer

from tests.app.conftest import ROOT, assert_clean, figure_by_title, run_page, session_state

PAGE = ROOT / "pages" / "9_Time-lapse.py"
TEXT = 'say "hi" (to me) and "go".\n'


def session():
    model = CharLSTM(Vocabulary.from_text(TEXT), hidden=8, seed=0)
    return session_state(model, TEXT)


def snapshot_trace(trainer, k):
    it, smooth, theta = trainer.snapshots[k]
    return it, smooth, create(trainer.vocab, trainer.model.config, theta.copy()).run(trainer.text)


def check_snapshot(at, trainer, k):
    it, smooth, trace = snapshot_trace(trainer, k)
    names = {"f": "forget gate f", "i": "input gate i", "o": "output gate o", "c": "cell state C"}
    for q, name in names.items():
        z = np.asarray(figure_by_title(at, f"{name} at iteration {it}")["data"][0]["z"])
        np.testing.assert_allclose(z, trace.get(q).T, atol=1e-12)
    marker = figure_by_title(at, "snapshot marked")["data"][-1]
    assert list(marker["x"]) == [it] and np.allclose(marker["y"], [smooth])


def test_own_run_and_the_slider_shows_each_snapshot():
    at = run_page(PAGE, session())
    assert_clean(at)
    assert not at.get("plotly_chart")                       # nothing trained yet: only the controls
    at.selectbox(key="lapse.preset").select("course").run()
    at.number_input(key="lapse.iters").set_value(60).run()
    at.button(key="lapse.train").click().run()
    assert_clean(at)
    trainer = at.session_state["lapse.trainer"]
    snaps = trainer.snapshots
    assert trainer.config.preset == "course" and 2 <= len(snaps) <= 20 and snaps[-1][0] == trainer.iteration
    check_snapshot(at, trainer, len(snaps) - 1)
    last_f = np.asarray(figure_by_title(at, "forget gate f")["data"][0]["z"])
    at.select_slider(key="lapse.snapshot").set_value(0).run()
    assert_clean(at)
    check_snapshot(at, trainer, 0)
    assert not np.allclose(np.asarray(figure_by_title(at, "forget gate f")["data"][0]["z"]), last_f)
    greedy = at.code[-1].value
    model0 = create(trainer.vocab, trainer.model.config, snaps[0][2].copy())
    assert greedy == TEXT[0] + sample_text(model0, TEXT[0], 120, temperature=0)


def test_uses_the_training_pages_trainer():
    trainer = Trainer(TEXT, TrainConfig.from_preset("fast", hidden=8, max_iters=12, sample_every=0))
    trainer.step(12)
    at = run_page(PAGE, {**session(), "train.trainer": trainer})
    assert_clean(at)
    assert not [b for b in at.button if b.key == "lapse.train"]
    assert any("run from the Training page" in c.value for c in at.caption)
    assert at.select_slider(key="lapse.snapshot").value == len(trainer.snapshots) - 1
    check_snapshot(at, trainer, len(trainer.snapshots) - 1)
    at.select_slider(key="lapse.snapshot").set_value(3).run()
    check_snapshot(at, trainer, 3)


def test_first_view_without_a_run_offers_to_train_one():
    at = run_page(PAGE)
    assert_clean(at)
    assert not at.get("plotly_chart")                       # no snapshots to draw yet
    assert any(i.value.startswith("No training run in this session yet") for i in at.info)
    assert at.button(key="lapse.train").label == "Train"


def test_a_new_run_with_fewer_snapshots_opens_on_its_last():
    long = Trainer(TEXT, TrainConfig.from_preset("fast", hidden=8, max_iters=40, sample_every=0))
    long.step(40)
    at = run_page(PAGE, {**session(), "train.trainer": long})
    at.select_slider(key="lapse.snapshot").set_value(len(long.snapshots) - 2).run()
    short = Trainer(TEXT, TrainConfig.from_preset("fast", hidden=8, max_iters=3, sample_every=0))
    short.step(3)
    assert len(short.snapshots) < len(long.snapshots) - 2                 # the old position does not exist
    at.session_state["train.trainer"] = short                             # the student trained again
    at.run()
    assert_clean(at)
    assert at.select_slider(key="lapse.snapshot").value == len(short.snapshots) - 1
    check_snapshot(at, short, len(short.snapshots) - 1)
