"""lstm depends on numpy alone: every module (lstm/tasks/ too) imports with the app's libraries (and the optional
model readers) blocked, no file imports more at module level, and the optional readers h5py / safetensors are
imported only inside the functions that read a Keras or PyTorch file.  The unit tests themselves run without
Streamlit (tests that need it live in tests/app)."""
import ast
import subprocess
import sys
from pathlib import Path

LSTM_DIR = Path(__file__).resolve().parents[2] / "lstm"
BLOCKED = ("streamlit", "plotly", "pandas", "h5py", "safetensors", "torch", "keras")
OPTIONAL = {"h5py", "safetensors", "threadpoolctl"}   # imported lazily, inside a function (model readers, threads)

BLOCKER = f"""
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {BLOCKED!r}:
            raise ImportError("blocked for this test: " + name)
sys.meta_path.insert(0, Block())
import lstm, lstm.checkpoint, lstm.gradcheck, lstm.sample, lstm.optim, lstm.model, lstm.trace, lstm.vocab
import pkgutil, importlib
imported = []
for info in pkgutil.walk_packages(lstm.__path__, "lstm."):     # every module and subpackage, also those added later
    if not info.name.endswith("__main__"):
        importlib.import_module(info.name)
        imported.append(info.name)
print("IMPORTED:", imported)
loaded = sorted(name for name in sys.modules if name.split(".")[0] in {BLOCKED!r})
print("LOADED:", loaded)
"""


def test_lstm_imports_with_streamlit_plotly_pandas_blocked():
    result = subprocess.run([sys.executable, "-c", BLOCKER], cwd=LSTM_DIR.parent,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "LOADED: []" in result.stdout
    assert "'lstm.tasks.names'" in result.stdout and "'lstm.tasks.cli'" in result.stdout   # the walk goes into lstm/tasks


def test_the_blocker_really_blocks():
    result = subprocess.run([sys.executable, "-c", BLOCKER.replace("import lstm,", "import pandas, lstm,")],
                            cwd=LSTM_DIR.parent, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "blocked for this test: pandas" in result.stderr


def _names(node):
    if isinstance(node, ast.Import):
        return {alias.name.split(".")[0] for alias in node.names}
    if isinstance(node, ast.ImportFrom) and node.level == 0:
        return {node.module.split(".")[0]}
    return set()


def imports(path):
    """(module-level names, names imported inside functions) of a file (relative imports stay inside lstm)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    in_functions = {id(node) for f in ast.walk(tree) if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))
                    for node in ast.walk(f)}
    outside, inside = set(), set()
    for node in ast.walk(tree):
        (inside if id(node) in in_functions else outside).update(_names(node))
    return outside, inside


def test_every_lstm_file_imports_only_numpy_and_the_standard_library():
    files = sorted(LSTM_DIR.rglob("*.py"))
    assert len(files) >= 10 and LSTM_DIR / "tasks" / "names.py" in files
    allowed = set(sys.stdlib_module_names) | {"numpy"}
    offenders = {str(f.relative_to(LSTM_DIR)): sorted(imports(f)[0] - allowed) + sorted(imports(f)[1] - allowed - OPTIONAL) for f in files}
    assert {name: bad for name, bad in offenders.items() if bad} == {}
    lazy = {f.name for f in files if imports(f)[1] & OPTIONAL}
    assert lazy == {"import_hdf5.py", "import_torch.py", "threads.py"}


def test_the_checker_sees_a_module_level_h5py(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import h5py\n\ndef f():\n    import safetensors, h5py\n")
    assert imports(bad) == ({"h5py"}, {"safetensors", "h5py"})


UNIT_DIR = Path(__file__).resolve().parent
UNIT_BLOCKER = f"""
import importlib.util, pathlib, sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] == "streamlit":
            raise ImportError("blocked for this test: " + name)
sys.meta_path.insert(0, Block())
for path in sorted(pathlib.Path({str(UNIT_DIR)!r}).glob("test_*.py")):
    spec = importlib.util.spec_from_file_location("unit_" + path.stem, path)
    spec.loader.exec_module(importlib.util.module_from_spec(spec))
print("ALL IMPORTED")
"""


def test_unit_tests_run_without_streamlit():
    """A test that needs Streamlit (AppTest, or a ui module that imports it) belongs in tests/app."""
    result = subprocess.run([sys.executable, "-c", UNIT_BLOCKER], cwd=LSTM_DIR.parent,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and "ALL IMPORTED" in result.stdout, result.stderr[-2000:]
