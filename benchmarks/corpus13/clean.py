"""Clean files of corpus 13: notices, schedules, menus, price lists, articles on
health with no person in them."""

from __future__ import annotations

import random

from benchmarks.corpus13 import files
from benchmarks.corpus13.marks import Document, Grid, Lines


def documents(rng: random.Random, count: int) -> list[Document]:
    return []
