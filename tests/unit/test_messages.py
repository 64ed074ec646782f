"""lstm.messages: a message is its English text (str) and remembers its template and named parameters, so the
UI translates it once (gettext(template).format(**params)); every error lstm raises for a student carries one."""
import ast
import copy
import pickle
from pathlib import Path

import pytest

from lstm import CharLSTM, Vocabulary
from lstm.messages import InputError, LSTMError, Message, N_, N_n
from lstm.train import Trainer, TrainConfig
from lstm.vocab import VocabularyError
from scripts.i18n import MO
import gettext

LSTM_DIR = Path(__file__).resolve().parents[2] / "lstm"
POLISH = gettext.GNUTranslations(MO.open("rb"))
ENGLISH = gettext.NullTranslations()


def test_a_message_is_its_english_text_and_keeps_template_and_params():
    m = Message(N_("unit {u} of {h}"), u=3, h=8)
    assert m == "unit 3 of 8" and isinstance(m, str)
    assert m.template == "unit {u} of {h}" and m.params == {"u": 3, "h": 8}
    assert m.translate(ENGLISH.gettext, ENGLISH.ngettext) == "unit 3 of 8"


def test_english_counts_pick_singular_or_plural():
    template = N_n("the melody has {n} note; write at least 4", "the melody has {n} notes; write at least 4")
    assert [Message(template, n=n) for n in (1, 2)] == ["the melody has 1 note; write at least 4",
                                                        "the melody has 2 notes; write at least 4"]


@pytest.mark.parametrize("n, polish", [(1, "nutę"), (2, "nuty"), (3, "nuty"), (0, "nut")])
def test_polish_counts_pick_their_form(n, polish):
    m = Message(N_n("the melody has {n} note; write at least 4", "the melody has {n} notes; write at least 4"), n=n)
    assert m.translate(POLISH.gettext, POLISH.ngettext) == f"melodia ma {n} {polish}; zapisz co najmniej 4"


def test_nested_messages_and_quoted_errors_are_translated_with_their_parent():
    inner = InputError(N_("learning rate must be a positive finite number, got {lr!r}"), lr=0.0)
    outer = Message(N_("invalid model settings in the checkpoint: {e}"), e=inner)
    assert str(outer) == "invalid model settings in the checkpoint: learning rate must be a positive finite number, " \
                         "got 0.0"
    assert outer.translate(POLISH.gettext, POLISH.ngettext) == (
        "nieprawidłowe ustawienia modelu w pliku: współczynnik uczenia musi być dodatnią liczbą skończoną, podano 0.0")


def test_errors_survive_pickling_and_copying_with_their_template():
    err = VocabularyError(N_n("{n} symbol not in this model's vocabulary: {shown}",
                              "{n} symbols not in this model's vocabulary: {shown}"), n=2, shown="'{', '}'")
    for again in (pickle.loads(pickle.dumps(err)), copy.deepcopy(err)):
        assert str(again) == str(err) == "2 symbols not in this model's vocabulary: '{', '}'"
        assert again.template == err.template and again.params == err.params
    assert isinstance(err, ValueError) and isinstance(err, LSTMError)


def test_why_training_stopped_is_a_message_with_named_parameters():
    text = "abcabcabd"
    trainer = Trainer(text, TrainConfig.from_preset("fast", lr=1e6, max_iters=50, clip=0.0, clip_norm=0.0))
    trainer.run()
    reason = trainer.stop_reason
    assert reason.startswith("nan: the ") and isinstance(reason, Message)
    assert {"what", "n", "lr", "advice", "restored"} <= set(reason.params)
    polish = reason.translate(POLISH.gettext, POLISH.ngettext)
    assert "współczynnik uczenia" in polish and "learning rate" not in polish and "update" not in polish


def _raised_templates():
    """(file:line, first argument) of every `raise SomeError(...)` in lstm/ whose class is an LSTMError."""
    errors = {"InputError", "VocabularyError", "SettingError", "PrimeError", "TextError", "CheckpointError",
              "ModelImportError", "MelodyError"}
    for path in sorted(LSTM_DIR.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
                name = getattr(node.exc.func, "id", None)
                if name in errors:
                    yield f"{path.relative_to(LSTM_DIR)}:{node.lineno}", node.exc.args[0]


def test_every_student_error_of_lstm_is_a_marked_template():
    """No finished English sentence (f-string or literal) is raised: the UI could not translate it."""
    raised = list(_raised_templates())
    assert len(raised) > 150
    bad = [where for where, arg in raised
           if not (isinstance(arg, ast.Call) and getattr(arg.func, "id", None) in ("N_", "N_n")
                   or isinstance(arg, ast.Name) and arg.id.isupper()          # a module constant marked with N_
                   or isinstance(arg, ast.Attribute) and arg.attr == "message")]   # another error's Message
    assert not bad, bad


def test_a_model_refuses_unknown_symbols_with_a_counted_message():
    model = CharLSTM(Vocabulary.from_text("ab"), hidden=2, seed=0)
    with pytest.raises(VocabularyError) as err:
        model.run("abQ")
    assert err.value.params["n"] == 1 and str(err.value) == "1 symbol not in this model's vocabulary: 'Q'"


def test_no_finished_english_sentence_is_raised_as_a_plain_error():
    """A plain ValueError(f"...") reaches the Training page and the command line untranslated; only the asset
    builder (a developer's command) may raise one."""
    plain = []
    for path in sorted(LSTM_DIR.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args
                    and getattr(node.exc.func, "id", None) == "ValueError"
                    and isinstance(node.exc.args[0], (ast.Constant, ast.JoinedStr))):
                plain.append(f"{path.relative_to(LSTM_DIR)}:{node.lineno}")
    assert [p for p in plain if not p.startswith("build_assets.py:")] == []


def test_book_training_errors_are_templates_translated_to_polish():
    import numpy as np
    from lstm import streams
    from lstm.book import BookTrainer
    from lstm.sample import SettingError
    with pytest.raises(SettingError) as too_few:
        streams.Streams(np.arange(10), 5, B=8, T=5)
    assert str(too_few.value) == "the training part has 5 symbols, too few for 8 streams: lower the batch"
    assert "strumieni" in too_few.value.message.translate(POLISH.gettext, POLISH.ngettext)
    with pytest.raises(InputError) as short:
        streams.split(12, 0.1)
    assert "a validation fraction of 0.1 leaves 1 to validate on" in str(short.value)
    polish = short.value.message.translate(POLISH.gettext, POLISH.ngettext)
    assert "12" in polish and "validation" not in polish
    with pytest.raises(SettingError, match="criterion 'validation'"):
        BookTrainer("abc" * 50, TrainConfig.from_preset("fast"))
