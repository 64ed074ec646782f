"""AppTest of the sidebar's Keras / PyTorch upload (ui/importer.py) on files the frameworks made: the vocabulary
form (convention, text, preview, wrong size refused with both sizes), opening, the model line, refusals with the
layer named, key names for a safetensors file, and the lecture-shaped model (scaled-index input, LSTM(256),
Dropout, Dense, Keras' random weights) on every page; One step writes x as the one scaled number; the Training
page fine-tunes it and offers it as this app's .npz."""
import io

import numpy as np
import pytest

from lstm import checkpoint
from lstm.import_model import import_model
from tests.app.conftest import ALL_PAGES, ROOT, assert_clean, run_page

APP, ONE_STEP, TRAINING = ROOT / "app.py", ROOT / "pages" / "2_One_step.py", ROOT / "pages" / "5_Training.py"


def upload(at, folder, name):
    at.sidebar.file_uploader(key="ui.upload").set_value((name, (folder / name).read_bytes(),
                                                         "application/octet-stream")).run()
    return at


def fill(at, text, convention):
    at.sidebar.radio(key="ui.import.convention").set_value(convention).run()
    at.sidebar.text_area(key="ui.import.text").input(text).run()
    return at


def sidebar_text(at):
    shown = " ".join(str(e.value) for kind in ("caption", "warning", "error", "markdown")
                     for e in getattr(at.sidebar, kind))
    return shown.replace("\\", "")                  # markdown escapes


def test_a_keras_file_opens_after_its_vocabulary_is_chosen(framework_models):
    folder, manifest = framework_models
    at = upload(run_page(APP), folder, "k_lecture.keras")
    assert_clean(at)
    assert "ui.uploaded_model" not in at.session_state              # not yet: the vocabulary comes first
    assert "Keras LSTM(256), scaled" in sidebar_text(at)
    fill(at, manifest["text"], "sorted")                              # the tutorial lower-cases: too many symbols
    V = manifest["models"]["k_lecture"]["V"]
    warning = " ".join(w.value for w in at.sidebar.warning)
    assert f"has {V + 1} symbols but the model predicts {V}" in warning.replace("\\", "") and "'lower'" in warning
    assert at.sidebar.button(key="ui.import.open").disabled
    fill(at, manifest["text"], "lower")
    assert f"{V} symbols, as many as the model predicts" in sidebar_text(at)
    assert "0:' '" in sidebar_text(at).replace("\\", "")              # the preview: index 0 is the space
    at.sidebar.button(key="ui.import.open").click().run()
    assert_clean(at)
    assert at.session_state["ui.model"] == "upload"
    model = at.session_state["ui.uploaded_model"][2]
    assert (model.H, model.L, model.X, model.config.scaled_input) == (256, 1, 1, True)
    captions = [c.value.replace("\\", "") for c in at.sidebar.caption]
    assert f"Keras LSTM(256), scaled-index input, {V} symbols" in captions


@pytest.mark.parametrize("name, words", [("r_gru.keras", "GRU"), ("r_lambda.keras", "never runs"),
                                         ("r_bidirectional.h5", "Bidirectional"), ("rt_pickle.pt", "save_file"),
                                         ("rt_proj.safetensors", "projections")])
def test_refused_files_say_why_and_change_nothing(refused_models, name, words):
    folder, _ = refused_models
    at = run_page(APP)
    before = at.session_state["ui.model"]
    upload(at, folder, name)
    assert not at.exception
    errors = " ".join(e.value for e in at.sidebar.error)
    assert "This file cannot be opened" in errors and words in errors.replace("\\", "")
    assert at.session_state["ui.model"] == before and "ui.uploaded_model" not in at.session_state


def test_a_safetensors_file_with_its_own_names_opens_once_the_keys_are_given(framework_models):
    folder, manifest = framework_models
    at = upload(run_page(APP), folder, "t_own_names.safetensors")
    assert "say which key" in " ".join(e.value for e in at.sidebar.error)
    keys = manifest["models"]["t_own_names"]["keys"]
    at.sidebar.text_area(key="ui.import.keys").input("\n".join(f"{r} = {k}" for r, k in keys.items())).run()
    assert not at.sidebar.error
    fill(at, manifest["text"], "sorted")
    at.sidebar.button(key="ui.import.open").click().run()
    assert_clean(at)
    assert "PyTorch LSTM(6), one-hot input, 25 symbols" in [c.value.replace("\\", "") for c in at.sidebar.caption]


@pytest.fixture(scope="module")
def lecture(framework_models):
    """The lecture-shaped model imported from its .keras file, as the sidebar holds it."""
    folder, manifest = framework_models
    model, meta = import_model(folder / "k_lecture.keras", "k_lecture.keras", manifest["text"], "lower")
    return {"ui.uploaded_model": ("id", "k_lecture.keras", model, meta), "ui.model": "upload"}


@pytest.mark.parametrize("path", ALL_PAGES, ids=lambda p: p.name)
def test_every_page_works_on_the_lecture_shaped_model(lecture, path):
    at = run_page(path, lecture, timeout=120)
    assert_clean(at)
    assert at.session_state["ui.model"] == "upload"


def test_one_step_writes_x_as_the_one_scaled_number(lecture):
    at = run_page(ONE_STEP, lecture)
    at.slider(key="one_step.t").set_value(5).run()
    assert_clean(at)
    model, meta = lecture["ui.uploaded_model"][2:]
    k = model.vocab.index[meta["text"][5]]
    shown = " ".join(c.value for c in at.code) + " ".join(m.value for m in at.markdown)
    assert f"{k}/{model.V}" in shown.replace(" ", "") and f"{k / model.V:.4f}" in shown


def test_training_fine_tunes_the_imported_model_and_saves_our_npz(lecture):
    at = run_page(TRAINING, lecture, timeout=120)
    at.radio(key="train.start_from").set_value("sidebar").run()
    at.number_input(key="train.step_n").set_value(2).run()
    at.button(key="train_step").click().run()
    assert_clean(at)
    trainer = at.session_state["train.trainer"]
    base = lecture["ui.uploaded_model"][2]
    assert trainer.iteration == 2 and trainer.model.H == 256 and trainer.vocab == base.vocab
    assert not np.array_equal(trainer.model.theta, base.theta)
    data = [b for b in at.get("download_button") if b.proto.label.startswith("Download the checkpoint")]
    assert data, "no checkpoint download"
    saved, meta = checkpoint.load_with_metadata(io.BytesIO(trainer_bytes(trainer)))
    assert np.array_equal(saved.theta, trainer.model.theta) and meta["source"]["framework"] == "Keras"


def trainer_bytes(trainer):
    buffer = io.BytesIO()
    trainer.save(buffer)
    return buffer.getvalue()


def test_the_form_and_a_refusal_in_polish(framework_models, refused_models):
    from tests.app.test_polish import ENGLISH_FUNCTION_WORDS
    folder, manifest = framework_models
    at = upload(run_page(APP, {"ui.lang": "pl"}), folder, "k_lecture.keras")
    fill(at, manifest["text"], "sorted")
    radio, button = at.sidebar.radio(key="ui.import.convention"), at.sidebar.button(key="ui.import.open")
    shown = [radio.label, *radio.options, button.label, at.sidebar.text_area(key="ui.import.text").label,
             *(e.value.replace("\\", "") for kind in ("markdown", "caption", "warning") for e in getattr(at.sidebar, kind))]
    assert "Otwórz ten model" in shown and "Jak Twój kod numerował symbole?" in shown
    assert "posortowany zbiór znaków tekstu" in shown and any("wejście: skalowany indeks" in t for t in shown)
    assert any(t.startswith("słownik ma 25 symboli, a model przewiduje 24") and "Z konwencją 'lower'" in t
               for t in shown), shown
    english = {t: set(t.lower().replace(".", " ").split()) & ENGLISH_FUNCTION_WORDS for t in shown}
    assert not {t: w for t, w in english.items() if w}
    at = upload(run_page(APP, {"ui.lang": "pl"}), refused_models[0], "r_gru.keras")
    error = at.sidebar.error[0].value.replace("\\", "")
    assert error.startswith("Tego pliku nie da się otworzyć: warstwy 2, 'gru' (GRU), nie da się tu zaimportować: "
                            "to GRU, a nie LSTM. W tym miejscu oczekiwano warstwy Embedding albo LSTM."), error
    assert not set(error.lower().split()) & ENGLISH_FUNCTION_WORDS


@pytest.mark.parametrize("lang, words", [("en", "byte-order mark (U+FEFF) read as a symbol"),
                                         ("pl", "znacznik kolejności bajtów (U+FEFF)")])
def test_a_model_that_learned_the_files_byte_order_mark_opens_and_says_so(tmp_path, lang, words):
    from safetensors.numpy import save_file
    body = "Ala ma kota.\nKot ma Alę.\n"
    V, H = len(set(body)) + 1, 4                                # Python's open() kept Notepad's BOM
    rng = np.random.default_rng(1)
    save_file({"weight_ih_l0": rng.normal(size=(4 * H, V)), "weight_hh_l0": rng.normal(size=(4 * H, H)),
               "bias_ih_l0": np.zeros(4 * H), "bias_hh_l0": np.zeros(4 * H),
               "fc.weight": rng.normal(size=(V, H)), "fc.bias": np.zeros(V)}, str(tmp_path / "m.safetensors"))
    at = fill(upload(run_page(APP, {"ui.lang": lang}), tmp_path, "m.safetensors"), "\ufeff" + body, "sorted")
    assert_clean(at)
    assert any(words in i.value.replace("\\", "") for i in at.sidebar.info), [i.value for i in at.sidebar.info]
    at.sidebar.button(key="ui.import.open").click().run()
    assert_clean(at)
    assert at.session_state["ui.uploaded_model"][2].vocab.symbols[-1] == "\ufeff"
