"""lstm.gradcheck: every backward pass matches central differences (this is `python -m lstm check`)."""
import numpy as np
import pytest

from lstm import cell, gradcheck


def test_main_passes_and_prints_the_largest_error(capsys):
    assert gradcheck.main([]) == 0
    out = capsys.readouterr().out
    assert "largest relative error" in out and "PASS" in out
    assert out.count("\n") > 60                        # one row per named array of every check


@pytest.mark.parametrize("kind, names", [
    ("lstm", {"W_f", "W_i", "W_c", "W_o", "b_f", "b_i", "b_c", "b_o", "x", "h_prev", "c_prev"}),
    ("rnn", {"W_h", "b_h", "x", "h_prev"}),
    ("gru", {"W_u", "W_r", "W_h", "b_u", "b_r", "b_h", "x", "h_prev"})])
def test_check_cell_covers_every_parameter_and_input(kind, names):
    errors = gradcheck.check_cell(kind, seed=3)
    assert set(errors) == names
    assert max(errors.values()) < gradcheck.TOLERANCE


def test_check_model_covers_every_entry_of_theta_with_an_embedding():
    errors = gradcheck.check_model("lstm", seed=1, fused_path=False, embed_dim=2)
    assert set(errors) == {"E", "W_f", "W_i", "W_c", "W_o", "b_f", "b_i", "b_c", "b_o", "W_y", "b_y"}
    assert max(errors.values()) < gradcheck.TOLERANCE


def test_check_all_runs_every_cell_and_model_check():
    labels = {label for label, _, _ in gradcheck.CHECKS}     # main([]) above runs them all
    assert {"cell lstm", "cell rnn", "cell gru", "bptt lstm fused", "bptt lstm per-step",
            "bptt rnn", "bptt gru"} <= labels


def test_relative_error_definition():
    assert gradcheck.relative_error(np.zeros(3), np.zeros(3)) == 0.0
    assert gradcheck.relative_error([1.0, 2.0], [1.0, 2.0]) == 0.0
    # worst error 0.5 against scale max|num| + max|ana| = 2 + 2.5
    assert gradcheck.relative_error([1.0, 2.0], [1.5, 2.5]) == pytest.approx(0.5 / 4.5)


def test_a_wrong_backward_is_caught(monkeypatch, capsys):
    """The check must be able to fail, even on a small slip: b_f's gradient scaled by 0.999 (0.1 % off) is caught
    in that array alone (W_f stays exact), by the cell check, the model check and `python -m lstm check`."""
    forward, backward, gates = cell.CELLS["lstm"]

    def wrong_backward(params, dh, dc, cache):
        dx, dh_prev, dc_prev, grads = backward(params, dh, dc, cache)
        grads["b_f"] = grads["b_f"] * 0.999                 # off by 0.1 %
        return dx, dh_prev, dc_prev, grads

    monkeypatch.setitem(cell.CELLS, "lstm", (forward, wrong_backward, gates))
    errors = gradcheck.check_cell("lstm")
    assert errors["b_f"] > 1e-4 and errors["W_f"] < gradcheck.TOLERANCE
    assert gradcheck.check_model("lstm", fused_path=False)["b_f"] > 1e-4
    assert gradcheck.main([]) == 1
    assert "FAIL" in capsys.readouterr().out
