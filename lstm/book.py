"""BookTrainer: a whole book in minutes — B streams, truncated BPTT, Adam, dropout, validation split.

For TrainConfig.from_preset("book") and any config with criterion "validation". It has the driving interface
of lstm.train.Trainer (step(n), run(max_seconds), stop(), done, reached, stop_reason, iteration, seconds,
progress(), history, samples, snapshots, summary(), checkpoint_metadata(), save()) plus `validation`.
Each iteration trains window k of B contiguous streams of the text's first part (lstm.streams), with the
state carried between windows, dropout, gradient-norm clipping and Adam; the learning rate is multiplied
by lr_decay after every epoch. Every eval_every iterations the held-out last val_fraction is scored;
training keeps the weights with the best validation loss, and whenever it ends (max_iters, the time
limit, the target, stop(), a NaN) the model holds those weights. Losses are in nats per symbol (bits =
nats / ln 2), not the teaching trainer's 25-symbol windows. Used by the command line, the asset builder,
the benchmark and the Training page.
"""
import dataclasses
import math
import statistics
import time
from typing import NamedTuple

import numpy as np

from . import checkpoint, fused, optim, streams
from .checkpoint_meta import CheckpointError
from .messages import N_
from .model import create
from .sample import SettingError
from .train import (MAX_SAMPLES, MAX_SNAPSHOTS, MAX_TEXT_IN_CHECKPOINT, Thinned, Trainer, check_text, downsample,
                    keep_row)
from .train_config import PRESETS, TrainConfig
from .vocab import Vocabulary

HISTORY_COLUMNS = ("iteration", "loss", "smooth_loss", "val_loss", "grad_norm", "lr", "seconds")
SMOOTHING = 0.98          # smooth_loss = 0.98·smooth + 0.02·loss: about the last 50 windows
FINGERPRINT = 10          # checkpoints keep the first 10 windows' losses: a rerun of the recipe must match


class BookProgress(NamedTuple):
    """What the callback gets after every iteration (losses in nats per symbol)."""
    iteration: int         # parameter updates done so far (counting those before a resume)
    epoch: float           # passes over the training part so far
    loss: float            # the last training window's loss (with dropout)
    smooth_loss: float     # its moving average (SMOOTHING)
    val_loss: float        # validation loss when evaluated this iteration, else NaN
    best_val_loss: float   # the best validation loss so far: the weights training keeps
    grad_norm: float       # ‖∂loss/∂θ‖₂ before clipping
    lr: float              # the learning rate of the last update
    seconds: float         # training time so far (this run)
    eta_seconds: float     # until max_iters or the time limit at the pace so far; NaN when unknown
    sample: object         # a sample text drawn this iteration, else None


class BookTrainer:
    """Trains trainer.model (in place) on a book; call step(n) or run(max_seconds) again and again."""

    def __init__(self, text, config=None, model=None, resumed=None):
        """text: the whole text (its last val_fraction is held out); config: a TrainConfig whose criterion
        is "validation" (default: the book preset); model, resumed: a checkpoint's model and summary to
        go on training (see resume())."""
        self.config = cfg = PRESETS["book"] if config is None else config
        if not isinstance(cfg, TrainConfig) or cfg.criterion != "validation":
            raise SettingError(N_("BookTrainer needs a TrainConfig with criterion 'validation', e.g. "
                                  "TrainConfig.from_preset('book'); lstm.train.Trainer trains the others"))
        self.text = check_text(text)
        self.vocab = model.vocab if model is not None else Vocabulary.from_text(self.text, cfg.level)
        self.indices = self.vocab.encode(self.text)                   # unknown symbols: VocabularyError
        self.split = streams.split(len(self.indices), cfg.val_fraction)
        self.streams = streams.Streams(self.indices, self.split.start, cfg.batch, cfg.seq_len)
        self.model = self._model(model)
        self.optimizer = optim.make(cfg.optimizer, self.model.theta.size, cfg.lr, self.model.dtype)
        self._rng, self._ws = np.random.default_rng([cfg.seed, 1]), fused.Workspace()   # dropout masks
        resumed = resumed or {}
        self.start_iteration = self.iteration = int(resumed.get("iterations", 0))
        self._epoch = math.ceil(float(resumed.get("epochs", 0.0)))   # a resumed run starts a new epoch
        self._window, self._state = 0, (None, None)
        self.seconds, self.done, self.reached, self.stop_reason = 0.0, False, False, None
        self.smooth_loss = math.log(len(self.vocab))              # uniform guessing, nats per symbol
        self.best_val, self.best_iteration, self._best_theta = math.inf, None, None
        self._stop_requested, self._version, self._cache = False, 0, {}
        self._rows, self._val_rows, self._times, self._cpu = [], [], [], []
        self._last_row = (self.iteration, math.nan, self.smooth_loss, math.nan, math.nan, self.lr, 0.0)
        self._snapshots = Thinned(MAX_SNAPSHOTS - 1, 1)
        self._samples = Thinned(MAX_SAMPLES, cfg.sample_every) if cfg.sample_every else None

    def _model(self, model):
        """A new model for the config, or the resumed one (its architecture must be the config's)."""
        wanted = self.config.model_config()
        if model is None:
            return create(self.vocab, wanted)
        mine = dataclasses.replace(model.config, seed=wanted.seed, dropout=wanted.dropout)
        differ = [f.name for f in dataclasses.fields(wanted) if getattr(mine, f.name) != getattr(wanted, f.name)]
        if differ:
            raise SettingError(N_("a resumed run keeps the checkpoint's model; these settings differ from it: "
                                  "{names}"), names=", ".join(differ))
        return create(self.vocab, mine, model.theta)           # dropout may change, the weights do not

    @classmethod
    def resume(cls, file, text=None, **changes):
        """Go on training a checkpoint saved by a BookTrainer: its weights, settings (changed by `changes`,
        e.g. minutes=5) and iteration count; text defaults to the one the checkpoint holds. Adam's moment
        estimates are not saved (they would triple the file), so they start again from zero."""
        model, meta = checkpoint.load_with_metadata(file, expect_kind="lstm", expect_model="symbol")
        fields, summary = meta.get("train_config"), meta.get("summary")
        if not isinstance(fields, dict) or not isinstance(summary, dict):
            raise CheckpointError(N_("this checkpoint has no training settings to resume from"))
        try:
            config = dataclasses.replace(TrainConfig(**fields), **changes)
        except TypeError as e:
            raise CheckpointError(N_("this checkpoint's training settings are not readable here ({reason})"),
                                  reason=str(e)) from None
        text = meta.get("text") if text is None else text
        if not isinstance(text, str):
            raise CheckpointError(N_("the checkpoint does not hold its training text: give the text to go on with"))
        return cls(text, config, model=model, resumed=summary)

    # driving (as lstm.train.Trainer) -----------------------------------------------------------
    step, run, stop = Trainer.step, Trainer.run, Trainer.stop

    @property
    def lr(self):
        """The learning rate of this epoch: lr · lr_decay^epoch."""
        return self.config.lr * self.config.lr_decay ** self._epoch

    @property
    def epochs(self):
        """Passes over the training part so far (fractional)."""
        return self._epoch + self._window / self.streams.windows

    def _iterate(self, callback):
        """One iteration unless training is over (timed into self.seconds); returns whether it may go on."""
        if self.done:
            return False
        t0, cfg = time.perf_counter(), self.config
        if self._stop_requested:
            self._finish("stopped")
        else:
            if not self._rows:                                  # row 0: the starting weights
                self._record(math.nan, math.nan, self._evaluate())
            self._iteration()
        self.seconds += time.perf_counter() - t0
        if not self.done and self.iteration - self.start_iteration >= cfg.max_iters:
            self._finish("max_iters")
        elif not self.done and cfg.minutes and self.seconds >= cfg.minutes * 60:
            self._finish("time")
        if callback is not None:
            callback(self.progress())
        return not self.done

    def _iteration(self):
        """Train the next window of every stream: forward, backward, clipping, Adam; then record."""
        cfg, model = self.config, self.model
        inputs, targets = self.streams.window(self._window)
        t0, cpu0 = time.perf_counter(), time.process_time()
        with np.errstate(all="ignore"):                         # overflow is detected below, not warned
            lg = model.loss_and_grads(inputs, targets, *self._state, rng=self._rng, workspace=self._ws)
        loss = lg.loss / targets.size
        grad_norm = math.sqrt(float(np.dot(lg.grad, lg.grad)))
        if not (math.isfinite(loss) and math.isfinite(grad_norm)):
            return self._finish(f"nan: the {'loss' if not math.isfinite(loss) else 'gradient'} became "
                                f"non-finite at iteration {self.iteration + 1}; the learning rate ({self.lr:g}) "
                                f"is probably too high; the best validated weights are kept")
        if cfg.clip_norm:
            optim.clip_by_global_norm(lg.grad, cfg.clip_norm)
        self.optimizer.lr = lr = self.lr
        self.optimizer.step(model.theta, lg.grad)
        self._times.append(time.perf_counter() - t0)            # one iteration: forward, backward, update
        self._cpu.append(time.process_time() - cpu0)            # its CPU time: what a quiet machine takes
        self._advance(lg.state)
        self.smooth_loss = SMOOTHING * self.smooth_loss + (1 - SMOOTHING) * loss
        val = self._evaluate() if self.iteration % cfg.eval_every == 0 else math.nan
        self._record(loss, grad_norm, val, lr)
        if val <= cfg.target:
            self._finish("reached")

    def _advance(self, state):
        """Next window; a new epoch starts from zero state with the learning rate decayed once more."""
        self.iteration, self._version, self._window = self.iteration + 1, self._version + 1, self._window + 1
        self._state = state
        if self._window == self.streams.windows:
            self._window, self._epoch, self._state = 0, self._epoch + 1, (None, None)

    def _record(self, loss, grad_norm, val, lr=None):
        keep_row(self, (self.iteration, loss, self.smooth_loss, val, grad_norm, self.lr if lr is None else lr,
                        self.seconds))

    _sample = Trainer._sample            # a sample from the text's first symbol at temperature 1, seeded

    # validation and the best weights -------------------------------------------------------------
    def _evaluate(self):
        """Validation loss (nats/symbol) of the current weights; keeps a copy of the best weights."""
        val = self._cached("val", lambda: streams.evaluate(self.model, self.indices, self.split.start,
                                                           len(self.indices))[0])
        if not any(row[0] == self.iteration for row in self._val_rows):
            self._val_rows.append((self.iteration, self.seconds, val))
        if val < self.best_val:
            self.best_val, self.best_iteration = val, self.iteration
            self._best_theta = self.model.theta.copy()
        return val

    def train_loss(self):
        """The same evaluation on the training text's last n_val symbols (trained on): the overfitting gap."""
        end, n = self.split.start, self.split.n_val
        return self._cached("train", lambda: streams.evaluate(self.model, self.indices, max(end - n, 0), end)[0])

    _cached = Trainer._cached            # compute() once per version of θ

    def _finish(self, reason):
        """End training with the best validated weights (the current ones are scored first)."""
        if not reason.startswith("nan"):
            self._evaluate()
        if self._best_theta is not None and not np.array_equal(self._best_theta, self.model.theta):
            np.copyto(self.model.theta, self._best_theta)
            self._version += 1
        self.done, self.reached, self.stop_reason = True, reason == "reached", reason

    # records ---------------------------------------------------------------------------------------
    def progress(self):
        it, loss, smooth, val, grad_norm, lr, _ = self._last_row
        last = self._samples.items[-1] if self._samples and self._samples.items else (None, None)
        return BookProgress(self.iteration, self.epochs, loss, smooth, val, self.best_val, grad_norm, lr,
                            self.seconds, self.eta_seconds(), last[1] if last[0] == it else None)

    def eta_seconds(self):
        """Seconds left until max_iters or the time limit, whichever comes first, at this run's pace."""
        cfg, done = self.config, self.iteration - self.start_iteration
        left = [cfg.minutes * 60 - self.seconds] if cfg.minutes else []
        if done > 0:
            left.append((cfg.max_iters - done) * self.seconds / done)
        return max(min(left), 0.0) if left else math.nan

    def ms_per_iteration(self, cpu=False):
        """Median time of one training iteration (forward, backward, update; no evaluation), ms: wall time,
        or with cpu=True this process's CPU time (close to the wall time of a machine nobody else uses)."""
        times = self._cpu if cpu else self._times
        return statistics.median(times) * 1e3 if times else math.nan

    @property
    def history(self):
        """Per row (iteration 0 = the starting weights): iteration, loss, smooth_loss, val_loss (NaN where
        not evaluated), grad_norm, lr, seconds.  Losses in nats per symbol."""
        table = np.array(self._rows, dtype=np.float64).reshape(-1, len(HISTORY_COLUMNS))
        columns = dict(zip(HISTORY_COLUMNS, table.T.copy()))
        columns["iteration"] = columns["iteration"].astype(np.int64)
        return columns

    @property
    def validation(self):
        """Every validation: iteration, seconds, val_loss (nats/symbol), val_bits (bits/symbol)."""
        table = np.array(self._val_rows, dtype=np.float64).reshape(-1, 3)
        return {"iteration": table[:, 0].astype(np.int64), "seconds": table[:, 1], "val_loss": table[:, 2],
                "val_bits": table[:, 2] / streams.LN2}

    samples, snapshots = Trainer.samples, Trainer.snapshots

    def summary(self):
        """JSON-ready results (nats and bits per symbol): what the CLI prints and checkpoints keep."""
        cfg, model = self.config, self.model
        fields = ("preset", "kind", "hidden", "layers", "dropout", "dtype", "batch", "seq_len", "optimizer", "lr",
                  "lr_decay", "seed", "level", "val_fraction", "criterion", "target")
        return dict({name: getattr(cfg, name) for name in fields},
                    iterations=self.iteration, seconds=round(self.seconds, 3), epochs=round(self.epochs, 3),
                    reached=self.reached, stop_reason=self.stop_reason, val_loss=self.best_val,
                    val_bits_per_char=self.best_val / streams.LN2, val_perplexity=math.exp(self.best_val),
                    best_iteration=self.best_iteration, train_loss=self.train_loss(),
                    unigram_val_loss=streams.unigram_loss(self.indices, self.split.start, len(self.vocab)),
                    smooth_window_loss=self.smooth_loss, ms_per_iteration=self.ms_per_iteration(),
                    cpu_ms_per_iteration=self.ms_per_iteration(cpu=True),
                    symbols=len(self.indices), val_symbols=self.split.n_val, vocab_size=len(self.vocab),
                    parameters=int(model.theta.size))

    def checkpoint_metadata(self, max_points=500):
        """Metadata for lstm.checkpoint.save: text, config, summary, a ≤ max_points history, validations."""
        text_ok = len(self.text.encode("utf-8")) <= MAX_TEXT_IN_CHECKPOINT
        val = {k: v.tolist() for k, v in self.validation.items()}
        first = [row[1] for row in self._rows if self.start_iteration < row[0] <= self.start_iteration + FINGERPRINT]
        return {"text": self.text if text_ok else None, "text_chars": len(self.text),
                "train_config": dataclasses.asdict(self.config), "summary": self.summary(),
                "history": downsample(self.history, max_points, evaluated="val_loss"), "validation": val,
                "first_losses": first}

    save = Trainer.save


def trainer_for(text, config):
    """The trainer a config needs: BookTrainer for the validation criterion, else lstm.train.Trainer."""
    return BookTrainer(text, config) if config.criterion == "validation" else Trainer(text, config)


__all__ = ["BookProgress", "BookTrainer", "HISTORY_COLUMNS", "trainer_for"]
