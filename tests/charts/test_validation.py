"""The book trainer's curve: the numbers drawn are the history's and the validations', bits = nats / ln 2 in
the hover data, and the star sits on the lowest validation loss."""
import math

import numpy as np

from charts.validation import validation_curve


def test_curves_and_the_best_validation_point():
    history = {"iteration": np.arange(6), "smooth_loss": np.array([4.3, 3.9, 3.1, 2.6, 2.4, 2.3])}
    validation = {"iteration": np.array([0, 2, 4, 5]), "val_loss": np.array([4.2, 2.9, 2.5, 2.6])}
    fig = validation_curve(history, validation)
    train, val, best = fig.data
    np.testing.assert_allclose(train.y, history["smooth_loss"])
    np.testing.assert_allclose(val.x, validation["iteration"])
    np.testing.assert_allclose(val.y, validation["val_loss"])
    np.testing.assert_allclose(val.customdata, validation["val_loss"] / math.log(2))
    assert list(best.x) == [4] and list(best.y) == [2.5]
    assert "bits/char" in val.hovertemplate and fig.layout.yaxis.title.text == "loss (nats per character)"


def test_no_validation_yet_draws_no_star():
    fig = validation_curve({"iteration": np.arange(1), "smooth_loss": np.array([4.3])},
                           {"iteration": np.array([], int), "val_loss": np.array([])})
    assert len(fig.data) == 2
