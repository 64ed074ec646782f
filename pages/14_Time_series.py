"""Time series page: the lecture's sunspots — one real number per step, predict the next
year from the previous W years with a vanilla RNN and an LSTM, against a repeat-the-last-value baseline.

Maths in lstm.series (the same cell code, a linear output, squared error) and lstm.tasks.sunspots
(scaling, windows, split by time, and compare_models(): the baseline and both models, one cached call whose
Comparison the page draws); figures in charts.tasks and charts.heatmaps. A button puts the trained
LSTM into the sidebar (ui.models.SERIES_MODEL_KEY), so the Gates and Cell state pages draw it year by year;
another downloads it as a checkpoint, which the sidebar's upload brings back in a later session.
"""
import numpy as np
import pandas as pd
import streamlit as st

import ui
from charts import tasks as charts
from lstm.notation import SYMBOL, is_gate
from lstm.series import SeriesModel
from lstm.tasks import sunspots
from ui import _, models
from ui.setup import MODEL_KEY

ctx = ui.page_setup(__file__, series=True)
RESULT = "series.result"        # the Settings last trained (an lstm.tasks.sunspots.Settings)
KINDS = (("naive", _("repeat last value")), ("rnn", _("vanilla RNN")), ("lstm", "LSTM"))   # sunspots.COMPARED

st.title(_("Predicting sunspots: a numeric time series"))
st.markdown(_(
    "Here the input at each step is not a symbol but **one real number**: the yearly sunspot number. The "
    "same LSTM cell reads the last W years (x is a vector of length 1) and a linear output layer "
    "ŷ = W_y·h + b_y predicts the next year; the loss is the squared error. The data are split **by time**: "
    "the models learn on the first 80 % of the years and are judged on the last 20 %, which they never saw."))


@st.cache_data(max_entries=8, show_spinner=False)
def fit_all(csv_text, settings):
    """The baseline and both trained models (lstm.tasks.sunspots.Comparison), cached: a pure function."""
    return sunspots.compare_models(csv_text, settings)


def caption(data):
    """What every figure and CSV of this page was made from (the sidebar's model plays no part here)."""
    held = st.session_state[RESULT]
    return _("data: yearly sunspot numbers {first}-{last} (assets/series/sunspots_yearly.csv) · window W={W} · "
             "H={H} · epochs={epochs} · seed={seed} · min-max scaled with the training years {first}-{train_last} · "
             "validation {val_first}-{last}").format(
        first=data.labels[0], last=data.labels[-1], W=data.window, H=held.hidden, epochs=held.epochs, seed=held.seed,
        train_last=data.labels[int(data.train_index[-1])], val_first=data.labels[int(data.val_index[0])])


def error_table(result):
    """RMSE / MAE per model on the validation years, in sunspots."""
    rows = [{"model": label, "RMSE": result.fits[k].errors["rmse"], "MAE": result.fits[k].errors["mae"]}
            for k, label in KINDS]
    return pd.DataFrame(rows)


def show_predictions(result):
    data = result.data
    preds = {label: (data.val_index, result.fits[k].predictions) for k, label in KINDS}
    df = pd.DataFrame({"year": [data.labels[p] for p in data.val_index], "truth": data.values[data.val_index],
                       **{label: result.fits[k].predictions for k, label in KINDS}})
    first = max(0, int(data.val_index[0]) - 40)                # the last 40 training years, then validation
    ui.figure(charts.series_predictions(data.labels, data.values, preds, int(data.val_index[0]),
                                        _("Next-year predictions on the validation years"), _("sunspots"), first, tr=ui.translator()),
              "sunspots-predictions", df, caption(data), key="series.pred_fig")
    table = error_table(result)
    ui.figure(charts.error_bars(table["model"], table["RMSE"], table["MAE"], _("sunspots"),
                                _("Validation error in sunspots (lower is better)"), tr=ui.translator()),
              "sunspots-errors", table, caption(data), key="series.err_fig")
    st.dataframe(table.round(2).rename(columns={"model": _("model")}), hide_index=True, key="series.table")


def show_training(result):
    names = {("rnn", "train"): _("RNN train"), ("rnn", "validation"): _("RNN validation"),
             ("lstm", "train"): _("LSTM train"), ("lstm", "validation"): _("LSTM validation")}
    curves = {names[k, part]: (result.fits[k].history["epoch"], result.fits[k].history[col])
              for k in ("rnn", "lstm") for part, col in (("train", "train_mse"), ("validation", "val_mse"))}
    df = pd.DataFrame({"epoch": result.fits["lstm"].history["epoch"],
                       **{name: np.asarray(y) for name, (_x, y) in curves.items()}})
    ui.figure(charts.loss_curves(curves, _("Mean squared error (scaled units) during training"), _("epoch"),
                                 _("MSE (scaled 0-1)"), log_y=True, tr=ui.translator()), "sunspots-loss", df,
              caption(result.data),
              key="series.loss_fig")


def lstm_and_meta(settings):
    """The trained LSTM and the meta Gates / Cell state need (the years, the scaled series, the settings)."""
    result = fit_all(sunspots.SUNSPOTS.read_text(encoding="utf-8"), settings)
    errors = result.fits["lstm"].errors
    meta = sunspots.series_meta(result.data, settings.train_config("lstm"),
                                {"val_rmse": errors["rmse"], "val_mae": errors["mae"]})
    return result.model("lstm"), meta


def publish(settings):
    """Button callback: the trained LSTM becomes the sidebar's model."""
    models.publish_series(*lstm_and_meta(settings))
    st.session_state[MODEL_KEY] = "series"                 # the sidebar's choice


def download_lstm(settings):
    """The trained LSTM as a checkpoint file: loaded in the sidebar later, it shows on Gates and Cell state again."""
    window, hidden, epochs, seed = settings
    st.download_button(_("Download this LSTM (.npz checkpoint)"), models.checkpoint_bytes(*lstm_and_meta(settings)),
                       file_name=f"sunspots-lstm-W{window}-H{hidden}-E{epochs}-seed{seed}.npz",
                       mime="application/octet-stream", key="series.download", on_click="ignore",
                       help=_("The LSTM with the years and the scaled sunspot numbers it reads. In a later session, "
                              "load it with the sidebar's \"Load a checkpoint\" to see it on the Gates and Cell "
                              "state pages again."))


def offer_to_gates_pages(settings):
    """A button that shows this LSTM on the Gates and Cell state pages, or a note that it already does."""
    held = st.session_state.get(models.SERIES_MODEL_KEY)
    shown = held and tuple(held[1]["train_config"][k] for k in ("window", "hidden", "epochs", "seed"))
    same = shown == settings
    if same and st.session_state.get(MODEL_KEY) == "series":
        st.success(_("The sidebar's model is now this LSTM (\"Sunspots LSTM\"): open **Gates** or **Cell state** to "
                     "see its gates and cell state year by year. The other pages need a text model: choose one in "
                     "the sidebar to go back to them."))
    else:
        st.button(_("Show this LSTM on the Gates and Cell state pages"), key="series.publish", on_click=publish,
                  args=(settings,), help=_("Makes it the sidebar's model; the other pages then ask for a text model."))


def show_gates(result):
    """The LSTM read along the whole series from zero state: its gates and cell state per year."""
    data = result.data
    trace = result.model("lstm").run(data.scale(data.values))
    name = st.selectbox(_("Quantity"), ["f", "i", "c_bar", "o", "c", "h"], key="series.quantity",
                        format_func=SYMBOL.get)
    values = getattr(trace, name)
    label = SYMBOL[name]
    years = [str(y) for y in data.labels]
    df = pd.DataFrame(values, columns=[f"unit {u}" for u in range(values.shape[1])])
    df.insert(0, "year", years)
    ui.figure(charts.labelled_heatmap(values, years, label, _("LSTM {q} per unit and year").format(q=label),
                                      signed=not is_gate(name), tr=ui.translator()),
              f"sunspots-{name}", df, caption(data), key="series.gate_fig")


c1, c2, c3, c4 = st.columns(4)
window = c1.slider(_("Window W (years read)"), 2, 20, 5, key="series.window")
hidden = c2.slider(_("Hidden units H"), 2, 32, 8, key="series.hidden")
epochs = c3.slider(_("Training epochs (full batch)"), 50, 2000, 400, step=50, key="series.epochs")
seed = int(c4.number_input(_("Seed"), 0, 10_000, 0, key="series.seed"))
csv_text = sunspots.SUNSPOTS.read_text(encoding="utf-8")
st.caption(_("Data: yearly sunspot numbers 1700–2008 (public domain; SILSO / Royal Observatory of Belgium, "
             "via NOAA NGDC and statsmodels; see assets/series/README.md). Scaled to 0–1 with the training "
             "years' minimum and maximum; errors below are back in sunspots."))
settings = sunspots.Settings(window, hidden, epochs, seed)
if st.button(_("Train the RNN and the LSTM"), type="primary", key="series.train"):
    with st.spinner(_("Training both models…")):
        fit_all(csv_text, settings)
    st.session_state[RESULT] = settings
held = st.session_state.get(RESULT)
if held == settings:
    result = fit_all(csv_text, settings)
    cols = st.columns(3)
    for col, (k, label) in zip(cols, KINDS):
        errs = result.fits[k].errors
        col.metric(_("{model}: RMSE").format(model=label), f"{errs['rmse']:.1f}",
                   help=_("MAE {mae:.1f} sunspots").format(mae=errs["mae"]))
    show_predictions(result)
    st.caption(_("RNN or LSTM? With a window of only 5 years there is no long-range memory to exploit, so the "
                 "LSTM has no advantage here: with the default settings the vanilla RNN is a little better (RMSE "
                 "about 19 against 21 sunspots), and both beat the baseline (about 33)."))
    show_training(result)
    st.subheader(_("Inside the LSTM"))
    offer_to_gates_pages(settings)
    download_lstm(settings)
    show_gates(result)
else:
    st.info(_("Press the button to train both models with these settings (a few seconds)."))

ui.explain(_(
    "**Predictions**: black = the true yearly sunspot numbers; coloured lines = each model's prediction for "
    "a year, made from the W years before it. Right of the dashed line are the validation years.\n\n"
    "**Baseline**: *repeat last value* predicts that next year equals this year. A model that cannot beat it "
    "has learned nothing useful. RMSE punishes big misses more than MAE.\n\n"
    "**Normalisation**: x_scaled = (x − min) / (max − min) with min and max of the training years only, so "
    "nothing about the validation years leaks into training.\n\n"
    "**Heatmap**: the trained LSTM reads the whole series year by year from zero state; each cell is one "
    "unit's gate or state value in that year."))
ui.show_source(SeriesModel.loss_and_grads, SeriesModel.predict_windows, sunspots.prepare, sunspots.compare_models)
