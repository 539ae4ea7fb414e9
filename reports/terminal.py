"""Text on its way to a terminal: control characters shown, never obeyed.

A file name or a message can hold ESC sequences (an OSC sequence retitles the
terminal, CSI moves the cursor or clears the screen), the one-character C1 CSI,
a carriage return that hides what came before on the line, or a right-to-left
override that shows a name reversed. Each is written as `\\uXXXX` (valid inside
a JSON string too); line breaks and tabs, which lay text out, are kept.
"""

from __future__ import annotations

import logging
import re
from typing import TextIO

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    return _CONTROL.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


class TerminalSafeFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return terminal_safe(super().format(record))


class TerminalSafeStream:
    """A text stream (sys.stdout) whose writes go through terminal_safe."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(terminal_safe(text))

    def __getattr__(self, name: str):
        return getattr(self._stream, name)
