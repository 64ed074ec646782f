"""lstm/'s messages in Polish mode (AppTest): bad checkpoint uploads, training texts, settings and primes a
student can give the app are refused in Polish, the lstm/ message included (pages show `ui.message(err)`),
with no English sentence of the original message left. The same inputs in English: tests/app/test_bad_inputs.py."""
import io
import json

import numpy as np
import pytest

from lstm import CharLSTM, Vocabulary, checkpoint
from tests.app.conftest import ROOT, run_page
from tests.app.test_bad_inputs import nan_npz, npz_bytes, own_text, session, step

APP, TRAINING, GENERATE = ROOT / "app.py", ROOT / "pages" / "5_Training.py", ROOT / "pages" / "6_Generate.py"
PL = {"ui.lang": "pl"}
TEXT = "hello world, hello there"


def good_npz():
    return npz_bytes(CharLSTM(Vocabulary.from_text(TEXT), hidden=4, seed=0))


def edited_npz(meta=None, float32=()):
    """A saved checkpoint with its metadata changed (meta: key -> value) or some arrays stored as float32."""
    with np.load(io.BytesIO(good_npz())) as npz:
        out = {k: npz[k].copy() for k in npz.files}
    if meta:
        fields = json.loads(out["meta"].tobytes())
        fields.update(meta)
        out["meta"] = np.frombuffer(json.dumps(fields).encode(), dtype=np.uint8)
    out.update({name: out[name].astype("<f4") for name in float32})
    buffer = io.BytesIO()
    np.savez(buffer, **out)
    return buffer.getvalue()


def message_of(data):
    """The English CheckpointError text for `data` (what the sidebar translates)."""
    with pytest.raises(checkpoint.CheckpointError) as err:
        checkpoint.load(io.BytesIO(data))
    return str(err.value)


UPLOADS = {   # name -> (bytes, the Polish the sidebar must show after its own prefix)
    "text": (lambda: b"just some text", "to nie jest poprawny plik .npz (zip) (plik nie jest archiwum zip)"),
    "nan": (lambda: nan_npz(good_npz()), "zawiera NaN lub Inf"),
    "twice": (lambda: edited_npz({"vocab": {"symbols": ["a", "a", "b"], "level": "char"}}),
              "słownik zawiera któryś symbol więcej niż raz"),
    "float32": (lambda: edited_npz(float32=["W_f"]),
                "tablica W_f ma typ float32, oczekiwano float64 ('<f8')"),
    "hidden": (lambda: edited_npz({"config": {"kind": "lstm", "hidden": 0}}),
               "nieprawidłowe ustawienia modelu w pliku: rozmiar stanu ukrytego musi być liczbą całkowitą od 1 do"),
}


@pytest.mark.parametrize("name", UPLOADS)
def test_bad_checkpoint_upload_is_refused_in_polish(name):
    make, polish = UPLOADS[name]
    data = make()
    english = message_of(data)
    at = run_page(APP, PL)
    at.sidebar.file_uploader(key="ui.upload").set_value((f"{name}.npz", data, "application/octet-stream")).run()
    assert not at.exception
    errors = [e.value for e in at.sidebar.error]
    assert len(errors) == 1 and errors[0].startswith("Tego pliku nie da się wczytać jako modelu: "), errors
    shown = errors[0].replace("\\", "")                               # as rendered: ui.md_escape's backslashes gone
    assert polish in shown, (english, shown)
    assert english not in shown and "checkpoint" not in shown and "File is not" not in shown


def test_settings_the_training_page_refuses_are_explained_in_polish():
    at = run_page(TRAINING, {**session(), **PL})
    at.number_input(key="train.lr").set_value(0.0).run()
    assert not at.exception
    assert [e.value for e in at.error] == ["Tych ustawień nie da się użyć: współczynnik uczenia: wymagana liczba "
                                           "skończona > 0, podano 0.0"]


def test_a_text_with_one_distinct_symbol_is_refused_in_polish():
    at = run_page(TRAINING, {**session(), **PL})
    at.text_area(key="train.text").input("      ").run()
    step(at)
    assert not at.exception
    errors = [e.value for e in at.error]
    assert len(errors) == 1 and errors[0].startswith("Nie da się na tym trenować: tekst ma tylko tyle różnych "
                                                     "symboli: 1"), errors
    assert "distinct" not in errors[0] and "a model needs" not in errors[0]


@pytest.mark.parametrize("prime, polish, english", [
    ("QZ", "symbole spoza słownika tego modelu (2): 'Q', 'Z'", "not in this model's vocabulary"),
    ("ab Ω", "symbole spoza słownika tego modelu (1): 'Ω'", "symbol(s)")])
def test_a_prime_the_model_cannot_use_is_refused_in_polish(prime, polish, english):
    at = run_page(GENERATE, PL)
    at.text_input(key="gen.prime").input(prime).run()
    assert not at.exception and not at.error
    warnings = [w.value.replace("\\", "") for w in at.warning]
    assert [w for w in warnings if w.startswith("Tego tekstu początkowego nie da się użyć z tym modelem: ")
            and polish in w], warnings
    assert not [w for w in warnings if english in w]


def test_sidebar_text_with_unknown_symbols_falls_back_in_polish():
    at = own_text(run_page(APP, PL), "Zażółć")
    assert not at.exception and not at.error
    warnings = [w.value.replace("\\", "") for w in at.sidebar.warning]
    assert [w for w in warnings if w.startswith("Zamiast niego pokazuję tekst treningowy: symbole spoza słownika "
                                                "tego modelu")], warnings
    assert not [w for w in warnings if "vocabulary" in w]


def test_why_training_stopped_is_said_in_polish():
    """The largest learning rate makes the loss diverge: the Training page's warning quotes lstm's reason in Polish."""
    at = run_page(TRAINING, {**session(), **PL})
    at.selectbox(key="train.optimizer").select("adam").run()
    at.number_input(key="train.clip").set_value(0.0).run()
    at.number_input(key="train.lr").set_value(10.0).run()
    at.number_input(key="train.hidden").set_value(512).run()
    step(at, 100)
    assert not at.exception and at.session_state["train.trainer"].stop_reason.startswith("nan: the ")
    stopped = [w.value for w in at.warning if w.value.startswith("Trening zatrzymany: nan: ")]
    assert len(stopped) == 1, [w.value for w in at.warning]
    assert "współczynnik uczenia (10) jest prawdopodobnie za duży" in stopped[0]
    assert stopped[0].endswith(", ostatnie ze skończoną stratą. Zachowano ostatnie skończone wartości parametrów.")
    assert not [w for w in ("the loss", "the gradient", "update(s)", "learning rate") if w in stopped[0]], stopped[0]
