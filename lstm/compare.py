"""The Gradients through time page's computations: a vanilla RNN, an LSTM and a GRU side by side.

fresh_gradient_norms() — how far back the last step's loss reaches in freshly initialised models of each kind
(same H, seed and initial weights); train_same_budget() — the three trained on the same text with the course
preset and the same number of iterations, with each one's loss history and gradient norms after training.
Results are typed (SameBudget of TrainedRun); the gradient norms are lstm.analysis.gradient_norms_through_time's.
"""
import dataclasses
from typing import Callable, NamedTuple, Optional

from .analysis import gradient_norms_through_time
from .model import ModelConfig, create
from .train import Trainer
from .train_config import TrainConfig
from .vocab import Vocabulary

KINDS = ("rnn", "lstm", "gru")
CHUNK = 100                     # iterations between progress reports (≈ 0.1 s at the page's sizes)
CURVES = ("iteration", "loss", "smooth_loss", "exact_loss")   # the history a run keeps (not wall time)


class TrainedRun(NamedTuple):
    kind: str
    history: dict        # CURVES -> (n,) arrays; exact_loss NaN where not evaluated
    seconds: float       # training time
    iterations: int      # parameter updates done
    exact_loss: float    # whole-text loss per 25-symbol window after training
    gradients: dict      # gradient_norms_through_time of the trained model on the text


class SameBudget(NamedTuple):
    text: str
    hidden: int
    seed: int
    init_std: float
    iters: int           # the budget: iterations per model
    runs: dict           # kind -> TrainedRun, in KINDS order


def fresh_gradient_norms(text, hidden, seed, init_std, forget_bias, kinds=KINDS):
    """{kind: gradient_norms_through_time} of a fresh model of each kind on text.  forget_bias is the LSTM's
    initial b_f (the others have no forget gate).  Raises VocabularyError / ValueError for an unusable text."""
    vocab = Vocabulary.from_text(text)
    curves = {}
    for kind in kinds:
        config = ModelConfig(kind=kind, hidden=hidden, seed=seed, init_std=init_std,
                             forget_bias=forget_bias if kind == "lstm" else 0.0)
        curves[kind] = gradient_norms_through_time(create(vocab, config), text)
    return curves


def same_budget_config(kind, hidden, seed, init_std, iters):
    """The course preset with this kind, size, seed, initial scale and budget (loss evaluated every 50)."""
    return dataclasses.replace(TrainConfig.from_preset("course"), kind=kind, hidden=hidden, seed=seed,
                               init_std=init_std, max_iters=iters, eval_every=50, sample_every=0)


def train_same_budget(text, hidden, seed, init_std, iters, report: Optional[Callable] = None, kinds=KINDS):
    """Train each kind on text with the same budget -> SameBudget.  report(fraction done, kind) after every
    CHUNK iterations (the page draws progress there, which is also where Streamlit's Stop takes effect);
    training in chunks gives the same numbers as one call.  Raises VocabularyError / ValueError for a bad text."""
    runs = {}
    for done, kind in enumerate(kinds):
        trainer = Trainer(text, same_budget_config(kind, hidden, seed, init_std, iters))
        while not trainer.done and trainer.iteration < iters:
            trainer.step(min(CHUNK, iters - trainer.iteration))
            if report is not None:
                report((done + trainer.iteration / iters) / len(kinds), kind)
        runs[kind] = TrainedRun(kind, {k: trainer.history[k] for k in CURVES}, trainer.seconds, trainer.iteration,
                                trainer.exact_loss_per_window(), gradient_norms_through_time(trainer.model, text))
    return SameBudget(text, hidden, seed, init_std, iters, runs)
