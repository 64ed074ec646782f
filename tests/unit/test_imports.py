"""lstm depends on numpy alone: it imports with the app's libraries blocked, and no file imports more."""
import ast
import subprocess
import sys
from pathlib import Path

LSTM_DIR = Path(__file__).resolve().parents[2] / "lstm"
BLOCKED = ("streamlit", "plotly", "pandas")

BLOCKER = f"""
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {BLOCKED!r}:
            raise ImportError("blocked for this test: " + name)
sys.meta_path.insert(0, Block())
import lstm, lstm.checkpoint, lstm.gradcheck, lstm.sample, lstm.optim, lstm.model, lstm.trace, lstm.vocab
import pkgutil, importlib
for info in pkgutil.iter_modules(lstm.__path__):     # every module, also those added later
    if info.name != "__main__":
        importlib.import_module("lstm." + info.name)
loaded = sorted(name for name in sys.modules if name.split(".")[0] in {BLOCKED!r})
print("LOADED:", loaded)
"""


def test_lstm_imports_with_streamlit_plotly_pandas_blocked():
    result = subprocess.run([sys.executable, "-c", BLOCKER], cwd=LSTM_DIR.parent,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "LOADED: []" in result.stdout


def test_the_blocker_really_blocks():
    result = subprocess.run([sys.executable, "-c", BLOCKER.replace("import lstm,", "import pandas, lstm,")],
                            cwd=LSTM_DIR.parent, capture_output=True, text=True, timeout=60)
    assert result.returncode != 0 and "blocked for this test: pandas" in result.stderr


def top_level_imports(path):
    """Absolute module names imported anywhere in a file (relative imports stay inside lstm)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_every_lstm_file_imports_only_numpy_and_the_standard_library():
    files = sorted(LSTM_DIR.glob("*.py"))
    assert len(files) >= 10
    allowed = set(sys.stdlib_module_names) | {"numpy"}
    offenders = {f.name: sorted(top_level_imports(f) - allowed) for f in files}
    assert {name: bad for name, bad in offenders.items() if bad} == {}
