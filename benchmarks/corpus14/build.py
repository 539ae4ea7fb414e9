"""Every organisation's writers run in turn, each with its own random stream."""

from __future__ import annotations

import random

from benchmarks.corpus14 import (clean, cram, cram_health, dayservice, donor, dorm, garage, lab, minpaku, paper,
                                 paper_hiring, union, union_reports)
from benchmarks.corpus14.mail import document, eml, mbox
from benchmarks.corpus14.model import Document

ORGANISATIONS = (cram, cram_health, dayservice, lab, dorm, donor, minpaku, garage, union, union_reports, paper,
                 paper_hiring)
# a module's list of writers -> how what a writer returns becomes a Document
KINDS = {"WRITERS": lambda built: document(built[0], built[1:]), "EMAILS": lambda built: eml(*built),
         "MAILDIR": lambda built: eml(*built), "MAILBOXES": lambda built: mbox(*built), "ARCHIVES": lambda built: built}


def _count(count: int, scale: float) -> int:
    return max(1, round(count * scale))


def generate(seed: int = 14013, scale: float = 1.0) -> list[Document]:
    documents: list[Document] = []
    for module in (*ORGANISATIONS, clean):
        for kind, to_document in KINDS.items():
            for writer, count in getattr(module, kind, ()):
                rng = random.Random(f"{seed}:{writer.__module__}.{writer.__name__}")
                documents += [to_document(writer(rng, n)) for n in range(1, _count(count, scale) + 1)]
    return documents
