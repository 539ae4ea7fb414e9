"""What one object holds, in a line: counts per type, distinct people, 要配慮
categories, whether it is a 個人情報データベース等 (records laid out to be searched),
and a risk level. Computed from the findings in memory (values are never stored)."""

from __future__ import annotations

from collections import Counter

from inventory.records import FindingRecord

IDENTIFYING = ("MY_NUMBER", "EMAIL", "PHONE", "PASSPORT", "RESIDENCE_CARD", "DRIVERS_LICENSE",
               "BASIC_PENSION_NUMBER", "HEALTH_INSURANCE_NUMBER", "EMPLOYMENT_INSURANCE_NUMBER",
               "RESIDENT_RECORD_CODE")
FINANCIAL = ("BANK_ACCOUNT", "CREDIT_CARD")
DATABASE_ROWS = 5  # rows of a table holding personal data: searchable records (法第2条第4項)
MANY_PEOPLE = 1000  # seed 001 第9条: more than 1,000 people is reportable


def count_people(distinct: dict[str, set[str]] | dict[str, frozenset[str]]) -> int:
    """Distinct people: the most distinct values of any one identifying type; names
    only where there is no identifier (a roster's 氏名 and フリガナ columns name the
    same people twice)."""
    by_identifier = max((len(distinct.get(t, ())) for t in IDENTIFYING), default=0)
    return by_identifier or len(distinct.get("PERSON", ()))


def risk_level(counts: Counter, categories: set[str], subjects: int) -> str:
    if not counts or set(counts) <= {"POSTAL_CODE"}:
        return "none"
    if categories or "MY_NUMBER" in counts or any(t in counts for t in FINANCIAL) or subjects > MANY_PEOPLE:
        return "high"
    if any(t in counts for t in IDENTIFYING[3:]) or "DATE_OF_BIRTH" in counts or subjects >= 50:
        return "medium"
    return "low"


def summarize(findings: list[FindingRecord], personal_rows: int) -> dict:
    counts = Counter(f.entity_type for f in findings)
    distinct: dict[str, set[str]] = {}
    for finding in findings:
        distinct.setdefault(finding.entity_type, set()).add(finding.value)
    subjects = count_people(distinct)
    categories = {f.category for f in findings if f.category}
    return {
        "counts": dict(sorted(counts.items())), "subjects": subjects, "categories": sorted(categories),
        "database": personal_rows >= DATABASE_ROWS, "risk": risk_level(counts, categories, subjects),
    }
