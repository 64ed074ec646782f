"""The README's "Project layout" names every module of lstm/ (lstm/tasks too) and of ui/, and every top-level
folder: a file added without a line there fails here, so the map a new contributor reads stays the tree."""
import fnmatch
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def layout_block():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Project layout", 1)[1].split("\n## ", 1)[0]
    return "\n".join(line for line in section.splitlines() if line.startswith("    "))


def named(name, block):
    patterns = re.findall(r"[\w*]+\*[\w*.]*", block)            # e.g. import_keras*.py
    return re.search(rf"(?<![\w/]){re.escape(name)}(?!\w)", block) or any(fnmatch.fnmatch(name, p) for p in patterns)


def test_every_lstm_and_ui_module_and_top_level_folder_is_in_the_layout():
    block = layout_block()
    files = [p for d in ("lstm", "ui") for p in (ROOT / d).rglob("*") if p.suffix in (".py", ".css")
             and p.name != "__init__.py" and "__pycache__" not in p.parts]
    folders = [p.name + "/" for p in ROOT.iterdir() if p.is_dir() and not p.name.startswith(".")]
    assert len(files) > 50 and "lstm/" in folders
    missing = [str(p.relative_to(ROOT)) for p in files if not named(p.name, block)]
    missing += [f for f in folders if f not in block and f not in ("test-output/",)]
    assert not missing, "add these to the README's Project layout: " + ", ".join(sorted(missing))


def test_the_check_sees_a_missing_module():
    assert named("notation.py", layout_block()) and not named("nowhere.py", layout_block())
