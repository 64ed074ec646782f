"""Visible labels for symbols a student cannot see: the one table every figure, table and text display uses.

    label(symbol)        a symbol (a character, or a word-level token) as drawn: every invisible or control
                         character replaced by its label, everything else as it is
    visible_text(text)   a running text for a code box or a caption: the same labels, but spaces and
                         newlines kept as layout (one_line=True: newlines shown as ⏎ too)
    quoted(symbol)       label() in quotes, for a sentence ("the next symbol is '␣'")

The labels: the Unicode Control Pictures for C0 controls and DEL (␀ … ␟, ␡), with ⇥ tab, ⏎ newline, ␍
carriage return and ␣ space; ⍽ for the no-break space (ISO 9995-7's symbol); a short name in angle
brackets for the other invisible characters (⟨ZWSP⟩, ⟨LS⟩, ⟨BOM⟩, ⟨LRO⟩ ...) and ⟨U+XXXX⟩ for the rest:
C1 controls, format characters (category Cf), separators (Zs, Zl, Zp), lone surrogates, and Unicode's
Default_Ignorable_Code_Point list (variation selectors, Hangul fillers, tags ...). A combining mark on its
own is drawn on a dotted circle (◌́), as Unicode's charts do. A label glyph typed in a text (a real ⏎ or
␣) gets its code label, so two characters never share a label. Private-use and (to this Python) unassigned
characters are drawn as they are: a font shows them as a box or a glyph (a newer emoji), never as nothing. Labels contain none of the characters they
replace, so nothing raw reaches a tick, a hover or a table (tests/unit/test_symbols.py checks every code
point). Pure Python; used by lstm.explain, charts.style.symbol_label and the pages; charts add HTML escaping.
"""
import unicodedata

NAMED = {"\t": "⇥", "\n": "⏎", "\r": "␍", " ": "␣", "\u00a0": "⍽", "\x7f": "␡",
         "\u00ad": "⟨SHY⟩", "\u034f": "⟨CGJ⟩", "\u061c": "⟨ALM⟩", "\u0085": "⟨NEL⟩", "\u180e": "⟨MVS⟩",
         "\u200b": "⟨ZWSP⟩", "\u200c": "⟨ZWNJ⟩", "\u200d": "⟨ZWJ⟩", "\u200e": "⟨LRM⟩", "\u200f": "⟨RLM⟩",
         "\u2028": "⟨LS⟩", "\u2029": "⟨PS⟩", "\u202a": "⟨LRE⟩", "\u202b": "⟨RLE⟩", "\u202c": "⟨PDF⟩",
         "\u202d": "⟨LRO⟩", "\u202e": "⟨RLO⟩", "\u202f": "⟨NNBSP⟩", "\u2060": "⟨WJ⟩", "\u2066": "⟨LRI⟩",
         "\u2067": "⟨RLI⟩", "\u2068": "⟨FSI⟩", "\u2069": "⟨PDI⟩", "\u3000": "⟨IDSP⟩", "\u2800": "⟨BRAILLE⟩",
         "\u3164": "⟨HF⟩", "\ufeff": "⟨BOM⟩", "\ufffc": "⟨OBJ⟩"}
NAMED.update({chr(c): chr(0x2400 + c) for c in range(0x20) if chr(c) not in NAMED})   # ␀ … ␟
NAMED.update({chr(0xFE00 + k): f"⟨VS{k + 1}⟩" for k in range(16)})                        # variation selectors
INVISIBLE_CATEGORIES = {"Cc", "Cf", "Zs", "Zl", "Zp", "Cs"}
# Default_Ignorable_Code_Point (Unicode DerivedCoreProperties) that are not already Cc/Cf/Zs: drawn as nothing
IGNORABLE = ((0x115F, 0x1160), (0x17B4, 0x17B5), (0x180B, 0x180F), (0x3164, 0x3164), (0xFE00, 0xFE0F),
             (0xFFA0, 0xFFA0), (0xFFF0, 0xFFF8), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0000, 0xE0FFF))
DOTTED_CIRCLE = "◌"
GLYPHS = {v for v in NAMED.values() if len(v) == 1}     # ⏎ ␣ ␀ ...: typed as themselves, they get a code label
_cache = {}


def _char_label(ch):
    """The label of one character (ch itself when it is visible on its own)."""
    if ch in NAMED:
        return NAMED[ch]
    code, category = ord(ch), unicodedata.category(ch)
    if ch in GLYPHS or category in INVISIBLE_CATEGORIES or any(lo <= code <= hi for lo, hi in IGNORABLE):
        return f"⟨U+{code:04X}⟩"
    if category in ("Mn", "Me", "Mc"):                     # a mark alone would sit on the quote before it
        return DOTTED_CIRCLE + ch
    return ch


def char_label(ch):
    """_char_label, cached: labels are asked for once per drawn symbol, often thousands per page."""
    try:
        return _cache[ch]
    except KeyError:
        return _cache.setdefault(ch, _char_label(ch))


def label(symbol):
    """A symbol (one character, or a word-level token) with every invisible character replaced by its label.
    A mark right after a visible character stays on it; one that starts the symbol gets a dotted circle."""
    return char_label(symbol) if len(symbol) == 1 else _labelled(symbol, "")


def visible_text(text, one_line=False):
    """A text for a code box or caption: every invisible character labelled, except that spaces (and, unless
    one_line, newlines) stay as they are, so the text keeps its layout; marks stay on their letters."""
    return _labelled(text, " " if one_line else " \n")


def _labelled(text, keep):
    out, base = [], False                      # base: the previous character is drawn as itself
    for ch in text:
        shown = ch if ch in keep else char_label(ch)
        if base and shown == DOTTED_CIRCLE + ch:
            shown = ch
        out.append(shown)
        base = shown == ch and ch not in keep
    return "".join(out)


def quoted(symbol):
    """label(symbol) between quotes, like repr() but with this module's labels: 'a', '␣', "'"."""
    shown = label(symbol)
    return f'"{shown}"' if "'" in shown else f"'{shown}'"
