"""Shared page widgets: figures with PNG and CSV downloads, captions, and the real source code.

Every downloadable figure/CSV carries a caption line describing the model and text, so a figure
pasted into a report is self-describing.
"""
import inspect

import pandas as pd
import streamlit as st

from lstm.csvio import csv_text
from charts.alt import alt_text

from .i18n import _, translator
from .setup import md_escape


def plot(fig, name, key=None, alt=None):
    """Show a plotly figure (built in the interface language: its builder took ui.translator()) with a text
    alternative computed from its data (charts.alt, read by screen readers; `alt` if the caller cached it);
    the toolbar's camera saves `name`.png at report resolution."""
    config = {"displaylogo": False,
              "toImageButtonOptions": {"format": "png", "filename": name, "scale": 2}}
    return st.plotly_chart(fig, key=key, config=config, alt=alt or alt_text(fig, translator()))


def csv_bytes(df, caption):
    """A DataFrame as the bytes of a CSV written by the project's one writer (lstm.csvio: '# ' caption lines,
    text quoted), which lstm.csvio.READ_COMMAND reads back exactly."""
    return csv_text({str(name): df[name] for name in df.columns}, caption).encode("utf-8")


def download_csv(df, name, caption, key=None):
    """A download button for the data behind a figure, captioned."""
    # a callable: the CSV is only built when clicked (~20 ms per 10,000 rows saved on every rerun)
    # df may be a function returning the table: a book model's long table (T×H rows) is then built on click only
    st.download_button(_("Download the data (CSV)"),
                       lambda: csv_bytes(pd.DataFrame(df() if callable(df) else df), caption),
                       file_name=f"{name}.csv", mime="text/csv", key=key or f"csv-{name}")


def figure(fig, name, df=None, caption="", key=None, alt=None):
    """A figure, its caption under it, and (with df: a DataFrame, or a function returning one) the CSV of its data;
    alt: its text alternative if already computed (else plot() computes it)."""
    plot(fig, name, key=key, alt=alt)
    if caption:
        st.caption(md_escape(caption))          # it quotes the text and the model's name
    if df is not None:
        download_csv(df, name, caption, key=f"csv-{key or name}")


def show_source(*functions):
    """An expander with the real source of the lstm functions a page draws."""
    with st.expander(_("Show the code that computes this")):
        for func in functions:
            st.code(inspect.getsource(func), language="python")


def explain(markdown_text):
    """The 'What am I looking at?' expander, written for a first-year student."""
    with st.expander(_("What am I looking at?")):
        st.markdown(markdown_text)
