"""Zip archives as offices send them: a month's files of one writer packed together."""

from __future__ import annotations

import random

from benchmarks.corpus11 import kinds_care, kinds_clinic, kinds_work, mail
from benchmarks.corpus11.model import Document

PACKED = ((kinds_care.workshop_roster, kinds_care.care_taxi_log), (kinds_work.occupational_interview,
                                                                   kinds_work.checkup_followup),
          (kinds_clinic.handover, kinds_clinic.ward_patients))


def bundle(rng: random.Random, i: int) -> Document:
    """Two to four documents of one writer in a zip (`x.zip!folder/file`)."""
    writers = PACKED[i % len(PACKED)]
    members = []
    for n in range(rng.randrange(2, 5)):
        inner = rng.choice(writers)(rng, 900 + n)
        name = f"{n + 1:02d}_" + inner.path.rsplit("/", 1)[-1]
        members.append((name, inner.data, [item.__class__(name + item.path[len(inner.path):], item.location, item.mark)
                                           for item in inner.items]))
    path = f"送付用/{2026}年{i % 12 + 1}月分_{i:02d}.zip"
    data, items = mail.archive(path, members)
    return Document(path, data, items, kind="zip")
