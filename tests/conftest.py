"""Two suite-wide rules, for every test folder.

1. With STRICT_NO_SKIP=1 (set by scripts/test.sh) or CI=true a skipped test FAILS: a skip usually means
   a missing dependency (no Chromium, no playwright), and CI must prove a fresh machine runs everything.
   Expected failures (xfail) are left alone; plain `python -m pytest` still skips.
2. AppTest runs in this process, where .streamlit/config.toml redacts uncaught exceptions
   (client.showErrorDetails = "none"); here they keep their full message, so a failure says why.
"""
import os

import pytest


def _strict() -> bool:
    return os.environ.get("STRICT_NO_SKIP") == "1" or os.environ.get("CI", "").lower() == "true"


def _fail_skip(report) -> None:
    if _strict() and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[-1] if isinstance(report.longrepr, tuple) else report.longrepr
        report.outcome = "failed"
        report.longrepr = f"skipped, which fails this run (STRICT_NO_SKIP/CI): {reason}"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    _fail_skip(outcome.get_result())


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector):
    outcome = yield
    _fail_skip(outcome.get_result())  # module-level skips / importorskip


def pytest_configure(config):
    try:
        from streamlit import config as st_config
    except ImportError:
        return
    st_config.set_option("client.showErrorDetails", "full")  # only this process, not the browser's server
