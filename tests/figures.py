"""Reading plotly figures back in tests, without Streamlit: decode the arrays plotly stores base64-encoded and
list every string a figure shows.  Used by the AppTest helpers (tests/app/conftest.py) and the unit tests."""
import numpy as np

from charts.alt import array


def decode(value):
    """plotly ≥ 6 stores numpy arrays as {'dtype', 'bdata', 'shape'}: turn them back into arrays, everywhere
    in a figure's dict (charts.alt.array decodes one)."""
    if isinstance(value, dict) and "bdata" in value and "dtype" in value:
        return array(value)
    if isinstance(value, dict):
        return {k: decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [decode(v) for v in value]
    return value


def strings(value):
    """Every string inside a figure's JSON-like dict (text, customdata, tick labels, titles, hovers)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, (list, tuple, np.ndarray)):
        for v in (value.tolist() if isinstance(value, np.ndarray) else value):
            yield from strings(v)
