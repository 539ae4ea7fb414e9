"""What one object holds, in a line: counts per type, distinct people, 要配慮
categories, whether it is a 個人情報データベース等 (records laid out to be searched),
and a risk level. Computed from sealed findings in memory: distinct keyed hashes are distinct values."""

from __future__ import annotations

import json
from collections import Counter

from detectors.entities import IDENTIFYING, PERSON, RISK_LEVELS, entity
from inventory.records import FindingRecord, ObjectRecord

DATABASE_ROWS = 5  # rows of a table holding personal data: searchable records (法第2条第4項)
MANY_PEOPLE = 1000  # seed 001 第9条: more than 1,000 people is reportable
MANY_FOR_MEDIUM = 50  # people in one object that make it at least a medium risk


def count_people(distinct: dict[str, set[str]] | dict[str, frozenset[str]]) -> int:
    """Distinct people: the most distinct values of any one identifying type; names
    only where there is no identifier (a roster's 氏名 and フリガナ columns name the
    same people twice)."""
    by_identifier = max((len(distinct.get(t, ())) for t in IDENTIFYING), default=0)
    return by_identifier or len(distinct.get(PERSON, ()))


def _level_of(entity_type: str) -> int:
    info = entity(entity_type)
    return RISK_LEVELS.index(info.level if info else "low")


def risk_level(counts: Counter, categories: set[str], subjects: int) -> str:
    """The highest level any type found gives (see detectors.entities), raised by
    要配慮 categories and by the number of people."""
    level = max((_level_of(t) for t in counts), default=0)
    if categories or subjects > MANY_PEOPLE:
        level = max(level, RISK_LEVELS.index("high"))
    elif subjects >= MANY_FOR_MEDIUM:
        level = max(level, RISK_LEVELS.index("medium"))
    return RISK_LEVELS[level]


def summarize(findings: list[FindingRecord], personal_rows: int, people: int | None = None) -> dict:
    """people: the subjects the scanner found (scanner.subjects); without them,
    distinct values are counted."""
    counts = Counter(f.entity_type for f in findings)
    distinct: dict[str, set[str]] = {}
    for finding in findings:
        distinct.setdefault(finding.entity_type, set()).add(finding.value_hmac)
    subjects = count_people(distinct) if people is None else people
    categories = {f.category for f in findings if f.category}
    return {
        "counts": dict(sorted(counts.items())), "subjects": subjects, "categories": sorted(categories),
        "database": personal_rows >= DATABASE_ROWS, "risk": risk_level(counts, categories, subjects),
    }


def summary_columns(record: ObjectRecord) -> dict:
    """The object's `summary` (JSON) and `risk` columns; none for what was not read."""
    if not record.read or record.status != "ok":
        return {"summary": None, "risk": None}
    if record.prepared is not None:  # summarised by the process that read it
        return {"summary": record.prepared.summary, "risk": record.prepared.risk}
    summary = summarize(record.findings, record.personal_rows, people=len(record.subjects))
    return {"summary": json.dumps(summary, ensure_ascii=False), "risk": summary["risk"]}
