"""The vocabulary of an imported model: a Keras or PyTorch file stores only numbers, not which symbol is which.

The student gives the training text and the convention their code used to number the symbols:
    sorted  the sorted set of the text's characters (`sorted(set(text))`, char-rnn and most tutorials);
    lower   the same after lower-casing the text, as the Keras text-generation tutorial does
            (`raw_text = raw_text.lower()`; `chars = sorted(list(set(raw_text)))`); the model then reads
            the lower-cased text;
    json    a JSON list of the symbols in index order, or a dict {symbol: index} (char_to_int) or
            {"index": symbol} (int_to_char); symbols longer than one character make a word-level vocabulary.
Used by lstm.import_model (and through it the app's upload and `python -m lstm import`).
"""
import json
import unicodedata
from typing import NamedTuple, Optional

from .checkpoint_meta import _text
from .imported import ModelImportError
from .model import MAX_VOCAB
from .vocab import Vocabulary, VocabularyError
from .messages import Message, N_

CONVENTIONS = {"sorted": "sorted set of the text's characters",
               "lower": "sorted set of the lower-cased text's characters (the Keras tutorial)",
               "json": "a JSON list of symbols (or a symbol → index dict)"}


class ChosenVocab(NamedTuple):
    """The vocabulary and the text the model reads with it (lower-cased for 'lower'; None if none was given).

    note: "" when the text as given makes the vocabulary, else which reading of the file made it (see fit).
    """
    vocab: Vocabulary
    text: Optional[str]
    note: str = ""


def _symbols_of(data):
    """Symbols in index order from a parsed JSON list, {symbol: index} or {"index": symbol}."""
    if isinstance(data, dict) and data and all(type(v) is int for v in data.values()):
        order = sorted(data.items(), key=lambda kv: kv[1])
        if [v for _, v in order] != list(range(len(order))):
            raise ModelImportError(N_("a JSON object of symbol → index must number the symbols 0, 1, 2, … without "
                                      "gaps"))
        return [s for s, _ in order]
    if isinstance(data, dict) and data and all(isinstance(v, str) for v in data.values()):
        if sorted(data, key=lambda k: int(k) if k.isdigit() else -1) != [str(k) for k in range(len(data))]:
            raise ModelImportError(N_("a JSON object of index → symbol must number the symbols 0, 1, 2, … without "
                                      "gaps"))
        return [data[str(k)] for k in range(len(data))]
    if isinstance(data, list):
        return data
    raise ModelImportError(N_("the vocabulary JSON must be a list of symbols or a dict symbol → index"))


def from_json(raw):
    """A Vocabulary from JSON text (bytes or str): distinct non-empty strings, in the file's order."""
    try:
        data = json.loads(raw.decode("utf-8") if isinstance(raw, (bytes, bytearray)) else raw)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as e:
        raise ModelImportError(N_("the vocabulary file is not valid JSON (UTF-8)")) from e
    symbols = _symbols_of(data)
    if not 2 <= len(symbols) <= MAX_VOCAB:
        raise ModelImportError(N_("the vocabulary lists {n_symbols} symbols; expected 2 to {max_vocab}"),
                               n_symbols=len(symbols), max_vocab=MAX_VOCAB)
    if not all(isinstance(s, str) and s and _text(s) for s in symbols):
        raise ModelImportError(N_("the vocabulary's symbols must be non-empty text strings"))
    if len(set(symbols)) != len(symbols):
        twice = next(s for s in symbols if symbols.count(s) > 1)
        raise ModelImportError(N_("the vocabulary lists the symbol {twice!r} more than once"), twice=twice)
    return Vocabulary(tuple(symbols), "char" if all(len(s) == 1 for s in symbols) else "word")


def choose(convention, text=None, vocab_json=None):
    """ChosenVocab for a convention ('sorted', 'lower' or 'json'); text: the training text (str)."""
    if convention == "json":
        if vocab_json is None:
            raise ModelImportError(N_("the 'json' convention needs a JSON file listing the symbols"))
        return ChosenVocab(from_json(vocab_json), text or None)
    if convention not in CONVENTIONS:
        raise ModelImportError(N_("unknown vocabulary convention {convention!r}: use sorted, lower or json"),
                               convention=convention)
    if not text:
        raise ModelImportError(N_("the vocabulary is built from the training text: give the text the model learned"))
    run_text = text.lower() if convention == "lower" else text
    try:
        return ChosenVocab(Vocabulary.from_text(run_text), run_text)
    except VocabularyError as e:
        raise ModelImportError(e.message) from e          # the same message, still translatable


def check_size(chosen, convention, V, text=None):
    """Refuse a vocabulary whose size is not the model's V, naming both (and a convention that would fit)."""
    n = len(chosen.vocab)
    if n == V:
        return
    hint = ""
    if text and convention in ("sorted", "lower"):
        other = "lower" if convention == "sorted" else "sorted"
        if len(set(text.lower() if other == "lower" else text)) == V:
            hint = Message(N_(" With the convention '{other}' this text gives exactly {v}."), other=other, v=V)
    raise ModelImportError(N_("the vocabulary has {n} symbols but the model predicts {v} (its output layer has {v} "
                              "units): the text or the convention is not the one the model was trained with.{hint}"),
                           n=n, v=V, hint=hint)


BOM = "\ufeff"
BOM_NOTE = N_("the model was trained on the file with its byte-order mark (U+FEFF) read as a symbol, as Python's "
              "open(…, encoding='utf-8') reads it")


def fit(convention, V, text=None, vocab_json=None):
    """ChosenVocab with V symbols for a convention, or ModelImportError naming both sizes (check_size).

    The text as given (normalised by lstm.text: no byte-order mark, accents composed, NFC) is tried first.
    A student's own script may have read the file differently: Python's open(path, encoding="utf-8") keeps
    the BOM Windows Notepad writes, as one more symbol U+FEFF; that reading is tried next and kept, saying
    so in .note (the model reads the text without it: the BOM only ever started the file). A model trained
    on accents written as separate combining marks (NFD, as some macOS tools write) is refused with the
    reason: every text this app reads is composed (lstm.vocab.tokenize), so such a model could not be fed.
    """
    chosen = choose(convention, text, vocab_json)
    if len(chosen.vocab) == V or convention == "json" or not text:
        check_size(chosen, convention, V, text)
        return chosen
    with_bom = choose(convention, BOM + text)
    if len(with_bom.vocab) == V:
        return ChosenVocab(with_bom.vocab, chosen.text, BOM_NOTE)       # the text as the convention reads it
    nfd = unicodedata.normalize("NFD", chosen.text)
    if len(set(nfd)) in (V, V - 1) and len(set(nfd)) != len(chosen.vocab):
        raise ModelImportError(N_("the model predicts {v} symbols, as many as this text has with its accents written "
                                  "as separate combining marks (Unicode NFD, as some macOS tools write them); this "
                                  "app reads every text with accents composed (NFC), so it cannot feed such a model. "
                                  "Compose the text in your script (unicodedata.normalize('NFC', text)) and train "
                                  "again."), v=V)
    check_size(chosen, convention, V, text)


def preview(vocab, n=24):
    """The first n symbols as the student would recognise them: 0:'\\n' 1:' ' 2:'!' …"""
    shown = " ".join(f"{k}:{s!r}" for k, s in enumerate(vocab.symbols[:n]))
    return shown + (f" … ({len(vocab)} in all)" if len(vocab) > n else "")
