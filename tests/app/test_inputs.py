"""The app's entry points for texts, symbols and sampling, as a student meets them (AppTest):
the Training page's upload and text box, the sidebar's own text, the Names and Word level uploads all read
through lstm.text (BOM, line ends, NFC, real length); invisible symbols reach no page raw; the Generate
page treats a names model as one and a tiny temperature as greedy; the Training page's ETA says why not."""
import random
import unicodedata

import pytest

from lstm import CharLSTM, Vocabulary, neurons, usage
from lstm.sample import MAX_PRIME, sample_text
from lstm.tasks.names import LineTrainer, invented_names, names_config
from lstm.text import MAX_TEXT_CHARS
from lstm.train import TrainConfig, Trainer
from tests.app.conftest import ALL_PAGES, EXPLORE, ROOT, assert_clean, figures, play_rounds, run_page, session_state
from tests.figures import strings

TRAINING, GENERATE = ROOT / "pages" / "5_Training.py", ROOT / "pages" / "6_Generate.py"
POLISH = "Zażółć gęślą jaźń. Żółw łowi ćmę.\n"
NFD = unicodedata.normalize("NFD", POLISH)
INVISIBLE = {"Cc", "Cf", "Zs", "Zl", "Zp"}
ODD = "tab\there\u00a0nbsp zero\u200bwidth line\u2028sep bom\ufeffmid ctrl\x01 nel\x85 rlo\u202eend\n"


def raw_invisible(text, keep=" \n"):
    return [hex(ord(c)) for c in text if unicodedata.category(c) in INVISIBLE and c not in keep]


# -- one reader for every way a text comes in -------------------------------------------------------------
def test_training_upload_of_a_windows_file_with_a_bom_and_decomposed_letters():
    at = run_page(TRAINING)
    at.file_uploader(key="train.upload").set_value(
        ("notepad.txt", b"\xef\xbb\xbf" + NFD.replace("\n", "\r\n").encode(), "text/plain")).run()
    assert_clean(at)
    assert at.text_area(key="train.text").value == POLISH


def test_training_upload_over_the_limit_is_refused_by_its_real_length():
    at = run_page(TRAINING)
    big = "ą".encode() * (2 * MAX_TEXT_CHARS + 1)           # 4,000,002 bytes: a cut read says "not UTF-8"
    at.file_uploader(key="train.upload").set_value(("big.txt", big, "text/plain")).run()
    assert at.error and "2,000,001 characters" in at.error[0].value and "UTF-8" not in at.error[0].value


def test_training_box_with_decomposed_letters_trains_on_the_composed_text():
    at = run_page(TRAINING)
    at.text_area(key="train.text").input(NFD).run()
    at.number_input(key="train.max_iters").set_value(2).run()
    at.button(key="train_step").click().run()
    assert_clean(at)
    t = at.session_state["train.trainer"]
    assert t.text == POLISH and t.vocab == Vocabulary.from_text(POLISH) and "\u0328" not in t.vocab.symbols


def test_sidebar_own_text_typed_decomposed_is_read_by_a_composed_model():
    model = CharLSTM(Vocabulary.from_text(POLISH), hidden=4)
    at = run_page(ALL_PAGES[0], {**session_state(model, POLISH), "ui.text_mode": "own", "ui.text": NFD[:20]})
    assert_clean(at)
    assert not at.sidebar.warning                                   # not "symbols not in the vocabulary"
    assert at.text_input(key="home.prime").value == unicodedata.normalize("NFC", NFD[:20])


def test_names_upload_with_a_bom_crlf_and_decomposed_names():
    names = ["Żaneta", "Łucja", "Ćwirek", "Ósemka", "Ąmon", "Ędward", "Śnieżka", "Źenon", "Ńina", "Ółek"]
    data = b"\xef\xbb\xbf" + "\r\n".join(unicodedata.normalize("NFD", n) for n in names).encode()
    at = run_page(ROOT / "pages" / "12_Names.py")
    at.radio(key="names.source").set_value("upload").run()
    at.file_uploader(key="names.upload").set_value(("names.txt", data, "text/plain")).run()
    assert_clean(at)
    assert any("Żaneta, Łucja, Ćwirek" in c.value for c in at.caption)      # one letter each, no BOM, no "\r"


def test_word_level_upload_is_read_like_every_text():
    at = run_page(ROOT / "pages" / "13_Word_level.py")
    text = "Źdźbło trawy i żółw.\r\n" * 30
    at.file_uploader(key="words.upload").set_value(
        ("w.txt", b"\xef\xbb\xbf" + unicodedata.normalize("NFD", text).encode(), "text/plain")).run()
    assert_clean(at)
    assert at.text_area(key="words.text").value == text.replace("\r\n", "\n")


# -- no raw invisible symbol on any page --------------------------------------------------------------------
@pytest.fixture(scope="module")
def odd_model():
    trainer = Trainer(ODD, TrainConfig.from_preset("fast", hidden=6, max_iters=20))
    trainer.step(20)
    return trainer.model, trainer.checkpoint_metadata()


@pytest.mark.parametrize("predict", [False, True], ids=["everything-shown", "rounds-played"])
@pytest.mark.parametrize("page", ALL_PAGES, ids=lambda p: p.stem)
def test_invisible_symbols_reach_no_page_raw(odd_model, page, predict):
    """With predictions off (everything at once) and on, each round played and revealed (tests/app/conftest
    play_rounds: One step's reasons, Generate's guess, every Check yourself question and its explanation)."""
    model, meta = odd_model
    at = run_page(page, {"ui.session_model": (model, meta), "ui.model": "session", "predict.on": predict})
    assert_clean(at)
    if predict:
        play_rounds(at, page.stem)
    shown = [s for fig in figures(at) for s in [*strings(fig.get("data", [])), *strings(fig.get("layout", {}))]]
    shown += [e.value for kind in ("markdown", "caption", "code", "info", "warning", "success") for e in at.get(kind)]
    shown += [str(v) for df in at.dataframe for v in df.value.to_numpy().ravel()]
    shown += [str(o) for kind in ("radio", "selectbox") for w in at.get(kind) for o in w.options]   # choices too
    bad = [(s[:60], raw_invisible(s)) for s in shown if isinstance(s, str) and raw_invisible(s)]
    assert not bad, bad[:3]


# -- the Generate page ----------------------------------------------------------------------------------------
def generated(at):
    return at.code[-1].value


def test_generate_with_temperature_1e_320_is_greedy_and_blames_nothing():
    text = "hello world, hello there"
    model = CharLSTM(Vocabulary.from_text(text), hidden=8, seed=0)
    at = run_page(GENERATE, {**session_state(model, text), **EXPLORE})      # the generated text shown at once
    at.number_input(key="gen.temperature").set_value(1e-320).run()
    assert_clean(at) and not at.warning
    assert generated(at) == sample_text(model, text[:12], 200, 0.0)


def test_generate_refuses_a_prime_over_the_limit_naming_it():
    text = "ab " * 400
    model = CharLSTM(Vocabulary.from_text(text), hidden=4)
    at = run_page(GENERATE, session_state(model, text))
    at.text_input(key="gen.prime").input(text[:MAX_PRIME + 1]).run()            # the box takes at most 500
    assert len(at.text_input(key="gen.prime").value) <= MAX_PRIME
    at = run_page(GENERATE, {**session_state(model, text), "gen.prime": text[:800]})   # e.g. kept from elsewhere
    assert not at.exception and [w.value for w in at.warning] == [
        f"The prime cannot be used with this model: the prime has 800 characters; the limit is {MAX_PRIME}"]


def test_generate_writes_one_name_per_line_with_a_names_model():
    names = invented_names(40)
    trainer = LineTrainer(names, names_config(hidden=16, max_iters=150))
    trainer.step(150)
    meta = trainer.checkpoint_metadata()
    at = run_page(GENERATE, {"ui.session_model": (trainer.model.copy(), meta), "ui.model": "session", **EXPLORE})
    assert_clean(at)
    assert at.text_input(key="gen.prime").value == "" and any("names model" in i.value for i in at.info)
    out = usage.sample(trainer.model, "names", "", 200, 1.0, 0)
    assert generated(at) == trainer.model.vocab.decode(out.indices)
    lines = generated(at).split("\n")[:-1]
    assert len(lines) >= 5 and sum(not line for line in lines) <= 1


# -- the Training page's ETA ----------------------------------------------------------------------------------
def test_eta_on_an_unlearnable_text_says_why_there_is_none():
    rng = random.Random(2)
    text = "".join(rng.choice("abcdefghij ,.") for _ in range(1500))
    trainer = Trainer(text, TrainConfig.from_preset("course", max_iters=100_000))
    trainer.step(1200)
    at = run_page(TRAINING, {"train.trainer": trainer})
    assert_clean(at)
    notes = [c.value for c in at.caption if c.value.startswith("Estimate")]
    assert len(notes) == 1 and notes[0].startswith("Estimate: none yet — ") and "about" not in notes[0]


def test_find_the_neuron_regex_typed_decomposed_matches_the_text():
    text = "Zażółć gęślą jaźń, żółw łowi ćmę; źdźbło.\n" * 3
    model = CharLSTM(Vocabulary.from_text(text), hidden=4)
    at = run_page(ROOT / "pages" / "8_Find_the_neuron.py", session_state(model, text))
    at.selectbox(key="neuron.property").set_value("regex").run()
    at.text_input(key="neuron.regex").input(unicodedata.normalize("NFD", "[żź]")).run()
    assert_clean(at)
    values = neurons.property_values(text, "regex", unicodedata.normalize("NFD", "[żź]"))
    assert values.sum() == text.count("ż") + text.count("ź") == 15           # the composed letters, nothing else


def test_an_uploaded_file_name_with_a_bidi_override_is_labelled(odd_model):
    model, meta = odd_model
    at = run_page(ALL_PAGES[0], {"ui.uploaded_model": ("id", "evil\u202eypn.npz", model, meta), "ui.model": "upload"})
    assert_clean(at)
    assert any("evil⟨RLO⟩ypn.npz" in o for o in at.sidebar.selectbox(key="w.ui.model").options)


def test_encodings_of_a_text_with_the_word_symbol():
    """The one-hot table's columns were the symbols beside a "symbol" column: a word named so crashed it."""
    text = "a symbol is a symbol, said the symbol .\n" * 3
    model = CharLSTM(Vocabulary.from_text(text), hidden=4)
    at = run_page(ROOT / "pages" / "1_Encodings.py", session_state(model, text))
    at.radio(key="enc.level").set_value("word").run()
    assert_clean(at)


def test_the_report_of_a_model_without_its_text_says_so():
    from ui.report import report_parts, report_text
    from charts.report import build_report
    text = "ala ma kota , a kot ma ale .\n" * 3
    model = Trainer(text, TrainConfig.from_preset("course", level="word", max_iters=1)).model
    shown, stored = report_text(model, {"text": None})
    assert not stored and model.encode(shown).tolist() == list(range(model.V))
    samples, recitation, _trace = report_parts(model, "text", shown, stored)
    page = build_report(model_label="m", text=shown, config={}, summary={}, figures=[], samples=samples,
                        recitation=recitation, date="d", text_stored=stored)
    assert recitation is None and "No training text is stored with this model" in page
