"""An empty text file (or one holding only a byte-order mark) is refused with a message wherever a text comes
in — the Training, Word level and Names uploads, the sidebar's Keras / PyTorch form, the command line — and
what the student had typed stays: lstm.text.read_text/read_file(allow_empty=False), the one reader."""
import pytest

from lstm.__main__ import main
from lstm.text import TextError, read_file, read_text
from lstm.train import DEFAULT_TEXT
from tests.app.conftest import ROOT, run_page

TRAINING, WORDS, NAMES = (ROOT / "pages" / name for name in ("5_Training.py", "13_Word_level.py", "12_Names.py"))
EMPTY = [b"", b"\xef\xbb\xbf"]                       # nothing, and a byte-order mark alone (it is not text)


@pytest.mark.parametrize("data", EMPTY)
def test_the_reader_refuses_an_empty_text_only_when_asked(data, tmp_path):
    assert read_text(data) == ""                                     # a text box may be empty: the caller says
    with pytest.raises(TextError, match=r"^empty\.txt holds no text: the file is empty$"):
        read_text(data, name="empty.txt", allow_empty=False)
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    with pytest.raises(TextError, match="holds no text"):
        read_file(path, allow_empty=False)
    assert read_text(b"a", allow_empty=False) == "a"


@pytest.mark.parametrize("data", EMPTY)
def test_training_upload_of_an_empty_file_keeps_the_text_and_says_why(data):
    at = run_page(TRAINING)
    at.text_area(key="train.text").set_value("my own words, typed by hand").run()
    at.file_uploader(key="train.upload").set_value(("empty.txt", data, "text/plain")).run()
    assert not at.exception
    assert [e.value for e in at.error] == ["empty.txt holds no text: the file is empty. The text box keeps its text."]
    assert at.text_area(key="train.text").value == "my own words, typed by hand"


def test_training_upload_of_an_empty_file_in_polish():
    at = run_page(TRAINING, {"ui.lang": "pl"})
    at.file_uploader(key="train.upload").set_value(("pusty.txt", b"", "text/plain")).run()
    shown = at.error[0].value
    assert "pusty.txt" in shown and "empty" not in shown and "text box" not in shown
    assert at.text_area(key="train.text").value == DEFAULT_TEXT


def test_word_level_upload_of_an_empty_file_keeps_the_text():
    at = run_page(WORDS)
    before = at.text_area(key="words.text").value
    at.file_uploader(key="words.upload").set_value(("empty.txt", b"", "text/plain")).run()
    assert not at.exception and "empty.txt holds no text" in at.error[0].value
    assert at.text_area(key="words.text").value == before and before


def test_names_upload_of_an_empty_file_says_so():
    at = run_page(NAMES)
    at.radio(key="names.source").set_value("upload").run()
    at.file_uploader(key="names.upload").set_value(("names.txt", b"\xef\xbb\xbf", "text/plain")).run()
    assert not at.exception and "names.txt holds no text" in at.error[0].value


def test_an_empty_model_upload_is_refused_in_the_sidebar():
    at = run_page(ROOT / "app.py")
    at.sidebar.file_uploader(key="ui.upload").set_value(("empty.npz", b"", "application/octet-stream")).run()
    assert not at.exception and at.sidebar.error and "ui.uploaded_model" not in at.session_state


@pytest.mark.parametrize("mode", ["text", "names", "words", "notes"])
def test_the_command_line_refuses_an_empty_file(mode, tmp_path, capsys):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert main(["train", str(path), "--mode", mode]) == 2
    err = capsys.readouterr().err
    assert f"{path} holds no text: the file is empty" in err and "Traceback" not in err
