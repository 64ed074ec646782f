"""Everything a page sends to the browser, as text and numbers, to prove a hidden value is not among them.

    downloads = capture_downloads(monkeypatch)          # before the AppTest runs
    seen = page_payload(at, downloads)
    assert not seen.shows(value)                         # nowhere to 2 decimals

page_payload walks every element of the page (main area and sidebar): each element's protobuf message as a
dict (markdown, captions, LaTeX, code, alerts, widget labels, options, default and current values, ...), the
tables (decoded from Arrow), the plotly figures (their JSON, with the base64-encoded numpy arrays decoded:
data, hover text, customdata, annotations) and the payloads of the download buttons (eager bytes, and the
deferred ones called). A number counts as shown when a data value, or a number written with 2 or more
decimals, rounds to the same 2 decimals as the value.
"""
import json
import re
from dataclasses import dataclass, field

import numpy as np
from google.protobuf.json_format import MessageToDict

from tests.figures import decode as _decode

NUMBER = re.compile(r"(?<![\w.])[-−]?\d+\.\d{2,}")


def capture_downloads(monkeypatch):
    """Record every download payload Streamlit registers: [bytes or callable], newest last."""
    from streamlit.runtime.media_file_manager import MediaFileManager
    seen = []
    add, add_deferred = MediaFileManager.add, MediaFileManager.add_deferred

    def record(self, data, *args, **kwargs):
        seen.append(data)
        return add(self, data, *args, **kwargs)

    def record_deferred(self, data_callable, *args, **kwargs):
        seen.append(data_callable)
        return add_deferred(self, data_callable, *args, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add", record)
    monkeypatch.setattr(MediaFileManager, "add_deferred", record_deferred)
    return seen


@dataclass
class Payload:
    texts: list = field(default_factory=list)       # every string
    data: list = field(default_factory=list)        # every number held as a number

    def numbers(self):
        written = [float(m.replace("−", "-")) for t in self.texts for m in NUMBER.findall(t)]
        return np.array(written + [float(x) for x in self.data if abs(x) < 1e12])   # not ±inf, nor float limits

    def shows(self, value):
        """True when `value` rounded to 2 decimals is on the page."""
        return bool(np.any(np.round(self.numbers(), 2) == np.round(float(value), 2)))

    def has_text(self, fragment):
        return any(fragment in t for t in self.texts)


def _collect(obj, out):
    if isinstance(obj, dict):
        for v in obj.values():
            _collect(v, out)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            _collect(v, out)
    elif isinstance(obj, np.ndarray):
        if obj.dtype.kind in "fiu":
            out.data.extend(obj.astype(float).ravel().tolist())
        else:
            _collect(obj.tolist(), out)
    elif isinstance(obj, str):
        out.texts.append(obj)
    elif isinstance(obj, (bool, np.bool_)):
        return
    elif isinstance(obj, (int, float, np.integer, np.floating)):
        out.data.append(float(obj))


def _node(node, out, kind):
    proto = getattr(node, "proto", None)
    if kind == "plotly_chart":
        _collect(_decode(json.loads(proto.spec)), out)
    elif kind in ("arrow_data_frame", "dataframe", "table"):
        frame = node.value
        _collect([str(c) for c in frame.columns], out)
        for column in frame.columns:
            values = frame[column].to_numpy()
            _collect(values if values.dtype.kind in "fiu" else values.astype(str), out)
    if proto is not None and kind != "plotly_chart":
        _collect(MessageToDict(proto), out)


def page_payload(at, downloads=()):
    """A Payload of everything on the page (see the module docstring)."""
    out = Payload()

    def walk(node):
        _node(node, out, getattr(node, "type", ""))
        for child in (getattr(node, "children", None) or {}).values():
            walk(child)

    walk(at._tree)
    for data in downloads:
        body = data() if callable(data) else data
        _collect(body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body), out)
    return out
