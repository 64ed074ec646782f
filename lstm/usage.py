"""How to read and sample a checkpoint of each kind: the one rule the command line, the pages and the
report follow, so none of them treats a names model as running text or a word model as characters.

    mode_of(meta)                     "text", "names", "words", "notes" or "series"
    model_text(model, meta)           a text the model can read: its stored training text, or (none stored,
                                      or one it cannot read) one built from its vocabulary, saying why
    default_prime(model, mode, text)  what generation starts from when nobody typed a prime
    sample(model, mode, prime, ...)   a Generation, sampled as that kind of model was trained
    next_probs(model, mode, text)     the next-symbol probabilities after reading a beginning the same way

The kinds: a text model (character or word level, "mode" absent or "text") reads one running text;
"words" and "notes" are word-level text models (notes: one note per word); a "names" model
(lstm.tasks.names.LineTrainer) read every line from zero state as "\\n" + name -> name + "\\n", so it is
sampled one name per line, the state reset at every newline; a "series" model reads numbers and cannot be
sampled as text (SettingError). Checkpoints say their kind in meta["mode"] (lstm.train.Trainer.mode);
one without it is a text model. Pure Python + numpy; used by lstm.__main__, ui and the pages.
"""
from typing import NamedTuple

from .sample import MAX_PRIME, SettingError, check_prime, generate_steps, warm_up
from .text import canonical, normalize
from .vocab import VocabularyError
from .messages import N_

MODES = ("text", "names", "words", "notes", "series")
PRIME_SYMBOLS = {"char": 12, "word": 3}      # a default prime: the text's first symbols
NAMES_START = "\n"                            # a names model's start and end token


class ModelText(NamedTuple):
    """A text the model can read.  stored: it is the checkpoint's training text; reason: why not (None if
    stored): "missing" (the checkpoint has no text, e.g. over 512 KB) or "unreadable" (symbols the model
    does not know, e.g. a text from an older version)."""
    text: str
    stored: bool
    reason: object = None


def mode_of(meta):
    """The kind of model a checkpoint's metadata describes (see the module docstring)."""
    if meta.get("model") == "series":
        return "series"
    mode = meta.get("mode", "text")
    return mode if mode in MODES else "text"


def readable(model, text):
    """True if every symbol of `text` is in the model's vocabulary (and it has at least one)."""
    try:
        return len(model.encode(text)) > 0
    except (VocabularyError, ValueError):
        return False


def model_text(model, meta):
    """ModelText: the stored training text (normalised as lstm.text does) when the model can read it,
    else the vocabulary written out as a text (every symbol once, in index order)."""
    stored = meta.get("text")
    if isinstance(stored, str) and stored:
        text = normalize(stored)
        if readable(model, text):
            return ModelText(text, True)
        return ModelText(vocabulary_text(model), False, "unreadable")
    return ModelText(vocabulary_text(model), False, "missing")


def vocabulary_text(model):
    """Every symbol of the vocabulary once, as a text the model reads back symbol for symbol: characters
    side by side, words decoded with their spaces. A symbol that would not survive (a "\\r", a mark that
    would compose with its neighbour, a word the tokenizer splits) is left out."""
    vocab, kept = model.vocab, []
    for k, symbol in enumerate(vocab.symbols):
        trial = vocab.decode([*kept[-1:], k])
        if canonical(trial) == trial and (vocab.level == "char" or _tokens(vocab, trial) == len(kept[-1:]) + 1):
            kept.append(k)
    text = vocab.decode(kept)
    return text if readable(model, text) else vocab.decode(kept[:1])


def _tokens(vocab, text):
    try:
        return len(vocab.encode(text))
    except VocabularyError:
        return -1


def default_prime(model, mode, text, n=None):
    """The prime generation starts from when none is given: nothing for a names model (it starts every
    name from its start token), else the first n symbols of `text` (whole words at word level; n None:
    PRIME_SYMBOLS of the level)."""
    if mode == "names":
        return ""
    return model.vocab.decode(model.encode(text)[:n or PRIME_SYMBOLS[model.vocab.level]])


def check_samplable(meta):
    """The checkpoint's mode, or SettingError for a series model (see refuse_series)."""
    mode = mode_of(meta)
    if mode == "series":
        refuse_series()
    return mode


def refuse_series():
    raise SettingError(N_("this checkpoint holds a series model (one number per step), but sampling needs a text "
                          "model: a series model predicts numbers, not symbols (open it in the app's Gates and Cell "
                          "state pages)"))


def sample(model, mode, prime, length=200, temperature=1.0, seed=0, top_k=None):
    """Generate `length` symbols after `prime` the way a model of this mode was trained -> Generation.

    names: the prime is read after the start token "\\n" (an empty prime starts a new name), and the state
    restarts from zero at every newline, in the prime and in the output, so each line is one new name.
    series: SettingError. Raises SettingError / PrimeError / VocabularyError (ValueErrors) as
    lstm.sample.generate_steps does."""
    if mode == "series":
        refuse_series()
    if mode != "names":
        return generate_steps(model, prime, length, temperature, seed, top_k)
    if len(prime) > MAX_PRIME:                         # the limit is on what the student typed,
        check_prime(prime)                             # not on the start token added below
    return generate_steps(model, _names_start(prime), length, temperature, seed, top_k, reset=NAMES_START)


def next_probs(model, mode, text):
    """(V,) probabilities of the symbol after `text` (≥ 1 symbol; names: may be empty), read from zero state
    as a model of this mode reads it (names: after the start token, the state reset at every newline)."""
    if mode == "series":
        refuse_series()
    if mode != "names" or len(text) > MAX_PRIME:        # a names model may start from nothing
        check_prime(text)
    start = _names_start(text) if mode == "names" else text
    reset = model.vocab.index.get(NAMES_START) if mode == "names" else None
    return warm_up(model, model.encode(start), reset)[0]


def _names_start(prime):
    """A names model reads every name after its start token "\\n"."""
    return prime if prime.startswith(NAMES_START) else NAMES_START + prime
