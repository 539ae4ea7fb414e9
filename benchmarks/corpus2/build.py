"""Build the second corpus: a share of office files in TREE and its truth beside it.

    .venv/bin/python -m benchmarks.corpus2 OUT [--seed 7] [--scale 1.0]

writes OUT/tree/… (345 files at scale 1) and OUT/truth.jsonl (records
`meta`, `file` and `item` as in ../shared/data/wiki-ner-dev). It was the evaluation
set until 2026-12-03; since then it is a development set and benchmarks/corpus3 is
what detection is reported on."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from benchmarks.corpus2 import (kinds_clean, kinds_front, kinds_groups, kinds_health, kinds_host, kinds_hr, kinds_ids,
                                kinds_mail, kinds_pay, kinds_prose, kinds_records)
from benchmarks.corpus2.kit import Kit
from benchmarks.corpus2.truth import Doc

DEFAULT_SEED = 20261123

# (maker, files at scale 1)
PLAN: list[tuple[Callable[[Kit, int], Doc], int]] = [
    (kinds_hr.shinjo_docx, 12), (kinds_hr.shinjo_xlsx, 8), (kinds_hr.fuyo_xlsx, 8), (kinds_hr.fuyo_csv, 6),
    (kinds_pay.payroll_accounts, 10), (kinds_pay.shaho_acquisition, 10), (kinds_pay.resume, 12),
    (kinds_health.checkup_sheet, 10), (kinds_health.checkup_roster, 6), (kinds_health.followup, 8),
    (kinds_health.interview, 14), (kinds_health.opinion_pdf, 8),
    (kinds_front.support_log, 10), (kinds_front.visitor_log, 8), (kinds_front.mailing_list, 8),
    (kinds_prose.incident_memo, 10), (kinds_prose.news_article, 14),
    (kinds_groups.union_roster, 8), (kinds_groups.union_minutes, 4), (kinds_groups.danka_list, 6),
    (kinds_groups.church_members, 6), (kinds_groups.considerations, 10),
    (kinds_host.personnel_master, 8), (kinds_host.zengin_transfer, 4), (kinds_host.printed_report, 3),
    (kinds_host.headerless_csv, 4),
    (kinds_mail.payroll_mail, 8), (kinds_mail.health_mail, 10), (kinds_mail.checkup_zip_mail, 4),
    (kinds_mail.leavers_zip, 4),
    (kinds_ids.foreign_workers, 6), (kinds_ids.drivers_register, 5), (kinds_ids.insurance_cards, 5),
    (kinds_ids.membership_form, 10), (kinds_ids.pension_claim, 8),
    (kinds_records.employee_ledger, 5), (kinds_records.supporters_list, 4), (kinds_records.caution_list, 5),
    (kinds_records.harassment_note, 8),
    (kinds_clean.company_profile, 4), (kinds_clean.branch_list, 4), (kinds_clean.price_list, 4),
    (kinds_clean.order_list, 4), (kinds_clean.failure_report, 5), (kinds_clean.health_column, 5),
    (kinds_clean.union_news, 4), (kinds_clean.temple_notice, 4), (kinds_clean.policy, 3), (kinds_clean.calendar, 3),
    (kinds_clean.safety_minutes, 4), (kinds_clean.manual, 4),
]


def planned(tools, plan: list[tuple[Callable, int]], scale: float) -> list[Doc]:
    """Every document of a plan (maker, files at scale 1) in order, each maker drawing
    from `tools` (a corpus's random stream); no two at one path."""
    docs = [maker(tools, n + 1) for maker, count in plan for n in range(max(1, round(count * scale)))]
    paths = [d.path for d in docs]
    duplicates = {p for p in paths if paths.count(p) > 1}
    if duplicates:
        raise ValueError(f"two documents share a path: {sorted(duplicates)}")
    return docs


def generate(seed: int = DEFAULT_SEED, scale: float = 1.0) -> list[Doc]:
    """Every document of the corpus, in a fixed order for one seed and scale."""
    return planned(Kit(seed), PLAN, scale)


def truth_records(docs: list[Doc], seed: int, scale: float, **meta_fields) -> list[dict]:
    """The records of a corpus; `meta_fields` (a later corpus's source and role) go into its meta record."""
    meta = {"record": "meta", "source": "benchmarks/corpus2 (generated; made-up people and values)", "seed": seed,
            "scale": scale, "license": "Apache-2.0, like daicho",
            # later mentions of a name already given in full (山田太郎 … 山田は) are not labelled:
            # the scorer counts them neither way
            "unlabelled_repeats": True, **meta_fields}
    records = [meta]
    for doc in docs:
        records.append(doc.file_record())
        for item in doc.items:
            records.extend(item.records())
    return records


def write(out: Path, seed: int = DEFAULT_SEED, scale: float = 1.0) -> tuple[Path, Path]:
    """The tree and the truth file under `out`; returns their paths."""
    docs = generate(seed, scale)
    return write_tree(out, docs, truth_records(docs, seed, scale))


def write_tree(out: Path, docs: list[Doc], records: list[dict]) -> tuple[Path, Path]:
    """The documents under OUT/tree and the records in OUT/truth.jsonl; returns their paths."""
    tree = out / "tree"
    for doc in docs:
        target = tree / doc.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(doc.data)
    truth = out / "truth.jsonl"
    with truth.open("w", encoding="utf-8") as stream:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    return tree, truth


def command(write_corpus: Callable, default_seed: int, description: str, argv: list[str] | None = None) -> None:
    """`python -m benchmarks.corpusN OUT [--seed] [--scale]` for a corpus's `write`."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=default_seed)
    parser.add_argument("--scale", type=float, default=1.0, help="files per kind relative to the default (~300 files)")
    args = parser.parse_args(argv)
    tree, truth = write_corpus(args.out, args.seed, args.scale)
    print(f"{sum(1 for p in tree.rglob('*') if p.is_file())} files in {tree}; truth in {truth}")


def main(argv: list[str] | None = None) -> None:
    command(write, DEFAULT_SEED, "Write the second corpus (a development set from 2026-12-03) and its truth.", argv)
