"""Small shares for the worker tests: rosters (synthetic people, valid My Numbers)
as CSV files and as the members of one zip."""

from __future__ import annotations

import zipfile
from pathlib import Path

from inventory import Inventory
from inventory.queries import current_findings
from samples.synth import make_people


def roster(seed: int, people: int = 3) -> str:
    rows = ["氏名,個人番号,電話"] + [f"{p.name},{p.my_number},{p.mobile}" for p in make_people(people, seed)]
    return "\n".join(rows) + "\n"


def roster_share(root: Path, files: int = 4) -> Path:
    """files rosters, 名簿1.csv … (a name of each worker test's choosing is added by the test)."""
    root.mkdir(parents=True, exist_ok=True)
    for index in range(1, files + 1):
        (root / f"名簿{index}.csv").write_text(roster(index), encoding="utf-8")
    return root


def roster_zip(path: Path, members: int) -> Path:
    """One archive of many small rosters: a container worth splitting."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for index in range(members):
            archive.writestr(f"部署{index:03d}/名簿.csv", roster(1000 + index, people=2))
    return path


def objects(inventory: Inventory) -> dict[str, dict]:
    return {row["uri"]: row for row in inventory.db["objects"].rows_where("deleted_scan is null")}


def findings(inventory: Inventory) -> list[tuple]:
    """What an export holds, without the finding ids (they follow the order of writes)."""
    return [(r["path"], r["entity_type"], r["masked"], r["value_hmac"], r["location"], r["occurrences"])
            for r in current_findings(inventory.db)]
