"""Shared Streamlit helpers for the pages (kept outside pages/ so it is not a page itself)."""
from .i18n import _, lang, message, ngettext, translator
from .setup import Context, md_escape, page_setup
from .widgets import csv_bytes, download_csv, explain, figure, plot, show_source

__all__ = ["_", "lang", "message", "ngettext", "translator", "Context", "md_escape", "page_setup", "csv_bytes",
           "download_csv", "explain", "figure", "plot", "show_source"]
