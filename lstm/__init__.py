"""lstm: an instrumented NumPy LSTM that records everything it computes (numpy is its only dependency).

    from lstm import CharLSTM, Vocabulary
    vocab = Vocabulary.from_text(text)
    model = CharLSTM(vocab, hidden=20, seed=0)
    trace = model.run(text)          # trace.f, trace.i, trace.c_bar, trace.c, trace.o, trace.h: (T, H)

Importing lstm changes nothing in the process (no environment variables, no thread limits); programs that
want one BLAS thread call lstm.threads.pin_one_blas_thread() when they start, as the CLI and the app do.
"""
from .model import CharGRU, CharLSTM, CharRNN, Model, ModelConfig, create
from .trace import Trace
from .vocab import Vocabulary, VocabularyError

__all__ = ["CharLSTM", "CharRNN", "CharGRU", "Model", "ModelConfig", "create", "Trace",
           "Vocabulary", "VocabularyError"]
