"""Layouts corpus 18's writers reuse: a table of records under a header, a form of
labelled lines, a sentence of parts; each keeps the marks where they went."""

from __future__ import annotations

import random

from benchmarks.corpus16.model import Grid, Lines, Mark
from benchmarks.corpus18.common import fake, record


def rows(rng: random.Random, count: int, fields: list[str], foreign: float = 0.08) -> list[dict]:
    return [record(rng, fields, foreign) for _ in range(count)]


def cell(rec: dict, rng: random.Random, spec):
    """A column's content: a field name, `=text` a fixed text, `~kind` a look-alike,
    or a callable of (record, rng)."""
    if callable(spec):
        return spec(rec, rng)
    if spec.startswith("="):
        return spec[1:]
    if spec.startswith("~"):
        return fake(rng, spec[1:])
    return rec.get(spec, "")


def table(rng: random.Random, columns: list[tuple[str, object]], recs: list[dict], header: bool = True) -> Grid:
    grid = Grid(*[name for name, _ in columns]) if header else Grid()
    for rec in recs:
        grid.add(*[cell(rec, rng, spec) for _, spec in columns])
    return grid


def form(lines: Lines, rng: random.Random, rec: dict, labels: list[tuple[str, object]], sep: str = "：") -> Lines:
    for label, spec in labels:
        lines.put(label, sep, cell(rec, rng, spec))
    return lines


def pick(rng: random.Random, items: list, weights: list | None = None):
    return rng.choices(items, weights)[0] if weights else rng.choice(items)


def surname(rec: dict) -> str:
    return rec["_who"].family


def lone(rec: dict, text: str | None = None) -> Mark:
    """A surname alone (after a role, or with さん): a person's name all the same."""
    return Mark("PERSON", text or rec["_who"].family)
