"""One BLAS thread for a whole process — called where a process starts (the command line's main(), the app's
shared page set-up, the test suite; the benchmarks set the variables themselves before numpy loads), never at
import: a notebook that imports lstm keeps its own settings.  Why one: on 2-core machines two BLAS threads were
never faster at these sizes and stalled 4-10x when the other core was busy (docs: design.md), and they can
change the last bits of a result.
"""
import functools
import os
import sys

VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")


@functools.cache                         # once per process: the limit then holds for every later call
def pin_one_blas_thread():
    """Limit BLAS to one thread, unless the user set one of VARIABLES to another number (their choice wins).

    Before numpy loads, the environment variables do it (and reach child processes); once it is loaded,
    threadpoolctl does (a run-time requirement of the app and the CLI, imported here only, so that lstm still
    imports with numpy alone; without it a loaded numpy keeps its threads).  Returns True when limited.
    """
    if any(os.environ.get(name, "1") != "1" for name in VARIABLES):
        return False
    for name in VARIABLES:
        os.environ[name] = "1"
    if "numpy" in sys.modules:
        try:
            from threadpoolctl import threadpool_limits
        except ImportError:
            return False
        threadpool_limits(1)
    return True
