"""charts.tasks: loss curves, series predictions, error bars and the piano roll carry the exact data,
titles and axis titles, and show user text literally."""
import numpy as np

from charts import tasks as charts
from lstm import melody


def test_loss_curves_skip_nan_and_keep_values():
    fig = charts.loss_curves({"RNN": ([0, 1, 2], [3.0, np.nan, 1.0]), "<b>LSTM</b>": ([0, 1], [2.0, 1.5])},
                             "Loss", "update", "nats")
    assert list(fig.data[0].y) == [3.0, 1.0] and list(fig.data[0].x) == [0, 2]
    assert fig.data[1].name == "&lt;b&gt;LSTM&lt;/b&gt;"
    assert fig.layout.title.text == "Loss" and fig.layout.xaxis.title.text == "update"
    assert fig.layout.yaxis.title.text == "nats"


def test_series_predictions_place_each_prediction_at_its_year():
    values = np.arange(10.0)
    fig = charts.series_predictions([str(1700 + k) for k in range(10)], values, {"LSTM": ([7, 8, 9], [1.0, 2.0, 3.0])},
                                    split_index=7, title="Pred", unit="sunspots")
    assert list(fig.data[0].y) == list(values)
    assert list(fig.data[1].x) == [7, 8, 9] and list(fig.data[1].customdata) == ["1707", "1708", "1709"]
    assert "sunspots" in fig.data[1].hovertemplate and fig.layout.yaxis.title.text == "sunspots"


def test_error_bars_and_piano_roll():
    fig = charts.error_bars(["naive", "LSTM"], [3.0, 2.0], [2.5, 1.5], "sunspots", "Errors")
    assert list(fig.data[0].y) == [3.0, 2.0] and fig.data[1].name == "MAE"
    notes = [melody.parse_note(n) for n in ("C4:1/4", "R:1/4", "G4:1/2")]
    roll = charts.piano_roll({"original": melody.timeline(notes)}, "Roll")
    assert list(roll.data[0].base) == [0.0, 2.0] and list(roll.data[0].x) == [1.0, 2.0]
    assert list(roll.data[0].y) == [60, 67] and roll.layout.title.text == "Roll"
