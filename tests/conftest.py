"""Two suite-wide rules, for every test folder.

1. With STRICT_NO_SKIP=1 (set by scripts/test.sh) or CI=true a skipped test FAILS: a skip usually means
   a missing dependency (no Chromium, no playwright), and CI must prove a fresh machine runs everything.
   Expected failures (xfail) are left alone; plain `python -m pytest` still skips.
2. AppTest runs in this process, where .streamlit/config.toml redacts uncaught exceptions
   (client.showErrorDetails = "none"); here they keep their full message, so a failure says why.
3. The test process pins one BLAS thread when it starts (lstm.threads), as the app and the CLI do: results
   compared bit for bit with a CLI run are computed the same way.
Session fixtures `framework_models` and `refused_models` make real Keras/PyTorch files once per run, in a
subprocess (tests/framework_models.py, tests/framework_refused.py).
"""
import importlib.util
import os
from pathlib import Path

import pytest

from lstm.threads import pin_one_blas_thread

pin_one_blas_thread()


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


def _helper(name):
    """A helper script beside this file, imported by path (tests/ is not a package)."""
    spec = importlib.util.spec_from_file_location(name, Path(__file__).parent / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def framework_models(tmp_path_factory):
    """(folder, manifest) of real Keras/PyTorch files made by the frameworks (tests/framework_models.py)."""
    maker = _helper("framework_models")
    folder = tmp_path_factory.mktemp("framework_models")
    return folder, maker.build(folder)


@pytest.fixture(scope="session")
def refused_models(tmp_path_factory):
    """(folder, {file: words its refusal must contain}) of framework-made files of unsupported shapes."""
    maker = _helper("framework_refused")
    folder = tmp_path_factory.mktemp("refused_models")
    return folder, maker.build(folder)
