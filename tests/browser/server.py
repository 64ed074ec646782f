"""Start and stop a real Streamlit server for the browser tests, and list the app's pages.

`streamlit_server()` runs `python -m streamlit run APP --server.headless true` from the repo root
(so `.streamlit/config.toml` applies) on a free 127.0.0.1 port and kills its process group on exit.
The app defaults to the repo's app.py; set BROWSER_TEST_APP=/path/to/app.py to test another one.
"""
import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
OUTPUT = REPO / "test-output"  # git-ignored: screenshots and server logs


def app_path() -> Path:
    return Path(os.environ.get("BROWSER_TEST_APP") or REPO / "app.py").resolve()


@dataclass(frozen=True)
class AppPage:
    """One page of the classic multipage app: `pages/3_Gates.py` -> url_path "Gates"."""

    name: str  # screenshot name: "home" or the url_path
    url_path: str  # "" for app.py, else the part of the URL after the host
    file: Path


# Streamlit's own rule (streamlit/source_util.py, 1.67): "3_Cell state.py" -> "Cell_state".
_PAGE_FILENAME = re.compile(r"([0-9]*)[_ -]*(.*)\.py")


def _page_sort_key(path: Path) -> tuple[float, str]:
    number, label = _PAGE_FILENAME.findall(path.name)[0]
    return (float(number) if number else float("inf"), label.lower())


def _url_path(path: Path) -> str:
    match = _PAGE_FILENAME.search(path.name)
    name = re.sub(r"[_ ]+", "_", match.group(2)).strip() or match.group(1)
    if not name.isascii():  # a leading emoji is the page icon, not part of the URL
        from streamlit.string_util import extract_leading_emoji

        name = extract_leading_emoji(name)[1]
    return name


def discover_pages(app: Path | None = None) -> list[AppPage]:
    """The home page, then every `pages/*.py` in Streamlit's sidebar order."""
    app = app or app_path()
    files = [
        p
        for p in (app.parent / "pages").glob("*.py")
        if not p.name.startswith(".") and p.name != "__init__.py"
    ]
    pages = [AppPage("home", "", app)]
    for f in sorted(files, key=_page_sort_key):
        pages.append(AppPage(_url_path(f), _url_path(f), f))
    return pages


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _log_tail(log: Path, lines: int = 40) -> str:
    text = log.read_text(errors="replace") if log.exists() else ""
    return "\n".join(text.splitlines()[-lines:])


@dataclass
class Server:
    url: str  # "http://127.0.0.1:PORT", no trailing slash
    log: Path  # the server's stdout+stderr: tracebacks of uncaught exceptions land here

    def log_tail(self, lines: int = 40) -> str:
        return _log_tail(self.log, lines)


def _wait_healthy(proc: subprocess.Popen, url: str, log: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}:\n{_log_tail(log)}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"streamlit not healthy after {timeout:.0f} s:\n{_log_tail(log)}")


def _stop(proc: subprocess.Popen) -> None:
    """Kill the whole process group (streamlit and anything it started)."""
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


@contextlib.contextmanager
def streamlit_server(app: Path | None = None, timeout: float = 60):
    """Yield a running Server; always stop it (process group) in a `finally`."""
    app = app or app_path()
    port = free_port()
    OUTPUT.mkdir(exist_ok=True)
    log = OUTPUT / f"streamlit-{port}.log"
    cmd = [
        sys.executable, "-m", "streamlit", "run", str(app),
        "--server.headless", "true",
        "--server.port", str(port),
        "--server.address", "127.0.0.1",
        "--browser.gatherUsageStats", "false",
    ]  # fmt: skip
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            cmd, cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(proc, url, log, timeout)
        yield Server(url, log)
    finally:
        _stop(proc)
