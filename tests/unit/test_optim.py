"""lstm.optim: every optimizer against a step computed by hand on a 3-element vector; clipping."""
import math

import numpy as np
import pytest

from lstm import optim

THETA = [1.0, 2.0, 3.0]
G1 = [0.5, -1.0, 2.0]
G2 = [1.0, 1.0, -0.5]


def two_steps(name, lr=0.1):
    opt = optim.make(name, 3, lr)
    theta = np.array(THETA)
    opt.step(theta, np.array(G1))
    first = theta.copy()
    opt.step(theta, np.array(G2))
    return first, theta


def test_sgd_is_p_minus_lr_g():
    first, second = two_steps("sgd")
    np.testing.assert_allclose(first, [0.95, 2.1, 2.8], rtol=0, atol=1e-15)
    np.testing.assert_allclose(second, [0.85, 2.0, 2.85], rtol=0, atol=1e-15)


def test_adagrad_matches_the_course_formula():
    # step 1: m = g² = [0.25, 1, 4];  p -= 0.1·g/sqrt(m + 1e-8) = 0.1·g/(|g|·(1 + 0.5e-8/g²))
    first, second = two_steps("adagrad")
    np.testing.assert_allclose(first, [0.900000002, 2.0999999995, 2.900000000125], rtol=0, atol=1e-12)
    # step 2: m = [1.25, 2, 4.25];  p -= 0.1·[1, 1, -0.5]/sqrt(m)
    expected = [0.900000002 - 0.1 / math.sqrt(1.25), 2.0999999995 - 0.1 / math.sqrt(2.0),
                2.900000000125 + 0.05 / math.sqrt(4.25)]
    np.testing.assert_allclose(second, expected, rtol=0, atol=1e-9)
    np.testing.assert_allclose(second, [0.8105572832577792, 2.029289321558122, 2.9242535626000996], atol=1e-12)


def test_adam_matches_kingma_ba_with_bias_correction():
    # step 1: m̂ = g, v̂ = g², so p -= 0.1·g/(|g| + 1e-8): almost exactly 0.1 against the sign of g
    first, second = two_steps("adam")
    np.testing.assert_allclose(first, [0.900000002, 2.099999999, 2.9000000005], rtol=0, atol=1e-12)
    # step 2, entry 0 by hand: m = 0.9·0.05 + 0.1·1 = 0.145, m̂ = 0.145/0.19;
    # v = 0.999·0.00025 + 0.001·1 = 0.00124975, v̂ = v/0.001999; p = 0.900000002 - 0.1·m̂/sqrt(v̂)
    m_hat, v_hat = 0.145 / 0.19, 0.00124975 / 0.001999
    assert second[0] == pytest.approx(0.900000002 - 0.1 * m_hat / (math.sqrt(v_hat) + 1e-8), abs=1e-12)
    np.testing.assert_allclose(second, [0.8034818006385094, 2.0947368411578946, 2.8530531837013346], atol=1e-12)


def test_optimizers_update_in_place_and_keep_state_per_instance():
    theta = np.array(THETA)
    view = theta[:]                               # the model's params are views into theta
    a, b = optim.AdaGrad(3, lr=0.1), optim.AdaGrad(3, lr=0.1)
    a.step(theta, np.array(G1))
    assert view[0] != 1.0
    assert b.m.sum() == 0 and a.m.tolist() == [0.25, 1.0, 4.0]


@pytest.mark.parametrize("lr", [0, -0.1, float("nan"), float("inf"), "0.1", None])
def test_bad_learning_rates_are_refused(lr):
    with pytest.raises(ValueError, match="learning rate"):
        optim.make("adagrad", 3, lr)


def test_unknown_optimizer_is_named():
    with pytest.raises(ValueError, match="rmsprop"):
        optim.make("rmsprop", 3, 0.1)


def test_clip_by_value_clips_every_entry_in_place():
    g = np.array([-5.0, -0.5, 0.0, 0.7, 3.0])
    out = optim.clip_by_value(g, 1.0)
    assert out is g
    assert g.tolist() == [-1.0, -0.5, 0.0, 0.7, 1.0]


def test_clip_by_global_norm_scales_to_the_limit_and_returns_the_old_norm():
    g = np.array([3.0, 4.0])
    assert optim.clip_by_global_norm(g, 1.0) == 5.0
    np.testing.assert_allclose(g, [0.6, 0.8], rtol=1e-15)
    small = np.array([0.3, 0.4])
    assert optim.clip_by_global_norm(small, 1.0) == pytest.approx(0.5)
    assert small.tolist() == [0.3, 0.4]           # below the limit: untouched
