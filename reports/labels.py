"""The words of the officer's report (HTML and xlsx), from the catalogue."""

from __future__ import annotations

from reports.catalogue import CATALOGUE, t


def words(prefix: str, lang: str) -> dict[str, str]:
    """Every `<prefix>.<name>` sentence of the catalogue, by name."""
    start = len(prefix) + 1
    return {key[start:]: t(key, lang) for key in CATALOGUE if key.startswith(prefix + ".")}


def labels(lang: str) -> dict:
    """`L` of the templates: report.* words, plus labels of entity types, outcome
    kinds and verdicts by their stored code."""
    return {**words("report", lang), "entity": words("entity", lang), "outcome": words("outcome", lang),
            "verdicts": words("verdict", lang), "object_status": words("object_status", lang)}
