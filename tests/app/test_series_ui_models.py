"""ui.models for the sunspot model: a SeriesModel (no vocabulary) has a fingerprint, is told apart
from the symbol models, and its meta says which years and which scaled values the shared pages run it on."""
import numpy as np

from lstm import CharLSTM, ModelConfig, Vocabulary
from lstm.series import SeriesModel, SeriesTrainConfig
from lstm.tasks import sunspots
from lstm.tasks.sunspots import series_meta
from ui.models import fingerprint, is_series


def test_fingerprint_of_a_series_model_follows_its_weights():
    model = SeriesModel(ModelConfig(hidden=3, seed=0))
    assert fingerprint(model) == fingerprint(model.copy())
    other = model.copy()
    other.theta[0] += 1e-9
    assert fingerprint(other) != fingerprint(model)
    assert fingerprint(SeriesModel(ModelConfig(kind="rnn", hidden=3, seed=0))) != fingerprint(model)


def test_only_series_models_are_series():
    assert is_series(SeriesModel(ModelConfig(hidden=2)))
    assert not is_series(CharLSTM(Vocabulary.from_text("abc"), hidden=2))


def test_series_meta_holds_the_years_the_scaled_series_and_the_settings():
    labels, values = sunspots.read_series()
    data = sunspots.prepare(labels, values, window=7)
    meta = series_meta(data, SeriesTrainConfig(hidden=4, epochs=90, seed=3), {"val_rmse": 20.5})
    assert meta["labels"][:2] == ("1700", "1701") and len(meta["labels"]) == len(values) == len(meta["values"])
    np.testing.assert_allclose(meta["values"], (values - data.lo) / (data.hi - data.lo))
    assert meta["train_last"] == labels[int(data.train_index[-1])]
    assert meta["train_config"] == {"kind": "lstm", "window": 7, "hidden": 4, "epochs": 90, "seed": 3}
    assert meta["summary"] == {"val_rmse": 20.5}
