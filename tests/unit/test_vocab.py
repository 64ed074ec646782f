"""lstm.vocab: round trips in many scripts, deterministic order, clear errors, the word tokenizer."""
import numpy as np
import pytest
import unicodedata

from lstm.vocab import Vocabulary, VocabularyError, tokenize

TEXTS = ["zażółć gęślą jaźń", "我爱你，我爱你", "🙂🚀 go 🚀", "line one\nline\ttwo\n", "hello"]


@pytest.mark.parametrize("text", TEXTS)
def test_char_round_trip(text):
    vocab = Vocabulary.from_text(text)
    idx = vocab.encode(text)
    assert idx.dtype == np.int64 and idx.shape == (len(text),)
    assert vocab.decode(idx) == text
    assert set(vocab.symbols) == set(text)


def test_every_text_is_made_canonical_before_it_is_split():
    """Line ends and Unicode NFC (lstm.text.canonical): CRLF, CR and decomposed letters give one vocabulary."""
    composed, decomposed = "zażółć\n", unicodedata.normalize("NFD", "zażółć") + "\r\n"
    assert len(decomposed) > len(composed) + 1
    vocab = Vocabulary.from_text(composed)
    assert Vocabulary.from_text(decomposed) == vocab == Vocabulary.from_text("zażółć\r")
    assert vocab.encode(decomposed).tolist() == vocab.encode(composed).tolist()
    assert tokenize(unicodedata.normalize("NFD", "Źdźbło trawy"), "word") == ["źdźbło", "trawy"]   # one word


def test_symbols_are_sorted_by_code_point_and_independent_of_order():
    a = Vocabulary.from_text("źab\n\tą")
    assert a.symbols == ("\t", "\n", "a", "b", "ą", "ź")
    assert Vocabulary.from_text("ą\t\nbaź") == a          # same set, same indices
    assert a.index["ą"] == 4


def test_one_hot_rows_pick_the_index():
    vocab = Vocabulary.from_text("我爱你")
    x = vocab.one_hot(vocab.encode("你你我"))
    assert x.shape == (3, 3) and x.dtype == np.float64
    assert x.sum(axis=1).tolist() == [1, 1, 1]
    assert [vocab.symbols[k] for k in x.argmax(axis=1)] == ["你", "你", "我"]


def test_emoji_are_one_symbol_each():
    vocab = Vocabulary.from_text("🙂🚀🙂")
    assert len(vocab) == 2 and vocab.encode("🚀🙂").tolist() == [1, 0]


@pytest.mark.parametrize("text", ["", "aaaa", "\n\n\n"])
def test_empty_and_one_symbol_texts_are_refused_clearly(text):
    with pytest.raises(VocabularyError) as err:
        Vocabulary.from_text(text)
    message = str(err.value)
    assert ("empty" in message) if not text else ("only 1 distinct symbol" in message and repr(text[0]) in message)


def test_empty_word_level_text_is_refused():
    with pytest.raises(VocabularyError, match="empty"):
        Vocabulary.from_text("   \t ", level="word")


def test_unknown_symbol_is_named():
    vocab = Vocabulary.from_text("abc")
    with pytest.raises(VocabularyError, match="'ż'"):
        vocab.encode("abż")
    assert isinstance(VocabularyError("x"), ValueError)   # callers may catch ValueError


def test_unknown_level_is_refused():
    with pytest.raises(VocabularyError, match="level"):
        Vocabulary.from_text("abc", level="byte")


def test_word_tokenizer_lowercases_and_splits_punctuation():
    assert tokenize("Hello, World! Zażółć.\nNew", "word") == \
        ["hello", ",", "world", "!", "zażółć", ".", "\n", "new"]


def test_word_level_round_trip_and_decode_spacing():
    text = "the cat sat. the dog sat, too!\nthe end"
    vocab = Vocabulary.from_text(text, level="word")
    assert vocab.level == "word" and "cat" in vocab.symbols and "." in vocab.symbols
    assert vocab.decode(vocab.encode(text)) == text
    assert vocab.encode(["the", "cat"]).tolist() == [vocab.index["the"], vocab.index["cat"]]


def test_vocabulary_is_hashable_so_it_can_be_a_cache_key():
    assert hash(Vocabulary.from_text("abc")) == hash(Vocabulary(("a", "b", "c")))
