"""lstm.model: parameter layout, config validation, seeds, truncated BPTT state carry, embeddings."""
import numpy as np
import pytest

from lstm import CharGRU, CharLSTM, CharRNN, Model, ModelConfig, Vocabulary, create
from lstm.model import MAX_HIDDEN, param_shapes

VOCAB = Vocabulary.from_text("hello, world")     # 9 symbols


def test_param_shapes_follow_the_contract():
    H, V = 4, len(VOCAB)
    assert param_shapes(ModelConfig(hidden=H), V) == (
        [(f"W_{g}", (H, H + V)) for g in "fico"] + [(f"b_{g}", (H,)) for g in "fico"]
        + [("W_y", (V, H)), ("b_y", (V,))])
    assert [n for n, _ in param_shapes(ModelConfig(kind="gru", hidden=H, embed_dim=2), V)] == \
        ["E", "W_u", "W_r", "W_h", "b_u", "b_r", "b_h", "W_y", "b_y"]
    assert dict(param_shapes(ModelConfig(kind="rnn", hidden=H, embed_dim=2), V))["W_h"] == (H, H + 2)


def test_params_are_views_into_theta():
    model = CharLSTM(VOCAB, hidden=4)
    assert model.theta.size == sum(p.size for p in model.params.values())
    model.theta[:] = 0.0
    model.params["W_y"][1, 2] = 7.0
    assert model.theta.sum() == 7.0


def test_initialisation_is_seeded_and_biases_start_at_zero():
    a, b = CharLSTM(VOCAB, hidden=4, seed=1), CharLSTM(VOCAB, hidden=4, seed=1)
    assert a.theta.tobytes() == b.theta.tobytes()
    assert not np.array_equal(a.theta, CharLSTM(VOCAB, hidden=4, seed=2).theta)
    assert all(not a.params[f"b_{g}"].any() for g in "fico") and not a.params["b_y"].any()
    assert CharLSTM(VOCAB, hidden=4, forget_bias=1.0).params["b_f"].tolist() == [1.0] * 4
    assert a.params["W_f"].std() == pytest.approx(0.1, rel=0.3)


@pytest.mark.parametrize("fields, words", [
    (dict(hidden=0), "hidden size"), (dict(hidden=-3), "hidden size"), (dict(hidden=MAX_HIDDEN + 1), "hidden size"),
    (dict(hidden=2.5), "hidden size"), (dict(kind="transformer"), "unknown model kind"),
    (dict(embed_dim=-1), "embedding size"), (dict(init_std=float("nan")), "init_std"),
    (dict(init_std=0.0), "init_std"), (dict(forget_bias=float("inf")), "forget_bias")])
def test_bad_configs_are_refused_with_a_message(fields, words):
    with pytest.raises(ValueError, match=words):
        ModelConfig(**fields)


def test_config_is_frozen_and_hashable():
    config = ModelConfig(hidden=8)
    assert hash(config) == hash(ModelConfig(hidden=8))
    with pytest.raises(AttributeError):
        config.hidden = 9


def test_create_picks_the_class_for_the_kind():
    for kind, cls in (("lstm", CharLSTM), ("rnn", CharRNN), ("gru", CharGRU)):
        model = create(VOCAB, ModelConfig(kind=kind, hidden=3))
        assert type(model) is cls and model.kind == kind


def test_every_kind_is_a_model_and_only_the_lstm_is_a_char_lstm():
    """CharRNN and CharGRU share the base Model with CharLSTM; a GRU is not an LSTM (isinstance says so)."""
    models = {cls: cls(VOCAB, hidden=3) for cls in (CharLSTM, CharRNN, CharGRU)}
    assert all(isinstance(m, Model) and m.kind == cls.KIND for cls, m in models.items())
    assert [isinstance(m, CharLSTM) for m in models.values()] == [True, False, False]


def test_copy_is_independent():
    model = CharLSTM(VOCAB, hidden=3)
    twin = model.copy()
    twin.theta += 1.0
    assert not np.array_equal(model.theta, twin.theta)
    assert twin.params["W_f"].base is not None and np.shares_memory(twin.params["W_f"], twin.theta)


@pytest.mark.parametrize("cls", [CharLSTM, CharRNN, CharGRU])
def test_carried_state_equals_one_long_run(cls):
    """Truncated BPTT carries h (and C) across windows: the forward values must not depend on the cut."""
    model = cls(VOCAB, hidden=5, seed=4, init_std=0.5)
    text = "hello, world"
    whole = model.run(text)
    first = model.run(text[:5])
    second = model.run(text[5:], h0=first.h[-1], c0=None if first.c is None else first.c[-1])
    np.testing.assert_allclose(np.vstack([first.h, second.h]), whole.h, atol=1e-13)
    np.testing.assert_allclose(np.vstack([first.probs, second.probs]), whole.probs, atol=1e-13)


def test_step_uses_the_same_forward_as_run():
    model = CharLSTM(VOCAB, hidden=5, seed=4, init_std=0.5)
    trace = model.run("world")
    h, c = np.zeros(5), np.zeros(5)
    for t, k in enumerate(trace.inputs):
        probs, h, c = model.step(int(k), h, c)
        np.testing.assert_allclose(probs, trace.probs[t], atol=1e-13)
        np.testing.assert_allclose(c, trace.c[t], atol=1e-13)


def test_whole_text_loss_is_the_sum_of_per_step_cross_entropy():
    model = CharLSTM(VOCAB, hidden=5, seed=0)
    idx = model.encode("hello")
    result = model.loss_and_grads(idx[:-1], idx[1:])
    probs = result.trace.probs
    assert result.loss == pytest.approx(-sum(np.log(probs[t, idx[t + 1]]) for t in range(4)), rel=1e-12)
    assert result.grad.shape == model.theta.shape
    # an untrained model is close to uniform: loss ≈ 4·ln V
    assert result.loss == pytest.approx(4 * np.log(len(VOCAB)), rel=0.05)


def test_targets_of_minus_one_contribute_nothing():
    model = CharLSTM(VOCAB, hidden=5, seed=0, init_std=0.5)
    idx = model.encode("hello")
    full = model.loss_and_grads(idx, np.array([1, 2, 3, -1, 0]))
    assert np.isnan(full.trace.loss[3])
    part = model.loss_and_grads(idx[:3], np.array([1, 2, 3]))
    assert full.loss == pytest.approx(part.loss + full.trace.loss[4], rel=1e-12)


def test_input_embeddings_are_the_input_columns_of_the_gates():
    model = CharLSTM(VOCAB, hidden=4, seed=0)
    table = model.input_embeddings()
    assert table.shape == (len(VOCAB), 4 * 4)
    v = VOCAB.index["o"]
    np.testing.assert_array_equal(table[v, 4:8], model.params["W_i"][:, 4 + v])
    learned = CharLSTM(VOCAB, hidden=4, embed_dim=3, seed=0)
    assert learned.input_embeddings().shape == (len(VOCAB), 3)
    np.testing.assert_array_equal(learned.embed(np.array([v])), learned.params["E"][[v]])


def test_encode_refuses_out_of_range_indices_and_run_refuses_empty_text():
    model = CharLSTM(VOCAB, hidden=3)
    assert model.encode([0, 1, 2]).tolist() == [0, 1, 2]
    with pytest.raises(ValueError, match="indices"):
        model.encode([0, len(VOCAB)])
    with pytest.raises(ValueError, match="empty"):
        model.run("")


def test_theta_of_the_wrong_size_is_refused():
    with pytest.raises(ValueError, match="theta has shape"):
        CharLSTM(VOCAB, hidden=3, theta=np.zeros(5))
