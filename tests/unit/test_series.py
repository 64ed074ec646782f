"""lstm.series: the real-valued sequence model — gradients against central differences (per named
parameter, LSTM / RNN / GRU), the fused whole-series run equals the batched window path, training
beats the repeat-last-value baseline on the sunspots, and bad input is refused."""
import numpy as np
import pytest

from lstm import ModelConfig
from lstm.gradcheck import TOLERANCE, numeric_grad, relative_error
from lstm.series import SeriesModel, SeriesTrainConfig, train_series
from lstm.tasks import sunspots


@pytest.mark.parametrize("kind", ["lstm", "rnn", "gru"])
def test_gradient_matches_central_differences_for_every_parameter(kind):
    rng = np.random.default_rng(4)
    model = SeriesModel(ModelConfig(kind=kind, hidden=5, init_std=0.5, forget_bias=0.3, seed=2))
    model.theta[...] = rng.normal(0, 0.5, model.theta.shape)     # biases nonzero too
    X, y = rng.normal(0, 1, (4, 6)), rng.normal(0, 1, 4)
    analytic = model.loss_and_grads(X, y).grad
    numeric = numeric_grad(lambda: model.loss_and_grads(X, y).loss, model.theta)
    ana_views = dict(zip([n for n, _ in model.shapes], np.split(analytic, np.cumsum(
        [int(np.prod(s)) for _, s in model.shapes])[:-1])))
    num_views = dict(zip(ana_views, np.split(numeric, np.cumsum([int(np.prod(s)) for _, s in model.shapes])[:-1])))
    for name in ana_views:
        assert relative_error(num_views[name], ana_views[name]) < TOLERANCE, name


@pytest.mark.parametrize("kind", ["lstm", "rnn"])
def test_whole_series_run_equals_the_window_path(kind):
    model = SeriesModel(ModelConfig(kind=kind, hidden=6, seed=1, init_std=0.4))
    series = np.sin(np.arange(12) / 2.0)
    trace = model.run(series)
    for t in range(1, 12):                         # the window series[:t] from zero state predicts the same
        assert np.isclose(model.predict(series[None, :t])[0], trace.y_hat[t - 1], atol=1e-12)
    if kind == "lstm":
        assert trace.f.shape == trace.c.shape == (12, 6)
        assert np.allclose(trace.h, trace.o * np.tanh(trace.c))


def test_layout_reuses_the_symbol_models_names_and_refuses_embeddings():
    model = SeriesModel(ModelConfig(hidden=4))
    assert model.params["W_f"].shape == (4, 5) and model.params["W_y"].shape == (1, 4)
    assert model.fused_W().shape == (16, 5)
    assert np.shares_memory(model.fused_W(), model.theta)
    with pytest.raises(ValueError, match="embed_dim"):
        SeriesModel(ModelConfig(embed_dim=3))
    with pytest.raises(ValueError, match="windows"):
        model.predict(np.array([1.0, np.nan]).reshape(1, 2))


def test_training_is_deterministic_and_beats_the_naive_baseline():
    labels, values = sunspots.read_series()
    data = sunspots.prepare(labels, values, window=5)
    truth = data.values[data.val_index]
    naive = sunspots.errors(sunspots.naive_baseline(data), truth)["rmse"]
    cfg = SeriesTrainConfig(kind="rnn", hidden=8, epochs=150)
    m1, h1 = train_series(data.X_train, data.y_train, cfg, data.X_val, data.y_val)
    m2, _ = train_series(data.X_train, data.y_train, cfg)
    assert np.array_equal(m1.theta, m2.theta)
    rmse = sunspots.errors(data.unscale(m1.predict(data.X_val)), truth)["rmse"]
    assert rmse < naive, (rmse, naive)
    assert h1["train_mse"][-1] < h1["train_mse"][0]
    assert np.isfinite(h1["val_mse"][::10]).all()


def test_sunspot_data_split_by_time_and_scaled_by_training_years_only():
    labels, values = sunspots.read_series()
    assert len(values) == 309 and labels[0] == "1700" and labels[-1] == "2008"
    data = sunspots.prepare(labels, values, window=5, train_fraction=0.8)
    assert data.train_index.max() < data.val_index.min()           # no validation year inside training
    assert np.allclose(data.unscale(data.y_val), values[data.val_index])
    train_part = values[:data.train_index.max() + 1]
    assert (data.lo, data.hi) == (train_part.min(), train_part.max())
    assert np.allclose(data.X_val[0], data.scale(values[data.val_index[0] - 5:data.val_index[0]]))


@pytest.mark.parametrize("csv_text, message", [
    ("year,v\n" + "".join(f"{k},1\n" for k in range(5)), "at least 20"),
    ("year,v\n1,2\n2,x\n", "not a number"),
])
def test_bad_series_are_refused(csv_text, message):
    with pytest.raises(ValueError, match=message):
        sunspots.read_series(csv_text)


def test_compare_models_is_the_baseline_and_both_trained_models_typed():
    """The Time series page's one computation: each Fit's errors are its predictions' against the true years,
    the baseline repeats the last value, and model() rebuilds the trained LSTM that made the predictions."""
    csv_text = "year,value\n" + "".join(f"{1700 + t},{50 + 40 * np.sin(t / 1.7):.3f}\n" for t in range(60))
    settings = sunspots.Settings(window=4, hidden=3, epochs=20, seed=1)
    result = sunspots.compare_models(csv_text, settings)
    data = result.data
    truth = data.values[data.val_index]
    assert tuple(result.fits) == sunspots.COMPARED and result.settings == settings
    for fit in result.fits.values():
        assert fit.errors == sunspots.errors(fit.predictions, truth) and fit.predictions.shape == truth.shape
    np.testing.assert_array_equal(result.fits["naive"].predictions, sunspots.naive_baseline(data))
    assert result.fits["naive"].theta is None and len(result.fits["lstm"].history["epoch"]) == 21
    lstm = result.model("lstm")
    np.testing.assert_allclose(data.unscale(lstm.predict(data.X_val)), result.fits["lstm"].predictions, rtol=0, atol=0)
    assert lstm.theta is not result.fits["lstm"].theta                      # its own copy
