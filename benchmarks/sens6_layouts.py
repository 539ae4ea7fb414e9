"""Writers shared by the sens6 corpora (benchmarks/corpus_sens6_dev.py and _check.py): a
table of people with one 要配慮 column, a form of label / value lines, a record of dated
prose lines, each in several file formats. They hold no title, label, sentence or word:
every corpus brings its own (its templates), so the two corpora share no template.

An item is (text, category or None, phrase of truth): a value or a sentence, the 要配慮
category it tells (None: a look-alike that tells nothing), and the phrase a finding must
overlap.
"""

from __future__ import annotations

from benchmarks.corpus import Corpus, Doc, _docx
from benchmarks.sens5_writers import odt_bytes, rtf_bytes
from samples import writers as w

ONLY = ("*", "SENSITIVE")
Item = tuple[str, "str | None", str]


def truth_of(items: list[Item]) -> set:
    """The truth of items: each telling item's category and phrase, and the SENSITIVE-only mark."""
    return {("SENSITIVE", f"{category}:{phrase}") for _, category, phrase in items if category} | {ONLY}


def encoded(rows: list[list[str]], fmt: str) -> bytes:
    """Rows as a file of fmt: xlsx, csv (CP932), tsv (UTF-8)."""
    if fmt == "xlsx":
        return w.xlsx_bytes({"Sheet1": rows})
    separator, encoding = ("," , "cp932") if fmt == "csv" else ("\t", "utf-8")
    return "\r\n".join(separator.join(row) for row in rows).encode(encoding, "replace")


def lines_file(lines: list[str], fmt: str) -> bytes:
    """Lines as a document of fmt: docx, odt, rtf, txt (CP932), md (UTF-8)."""
    if fmt == "docx":
        return _docx(lines)
    if fmt == "odt":
        return odt_bytes(lines)
    if fmt == "rtf":
        return rtf_bytes(lines)
    return "\r\n".join(lines).encode("cp932" if fmt == "txt" else "utf-8", "replace")


class Layouts:
    """One corpus's writer: its people's names, its file prefix."""

    def __init__(self, corpus: Corpus, prefix: str, surnames: list[str], given: list[str], space: str) -> None:
        self.c, self.prefix = corpus, prefix
        self.surnames, self.given, self.space = surnames, given, space

    def name(self) -> str:
        return f"{self.c.pick(self.surnames)}{self.space}{self.c.pick(self.given)}"

    def table(self, i: int, kind: str, title: str, header: list[str], cells: list[list[str]], items: list[Item],
              fmt: str) -> Doc:
        """A title line, a header and one row per item: [number, name, *cells, item's text]."""
        count = self.c.rng.randint(4, 7)
        picked = [self.c.pick(items) for _ in range(count)]
        rows = [[title], header] + [[str(n + 1), self.name(), *self.c.pick(cells), text]
                                    for n, (text, _, _) in enumerate(picked)]
        return Doc(f"{self.prefix}_{kind}{i:03d}.{fmt}", encoded(rows, fmt), truth_of(picked))

    def form(self, i: int, kind: str, title: str, fields: list[tuple[str, str]], items: list[tuple[str, Item]],
             fmt: str, joiner: str) -> Doc:
        """A title, the person's fields and two or three labelled items, one a line (label joiner value)."""
        picked = self.c.rng.sample(items, min(len(items), self.c.rng.randint(2, 3)))
        lines = [title] + [f"{label}{joiner}{value or self.name()}" for label, value in fields]
        lines += [f"{label}{joiner}{item[0]}" for label, item in picked]
        if fmt in ("xlsx", "csv", "tsv"):
            data = encoded([line.split(joiner, 1) if joiner in line else [line] for line in lines], fmt)
        else:
            data = lines_file(lines, fmt)
        return Doc(f"{self.prefix}_{kind}{i:03d}.{fmt}", data, truth_of([item for _, item in picked]))

    def record(self, i: int, kind: str, title: str, heads: list[str], items: list[Item], filler: list[str],
               fmt: str, stamp: str) -> Doc:
        """A title, head lines about the person, then dated lines: items among filler."""
        picked = self.c.rng.sample(items, min(len(items), self.c.rng.randint(1, 3)))
        body = picked + [(line, None, "") for line in self.c.rng.sample(filler, min(len(filler), 2))]
        self.c.rng.shuffle(body)
        lines = [title] + [head.replace("{name}", self.name()) for head in heads]
        lines += [f"{stamp.format(d=n + 3)}{text}" for n, (text, _, _) in enumerate(body)]
        return Doc(f"{self.prefix}_{kind}{i:03d}.{fmt}", lines_file(lines, fmt), truth_of(picked))

    def about_no_one(self, i: int, kind: str, lines: list[str], fmt: str) -> Doc:
        """A clean file or a look-alike: its truth is the SENSITIVE-only mark."""
        return Doc(f"{self.prefix}_neg_{kind}{i:03d}.{fmt}", lines_file(lines, fmt), {ONLY})

    def roster_of_no_one(self, i: int, kind: str, title: str, header: list[str], values: list[str], fmt: str) -> Doc:
        """A list of people whose column tells nothing 要配慮 (a look-alike)."""
        rows = [[title], header] + [[str(n + 1), self.name(), self.c.pick(values)] for n in range(5)]
        return Doc(f"{self.prefix}_neg_{kind}{i:03d}.{fmt}", encoded(rows, fmt), {ONLY})
