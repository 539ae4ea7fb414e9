"""Every organisation's writers run in turn, each with its own random stream."""

from __future__ import annotations

import random

from benchmarks.corpus14 import (clean, cram, cram_health, dayservice, donor, dorm, garage, lab, minpaku, paper,
                                 paper_hiring, union, union_reports)
from benchmarks.corpus14.mail import document, eml, mbox
from benchmarks.corpus14.model import Document

ORGANISATIONS = (cram, cram_health, dayservice, lab, dorm, donor, minpaku, garage, union, union_reports, paper, paper_hiring)


def _count(count: int, scale: float) -> int:
    return max(1, round(count * scale))


def generate(seed: int = 14013, scale: float = 1.0) -> list[Document]:
    documents: list[Document] = []
    for module in (*ORGANISATIONS, clean):
        for writer, count in getattr(module, "WRITERS", ()):
            rng = random.Random(f"{seed}:{writer.__module__}.{writer.__name__}")
            for n in range(1, _count(count, scale) + 1):
                path, data, located = writer(rng, n)
                documents.append(document(path, (data, located)))
        for writer, count in getattr(module, "EMAILS", ()) + getattr(module, "MAILDIR", ()):
            rng = random.Random(f"{seed}:{writer.__module__}.{writer.__name__}")
            for n in range(1, _count(count, scale) + 1):
                path, built = writer(rng, n)
                documents.append(eml(path, built[0] if isinstance(built, list) else built))
        for writer, count in getattr(module, "MAILBOXES", ()):
            rng = random.Random(f"{seed}:{writer.__module__}.{writer.__name__}")
            for n in range(1, _count(count, scale) + 1):
                path, messages = writer(rng, n)
                documents.append(mbox(path, messages))
        for writer, count in getattr(module, "ARCHIVES", ()):
            rng = random.Random(f"{seed}:{writer.__module__}.{writer.__name__}")
            documents += [writer(rng, n) for n in range(1, _count(count, scale) + 1)]
    return documents
