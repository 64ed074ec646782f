"""AppTest of the Encodings page (first view: test_first_view.py): a session model; the level,
corpus and neighbour controls change what is drawn."""
import numpy as np
import pytest

from tests.app.conftest import ROOT, assert_clean, figure_by_title, run_page, session_state
from lstm import CharLSTM, Vocabulary
from lstm.analysis import nearest_neighbours, pca_2d

PAGE = ROOT / "pages" / "1_Encodings.py"
TEXT = "hello world, hello there"
LECTURE_WORDS = 14      # 13 distinct words + the newline token


@pytest.fixture(scope="module")
def model():
    return CharLSTM(Vocabulary.from_text(TEXT), hidden=8, seed=0)


def session(model):
    return session_state(model, TEXT)


def test_session_model_char_level(model):
    at = run_page(PAGE, session(model))
    assert_clean(at)
    vocab = at.dataframe[0].value
    assert vocab["symbol"].tolist() == ["␣", ",", "d", "e", "h", "l", "o", "r", "t", "w"]
    strip = figure_by_title(at, "Index encoding")["data"][0]
    np.testing.assert_array_equal(strip["y"], model.vocab.encode(TEXT))
    coords, _ = pca_2d(model.input_embeddings())
    pca = figure_by_title(at, "PCA")["data"][0]
    np.testing.assert_allclose(pca["x"], coords[:, 0])


def test_word_level_and_lecture_corpus(model):
    at = run_page(PAGE, session(model))
    at.radio(key="enc.level").set_value("word").run()
    assert_clean(at)
    assert at.dataframe[0].value["symbol"].tolist() == [",", "hello", "there", "world"]
    assert np.asarray(figure_by_title(at, "One-hot")["data"][0]["z"]).shape == (5, 4)
    at.radio(key="enc.corpus").set_value("lecture").run()
    assert_clean(at)
    assert len(at.dataframe[0].value) == LECTURE_WORDS
    sizes = figure_by_title(at, "numbers each encoding")["data"][0]
    assert list(sizes["y"]) == [1, LECTURE_WORDS, 4 * model.H]


def test_neighbour_symbol_changes_the_table(model):
    at = run_page(PAGE, session(model))
    before = at.dataframe[-2].value["symbol"].tolist()
    at.selectbox(key="enc.symbol").select(4).run()       # 'h'
    assert_clean(at)
    idx, sims = nearest_neighbours(model.input_embeddings(), 4, k=5)
    table = at.dataframe[-2].value
    assert table["symbol"].tolist() == [model.vocab.symbols[j].replace(" ", "␣") for j in idx]
    np.testing.assert_allclose(table["cosine similarity"], np.round(sims, 4))
    assert table["symbol"].tolist() != before


def test_word_level_model_embeddings():
    text = "this is a good phone\nthis is a bad mobile"
    model = CharLSTM(Vocabulary.from_text(text, "word"), hidden=4, seed=0, embed_dim=3)
    at = run_page(PAGE, session_state(model, text))
    assert_clean(at)
    pca = figure_by_title(at, "PCA")["data"][0]
    assert len(pca["x"]) == len(model.vocab)
    assert "phone" in pca["text"]


def test_one_symbol_text_warns_instead_of_failing():
    text = "aaaa"
    model = CharLSTM(Vocabulary.from_text("ab"), hidden=4, seed=0)
    at = run_page(PAGE, session_state(model, text))
    assert not at.exception
    assert at.warning and "encoded" in at.warning[0].value


def markdown_text(at):
    return " ".join(m.value for m in at.markdown)


def test_the_level_starts_at_the_models_level_and_follows_a_model_change():
    word_model = CharLSTM(Vocabulary.from_text(TEXT, "word"), hidden=8, seed=0)
    at = run_page(PAGE, session_state(word_model, TEXT))
    assert_clean(at)
    assert at.radio(key="enc.level").value == "word" and not at.info
    assert at.dataframe[0].value["symbol"].tolist() == [",", "hello", "there", "world"]   # words, not characters
    at.radio(key="enc.level").set_value("char").run()                  # the student's own choice: kept, and said
    assert at.radio(key="enc.level").value == "char"
    assert any("reads words" in i.value and "count characters" in i.value for i in at.info)
    at.run()
    assert at.radio(key="enc.level").value == "char"
    at.session_state["ui.session_model"] = (CharLSTM(Vocabulary.from_text(TEXT), hidden=8, seed=1), {"text": TEXT})
    at.run()                                                            # another model: its level again
    assert at.radio(key="enc.level").value == "char" and not at.info


def test_the_meaning_note_says_what_this_model_read(model):
    at = run_page(PAGE, session_state(model, TEXT))
    note = markdown_text(at)
    assert f"learnt from a text of only {len(TEXT)} characters" in note and "whole book" not in note
    books = {"alice-word": ("words that are used in similar places", "characters that play"),
             "alice-char": ("characters that play similar parts", "words that are used")}
    for stem, (said, not_said) in books.items():
        at = run_page(PAGE, {"ui.model": f"shipped:{stem}"})
        assert_clean(at)
        note = markdown_text(at)
        assert "read a whole book (144,413 characters)" in note and said in note
        assert not_said not in note and "text of only" not in note and "one sentence" not in note
        assert at.radio(key="enc.level").value == stem.split("-")[1]
        assert not any("sections 1, 2 and 4" in i.value for i in at.info)


def test_the_meaning_note_in_polish(model):
    at = run_page(PAGE, {**session_state(model, TEXT), "ui.lang": "pl"})
    assert_clean(at)
    assert f"tylko tyle znaków: {len(TEXT)}" in markdown_text(at)
