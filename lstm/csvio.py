"""The one CSV writer: every CSV the app or the command line writes, and the command that reads it back.

    csv_text(columns, caption="")     -> str        columns: {name: sequence}, all of one length
    write_csv(file, columns, caption="")            a path or a text file object

The format (standard CSV, RFC 4180 quoting, "\\n" line ends, UTF-8):
    # caption line 1                                what the data is (model, text, settings): for a person
    # caption line 2                                opening the file; each caption line on one line
    "step","char","unit","quantity","value"         the header
    0,"#",3,"f",0.5124379014201102                  text in quotes (always), numbers bare
Text cells are quoted whatever they hold, so a "#", a comma, a quote, a newline or a leading "=" inside a
cell is data, never a comment or a line end. Numbers are written with every digit (repr: float(cell)
gives the same float back, NaN as nan); booleans as True / False.

READ_COMMAND reads every cell back exactly as written (text stays text, "nan" and "" stay strings);
df[column].astype(float) (or int) then gives a numeric column back bit for bit:

    pandas.read_csv(f, comment="#", dtype=str, keep_default_na=False)

Without dtype=str, pandas guesses: a column of digits or of "true"/"nan" words would become numbers,
booleans or NaN (tests/unit/test_csvio.py checks the command on random texts). Standard library only.
"""
import csv
import io
import os

from .messages import InputError, N_

READ_COMMAND = 'pandas.read_csv(f, comment="#", dtype=str, keep_default_na=False)'
COMMENT = "# "


def _cells(values):
    """A column as plain Python values (numpy scalars and arrays -> int, float, bool, str)."""
    values = values.tolist() if hasattr(values, "tolist") else list(values)
    return [v.item() if hasattr(v, "item") and not isinstance(v, str) else v for v in values]


def caption_lines(caption):
    """The caption as '# '-prefixed lines: one per line of the caption, none broken by a line end inside."""
    return [COMMENT + line for line in str(caption).splitlines()]


def write_csv(file, columns, caption=""):
    """Write `columns` ({name: sequence}, equal lengths) with `caption` lines first to a path (UTF-8) or
    a text file object.  ValueError if the columns differ in length or one has an empty name."""
    names = [str(name) for name in columns]
    data = [_cells(values) for values in columns.values()]
    if "" in names:                                       # a reader would invent a name for it ("Unnamed: 0")
        raise InputError(N_("every column needs a name"))
    if len({len(c) for c in data}) > 1:
        raise InputError(N_("the columns have different lengths: {lengths}"), lengths=dict(zip(names, map(len, data))))
    own = isinstance(file, (str, os.PathLike))            # a pathlib.Path is a path too
    handle = open(file, "w", newline="", encoding="utf-8") if own else file
    try:
        for line in caption_lines(caption):
            handle.write(line + "\n")
        writer = csv.writer(handle, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
        writer.writerow(names)
        writer.writerows(zip(*data))
    finally:
        if own:
            handle.close()


def csv_text(columns, caption=""):
    """write_csv() into a string."""
    buffer = io.StringIO()
    write_csv(buffer, columns, caption)
    return buffer.getvalue()
