"""Report: one HTML file about the current model, for a student's lab report (opens offline, prints on A4).

The report itself is built by charts.report.build_report via ui.report (shared with the Training page).
"""
import pandas as pd
import streamlit as st

import ui
from lstm import VocabularyError
from ui import _
from ui.layers import chosen_layer
from ui.report import report_download_button, report_file_name

ctx = ui.page_setup(__file__)

st.title(_("Report"))
st.markdown(_(
    "Download one HTML file that describes the current model: its training text, hyperparameters and "
    "stopping criterion, the loss curve with the 0.1 target, iterations and time, generated samples, the "
    "recitation of the training text, and heatmaps of the gates f, i, o and of the cell state C. Every figure "
    "is inside the file, so it opens without internet; print it (A4) or paste its figures into your report."))
ui.explain(_(
    "The report is about the model chosen in the sidebar and the text it was trained on (the first 2000 "
    "characters). Samples are generated from the text's first character at temperature 0 (greedy: always the "
    "most likely next character) and 0.5. The recitation feeds the first character and lets the model continue "
    "on its own: green characters match the training text, red ones do not."))


def as_table(values, name):
    """A dict as a two-column table; floats to 4 significant digits."""
    return pd.DataFrame({name: list(values),
                         _("value"): [f"{v:.4g}" if isinstance(v, float) else str(v) for v in values.values()]})


config = ctx.meta.get("train_config") or {}
summary = ctx.meta.get("summary") or {}
st.subheader(_("What the report will contain"))
for column, (heading, values, name, key, missing) in zip(st.columns(2), (
        (_("Hyperparameters and criterion"), config, _("setting"), "report.config",
         _("No training configuration is stored with this model.")),
        (_("Training result"), summary, _("measure"), "report.summary",
         _("No training summary is stored with this model.")))):
    with column:
        st.markdown("**" + heading + "**")
        if values:
            st.dataframe(as_table(values, name), hide_index=True, key=key)
        else:
            st.info(missing)
if not ctx.meta.get("history"):
    st.info(_("This model has no stored training history: the report's loss curve will say so."))

layer, _trace = chosen_layer(ctx.trace, "report.layer")    # a stacked model: whose gates and C the heatmaps show
try:
    page = report_download_button(ctx.model, ctx.meta, ctx.label, key="report.download", model_key=ctx.key,
                                  layer=layer)
except (ValueError, VocabularyError) as err:
    st.error(_("The report could not be made for this model: ") + ui.md_escape(ui.message(err)))
else:
    st.caption(_("File: {name} ({kb:,} KB, most of it the plotting library, so it opens offline).").format(
        name=ui.md_escape(report_file_name(ctx.label)), kb=len(page.encode("utf-8")) // 1024))
