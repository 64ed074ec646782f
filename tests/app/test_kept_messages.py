"""A message a page shows again on later reruns (an error left by a callback) follows the language chosen since:
session state keeps its template and parameters (ui.i18n.Kept), never its rendered text."""
import ast

from tests.app.conftest import ROOT, run_page
from ui.i18n import N_, Kept, keep, translations
from lstm.text import TextError, read_text

TRAINING = ROOT / "pages" / "5_Training.py"
RENDERING = {"_", "ngettext", "message", "str"}       # calls that turn a message into text of one language


def test_kept_renders_in_the_language_asked_for():
    try:
        read_text(b"ab\xff", name="bad.txt")
    except TextError as err:
        kept = keep(err, N_("Cannot train on this: "), N_("The text box keeps its text."))
    english, polish = kept.text(tr=translations("en")), kept.text(tr=translations("pl"))
    assert english == ("Cannot train on this: bad.txt is not UTF-8 text (byte 3 of 3 cannot be read); save it as "
                       "UTF-8 and try again. The text box keeps its text.")
    assert polish.startswith("Nie") and "bajtu 3 z 3" in polish and "text box" not in polish
    assert Kept("a_b", "").text(escape=lambda s: s.replace("_", "\\_"), tr=translations("en")) == "a\\_b"


def test_an_upload_error_shown_in_english_turns_polish_with_the_language():
    at = run_page(TRAINING)
    at.file_uploader(key="train.upload").set_value(("bad.txt", b"caf\xe9", "text/plain")).run()
    assert "bad.txt is not UTF-8 text (byte 4 of 4 cannot be read)" in at.error[0].value
    at.sidebar.selectbox(key="w.ui.lang").set_value("pl").run()      # no other action
    shown = at.error[0].value
    assert "nie jest tekstem UTF-8" in shown and "bajtu 4 z 4" in shown and "cannot" not in shown


def test_a_refused_training_text_turns_polish_with_the_language():
    at = run_page(TRAINING)
    at.text_area(key="train.text").set_value("").run()
    at.button(key="train_start").click().run()
    assert at.error[0].value.startswith("Cannot train on this: the text is empty")
    at.sidebar.selectbox(key="w.ui.lang").set_value("pl").run()
    assert at.error[0].value.startswith("Nie") and "Cannot" not in at.error[0].value


def _outside_lambdas(node):
    yield node
    for child in ast.iter_child_nodes(node):
        if not isinstance(child, ast.Lambda):
            yield from _outside_lambdas(child)


def _rendered_into_session_state(path):
    """Lines of `path` that store a rendered message in st.session_state[...] (a call of _, message, str ...)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Assign) and any(isinstance(t, ast.Subscript) and
                                                     getattr(t.value, "attr", None) == "session_state"
                                                     for t in node.targets)):
            continue
        calls = [c for c in _outside_lambdas(node.value) if isinstance(c, ast.Call)]   # a callback runs later
        names = {getattr(c.func, "id", None) or getattr(c.func, "attr", None) for c in calls}
        if names & RENDERING:
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_no_page_stores_a_rendered_message_in_session_state():
    files = [ROOT / "app.py", *sorted((ROOT / "pages").glob("*.py")), *sorted((ROOT / "ui").glob("*.py"))]
    assert [line for path in files for line in _rendered_into_session_state(path)] == []
