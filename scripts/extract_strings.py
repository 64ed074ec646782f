"""List every UI string the app shows and report the ones missing from the Polish table (ui/translations.py).

    python scripts/extract_strings.py            # summary + missing keys (exit 1 if any is missing)
    python scripts/extract_strings.py --missing  # only the missing keys, one Python literal per line
    python scripts/extract_strings.py --unused   # table keys whose words appear in no source string (a hint)
    python scripts/extract_strings.py --errors   # lstm/ error messages still without a Polish key

Sources (read with ast, nothing is imported): literals passed to `_()` in app.py, pages/, ui/ and charts/; the
English texts ui/ passes to `_()` through a variable (the tour's Step fields, the shipped model labels, the
Check yourself questions of lstm/quiz_templates.py);
and the figure words of charts/ (titles, axis titles, trace names, annotations; f-strings become
`{placeholder}` keys, which ui.i18n.translate_figure matches). `_()` of an f-string is reported: it
cannot be translated (use `_("... {n}").format(n=...)`). The messages of lstm/'s exceptions (pages show
them as `_(str(err))`) are listed by --errors; translating them is optional (the user-facing ones are).
"""
import ast
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIGURE_KEYWORDS = {"title", "title_text", "text", "name", "x_title", "y_title", "annotation_text",
                   "message", "score_name", "label"}
FIGURE_CALLS = {"layout": (1, 2, 3), "empty": (0, 1), "_note": (2,), "append": (0,)}   # positional figure words
SKIP_CHART_KEYWORDS = {"texttemplate", "hovertemplate", "textposition"}


@dataclass(frozen=True)
class Found:
    text: str
    where: str          # "path:line"
    kind: str           # "ui" | "indirect" | "figure" | "fstring-in-_" | "dynamic-_"


def ui_files():
    return [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py")),
            *sorted(p for p in (ROOT / "ui").glob("*.py") if p.name != "translations.py")]


def chart_files():
    return sorted(p for p in (ROOT / "charts").glob("*.py") if p.name != "__init__.py")


def template(node):
    """A str constant as is; an f-string as its text with each `{expression}` kept (a placeholder key)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        out = []
        for part in node.values:
            if isinstance(part, ast.Constant):
                out.append(str(part.value).replace("{", "{{").replace("}", "}}"))
            else:
                out.append("{" + ast.unparse(part.value) + "}")
        return "".join(out)
    return None


def _is_underscore(func):
    return (isinstance(func, ast.Name) and func.id == "_") or (isinstance(func, ast.Attribute) and func.attr == "_")


def _call_name(func):
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def from_ui(path):
    """`_("literal")` calls (and the ones `_()` cannot translate) in one page/ui file."""
    rel = path.relative_to(ROOT).as_posix()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and _is_underscore(node.func) and node.args):
            continue
        arg, where = node.args[0], f"{rel}:{node.lineno}"
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
            yield Found(arg.value, where, "ui")
        elif isinstance(arg, ast.JoinedStr):
            yield Found(ast.unparse(arg), where, "fstring-in-_")
        else:
            yield Found(ast.unparse(arg), where, "dynamic-_")


def indirect():
    """English texts ui/ translates through a variable: the tour's steps and the shipped model labels."""
    tour = ROOT / "ui" / "tour.py"
    for node in ast.walk(ast.parse(tour.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and _call_name(node.func) == "Step":
            for arg in node.args[1:]:
                if template(arg):
                    yield Found(template(arg), f"ui/tour.py:{node.lineno}", "indirect")
    models = ROOT / "ui" / "models.py"
    for node in ast.walk(ast.parse(models.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "SHIPPED" for t in node.targets):
            for value in node.value.values:
                yield Found(value.value, f"ui/models.py:{value.lineno}", "indirect")
    yield from quiz_texts()


def quiz_texts():
    """The English prompts, options and explanations of lstm/quiz_templates.py, marked with N_() there
    (gettext's "translate later"); ui/quiz.py translates them."""
    path = ROOT / "lstm" / "quiz_templates.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and _call_name(node.func) == "N_" and template(node.args[0]):
            yield Found(template(node.args[0]), f"lstm/quiz_templates.py:{node.lineno}", "indirect")


def error_files():
    return sorted(p for p in (ROOT / "lstm").rglob("*.py") if p.name not in ("__main__.py", "build_assets.py", "cli.py"))


def from_errors(path):
    """Messages of `raise SomeError("...")` in lstm/: pages show them as `_(str(err))`."""
    rel = path.relative_to(ROOT).as_posix()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
            text = template(node.exc.args[0])
            if text and is_words(text):
                yield Found(text, f"{rel}:{node.lineno}", "error")


def _figure_args(node):
    name = _call_name(node.func)
    for index in FIGURE_CALLS.get(name, ()):
        if index < len(node.args):
            yield node.args[index]
    for kw in node.keywords:
        if kw.arg in FIGURE_KEYWORDS:
            yield kw.value


def _words(node):
    """The string templates a figure-word expression can take: literal, f-string, `a or b`, `x if c else y`."""
    if isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from _words(value)
    elif isinstance(node, ast.IfExp):
        yield from _words(node.body)
        yield from _words(node.orelse)
    else:
        text = template(node)
        if text is not None:
            yield text


def from_chart(path):
    """Figure words of one charts/ file: layout()/empty() arguments, title/name/text keywords, and the
    defaults of builder parameters with such names (title="...")."""
    rel = path.relative_to(ROOT).as_posix()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        candidates = []
        if isinstance(node, ast.Call):
            candidates = list(_figure_args(node))
        elif isinstance(node, ast.Assign) and any(getattr(t, "id", "") in FIGURE_KEYWORDS for t in node.targets):
            candidates = [node.value]
        elif isinstance(node, (ast.FunctionDef, ast.Lambda)):
            args = node.args.args[len(node.args.args) - len(node.args.defaults):]
            candidates = [d for a, d in zip(args, node.args.defaults) if a.arg in FIGURE_KEYWORDS]
            candidates += [d for a, d in zip(node.args.kwonlyargs, node.args.kw_defaults)
                           if d is not None and a.arg in FIGURE_KEYWORDS]
        for candidate in candidates:
            for text in _words(candidate):
                if is_words(text):
                    yield Found(text, f"{rel}:{getattr(candidate, 'lineno', node.lineno)}", "figure")


def is_words(text):
    """A figure string worth translating: has a word of 2+ letters outside placeholders, tags and symbols,
    and is no plotly hover template."""
    if "%{" in text or "<extra>" in text:
        return False
    literal = re.sub(r"\{[^{}]*\}|<[^<>]*>|\b\w+_\w+\b", " ", text)     # placeholders, tags, symbols (h_prev)
    words = re.findall(r"[A-Za-z]{2,}", literal)
    return bool(words) and not all(w in ("tanh", "softmax", "PCA", "LSTM", "RNN", "GRU") for w in words)


def source_literals():
    """Every string constant (and f-string text) of the app's sources, joined: where a key's words may come from."""
    out = []
    for path in [*ui_files(), *chart_files(), *error_files()]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                out.append(node.value)
    return "\n".join(out)


def collect():
    """Every Found, in file order."""
    found = []
    for path in [*ui_files(), *chart_files()]:     # charts/report.py's words: `_()` of a translate function passed in
        found.extend(from_ui(path))
    found.extend(indirect())
    for path in chart_files():
        found.extend(from_chart(path))
    for path in error_files():
        found.extend(from_errors(path))
    return found


def keys(found=None):
    """{English key: [where, ...]} of everything that needs a Polish entry."""
    out = {}
    for f in found if found is not None else collect():
        if f.kind in ("ui", "indirect", "figure"):
            out.setdefault(f.text, []).append(f.where)
    return out


def table():
    """The Polish catalogue {msgid: msgstr}, read with Babel without importing the ui package (and Streamlit)."""
    from scripts.i18n import read_catalogue
    return {m.id: m.string for m in read_catalogue() if m.id and isinstance(m.id, str)}


def main(argv):
    PL = table()
    found = collect()
    needed = keys(found)
    missing = [k for k in needed if k not in PL]
    if "--missing" in argv:
        for k in missing:
            print(repr(k) + ":  # " + needed[k][0])
        return 0
    if "--errors" in argv:                 # lstm/ messages without a Polish key (not required: see the docstring)
        for f in found:
            if f.kind == "error" and f.text not in PL:
                print(repr(f.text) + ":  # " + f.where)
        return 0
    if "--unused" in argv:                 # keys whose text no longer appears in any source string
        literals = source_literals()
        for k in PL:
            pieces = [p for p in re.split(r"\{[^{}]*\}", k) if len(p.strip()) >= 3] or [k]
            if k not in needed and not all(piece in literals for piece in pieces):
                print(repr(k))
        return 0
    problems = [f for f in found if f.kind in ("fstring-in-_",)]
    dynamic = [f for f in found if f.kind == "dynamic-_"]
    print(f"{len(needed)} strings ({sum(f.kind == 'ui' for f in found)} _() calls, "
          f"{sum(f.kind == 'figure' for f in found)} figure words), {len(PL)} table entries, {len(missing)} missing")
    for f in problems:
        print(f"  cannot translate an f-string inside _(): {f.where}: {f.text}")
    for f in dynamic:
        print(f"  _() of a variable (its values must be in the table): {f.where}: _({f.text})")
    for k in missing:
        print(f"  missing: {needed[k][0]}: {k!r}")
    return 1 if missing or problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
