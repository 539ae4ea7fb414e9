"""Writers of the sens7 corpora (benchmarks/corpus_sens7_dev.py and _check.py) beside
sens6's (benchmarks/sens6_layouts.py): a document of several parts — a Word file whose body,
table, page header and footer are read apart, and a mail whose header and body are — so
that a phrase and the name it belongs to, or the name that only signs it, lie in different
parts. They hold no title, label, sentence or word: each corpus brings its own.
"""

from __future__ import annotations

from benchmarks.corpus import Doc, _written
from benchmarks.sens6_layouts import Item, Layouts, truth_of
from samples import writers as w


class Parts(Layouts):
    """sens6's layouts, and documents of parts."""

    def word(self, i: int, kind: str, lines: list[str], items: list[Item], table: list[list[str]] | None = None,
             header: str = "", footer: str = "") -> Doc:
        """A Word file: lines with the items' texts after them, an optional table, a page
        header and footer ({name} in any of them is a made-up person's name)."""
        name = self.name()
        fill = (lambda text: text.replace("{name}", name))
        body = [fill(line) for line in lines] + [text for text, _, _ in items]
        grid = [[fill(cell) for cell in row] for row in table] if table else None
        data = _written(".docx", lambda path: w.write_docx(path, body, grid, header=fill(header), footer=fill(footer)))
        negative = "" if any(category for _, category, _ in items) else "neg_"
        return Doc(f"{self.prefix}_{negative}{kind}{i:03d}.docx", data, truth_of(items))

    def mail(self, i: int, kind: str, subject: str, body: list[str], items: list[Item]) -> Doc:
        """A mail from a made-up person: its body's lines, then the items' texts."""
        sender = f"{self.name()} <staff{i}@example.jp>"
        text = "\n".join(body + [text for text, _, _ in items]) + "\n"
        negative = "" if any(category for _, category, _ in items) else "neg_"
        return Doc(f"{self.prefix}_{negative}{kind}{i:03d}.eml", w.make_eml(subject, sender, "all@example.jp", text),
                   truth_of(items))
