"""Messages a student can read (errors, why training stopped): an English template and its named parameters.

    raise VocabularyError(N_n("{n} symbol not in this model's vocabulary: {shown}",
                              "{n} symbols not in this model's vocabulary: {shown}"), n=2, shown="'Q', 'Z'")

str() of a Message (or of an LSTMError) is the English text, so scripts, the command line and tests read it as
before; a user interface translates the template once and fills the same parameters:
`message.translate(gettext, ngettext)` (ui.i18n.message does it with the session's catalogue).
`N_()` and `N_n()` only mark templates for the catalogue (Babel extracts them, scripts/i18n.py); a template
is a str.format string with named fields (literal braces doubled), and a counted phrase names its count `n`.
"""


def N_(template):
    """Mark a template for the catalogue (gettext's "translate later"); returns it unchanged."""
    return template


def N_n(singular, plural):
    """Mark a counted template: English uses `singular` when n == 1; Polish picks one of its three forms."""
    return (singular, plural)


class Message(str):
    """The English text (the str itself), remembering `.template` (str, or (singular, plural)) and `.params`.

    A parameter that is itself a Message (or an LSTMError) is translated with its parent; any other str or
    exception parameter is looked up in the catalogue as it is (a word lstm chose, marked with N_() where it is
    written, or another library's message) and kept when it is not a msgid (symbols, file names, numbers)."""

    def __new__(cls, template, /, **params):
        if isinstance(template, Message) and not params:          # re-raised or unpickled: already complete
            return template
        english = _pick(template, params, lambda singular, plural, n: singular if n == 1 else plural)
        self = super().__new__(cls, english.format(**params))
        self.template, self.params = template, params
        return self

    def __getnewargs_ex__(self):           # pickling (st.cache_data copies): rebuild from template and params
        return (self.template,), self.params

    def translate(self, gettext, ngettext):
        """The message in the language of `gettext`/`ngettext` (functions of a gettext translations object)."""
        params = {k: _translated(v, gettext, ngettext) for k, v in self.params.items()}
        return _pick(self.template, self.params, lambda singular, plural, n: ngettext(singular, plural, n),
                     gettext).format(**params)


def _translated(value, gettext, ngettext):
    """A parameter in the target language: a Message (or an LSTMError's) translated, another exception's or
    str's text looked up as it is, anything else (numbers) unchanged."""
    value = getattr(value, "message", value) if isinstance(value, BaseException) else value
    if isinstance(value, Message):
        return value.translate(gettext, ngettext)
    if isinstance(value, BaseException):
        value = str(value)
    return gettext(value) if isinstance(value, str) and value.strip() else value


def _pick(template, params, plural_form, gettext=lambda text: text):
    """The template to format: the singular one translated, or the plural form chosen for params["n"]."""
    if isinstance(template, tuple):
        return plural_form(*template, params["n"])
    return gettext(template)


class LSTMError(Exception):
    """Base of the errors a student's input can cause: `.message` (a Message), `.template`, `.params`;
    str() is the English message. Subclasses also derive from ValueError where callers catch that."""

    def __init__(self, template, /, **params):
        self.message = Message(template, **params)
        super().__init__(self.message)

    @property
    def template(self):
        return self.message.template

    @property
    def params(self):
        return self.message.params


class InputError(LSTMError, ValueError):
    """A value given to lstm is out of its range or unusable (a ValueError that carries a Message)."""
