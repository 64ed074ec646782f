"""lstm: an instrumented NumPy LSTM that records everything it computes (numpy is its only dependency).

    from lstm import CharLSTM, Vocabulary
    vocab = Vocabulary.from_text(text)
    model = CharLSTM(vocab, hidden=20, seed=0)
    trace = model.run(text)          # trace.f, trace.i, trace.c_bar, trace.c, trace.o, trace.h: (T, H)
"""
from .model import CharGRU, CharLSTM, CharRNN, Model, ModelConfig, create
from .trace import Trace
from .vocab import Vocabulary, VocabularyError

__all__ = ["CharLSTM", "CharRNN", "CharGRU", "Model", "ModelConfig", "create", "Trace",
           "Vocabulary", "VocabularyError"]
