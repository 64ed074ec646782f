"""Shared Streamlit helpers for the pages (kept outside pages/ so it is not a page itself)."""
import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")     # effective if numpy is not loaded yet ...
from threadpoolctl import threadpool_limits  # noqa: E402

# ... and this if it is: one BLAS thread for the server. Measured here: two were never faster at these
# sizes and made training ~6x slower per iteration when the other core was busy (design.md).
threadpool_limits(1)

from .i18n import _, lang, message, ngettext, translator
from .setup import Context, md_escape, page_setup
from .widgets import csv_bytes, download_csv, explain, figure, plot, show_source

__all__ = ["_", "lang", "message", "ngettext", "translator", "Context", "md_escape", "page_setup", "csv_bytes",
           "download_csv", "explain", "figure", "plot", "show_source"]
