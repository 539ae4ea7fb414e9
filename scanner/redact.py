"""Library error messages made fit to store: no bytes of the file in them.

Parsers quote what they choke on (`Invalid dictionary construct: [/'山田太郎',
/b'\\xe6' …]`, `There is no item named '…' in the archive`). What is kept of a
message: its plain ASCII words. Quoted strings, reprs in brackets, escaped bytes,
any non-ASCII text and long digit runs are cut out, so no name, address or
number of the file survives in any form. The exception's class name is kept
whole: it says which check of the library failed.
"""

from __future__ import annotations

import re

MAX_LIBRARY_MESSAGE = 160
_CUT = "…"
_QUOTED = re.compile(r"""[bBrRuU]?'(?:[^'\\\n]|\\.)*'?|[bBrRuU]?"(?:[^"\\\n]|\\.)*"?""")
_BRACKETED = re.compile(r"<[^<>]*>|\[[^\[\]]*\]|\{[^{}]*\}")
_UNSAFE_TOKEN = re.compile(r"\S*(?:\\|@|%[0-9A-Fa-f]{2})\S*")  # escaped bytes, addresses, %-escapes
_NOT_PLAIN = re.compile(r"[^\x20-\x7e]+")
_DIGIT_RUN = re.compile(r"\d{4,}")
_CUTS = re.compile(rf"(?:\s*{_CUT})+")


def sanitise(message: str) -> str:
    """The words of a library message that cannot hold content of the file."""
    text = _QUOTED.sub(_CUT, message)
    previous = None
    while previous != text:  # nested reprs, innermost first
        previous, text = text, _BRACKETED.sub(_CUT, text)
    for pattern in (_UNSAFE_TOKEN, _NOT_PLAIN, _DIGIT_RUN):
        text = pattern.sub(_CUT, text)
    text = _CUTS.sub(" " + _CUT, " ".join(text.split())).strip()
    return text[:MAX_LIBRARY_MESSAGE]


def library_message(error: BaseException) -> str:
    """`ClassName: sanitised message` of a library's exception."""
    words = sanitise(str(error))
    name = type(error).__name__
    return f"{name}: {words}" if words and words != _CUT else name
