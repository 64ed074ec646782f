"""lstm.csvio: the one CSV writer, and the command the README gives (lstm.csvio.READ_COMMAND) reads every
file back exactly: a property over random tables of random texts (quotes, commas, newlines, '#', a leading
'=', 'nan', digits ...), random numbers and random captions. Plus: no other code writes CSV, and the
issue's cases (a '#' in a cell cut rows under the old `comment="#"` reading of unquoted cells)."""
import ast
import io
import math
import struct
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lstm.csvio import READ_COMMAND, caption_lines, csv_text, write_csv
from lstm.train import TrainConfig, Trainer

ROOT = Path(__file__).resolve().parents[2]
TRICKY = ["#", "# x", ",", '"', '""', "\n", "\r", "\r\n", "=1+1", "=HYPERLINK(\"x\")", "nan", "NaN", "NA", "",
          " ", "True", "false", "1", "1e5", "-0", "inf", "None", "null", "#N/A", "\ufeff", "\u2028", "\x00", "'",
          "a,b", "ą", "🙂", "\t", "   x"]
TEXT = st.one_of(st.sampled_from(TRICKY), st.text(max_size=12),
                 st.lists(st.sampled_from(TRICKY), max_size=4).map("".join))
FLOAT = st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from([-0.0, 5e-324, 1e-320, 0.1, 1 / 3])
INT = st.integers(-2 ** 63, 2 ** 63 - 1)


def read(data):
    """READ_COMMAND, literally (the README's command), on bytes or text."""
    f = io.BytesIO(data) if isinstance(data, bytes) else io.StringIO(data)
    return eval(READ_COMMAND, {"pandas": pd, "f": f})


def same_cell(written, read_back):
    """A cell read back as text equals what was written: text exactly, numbers bit for bit once parsed."""
    if isinstance(written, str):
        return read_back == written
    if isinstance(written, bool):
        return read_back == str(written)
    if isinstance(written, int):
        return int(read_back) == written
    back = float(pd.Series([read_back], dtype=str).astype(float).iloc[0])     # as the README says
    return (math.isnan(back) and math.isnan(written)) or struct.pack("<d", back) == struct.pack("<d", written)


def assert_round_trip(columns, caption):
    table = read(csv_text(columns, caption).encode("utf-8"))
    assert list(table.columns) == list(columns)
    for name, values in columns.items():
        got = table[name].tolist()
        assert len(got) == len(values)
        bad = [(w, g) for w, g in zip(values, got) if not same_cell(w, g)]
        assert not bad, (name, bad[:3])


@st.composite
def tables(draw):
    rows = draw(st.integers(0, 6))
    kinds = draw(st.lists(st.sampled_from([TEXT, FLOAT, INT, st.booleans()]), min_size=1, max_size=4))
    names = draw(st.lists(TEXT.filter(bool), min_size=len(kinds), max_size=len(kinds), unique=True))
    return {name: draw(st.lists(kind, min_size=rows, max_size=rows)) for name, kind in zip(names, kinds)}


@settings(max_examples=300, deadline=None)
@given(tables(), st.lists(TEXT, max_size=3).map("\n".join))
@example({"char": ["#", "a", "#"], "value": [0.5, 0.25, float("nan")]}, "model: x\ntext: '#hashtag' (3 chars)")
@example({"symbol": ["1", "2", "3"]}, "")                                   # digits stay text
@example({"name": ["", "nan", "None"], "new": [True, False, True]}, "# already a comment")
def test_every_table_reads_back_exactly_with_the_readme_command(columns, caption):
    assert_round_trip(columns, caption)


@settings(max_examples=200, deadline=None)
@given(st.lists(TEXT, max_size=4).map("\n".join))
def test_each_caption_line_stays_one_comment_line_a_person_can_read(caption):
    lines = csv_text({"x": [1]}, caption).split("\n")
    head = lines[:len(caption_lines(caption))]
    assert all(line.startswith("# ") for line in head)
    assert [line[2:] for line in head] == caption.splitlines()
    assert lines[len(head)] == '"x"'


def test_numpy_columns_and_a_path(tmp_path):
    columns = {"step": np.arange(3), "char": np.array(["#", ",", "\n"], dtype=object),
               "value": np.array([0.1, np.nan, -np.inf], dtype=np.float32), "ok": np.array([True, False, True])}
    write_csv(tmp_path / "t.csv", columns, "caption")
    table = read((tmp_path / "t.csv").read_bytes())
    assert table["char"].tolist() == ["#", ",", "\n"] and table["step"].tolist() == ["0", "1", "2"]
    assert table["value"].astype(float).astype(np.float32).tolist()[0] == np.float32(0.1)
    with pytest.raises(ValueError, match="different lengths"):
        csv_text({"a": [1], "b": [1, 2]})
    with pytest.raises(ValueError, match="needs a name"):
        csv_text({"": [1]})


def test_a_trace_of_a_text_full_of_hashes_reads_back_whole():
    """The issue's case: a training text with '#' gave a Gates CSV with 32 of 280 rows broken."""
    text = '#1 "item", #2 =item,\n#3 done # ok'
    trace = Trainer(text, TrainConfig.from_preset("fast", hidden=4, max_iters=1)).model.run(text)
    buffer = io.StringIO()
    trace.to_csv(buffer, ["f"], caption="text: '#1 ...'")
    table = read(buffer.getvalue())
    assert len(table) == trace.T * trace.H
    assert table["char"].tolist() == list(np.repeat(trace.tokens, trace.H))
    np.testing.assert_array_equal(table["value"].astype(float).to_numpy(), trace.f.ravel())


def test_no_csv_is_written_anywhere_but_the_one_writer():
    """Every csv.writer / DataFrame.to_csv call of the app and the command line lives in lstm/csvio.py."""
    found = []
    for path in [ROOT / "app.py", *ROOT.glob("pages/*.py"), *ROOT.glob("ui/*.py"), *ROOT.glob("charts/*.py"),
                 *ROOT.glob("lstm/**/*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in ("writer", "DictWriter", "to_csv"):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} .{node.attr}")
    assert found and all(f.startswith("lstm/csvio.py:") for f in found), found
