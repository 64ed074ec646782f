"""The one way a text comes in: bytes, a str or a file -> the text every model, page and command reads.

    read_text(data)      bytes (UTF-8) or str -> normalised text, refused over the limit
    read_file(path)      the same for a file, read in chunks (any size: the refusal gives its real length)
                         (both refuse an empty text with allow_empty=False: uploads and the command line)
    normalize(text)      what both do to the characters
    canonical(text)      normalize() without removing a BOM: what lstm.vocab.tokenize does to every text it
                         splits (primes, typed texts, slices), so they match the vocabulary a text was trained with

Normalisation, in this order:
1. a UTF-8 byte-order mark at the start is removed (and any repeated right after it) (Windows Notepad writes one; it is not part of the text);
2. line ends become "\\n": Windows "\\r\\n" and old-Mac "\\r" alike (a text typed in a browser never has "\\r");
3. Unicode NFC (canonical composition): "ą" typed as "a" + U+0328 COMBINING OGONEK (as some macOS tools
   write) becomes the one character U+0105, so one word is one word and one letter one symbol, whatever
   the source. NFC changes no visible character: it only picks one of two canonically equivalent
   spellings, the one browsers, editors and the W3C's character model use. NFD would split every Polish
   letter with a diacritic into two symbols; NFKC would change the text itself (ﬁ -> fi, ² -> 2, a
   no-break space -> a space).
Limits are in characters AFTER normalisation: the text the model would read. Errors: TextError (a
ValueError) whose message a student can act on. Used by the command line, lstm.tasks, lstm.train and
the app's uploads and text boxes.
"""
import codecs
import os
import unicodedata

from .messages import InputError, N_, N_n

MAX_TEXT_CHARS = 1_000_000    # longer texts are refused (a lesson-sized model would not learn them anyway)
NORMAL_FORM = "NFC"
BOM = "\ufeff"
CHUNK_BYTES = 1 << 20         # a file is decoded in pieces of this size (bounded memory, any file size)


class TextError(InputError):
    """A text that cannot be used: not UTF-8, or longer than the limit (the message says which)."""


def normalize(text):
    """Leading BOMs removed, "\\r\\n" and "\\r" -> "\\n", Unicode NFC.  str -> str (idempotent)."""
    return canonical(text.lstrip(BOM))


def canonical(text):
    """Line ends and NFC: normalize() without the BOM (a chunk of a longer text has none to remove)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized(NORMAL_FORM, text):         # the common case costs one fast scan
        text = unicodedata.normalize(NORMAL_FORM, text)
    return text


def too_long(n, limit=MAX_TEXT_CHARS):
    """The message for a text of n characters over the limit."""
    return TextError(N_n("the text has {n:,} character; the limit is {limit:,}",
                         "the text has {n:,} characters; the limit is {limit:,}"), n=n, limit=limit)


def read_text(data, limit=MAX_TEXT_CHARS, name=None, allow_empty=True):
    """The normalised text of `data` (UTF-8 bytes, bytearray, memoryview or str); TextError if the bytes
    are not UTF-8 (naming the first bad byte, counted from 1, and the size) or the text has more than `limit`
    characters (naming how many), or, with allow_empty=False, when no text is left (an empty upload, a
    byte-order mark alone). name: the file's name for the messages (None: "the file")."""
    if isinstance(data, str):
        text = normalize(data)
        if len(text) > limit:
            raise too_long(len(text), limit)
        return _not_empty(text, name, allow_empty)
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TextError(N_("a text must be bytes or a string, got {type_name}"), type_name=type(data).__name__)
    view = memoryview(data).cast("B")                        # a byte count, whatever the view's item size
    text = _decode_chunks((view[k:k + CHUNK_BYTES] for k in range(0, len(view), CHUNK_BYTES)), limit, name,
                          size=len(view))
    return _not_empty(text, name, allow_empty)


def read_file(path, limit=MAX_TEXT_CHARS, allow_empty=True):
    """read_text() of a file, read CHUNK_BYTES at a time: memory stays bounded and a file over the limit
    is refused with its real length.  TextError also when the file cannot be opened (the OS's reason)."""
    try:
        with open(path, "rb") as handle:
            text = _decode_chunks(iter(lambda: handle.read(CHUNK_BYTES), b""), limit, os.fspath(path),
                                  os.fstat(handle.fileno()).st_size)
    except OSError as err:
        raise TextError(N_("cannot read {path}: {strerror}"), path=os.fspath(path), strerror=err.strerror or err) from None
    return _not_empty(text, os.fspath(path), allow_empty)


def _not_empty(text, name, allow_empty):
    """text, unless it is empty and allow_empty is False: then the TextError a student reads instead of
    a text box silently emptied."""
    if text or allow_empty:
        return text
    if name:
        raise TextError(N_("{name} holds no text: the file is empty"), name=name)
    raise TextError(N_("the file holds no text: it is empty"))


def _decode_chunks(chunks, limit, name=None, size=None):
    """Decode UTF-8 chunks incrementally (a character cut between chunks is completed by the next one),
    normalise at safe boundaries, keep the text while within the limit and only count it beyond.
    size: the number of bytes, for the not-UTF-8 message (None: counted as the chunks come)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    kept, count, pending, offset, first = [], 0, "", 0, True
    for chunk in chunks:
        piece = _decode(decoder, chunk, False, offset, name, size)
        offset += len(chunk)
        if first:                                            # only BOMs at the very start are dropped
            piece = piece.lstrip(BOM)
            first = not piece
        done, pending = _split_safe(pending + piece)
        count = _keep(kept, canonical(done), count, limit)
    pending += _decode(decoder, b"", True, offset, name, offset if size is None else size)   # may end inside a character
    count = _keep(kept, canonical(pending), count, limit)
    if count > limit:
        raise too_long(count, limit)
    return "".join(kept)


def _decode(decoder, chunk, final, offset, name, size):
    try:
        return decoder.decode(chunk, final)
    except UnicodeDecodeError as err:                        # err.start counts from the bytes held back
        first_bad = offset - len(decoder.getstate()[0]) + err.start
        raise _not_utf8(name, first_bad, offset + len(chunk) if size is None else size) from None


def _keep(kept, text, count, limit):
    """Append `text` while the total stays within the limit (beyond it nothing is kept); the new count."""
    count += len(text)
    if count <= limit:
        kept.append(text)
    else:
        kept.clear()
    return count


def _split_safe(text):
    """(head, tail) such that normalize(head) + normalize(tail) == normalize(head + tail): the cut is just
    before an ASCII character, a CJK ideograph or a Hangul syllable (never composed onto what precedes
    it under NFC, never moved by canonical reordering), and never inside "\\r\\n". None found: ("", text)."""
    for k in range(len(text) - 1, 0, -1):
        c = text[k]
        if (c < "\x80" or "\u4e00" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7a3") and text[k - 1:k + 1] != "\r\n":
            return text[:k], text[k:]
    return "", text


def _not_utf8(name, first_bad, size):
    """The refusal naming the first byte that is not UTF-8 as a student counts: from 1 ("byte 1 of 3" is the first),
    with the file's size in bytes. first_bad: its zero-based offset."""
    if name:
        return TextError(N_("{name} is not UTF-8 text (byte {byte:,} of {size:,} cannot be read); save it as UTF-8 "
                            "and try again"), name=name, byte=first_bad + 1, size=size)
    return TextError(N_("the file is not UTF-8 text (byte {byte:,} of {size:,} cannot be read); save it as UTF-8 and "
                        "try again"), byte=first_bad + 1, size=size)
