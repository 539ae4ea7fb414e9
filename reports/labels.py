"""The words of the officer's report (HTML and xlsx), from the catalogue."""

from __future__ import annotations

from reports.catalogue import CATALOGUE, lang_index


def words(prefix: str, lang: str) -> dict[str, str]:
    """Every `<prefix>.<name>` sentence of the catalogue, by name (one that takes
    values is filled with T() in the template)."""
    start = len(prefix) + 1
    return {key[start:]: texts[lang_index(lang)] for key, texts in CATALOGUE.items() if key.startswith(prefix + ".")}


def labels(lang: str) -> dict:
    """`L` of the templates: report.* words, plus labels of entity types, outcome
    kinds and verdicts by their stored code."""
    return {**words("report", lang), "entity": words("entity", lang), "outcome": words("outcome", lang),
            "verdicts": words("verdict", lang), "object_status": words("object_status", lang)}
