"""Book-scale model API: stacked layers, batches of streams, float32, dropout and scaled input.

Gradients of these paths are checked against finite differences in lstm.gradcheck (test_gradcheck.py);
here: the layout, that a batch is only one more axis, dtype agreement and dropout's contract.
"""
import numpy as np
import pytest

from lstm import ModelConfig, Vocabulary, attribution, create
from lstm.layout import param_shapes
from lstm.sample import warm_up

TEXT = "the cat sat on the mat; the dog sat on the log.\n"
VOCAB = Vocabulary.from_text(TEXT)


def model_of(**fields):
    fields = dict(dict(hidden=6, seed=3, init_std=0.5), **fields)
    return create(VOCAB, ModelConfig(**fields))


def windows(B=3, T=7, seed=0):
    idx = VOCAB.encode(TEXT * 4)
    starts = np.random.default_rng(seed).integers(0, len(idx) - T - 1, B)
    return (np.stack([idx[s:s + T] for s in starts], axis=1), np.stack([idx[s + 1:s + T + 1] for s in starts], axis=1))


def test_layer_l_parameters_are_named_with_at_l_and_read_the_layer_below():
    H, V = 6, len(VOCAB)
    shapes = dict(param_shapes(ModelConfig(hidden=H, layers=3), V))
    assert shapes["W_f"] == (H, H + V) and shapes["W_f@2"] == shapes["W_o@3"] == (H, 2 * H)
    assert shapes["b_c@2"] == (H,) and "W_f@4" not in shapes
    assert [n for n, _ in param_shapes(ModelConfig(hidden=H, layers=2), V)][8:16] == \
        [f"{p}_{g}@2" for p in "Wb" for g in "fico"]
    assert dict(param_shapes(ModelConfig(hidden=H, scaled_input=True), V))["W_f"] == (H, H + 1)


def test_layer_params_are_views_under_the_course_names():
    model = model_of(layers=2)
    assert model.L == 2 and sorted(model.layer_params(2)) == sorted(model.layer_params(1))
    model.layer_params(2)["W_c"][0, 0] = 42.0
    assert model.params["W_c@2"][0, 0] == 42.0 and np.shares_memory(model.layer_params(2)["b_o"], model.theta)
    assert np.shares_memory(model.fused_W(layer=2), model.params["W_f@2"])
    assert (model.fused_b(layer=2)[:6] == model.config.forget_bias).all()
    for bad in (0, 3, 1.0):
        with pytest.raises(ValueError, match="layer must be"):
            model.layer_params(bad)


def test_run_gives_one_trace_per_layer_bottom_first():
    model = model_of(layers=3)
    trace = model.run(TEXT)
    assert len(trace.layers) == 3 and trace.layers[-1] is trace and trace.L == 3
    assert [t.layer for t in trace.layers] == [1, 2, 3]
    one, two, _ = trace.layers
    np.testing.assert_array_equal(two.x, one.h)                      # layer 2 reads layer 1's h
    assert one.x.shape == (len(TEXT), len(VOCAB)) and one.probs is trace.probs and one.tokens == trace.tokens
    assert all(t.f.shape == t.c.shape == (len(TEXT), 6) for t in trace.layers)
    single = model_of().run(TEXT)
    assert single.layers == (single,) and single.layer == 1


@pytest.mark.parametrize("fields", [dict(layers=2), dict(layers=3, embed_dim=4), dict(scaled_input=True)])
def test_a_batch_equals_each_stream_run_alone(fields):
    """Loss, gradient, final state and every internal of stream b equal its own run (float64, 1e-10)."""
    model = model_of(**fields)
    inputs, targets = windows()
    targets[2, 1] = -1                                               # a step with nothing to predict
    rng = np.random.default_rng(1)
    h0, c0 = rng.normal(size=(model.L, 3, 6)), rng.normal(size=(model.L, 3, 6))
    batch = model.loss_and_grads(inputs, targets, h0, c0)
    alone = [model.loss_and_grads(inputs[:, b], targets[:, b], h0[:, b], c0[:, b]) for b in range(3)]
    assert batch.loss == pytest.approx(sum(a.loss for a in alone), rel=1e-12)
    np.testing.assert_allclose(batch.grad, sum(a.grad for a in alone), rtol=0, atol=1e-10)
    for b, a in enumerate(alone):
        for layer, own in zip(batch.trace.layers, a.trace.layers):
            for name in ("f", "i", "c_bar", "c", "o", "h"):
                np.testing.assert_allclose(getattr(layer, name)[:, b], getattr(own, name), rtol=0, atol=1e-10)
        np.testing.assert_allclose(batch.trace.probs[:, b], a.trace.probs, rtol=0, atol=1e-10)
        np.testing.assert_allclose(batch.state[0][:, b], a.state[0], rtol=0, atol=1e-10)
        np.testing.assert_allclose(batch.state[1][:, b], a.state[1], rtol=0, atol=1e-10)


def test_carried_state_of_a_stack_equals_one_long_run():
    model = model_of(layers=2)
    idx = VOCAB.encode(TEXT)
    whole = model.loss_and_grads(idx[:-1], idx[1:])
    first = model.loss_and_grads(idx[:20], idx[1:21])
    second = model.loss_and_grads(idx[20:-1], idx[21:], *first.state)
    assert first.state[0].shape == (2, 6)
    np.testing.assert_allclose(np.vstack([first.trace.h, second.trace.h]), whole.trace.h, rtol=0, atol=1e-13)


def test_float32_matches_float64_within_the_stated_tolerance():
    """Same weights in float32: probabilities within 1e-5, loss within 1e-5 relative, gradient within 1e-3
    of its largest entry (float32 has 24 bits; BPTT over 30 steps and 3 streams loses a few of them)."""
    wide = model_of(layers=2, dropout=0.0)
    narrow = create(VOCAB, ModelConfig(**dict(wide.config.__dict__, dtype="float32")), wide.theta)
    assert narrow.theta.dtype == np.float32 and narrow.dtype == np.float32
    inputs, targets = windows(T=30)
    a, b = wide.loss_and_grads(inputs, targets), narrow.loss_and_grads(inputs, targets)
    assert b.grad.dtype == np.float32 and b.trace.h.dtype == np.float32
    assert b.loss == pytest.approx(a.loss, rel=1e-5)
    np.testing.assert_allclose(b.trace.probs, a.trace.probs, rtol=0, atol=1e-5)
    assert np.abs(b.grad - a.grad).max() < 1e-3 * np.abs(a.grad).max()
    assert narrow.run(TEXT).h.dtype == np.float32


def test_dropout_is_seeded_training_only_and_scaled():
    model = model_of(layers=2, dropout=0.4)
    inputs, targets = windows(T=50)
    plain = model.loss_and_grads(inputs, targets)                    # no rng, no masks: no dropout
    clean = create(VOCAB, ModelConfig(**dict(model.config.__dict__, dropout=0.0)), model.theta)
    assert plain.loss == clean.loss_and_grads(inputs, targets).loss
    np.testing.assert_array_equal(model.run(TEXT).probs, clean.run(TEXT).probs)
    one = model.loss_and_grads(inputs, targets, rng=np.random.default_rng(7))
    two = model.loss_and_grads(inputs, targets, rng=np.random.default_rng(7))
    other = model.loss_and_grads(inputs, targets, rng=np.random.default_rng(8))
    assert one.loss == two.loss and np.array_equal(one.grad, two.grad)
    assert one.loss != plain.loss and one.loss != other.loss
    masks = model.dropout_masks((50, 3), np.random.default_rng(0))
    assert len(masks) == 2 and masks[0].shape == (50, 3, 6)
    assert set(np.unique(masks[0])) == {0.0, 1 / 0.6} and abs((masks[0] == 0).mean() - 0.4) < 0.05


def test_scaled_input_reads_index_over_V():
    model = model_of(scaled_input=True)
    assert model.X == 1 and model.config.inputs == "scaled"
    x = model.run(TEXT).x
    np.testing.assert_array_equal(x[:, 0], VOCAB.encode(TEXT) / len(VOCAB))
    assert model.input_embeddings().shape == (len(VOCAB), 4 * 6)


def test_sampling_steps_through_every_layer_as_run_does():
    model = model_of(layers=3)
    probs, h, c = warm_up(model, VOCAB.encode(TEXT[:12]))
    trace = model.run(TEXT[:12])
    np.testing.assert_allclose(probs, trace.probs[-1], rtol=0, atol=1e-12)
    np.testing.assert_allclose(h, np.stack([t.h[-1] for t in trace.layers]), rtol=0, atol=1e-12)
    assert c.shape == (3, 6) and model.zero_state().shape == (3, 6)


def test_cell_attribution_of_layer_1_ignores_the_layers_above():
    """∂C_t[j]/∂x_s of layer 1 depends on layer 1 only: equal to that of a one-layer model with its weights."""
    stacked = model_of(layers=2, init_std=0.3)
    single = create(VOCAB, ModelConfig(hidden=6, seed=3, init_std=0.3))
    for name, view in stacked.layer_params(1).items():
        single.params[name][...] = view
    low = attribution.cell_attribution(stacked, stacked.run(TEXT).layers[0], 15, 2)
    np.testing.assert_allclose(low.grad, attribution.cell_attribution(single, single.run(TEXT), 15, 2).grad,
                               rtol=0, atol=1e-12)
    top = attribution.cell_attribution(stacked, stacked.run(TEXT), 15, 2)
    assert not np.allclose(top.grad, low.grad)


@pytest.mark.parametrize("fields, words", [
    (dict(layers=0), "layers"), (dict(layers=4), "layers"), (dict(layers=True), "layers"),
    (dict(kind="gru", layers=2), "stacked layers are LSTM"), (dict(dropout=1.0), "dropout"),
    (dict(dropout=-0.1), "dropout"), (dict(dtype="float16"), "dtype"), (dict(scaled_input=1), "scaled_input"),
    (dict(scaled_input=True, embed_dim=3), "embedding")])
def test_bad_book_settings_are_refused_with_a_message(fields, words):
    with pytest.raises(ValueError, match=words):
        ModelConfig(**fields)


def test_batches_and_stacks_need_the_fused_path():
    inputs, targets = windows()
    with pytest.raises(ValueError, match="fused"):
        model_of().loss_and_grads(inputs, targets, fused_path=False)
    with pytest.raises(ValueError, match="fused"):
        model_of(layers=2).loss_and_grads(inputs[:, 0], targets[:, 0], fused_path=False)
    with pytest.raises(ValueError, match="initial state"):
        model_of(layers=2).loss_and_grads(inputs, targets, np.zeros(6))


def test_the_teaching_trainer_trains_a_stack_with_dropout_deterministically():
    from lstm.train import TrainConfig, Trainer
    config = TrainConfig.from_preset("fast", hidden=8, layers=2, dropout=0.2, max_iters=30, seq_len=20)
    a, b = Trainer(TEXT, config), Trainer(TEXT, config)
    a.step(30)
    b.step(30)
    assert a.model.L == 2 and a.model.theta.tobytes() == b.model.theta.tobytes()
    assert a.history["loss"][-1] < a.history["loss"][0] and a.recitation().total == len(TEXT) - 1
