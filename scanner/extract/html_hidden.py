"""What an HTML page stores but does not show as text (issue 12, forms17).

A form saved from a browser keeps what was typed in its fields' value attributes
(<input name="tel" value="0466-…">), a system's page its record in hidden fields and
data- attributes (<tr data-card="…">), a page built by a script its rows in a data block
(<script type="application/json">) or in a script's strings, and a writer's note sits in
a comment. All of it is in the file, so its personal data is too:
- a shown field's value is read in its place (its cell, after its label);
- a hidden field's, a data- attribute's value, a comment (its tags dropped), a data block
  and a script that holds Japanese text are read after the page's text, as `key: value`
  lines. A script of ASCII only is code (a library, a tracker): its numbers are
  constants, read by no one; a value too long for a field is a framework's state
  (__VIEWSTATE), and an Outlook mail's conditional comment holds markup only.
"""

from __future__ import annotations

import re

SHOWN_INPUTS = frozenset(("", "text", "tel", "email", "number", "search", "date", "month", "url"))
LONGEST_VALUE = 200  # characters of a field's or an attribute's value
LONGEST_BLOCK = 256 * 1024  # characters of a comment or a script read
LONGEST_HIDDEN = 4 * 1024 * 1024  # characters of all a page's hidden parts together
DATA_SCRIPTS = frozenset(("application/json", "application/ld+json", "text/template", "text/x-template", "text/html"))
_JAPANESE = re.compile(r"[ぁ-ヿ一-鿿]")
# a hidden value worth reading: a number of six digits or more (not a row's index, a page's), a mailbox,
# Japanese (not a widget's flag: data-toggle="modal")
_WORTH_READING = re.compile(r"[0-9][0-9 ()-]{4,}[0-9]|@|[ぁ-ヿ一-鿿]")
_TAG = re.compile(r"<[^>]*>")


def _worth_reading(value: str | None) -> bool:
    return bool(value) and len(value) <= LONGEST_VALUE and _WORTH_READING.search(value) is not None


class HiddenParts:
    """The hidden parts of one page, read as the parser meets them."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self._size = 0
        self._script: list[str] | None = None
        self._script_is_data = False

    def shown_value(self, tag: str, attrs: list) -> str:
        """The value typed in a shown field, to read in its place ('' for none); a
        hidden field's and the tag's data- attributes are kept for the page's end."""
        for name, value in attrs:
            if name.startswith("data-") and _worth_reading(value):
                self._add(f"{name}: {value}")
        if tag != "input":
            return ""
        values = dict(attrs)
        if not values.get("value") or len(values["value"]) > LONGEST_VALUE:
            return ""
        kind = (values.get("type") or "").lower()
        if kind == "hidden":
            if _worth_reading(values["value"]):
                self._add(f"{values.get('name') or values.get('id') or 'value'}: {values['value']}")
            return ""
        return f" {values['value']} " if kind in SHOWN_INPUTS else ""

    def comment(self, data: str) -> None:
        if not data.lstrip().startswith("[if") and len(data) <= LONGEST_BLOCK:
            self._add(_TAG.sub(" ", data).strip())

    def script_start(self, attrs: list) -> None:
        self._script, self._script_is_data = [], (dict(attrs).get("type") or "").lower() in DATA_SCRIPTS

    def script_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)

    def script_end(self) -> None:
        if self._script is None:
            return
        text, self._script = "".join(self._script), None
        if len(text) <= LONGEST_BLOCK and (self._script_is_data or _JAPANESE.search(text)):
            self._add(text.strip())

    def take(self) -> str:
        """The hidden parts' lines met since the last take, after a line break."""
        lines, self.lines = self.lines, []
        return "".join("\n" + line for line in lines if line) + ("\n" if lines else "")

    def _add(self, line: str) -> None:
        if self._size + len(line) <= LONGEST_HIDDEN:
            self._size += len(line)
            self.lines.append(line)
