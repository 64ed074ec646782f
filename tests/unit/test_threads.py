"""lstm.threads: importing lstm changes nothing in the process; pin_one_blas_thread() (called where a process
starts) limits BLAS to one thread, unless the user chose a number, in which case their choice stands."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VARS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
PROBE = """
import os, lstm, lstm.__main__
from lstm.threads import VARIABLES, pin_one_blas_thread
print("BEFORE", [os.environ.get(v) for v in VARIABLES])
print("PINNED", pin_one_blas_thread())
from threadpoolctl import threadpool_info
print("AFTER", [os.environ.get(v) for v in VARIABLES], sorted({i["num_threads"] for i in threadpool_info()}))
"""


def probe(**env):
    clean = {k: v for k, v in os.environ.items() if k not in VARS}
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env={**clean, **env}, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return dict(line.split(" ", 1) for line in out.stdout.splitlines())


def test_import_sets_nothing_and_the_explicit_call_pins_one_thread():
    lines = probe()
    assert lines["BEFORE"] == "[None, None, None]"             # import lstm (and the CLI module) left them alone
    assert lines["PINNED"] == "True"
    assert lines["AFTER"] == "['1', '1', '1'] [1]"


def test_a_number_the_user_chose_is_kept():
    lines = probe(OPENBLAS_NUM_THREADS="2")
    assert lines["PINNED"] == "False" and lines["AFTER"].startswith("['2', None, None]")
