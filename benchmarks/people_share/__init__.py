"""A generated share where the same 50 people appear across rosters, forms, mails
and lists under spelling variants, with the truth of who is where: the measure
of `daicho locate` (every object of a person) and of the people count of a set
(本人の数: double counting across files is the error to beat).

    python -m benchmarks.people_share OUT [--seed N]

writes OUT/share, OUT/truth.json (raw values: benchmark data, never an output of
daicho) and OUT/ledger.xlsx (the share's 個人情報管理台帳).
"""

from __future__ import annotations

import json
import os
import random
import tempfile
from dataclasses import dataclass
from pathlib import Path

from benchmarks.people_share import documents
from benchmarks.people_share.people import Member, make_people


@dataclass(frozen=True)
class Truth:
    employees: list[Member]
    family: dict[str, Member]
    objects: dict[str, list[str]]  # path in the share -> ids of the people in it

    @property
    def people(self) -> set[str]:
        """Everyone the share holds data of."""
        return {i for ids in self.objects.values() for i in ids}

    def objects_of(self, person_id: str) -> set[str]:
        return {path for path, ids in self.objects.items() if person_id in ids}


def generate(root: Path, seed: int = 17) -> Truth:
    employees, family = make_people(seed)
    rng = random.Random(seed + 1)
    objects = dict(documents.roster(root, employees))
    objects.update(documents.my_numbers(root, employees, rng))
    objects.update(documents.bank_accounts(root, employees, rng))
    objects.update(documents.personal_forms(root, employees, family, rng))
    objects.update(documents.mails(root, employees, rng))
    objects.update(documents.checkups(root, employees, rng))
    objects.update(documents.training(root, employees, rng))
    objects.update(documents.emergency(root, employees, family, rng))
    objects.update(documents.minutes(root, employees, rng))
    return Truth(employees, family, objects)


def write_truth(truth: Truth, path: Path) -> None:
    people = {m.id: {"name": m.name(), "birth": m.birth.isoformat(), "email": m.email, "mobile": m.mobile}
              for m in [*truth.employees, *truth.family.values()]}
    path.write_text(json.dumps({"people": people, "objects": truth.objects}, ensure_ascii=False, indent=1))


def work_directory(keep: Path | None, prefix: str) -> Path:
    """Where a benchmark builds its share and inventory (kept when named), with
    an installation key of its own there."""
    work = keep or Path(tempfile.mkdtemp(prefix=prefix))
    work.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("DAICHO_HOME", str(work / "home"))
    return work
