"""lstm: an instrumented NumPy LSTM that records everything it computes (numpy is its only dependency).

    from lstm import CharLSTM, Vocabulary
    vocab = Vocabulary.from_text(text)
    model = CharLSTM(vocab, hidden=20, seed=0)
    trace = model.run(text)          # trace.f, trace.i, trace.c_bar, trace.c, trace.o, trace.h: (T, H)
"""
import os

# One BLAS thread unless the user chose otherwise: two were never faster for these sizes, stalled
# when the other core was busy, and change the last bits of results. Must run before numpy loads,
# hence here: `python -m lstm` imports this package before lstm/__main__.py.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from .model import CharGRU, CharLSTM, CharRNN, Model, ModelConfig, create
from .trace import Trace
from .vocab import Vocabulary, VocabularyError

__all__ = ["CharLSTM", "CharRNN", "CharGRU", "Model", "ModelConfig", "create", "Trace",
           "Vocabulary", "VocabularyError"]
