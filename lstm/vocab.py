"""Vocabulary: symbols (characters or words) <-> indices, and one-hot encodings.

Symbols are kept sorted (by code point) so the same text always gives the same indices.
Unknown symbols raise VocabularyError naming them; there is no silent <unk> token.
Word level uses the lecture's tokenizer: lower-cased words and single punctuation marks;
a newline is kept as its own token "\\n" so line structure survives.
Used by lstm.model (inputs/outputs), lstm.sample, and the Encodings page.
"""
import re
from dataclasses import dataclass

import numpy as np

from .text import canonical
from .messages import InputError, N_, N_n

WORD_RE = re.compile(r"\n|\w+|[^\w\s]")   # a newline, a word, or one punctuation mark


class VocabularyError(InputError):
    """A text that cannot be encoded: empty, too few symbols, or symbols not in the vocabulary."""


def tokenize(text, level="char"):
    """Split text into symbols: every character (level 'char') or lecture-style words ('word').

    The text is first made canonical (lstm.text.canonical: line ends -> "\\n", Unicode NFC), so a prime
    or a typed text meets the vocabulary of the text it was trained on, however it was typed."""
    text = canonical(text)
    if level == "char":
        return list(text)
    if level == "word":
        return WORD_RE.findall(text.lower())
    raise VocabularyError(N_("unknown vocabulary level {level!r}: use 'char' or 'word'"), level=level)


@dataclass(frozen=True)
class Vocabulary:
    """symbols: sorted tuple of distinct symbols; level: 'char' or 'word'.  V = len(vocab)."""
    symbols: tuple
    level: str = "char"

    @classmethod
    def from_text(cls, text, level="char", min_symbols=2):
        """The sorted set of symbols of text.  Refuses empty texts and fewer than min_symbols symbols."""
        tokens = tokenize(text, level)
        if not tokens:
            raise VocabularyError(N_("the text is empty: type or upload at least a few characters"))
        symbols = tuple(sorted(set(tokens)))
        if len(symbols) < min_symbols:
            raise VocabularyError(N_n("the text has only {n} distinct symbol ({symbols}); a model needs at least "
                                      "{min_symbols} to have anything to predict",
                                      "the text has only {n} distinct symbols ({symbols}); a model needs at least "
                                      "{min_symbols} to have anything to predict"),
                                  n=len(symbols), symbols=', '.join(map(repr, symbols)), min_symbols=min_symbols)
        return cls(symbols, level)

    def __len__(self):
        return len(self.symbols)

    @property
    def index(self):
        """symbol -> index dict (built on demand; the dataclass stays hashable)."""
        return {s: k for k, s in enumerate(self.symbols)}

    def encode(self, text_or_tokens):
        """Text (or a list of symbols) -> indices: (T,) int64.  Unknown symbols raise VocabularyError."""
        tokens = tokenize(text_or_tokens, self.level) if isinstance(text_or_tokens, str) else list(text_or_tokens)
        index = self.index
        unknown = sorted({t for t in tokens if t not in index})
        if unknown:
            shown = ", ".join(repr(u) for u in unknown[:10]) + (" …" if len(unknown) > 10 else "")
            raise VocabularyError(N_n("{n} symbol not in this model's vocabulary: {shown}",
                                      "{n} symbols not in this model's vocabulary: {shown}"), n=len(unknown), shown=shown)
        return np.array([index[t] for t in tokens], dtype=np.int64)

    def decode(self, indices):
        """Indices -> text.  Word level joins with spaces, none before punctuation or after a newline."""
        tokens = [self.symbols[int(k)] for k in indices]
        if self.level == "char":
            return "".join(tokens)
        out = ""
        for t in tokens:
            glue = "" if (not out or out.endswith("\n") or t == "\n" or not re.match(r"\w", t)) else " "
            out += glue + t
        return out

    def one_hot(self, indices, dtype=np.float64):
        """Indices (T,) or (T, B) -> one-hot (T, V) or (T, B, V) of dtype: a single 1 at column indices[t]."""
        indices = np.asarray(indices, dtype=np.int64)
        x = np.zeros((indices.size, len(self)), dtype=dtype)
        x[np.arange(indices.size), indices.reshape(-1)] = 1.0
        return x.reshape(indices.shape + (len(self),))
