"""lstm.import_vocab: the three conventions, the preview, and a vocabulary of the wrong size refused with both sizes."""
import json
import unicodedata

import pytest

from lstm.import_vocab import check_size, choose, fit, from_json, preview
from lstm.imported import ModelImportError

TEXT = "Alice said: 'Off with her head!'\nThe Queen"


def test_sorted_is_the_sorted_set_of_characters():
    chosen = choose("sorted", TEXT)
    assert chosen.vocab.symbols == tuple(sorted(set(TEXT))) and chosen.text == TEXT


def test_lower_lowercases_the_text_as_the_keras_tutorial_does():
    chosen = choose("lower", TEXT)
    assert chosen.vocab.symbols == tuple(sorted(set(TEXT.lower()))) and chosen.text == TEXT.lower()
    assert "A" not in chosen.vocab.symbols and len(chosen.vocab) < len(choose("sorted", TEXT).vocab)


def test_json_list_keeps_the_files_order():
    symbols = ["z", "a", "\n", " ", "é"]
    chosen = choose("json", None, json.dumps(symbols))
    assert chosen.vocab.symbols == tuple(symbols) and chosen.vocab.level == "char" and chosen.text is None


@pytest.mark.parametrize("data", [{"b": 1, "a": 0, "c": 2}, {"1": "b", "0": "a", "2": "c"}])
def test_json_dicts_char_to_int_and_int_to_char(data):
    assert from_json(json.dumps(data)).symbols == ("a", "b", "c")


def test_json_words_make_a_word_vocabulary():
    assert from_json('["the", "queen", "\\n", "!"]').level == "word"


@pytest.mark.parametrize("raw, words", [("[1, 2]", "non-empty text"), ('["a", "a"]', "'a' more than once"),
                                        ('["a"]', "1 symbols"), ("{", "not valid JSON"),
                                        ('{"a": 0, "b": 2}', "without gaps"), ('"ab"', "a list of symbols"),
                                        (b"\xff", "not valid JSON")])
def test_bad_json_vocabularies(raw, words):
    with pytest.raises(ModelImportError, match=words):
        from_json(raw)


def test_wrong_size_names_both_sizes_and_the_convention_that_would_fit():
    chosen = choose("sorted", TEXT)
    right = len(set(TEXT.lower()))
    with pytest.raises(ModelImportError) as err:
        check_size(chosen, "sorted", right, TEXT)
    message = str(err.value)
    assert f"has {len(chosen.vocab)} symbols" in message and f"predicts {right}" in message
    assert "'lower'" in message
    check_size(choose("lower", TEXT), "lower", right, TEXT)        # the right one passes


def test_missing_text_or_file_and_unknown_convention():
    for convention, text in (("sorted", ""), ("lower", None), ("json", "abc"), ("upper", "abc")):
        with pytest.raises(ModelImportError):
            choose(convention, text)


def test_preview_shows_indices_and_escapes():
    vocab = choose("sorted", TEXT).vocab
    shown = preview(vocab, 3)
    assert shown.startswith("0:'\\n' 1:' ' 2:'!'") and f"({len(vocab)} in all)" in shown
    assert preview(from_json('["a", "b"]')) == "0:'a' 1:'b'"


def test_a_vocabulary_with_the_files_byte_order_mark_is_found_and_named():
    """A script that read the file with open(…, encoding='utf-8') trained on U+FEFF too: one symbol more."""
    V = len(set(TEXT)) + 1
    with pytest.raises(ModelImportError, match=f"has {V - 1} symbols but the model predicts {V}"):
        check_size(choose("sorted", TEXT), "sorted", V, TEXT)           # the text as given does not fit
    chosen = fit("sorted", V, TEXT)
    assert chosen.vocab.symbols == tuple(sorted(set("\ufeff" + TEXT))) and "byte-order mark" in chosen.note
    assert chosen.text == TEXT                                          # the model reads the text without it
    chosen.vocab.encode(chosen.text)


def test_a_model_trained_on_decomposed_accents_is_refused_with_the_reason():
    """Every text the app reads is composed (NFC), so an NFD vocabulary could never be fed: say so."""
    text = unicodedata.normalize("NFC", "Żółć żółta.\nŻółw")
    nfd = unicodedata.normalize("NFD", text)
    assert len(set(nfd.lower())) != len(set(text.lower()))             # else the text as given would fit
    for V in (len(set(nfd.lower())), len(set(nfd.lower())) + 1):      # with and without the file's BOM
        with pytest.raises(ModelImportError, match=r"combining marks \(Unicode NFD.*unicodedata.normalize"):
            fit("lower", V, text)


def test_fit_keeps_the_text_as_given_when_it_fits_and_refuses_with_both_sizes_otherwise():
    assert fit("sorted", len(set(TEXT)), TEXT).note == ""
    with pytest.raises(ModelImportError, match=f"has {len(set(TEXT))} symbols but the model predicts 99"):
        fit("sorted", 99, TEXT)
