"""Trainer: the training loop, its two stopping rules, stop flag, NaN guard, history and snapshots.

One loop serves both presets: windows of seq_len symbols with the state carried between them
(truncated BPTT); a window as long as the text is whole-text BPTT. Unlike the classic course loop
(which restarts when pointer + 25 >= len(text) and never trains the last characters), every
target is trained: the last window of a pass is shorter, and the state resets at the text start.
Losses are in 25-symbol windows: the window's summed cross-entropy × 25 / seq_len (exactly the
course's sum when seq_len = 25; the whole-text loss is the mean per symbol × 25). Used by the command line (lstm.__main__), the Training page and the asset builder.
"""
import dataclasses
import math
import time
from typing import NamedTuple

import numpy as np

from . import checkpoint, optim
from .model import create
from .sample import generate, recite
from .text import MAX_TEXT_CHARS, read_text  # noqa: F401 (MAX_TEXT_CHARS: its old home, still imported)
from .train_config import MAX_ITERS, PRESETS, TrainConfig, _number, _whole
from .vocab import Vocabulary, VocabularyError
from .messages import InputError, Message, N_, N_n

__all__ = ["DEFAULT_TEXT", "PRESETS", "Progress", "TrainConfig", "Trainer", "check_text", "downsample"]

DEFAULT_TEXT = ('As machines become increasingly capable, tasks considered to require "intelligence" are '
                'often removed from the definition of AI, a phenomenon known as the AI effect')
WINDOW = 25                  # losses are reported per 25-symbol window, as in the course
MAX_SNAPSHOTS = 20           # parameter copies kept for the training time-lapse
MAX_RECITE = 10_000          # symbols a summary recites (a whole 1 MB text takes a minute, symbol by symbol)
MAX_SAMPLES = 64             # samples kept (thinned like the snapshots when full)
DIVERGED = 1000             # loss > 1000 × uniform guessing (≈ 3,000 nats/char): diverged, like NaN
EVAL_CHUNK = 2048            # the exact loss runs the text in chunks of this many steps (bounded memory)
MAX_TEXT_IN_CHECKPOINT = 512 * 1024   # UTF-8 bytes; a longer text is left out of the checkpoint metadata
HISTORY_COLUMNS = ("iteration", "loss", "smooth_loss", "exact_loss", "grad_norm", "seconds")


class Progress(NamedTuple):
    """What the callback gets after every iteration (losses per 25-symbol window)."""
    iteration: int        # parameter updates done so far
    loss: float           # this iteration's window loss (before its update)
    smooth_loss: float    # 0.999·smooth + 0.001·loss
    exact_loss: float     # whole-text loss when evaluated this iteration, else NaN
    grad_norm: float      # ‖∂loss/∂θ‖₂ before clipping
    seconds: float        # training time so far
    sample: object        # a sample text when one was drawn this iteration, else None


class Thinned:
    """Keeps at most `cap` items spread over a run: every k-th; when full, every other is dropped, k doubles."""

    def __init__(self, cap, every):
        self.cap, self.every, self.items = cap, max(every, 1), []

    def due(self, iteration):
        return iteration % self.every == 0

    def add(self, iteration, item):
        self.items.append((iteration,) + item)
        if len(self.items) >= self.cap:
            self.every *= 2
            self.items = [it for it in self.items if it[0] % self.every == 0]


def check_text(text):
    """The training text as lstm.text.read_text makes it (a str: BOM, line ends, NFC; at most
    MAX_TEXT_CHARS characters), or a clear ValueError."""
    if not isinstance(text, str):
        raise InputError(N_("the training text must be a string, got {type_name}"), type_name=type(text).__name__)
    return read_text(text)


def keep_row(trainer, row):
    """A history row of trainer (Trainer, BookTrainer), and a snapshot of θ / a sample when due (all of the
    current, pre-update θ)."""
    it = trainer.iteration
    trainer._last_row = row
    trainer._rows.append(row)
    if trainer._snapshots.due(it):
        trainer._snapshots.add(it, (trainer.smooth_loss, trainer.model.theta.copy()))
    if trainer._samples is not None and trainer._samples.due(it):
        trainer._samples.add(it, (trainer._sample(it),))


class Trainer:
    """Trains trainer.model (in place) on one text; call step(n) or run(max_seconds) again and again.

    Row k of the history describes the parameters after k updates: their window loss, and their
    whole-text loss when evaluated. When the criterion is met, training stops BEFORE updating, so the
    reported losses are those of the final parameters.
    """
    mode = "text"     # the kind of model its checkpoints hold (lstm.usage): "text", "names", "words", "notes"

    def __init__(self, text, config=None, model=None, source=None):
        """model: fine-tune a copy of this model (its vocabulary and architecture; the config's model fields
        are then unused), e.g. one imported from Keras; source: where it came from, kept in checkpoints."""
        self.config = cfg = TrainConfig() if config is None else config
        if not isinstance(cfg, TrainConfig):
            raise TypeError("config must be a TrainConfig, e.g. TrainConfig.from_preset('fast')")
        self.text = text = check_text(text)                         # the text every consumer reads (lstm.text)
        # the sorted set of the text's symbols (refuses empty / one-symbol texts), or the given model's
        self.vocab = Vocabulary.from_text(text, cfg.level) if model is None else model.vocab
        self.indices = self.vocab.encode(text)
        if len(self.indices) < 2:
            raise VocabularyError(N_("the text needs at least 2 symbols: one to read and one to predict"))
        self.model = create(self.vocab, cfg.model_config()) if model is None else model.copy()
        self.base, self.source = model, source                          # what Reset starts from again
        self.optimizer = optim.make(cfg.optimizer, self.model.theta.size, cfg.lr, self.model.dtype)
        self._dropout = {"rng": np.random.default_rng([cfg.seed, 1])} if cfg.dropout else {}   # masks' seed
        self.seq_len = min(cfg.seq_len, len(self.indices) - 1)      # a window longer than the text = the text
        passes = math.ceil((len(self.indices) - 1) / self.seq_len)   # windows per pass over the text
        self.eval_every = cfg.eval_every if passes == 1 else max(cfg.eval_every, passes)   # whole-text
        # evaluations cost a pass's forward: at most one per pass (free with whole-text BPTT)
        self.iteration, self.seconds = 0, 0.0
        self.done, self.reached, self.stop_reason = False, False, None
        self.smooth_loss = -math.log(1.0 / len(self.vocab)) * WINDOW  # the course's starting value
        self._pos, self._h, self._c = 0, None, None                  # next window start, carried state
        self._stop_requested = False
        self._diverged = DIVERGED * self.smooth_loss                # a loss above this is treated as NaN
        self._last_good = self.model.theta.copy()                   # θ of the last finite loss and gradient
        self._version, self._cache = 0, {}                          # θ version -> exact loss / recitation
        self._rows, self._table = [], np.zeros((0, len(HISTORY_COLUMNS)))
        self._last_row = (0, math.nan, self.smooth_loss, math.nan, math.nan, 0.0)
        self._snapshots = Thinned(MAX_SNAPSHOTS - 1, 1)              # + the current θ = at most 20
        self._samples = Thinned(MAX_SAMPLES, cfg.sample_every) if cfg.sample_every else None

    # driving -----------------------------------------------------------------------------------
    def step(self, n=1, callback=None):
        """Exactly n iterations (fewer only if training ends: criterion, stop, max_iters or NaN)."""
        _whole(n, "number of steps", 0, MAX_ITERS)
        for _ in range(n):
            if not self._iterate(callback):
                break

    def run(self, max_seconds=0.25, callback=None):
        """Train until done or max_seconds of wall time have passed (one Streamlit slice)."""
        _number(max_seconds, "max_seconds", allow_low=True)
        start = time.perf_counter()
        while self._iterate(callback) and time.perf_counter() - start < max_seconds:
            pass

    def stop(self):
        """Ask training to stop at the next check; the parameters trained so far are kept."""
        self._stop_requested = True

    def _iterate(self, callback):
        """One iteration if training is not over (timed into self.seconds); returns whether it may go on."""
        if self.done:
            return False
        t0 = time.perf_counter()
        if self._stop_requested:
            self._finish(N_("stopped"))
        else:
            self._iteration()
            if self.iteration >= self.config.max_iters and not self.done:
                self._finish(N_("max_iters"))
        self.seconds += time.perf_counter() - t0
        if callback is not None:
            callback(self.progress())
        return not self.done

    def _iteration(self):
        """Loss and gradient of the next window; record; check the criterion; else update θ."""
        cfg, model, idx = self.config, self.model, self.indices
        n = len(idx) - 1                                            # symbols to predict
        start = self._pos
        end = min(start + self.seq_len, n)                          # the last window may be shorter
        with np.errstate(all="ignore"):                             # overflow is detected below, not warned
            lg = model.loss_and_grads(idx[start:end], idx[start + 1:end + 1], self._h, self._c, cfg.fused,
                                      **self._dropout)
        loss = lg.loss * (WINDOW / self.seq_len)                     # in 25-symbol windows: the course's
                                                                    # sum for seq_len 25 (a short last window
                                                                    # adds its partial sum, as it covers less)
        grad_norm = math.sqrt(float(np.dot(lg.grad, lg.grad)))
        if not (math.isfinite(loss) and math.isfinite(grad_norm) and loss < self._diverged):
            return self._nan(loss, grad_norm)
        self.smooth_loss = 0.999 * self.smooth_loss + 0.001 * loss
        exact = math.nan
        if end - start == n:                                        # whole-text window: this IS the exact loss
            exact = self._cached("exact", lambda: loss)
        elif self.iteration % self.eval_every == 0:
            exact = self.exact_loss_per_window()
        self._record(loss, exact, grad_norm)
        if self._criterion_met(exact):
            return self._finish(N_("reached"))
        np.copyto(self._last_good, model.theta)
        if cfg.clip:
            optim.clip_by_value(lg.grad, cfg.clip)
        if cfg.clip_norm:
            optim.clip_by_global_norm(lg.grad, cfg.clip_norm)
        self.optimizer.step(model.theta, lg.grad)
        self.iteration += 1
        self._version += 1
        self._h, self._c = lg.state                                 # carry the state to the next window
        self._pos = end if end < n else 0
        if self._pos == 0:                                          # a new pass starts from zero state
            self._h = self._c = None

    def _criterion_met(self, exact):
        if self.config.criterion == "seed-ema":
            return self.smooth_loss < self.config.target
        return exact < self.config.target and self.recitation().exact

    def _record(self, loss, exact, grad_norm):
        keep_row(self, (self.iteration, loss, self.smooth_loss, exact, grad_norm, self.seconds))

    def _sample(self, iteration):
        """A sample from the first symbol at temperature 1 (seeded by the run's seed and the iteration)."""
        cfg = self.config
        out = generate(self.model, self.indices[:1], cfg.sample_length, 1.0, seed=[cfg.seed, iteration])
        return self.vocab.decode(np.concatenate([self.indices[:1], out]))

    def _nan(self, loss, grad_norm):
        """Non-finite loss or gradient: restore the last parameters whose loss and gradient were finite."""
        if not math.isfinite(loss):
            what = Message(N_("the loss became {value}"), value=loss)
        elif not math.isfinite(grad_norm):
            what = Message(N_("the gradient became {value}"), value=grad_norm)
        else:
            what = Message(N_("the loss diverged to {loss:.3g} per 25-symbol window (over {factor:g}× the "
                              "{uniform:.3g} of uniform guessing)"),
                           loss=loss, factor=DIVERGED, uniform=self._diverged / DIVERGED)
        self._restore()
        restored = Message(N_n("after {n} update", "after {n} updates"), n=self.iteration)
        self._finish(Message(N_n("nan: {what} after {n} update; the learning rate ({lr:g}) is probably too high "
                                 "({advice}); the parameters are restored to those {restored}, the last with a "
                                 "finite loss",
                                 "nan: {what} after {n} updates; the learning rate ({lr:g}) is probably too high "
                                 "({advice}); the parameters are restored to those {restored}, the last with a "
                                 "finite loss"),
                             what=what, n=self.iteration + 1, lr=self.config.lr, advice=self._advice(),
                             restored=restored))

    def _advice(self):
        """What to change after a divergence: clipping is advised only when it is off."""
        cfg = self.config
        if cfg.clip and cfg.clip_norm:
            clipping = Message(N_("each gradient clipped to ±{clip:g} and the gradient norm clipped to {clip_norm:g}"),
                               clip=cfg.clip, clip_norm=cfg.clip_norm)
        elif cfg.clip:
            clipping = Message(N_("each gradient clipped to ±{clip:g}"), clip=cfg.clip)
        elif cfg.clip_norm:
            clipping = Message(N_("the gradient norm clipped to {clip_norm:g}"), clip_norm=cfg.clip_norm)
        else:
            return Message(N_("lower it or turn clipping on"))
        return Message(N_("lower it; clipping is already on: {clipping}"), clipping=clipping)

    def _restore(self):
        """θ back to the last parameters with a finite loss and gradient (one update earlier)."""
        np.copyto(self.model.theta, self._last_good)
        self.iteration, self._version = max(self.iteration - 1, 0), self._version + 1

    def _finish(self, reason):
        if reason != "reached" and not np.isfinite(self.model.theta).all():   # a last update overflowed
            self._restore()
            reason = Message(N_("nan: the last update made some parameters infinite; the previous ones were restored"))
        self.done, self.reached, self.stop_reason = True, reason == "reached", reason

    def progress(self):
        it, loss, smooth, exact, grad_norm, _ = self._last_row
        last = self._samples.items[-1] if self._samples and self._samples.items else (None, None)
        sample = last[1] if last[0] == it else None
        return Progress(self.iteration, loss, smooth, exact, grad_norm, self.seconds, sample)

    # evaluation -------------------------------------------------------------------------------
    def exact_loss_per_window(self):
        """The exact criterion's loss: whole text from zero state, mean cross-entropy per symbol × 25."""
        return self._cached("exact", self._whole_text_loss)

    def _whole_text_loss(self):
        idx, n = self.indices, len(self.indices) - 1
        total, h, c = 0.0, None, None
        for s in range(0, n, EVAL_CHUNK):                           # chunks carry the state: same numbers,
            e = min(s + EVAL_CHUNK, n)                              # bounded memory on long texts
            trace, _ = self.model.forward(idx[s:e], idx[s + 1:e + 1], h, c)
            total += float(np.sum(trace.loss))
            h, c = trace.final_state()
        return total / n * WINDOW

    def recitation(self):
        """Greedy recitation of the text from its first symbol by the current parameters (cached)."""
        return self._cached("recitation", lambda: recite(self.model, self.indices))

    def recitation_head(self, n=MAX_RECITE):
        """Greedy recitation of the first n + 1 symbols only (the whole text when shorter), cached."""
        if len(self.indices) <= n + 1:
            return self.recitation()
        return self._cached(f"head{n}", lambda: recite(self.model, self.indices[:n + 1]))

    def _cached(self, name, compute):
        """compute() once per version of θ (exact loss and recitation are asked for repeatedly)."""
        if self._cache.get("version") != self._version:
            self._cache = {"version": self._version}
        if name not in self._cache:
            self._cache[name] = compute()
        return self._cache[name]

    # records for plots, the time-lapse and checkpoints -------------------------------------------
    @property
    def history(self):
        """Per iteration: iteration, loss, smooth_loss, exact_loss (NaN where not evaluated), grad_norm, seconds."""
        if self._rows:                                              # convert new rows only
            self._table = np.vstack([self._table, np.array(self._rows, dtype=np.float64)])
            self._rows = []
        columns = dict(zip(HISTORY_COLUMNS, self._table.T.copy()))
        columns["iteration"] = columns["iteration"].astype(np.int64)
        return columns

    @property
    def samples(self):
        """[(iteration, sample text)], at most MAX_SAMPLES spread over the run."""
        return [(it, text) for it, text in self._samples.items] if self._samples else []

    @property
    def snapshots(self):
        """[(iteration, smooth_loss, θ copy)]: at most 20 spread over the run, from 0 to the current θ."""
        snaps = [(it, smooth, theta) for it, smooth, theta in self._snapshots.items]
        if not snaps or snaps[-1][0] != self.iteration or not np.array_equal(snaps[-1][2], self.model.theta):
            snaps.append((self.iteration, self.smooth_loss, self.model.theta.copy()))
        return snaps

    def summary(self):
        """JSON-ready results: what the CLI prints and checkpoints keep (losses per 25-symbol window)."""
        cfg = self.config            # the whole text's recitation if the criterion made it, else the head's
        rec = self.recitation() if self.reached else self.recitation_head()
        return {"iterations": self.iteration, "seconds": round(self.seconds, 4), "criterion": cfg.criterion,
                "target": cfg.target, "reached": self.reached, "stop_reason": self.stop_reason,
                "smooth_loss": self.smooth_loss, "exact_loss_per_window": self.exact_loss_per_window(),
                "recitation_correct": rec.n_correct, "recitation_total": rec.total,
                "recitation_exact": rec.exact, "preset": cfg.preset, "kind": self.model.kind, "hidden": self.model.H,
                "seq_len": self.seq_len, "optimizer": cfg.optimizer, "lr": cfg.lr, "seed": cfg.seed,
                "symbols": len(self.indices), "vocab_size": len(self.vocab),
                "parameters": int(self.model.theta.size)}

    def checkpoint_metadata(self, max_points=500):
        """Metadata for lstm.checkpoint.save: text, config, summary and a ≤ max_points history."""
        text_ok = len(self.text.encode("utf-8")) <= MAX_TEXT_IN_CHECKPOINT
        meta = {"mode": self.mode, "text": self.text if text_ok else None, "text_chars": len(self.text),
                "train_config": dataclasses.asdict(self.config), "summary": self.summary(),
                "history": downsample(self.history, max_points)}
        return meta if self.source is None else {**meta, "source": self.source}

    def save(self, file):
        """Write the model and checkpoint_metadata() with lstm.checkpoint.save (path or binary file)."""
        checkpoint.save(self.model, file, **self.checkpoint_metadata())


def downsample(history, max_points=500, evaluated="exact_loss"):
    """≤ max_points rows of a history: evenly spread, plus the rows where the `evaluated` column (the
    exact or validation loss) is not NaN (thinned the same way), the first and the last.  NaN becomes
    None so the result is JSON."""
    n = len(history["iteration"])
    if n == 0:
        return {k: [] for k in history}
    evaluated = np.flatnonzero(np.isfinite(history[evaluated]))
    spread = lambda rows, k: rows[np.unique(np.linspace(0, len(rows) - 1, k).round().astype(int))] if len(rows) else rows
    rows = np.union1d(spread(np.arange(n), max_points // 2), spread(evaluated, max_points // 2 - 1))
    rows = np.union1d(rows, [n - 1])
    return {k: [None if isinstance(v, float) and math.isnan(v) else v for v in history[k][rows].tolist()]
            for k in history}
