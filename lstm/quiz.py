"""Check yourself: questions generated from a model's Trace on a text, each answer read from the run.

    questions = make_quiz(model.params, model.run(text), model.vocab.symbols, seed=0)   # about 10 Questions

A Question holds English format strings (prompt, options, explanation) and the numbers that fill them, so the
app can translate the words and keep the numbers; every explanation cites the equation it rests on. The
templates (lstm.quiz_templates) pick their step and unit with the seeded generator, so another model, text or
seed gives other numbers. Used by the Check yourself page (ui/quiz.py); numpy only.
"""
from dataclasses import dataclass, field

import numpy as np

from .messages import N_  # noqa: F401 (quiz_templates imports it from here)
from .symbols import quoted, visible_text

N_QUESTIONS = 10
CONTEXT = 12            # symbols of text shown before a step ("after reading '…require'")
ATTEMPTS = 40           # candidate (step, unit) cells a template tries before giving up


@dataclass(frozen=True)
class Question:
    template: str                 # which template made it (lstm.quiz_templates.TEMPLATES key)
    prompt: str                   # English, str.format(**params)
    options: tuple                # option labels: English format strings, or literal text (literal_options)
    answer: int                   # index of the right option
    explanation: str              # English, str.format(**params); cites the equation
    params: dict = field(default_factory=dict)
    translated: tuple = ()        # params whose values are English words (the app translates them)
    literal_options: bool = False  # options are symbols / text from the model, never translated


class Ctx:
    """What every template reads: the layer's parameters, its Trace, the vocabulary's symbols (V,), the symbol
    separator ("" for characters, " " for words) and the seeded generator."""

    def __init__(self, params, trace, symbols, rng, word_level=False, symbol_input=True):
        self.params, self.trace, self.symbols, self.rng = params, trace, list(symbols), rng
        self.sep = " " if word_level else ""
        self.symbol_input = symbol_input      # the layer reads the symbols (layer 1), not the h of a layer below

    def shown(self, token):
        """A symbol as the student reads it: every invisible character labelled (lstm.symbols), quoted."""
        return quoted(token)

    def context(self, t):
        """The text read up to and including step t, at most CONTEXT symbols, quoted (e.g. '…requi'); on one
        line, invisible characters labelled as lstm.symbols labels them (spaces kept)."""
        start = max(0, t + 1 - CONTEXT)
        body = self.sep.join(visible_text(tok, one_line=True) for tok in self.trace.tokens[start:t + 1])
        return "'" + ("…" if start else "") + body + "'"

    @property
    def c_prev(self):
        """(T, H) C_prev of every step: c0, then C shifted by one step."""
        return np.vstack([self.trace.c0[None], self.trace.c[:-1]])

    def best_cells(self, score, strict, limit=ATTEMPTS):
        """Cells where `strict` holds (random order), else the `limit` cells with the highest score."""
        cells = self.pick(strict, limit)
        if cells:
            return cells
        flat = np.argsort(-score, axis=None, kind="stable")[:limit]
        return [tuple(int(k) for k in np.unravel_index(j, score.shape)) for j in flat]

    def pick(self, mask, limit=None):
        """Cells (t, u) of a (T, H) boolean mask in a seeded random order (at most `limit`)."""
        cells = np.argwhere(np.asarray(mask))
        order = self.rng.permutation(len(cells))[:limit]
        return [tuple(int(k) for k in cells[j]) for j in order]


def operand(v):
    """A number as an operand (2 decimals, negatives in brackets): 0.50·(-0.76)."""
    shown = f"{v:.2f}"
    return f"({shown})" if shown.startswith("-") else shown


def numeric_options(values, truth, rng, margin=0.03):
    """Labels (2 decimals, shuffled) of candidate values and the index of the one nearest `truth`, or None
    when two labels coincide or the nearest is not clearly nearest (within `margin` of another)."""
    values = [float(v) for v in values]
    labels = [f"{v:.2f}" for v in values]
    if len(set(labels)) < len(labels) or min(abs(a - b) for j, a in enumerate(values) for b in values[j + 1:]) < margin:
        return None
    distance = np.abs(np.array(values) - truth)
    if np.sort(distance)[1] - distance.min() < margin:
        return None
    order = rng.permutation(len(values))
    labels = tuple(labels[j] for j in order)
    return labels, int(np.flatnonzero(order == int(np.argmin(distance)))[0])


def make_quiz(params, trace, symbols, seed=0, n=N_QUESTIONS, word_level=False, symbol_input=True):
    """Up to n Questions about `trace` (a model's run on a text; params: that layer's parameters; symbols:
    the vocabulary, index -> symbol; word_level: the symbols are words, joined by spaces when shown;
    symbol_input: the layer reads the symbols, False for an upper layer of a stacked model).

    Every applicable misconception template is asked (f≈1 means keep, h vs C, i vs f, temperature), the
    rest are drawn at random; the order follows lstm.quiz_templates.TEMPLATES. Same inputs, same quiz."""
    from .quiz_templates import MISCONCEPTIONS, TEMPLATES
    rng = np.random.default_rng(seed)
    ctx = Ctx(params, trace, symbols, rng, word_level, symbol_input)
    made = {}
    for name, template in TEMPLATES.items():
        question = template(ctx)
        if question is not None:
            made[name] = question
    must = [k for k in made if k in MISCONCEPTIONS][:n]
    others = [k for k in made if k not in MISCONCEPTIONS]
    chosen = set(must) | set(rng.permutation(others)[:max(0, n - len(must))].tolist())
    return [q for k, q in made.items() if k in chosen]


def score(questions, answers):
    """(right, answered) for answers {question index: chosen option index}."""
    right = sum(1 for k, chosen in answers.items() if 0 <= k < len(questions) and questions[k].answer == chosen)
    return right, len(answers)
