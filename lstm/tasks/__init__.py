"""The course's other sequence tasks, as data preparation on top of the same lstm core.

    names   one name per line, state reset per line      lstm.tasks.names (LineTrainer)
    words   word-level text with a learned embedding      words_config() for the Trainer
    series  one real number per step (sunspots)          lstm.tasks.sunspots + lstm.series
    notes   a melody, one note = one word-level symbol    notes_config() + lstm.melody
Used by the pages 12-15 and `python -m lstm train FILE --mode ...`.
"""
from ..train import TrainConfig

MODES = ("text", "names", "words", "series", "notes")


def words_config(**changes):
    """Word level: lecture-style word tokens, a learned embedding (D = 16), windows of 50 words with
    carried state, Adam. Stops when the exact criterion holds (the text is memorised) or at max_iters."""
    base = dict(preset="custom", level="word", embed_dim=16, hidden=64, seq_len=50, lr=0.01, optimizer="adam",
                clip=0.0, clip_norm=5.0, forget_bias=1.0, criterion="exact", max_iters=400, eval_every=10,
                sample_every=100, sample_length=30)
    return TrainConfig(**{**base, **changes})


def notes_config(**changes):
    """Notes: each note word is one symbol (one-hot, the melody has few distinct notes), whole-melody
    BPTT, Adam; stops when the melody is recited exactly from its first note (or at max_iters)."""
    base = dict(preset="custom", level="word", embed_dim=0, hidden=32, seq_len=1024, lr=0.02, optimizer="adam",
                clip=0.0, clip_norm=5.0, forget_bias=1.0, criterion="exact", max_iters=600, eval_every=1,
                sample_every=100, sample_length=40)
    return TrainConfig(**{**base, **changes})
