"""Names mode: one example per line (the classic "new dinosaur names" exercise).

invented_names() writes the shipped list from a few syllable rules (seeded, so it is rebuilt bit
for bit). LineTrainer is the Trainer with one change: an iteration trains a few whole lines, each
read from ZERO state as "\\n" + name -> name + "\\n" (the newline is both the start token and the
end token), so stop, NaN guard, history, samples and checkpoints work exactly as in text mode.
new_names() samples from "\\n" until the model writes "\\n" (or a maximum length).
Used by the Names page and the command line (--mode names).
"""
import math
import random

import numpy as np

from ..sample import generate
from ..train import WINDOW, TrainConfig, Trainer
from ..messages import InputError, N_, N_n

ONSETS = ("b", "d", "g", "k", "l", "m", "n", "r", "s", "t", "v", "z", "br", "dr", "kr", "th", "st", "gr")
VOWELS = ("a", "e", "i", "o", "u", "a", "o", "ae", "io")
CODAS = ("", "", "", "", "n", "r", "s", "l", "x")
ENDINGS = ("a", "on", "ia", "us", "el", "ar", "ix", "or", "ina")
NAMES_SEED = 8
MIN_NAMES, MAX_NAMES, MAX_NAME_CHARS = 10, 5000, 40


def invented_name(rng):
    """One to three syllables (onset + vowel + optional coda) and an ending, capitalised."""
    syllables = [rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS) for _ in range(rng.choice((1, 2, 2, 3)))]
    return ("".join(syllables) + rng.choice(ENDINGS)).capitalize()


def invented_names(n=400, seed=NAMES_SEED):
    """n distinct invented names, in the order the seeded generator first writes them."""
    rng, names = random.Random(seed), []
    seen = set()
    while len(names) < n:
        name = invented_name(rng)
        if name not in seen and len(name) <= 14:
            seen.add(name)
            names.append(name)
    return names


def names_text(names):
    """The training text: one name per line, every line (the last too) ending with a newline."""
    return "".join(name + "\n" for name in names)


def parse_names(text):
    """Names from a list (one per line; surrounding spaces and empty lines dropped).  ValueError with a
    message a student can act on when there are too few/many names or a line is too long."""
    names = [line.strip() for line in text.splitlines()]
    names = [n for n in names if n]
    if len(names) < MIN_NAMES:
        raise InputError(N_n("the list has {n} name; give at least {min_names}, one per line",
                             "the list has {n} names; give at least {min_names}, one per line"),
                         n=len(names), min_names=MIN_NAMES)
    if len(names) > MAX_NAMES:
        raise InputError(N_("the list has {n_names:,} names; the limit is {max_names:,}"),
                         n_names=len(names), max_names=MAX_NAMES)
    long = [k for k, n in enumerate(names, 1) if len(n) > MAX_NAME_CHARS]
    if long:
        raise InputError(N_("name {long} is longer than {max_name_chars} characters: is this really one name per "
                            "line?"), long=long[0], max_name_chars=MAX_NAME_CHARS)
    return names


def names_config(**changes):
    """The names mode's defaults: a small model, Adam, windows = lines, a fixed update budget."""
    base = dict(preset="custom", hidden=32, seq_len=64, lr=0.01, optimizer="adam", clip=0.0, clip_norm=5.0,
                forget_bias=1.0, criterion="seed-ema", target=0.1, max_iters=600, eval_every=100, sample_every=100)
    return TrainConfig(**{**base, **changes})


class LineTrainer(Trainer):
    """Trainer over lines: each iteration sums the loss of `lines_per_step` lines, each from zero state.
    Losses are per 25-symbol window like the Trainer's (mean cross-entropy per symbol × 25)."""
    mode = "names"    # its checkpoints are sampled one name per line (lstm.usage)

    def __init__(self, names, config=None, lines_per_step=8):
        names = parse_names("\n".join(names)) if not isinstance(names, str) else parse_names(names)
        super().__init__(names_text(names), config or names_config())
        self.names = names
        nl = self.vocab.index["\n"]
        self.lines = [np.concatenate([[nl], self.vocab.encode(name), [nl]]) for name in names]
        self.lines_per_step = lines_per_step
        self._order = np.random.default_rng(self.config.seed).permutation(len(self.lines))
        self._next = 0

    def _batch(self):
        """The next lines in a seeded shuffled order (reshuffled after every pass)."""
        out = []
        for _ in range(min(self.lines_per_step, len(self.lines))):
            if self._next == len(self._order):
                self._order = np.random.default_rng([self.config.seed, self.iteration]).permutation(len(self.lines))
                self._next = 0
            out.append(self.lines[self._order[self._next]])
            self._next += 1
        return out

    def _iteration(self):
        """The Trainer's iteration with line windows from zero state (no state is carried)."""
        cfg, model = self.config, self.model
        loss_sum, count, grad = 0.0, 0, np.zeros_like(model.theta)
        with np.errstate(all="ignore"):
            for line in self._batch():
                lg = model.loss_and_grads(line[:-1], line[1:], fused_path=cfg.fused)
                loss_sum, count = loss_sum + lg.loss, count + len(line) - 1
                grad += lg.grad
        loss = loss_sum / count * WINDOW
        grad *= WINDOW / count                                      # the gradient of the reported loss
        grad_norm = math.sqrt(float(np.dot(grad, grad)))
        if not (math.isfinite(loss) and math.isfinite(grad_norm) and loss < self._diverged):
            return self._nan(loss, grad_norm)
        self.smooth_loss = 0.999 * self.smooth_loss + 0.001 * loss
        exact = self.exact_loss_per_window() if self.iteration % cfg.eval_every == 0 else math.nan
        self._record(loss, exact, grad_norm)
        if self._criterion_met(exact):
            return self._finish("reached")
        np.copyto(self._last_good, model.theta)
        if cfg.clip:
            np.clip(grad, -cfg.clip, cfg.clip, out=grad)
        if cfg.clip_norm:
            scale = min(1.0, cfg.clip_norm / grad_norm) if grad_norm else 1.0
            grad *= scale
        self.optimizer.step(model.theta, grad)
        self.iteration += 1
        self._version += 1

    def _whole_text_loss(self):
        """Every line from zero state: mean cross-entropy per symbol × 25."""
        total = sum(float(np.sum(self.model.forward(line[:-1], line[1:])[0].loss)) for line in self.lines)
        return total / sum(len(line) - 1 for line in self.lines) * WINDOW

    def _sample(self, iteration):
        """A few names at temperature 1 (seeded by the run's seed and the iteration), one per line."""
        return "".join(new_names(self.model, 3, seed=[self.config.seed, iteration])[0])


def new_names(model, n=20, temperature=1.0, seed=0, max_len=MAX_NAME_CHARS):
    """n names sampled from the start token '\\n' until '\\n'.  Returns (texts, ended): each text ends with
    '\\n' when the model ended the name itself; ended[k] says so (False = cut at max_len)."""
    texts, ended = [], []
    for k in range(n):
        out = generate(model, "\n", length=max_len + 1, temperature=temperature, seed=[*np.atleast_1d(seed), k],
                       stop="\n")
        text = model.vocab.decode(out)
        texts.append(text)
        ended.append(text.endswith("\n"))
    return texts, ended


def novelty(generated, training):
    """[(name, 'new' | 'copy')] for generated names (newline stripped) and the fraction that are new."""
    known = set(training)
    rows = [(g.rstrip("\n"), "copy" if g.rstrip("\n") in known else "new") for g in generated]
    named = [r for r in rows if r[0]]
    return rows, (sum(r[1] == "new" for r in named) / len(named) if named else 0.0)
