"""The one message catalogue: every sentence daicho shows people, in Japanese (the
default) and English, looked up by key with `t(key, lang, **values)`.

The sentences are data, in TOML files beside this module, one per audience (the
terminal, the report, the ledger, command help, click's own messages): `[section] name = ["日本語", "English"]` is the
key `section.name`, so a language cannot be missing (tests/reports/test_catalogue.py
also checks that both sides take the same values). Entity labels come from
detectors.entities. A new command or report section adds its keys to the file of
its audience, or a new file listed in `TABLES`.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from detectors.entities import ALL_ENTITIES, ENTITIES, SENSITIVE_CATEGORIES
from inventory.notes import Note

LANGS = ("ja", "en")
DEFAULT_LANG = "ja"
TABLES = ("terminal", "report", "ledger", "help", "click", "reasons", "people")


def _flatten(table: dict, prefix: str = "") -> dict[str, tuple[str, str]]:
    entries: dict[str, tuple[str, str]] = {}
    for name, value in table.items():
        if isinstance(value, dict):
            entries.update(_flatten(value, f"{prefix}{name}."))
        else:
            entries[prefix + name] = tuple(value)
    return entries


def _load(name: str) -> dict[str, tuple[str, str]]:
    with open(Path(__file__).with_name(f"{name}.toml"), "rb") as handle:
        return _flatten(tomllib.load(handle))


CATALOGUE: dict[str, tuple[str, str]] = {
    key: texts for name in TABLES for key, texts in _load(name).items()
} | {f"entity.{name}": (info.ja, info.en) for name, info in ENTITIES.items()}


def lang_index(lang: str | None) -> int:
    """Position of a language in each entry; anything unknown is the default."""
    return LANGS.index(lang) if lang in LANGS else LANGS.index(DEFAULT_LANG)


def _value(value: Any, lang: str) -> Any:
    if isinstance(value, Note):
        return t(value, lang)
    if isinstance(value, (list, tuple, set, frozenset)):
        return CATALOGUE["list.separator"][lang_index(lang)].join(str(_value(v, lang)) for v in value)
    return value


def t(key: str | Note, lang: str | None = DEFAULT_LANG, /, **values: Any) -> str:
    """The sentence for key in lang, its values filled in (notes and lists rendered
    for the same reader). Any name is free for a value (`key`, `lang` too)."""
    if isinstance(key, Note):
        key, values = key.key, {**dict(key.values), **values}
    return CATALOGUE[key][lang_index(lang)].format(**{name: _value(value, lang) for name, value in values.items()})


def entity_label(entity_type: str, lang: str | None) -> str:
    """An entity type for people; a type no registry entry knows is shown as stored."""
    key = f"entity.{entity_type}"
    return t(key, lang) if key in CATALOGUE else entity_type


def type_label(declared_type: str, lang: str | None) -> str:
    """A type as ledgers declare it: an entity type, or `SENSITIVE:<category>`."""
    entity_type, _, category = declared_type.partition(":")
    if not category:
        return entity_label(entity_type, lang)
    key = f"category.{category}"
    return t("sensitive_type", lang, category=t(key, lang) if key in CATALOGUE else category)


def _type_order(declared_type: str) -> tuple[int, int]:
    entity_type, _, category = declared_type.partition(":")
    known = ALL_ENTITIES.index(entity_type) if entity_type in ALL_ENTITIES else len(ALL_ENTITIES)
    return known, SENSITIVE_CATEGORIES.index(category) if category in SENSITIVE_CATEGORIES else -1


def type_labels(declared_types, lang: str | None) -> list[str]:
    """Types for people, in the registry's order (氏名, 住所, … as a ledger lists them)."""
    return [type_label(x, lang) for x in sorted(declared_types, key=_type_order)]


def label(prefix: str, code: str | None, lang: str | None) -> str:
    """A stored code (a status, a verdict, an outcome kind) for people; an unknown
    code is shown as stored."""
    key = f"{prefix}.{code}"
    return t(key, lang) if key in CATALOGUE else code or ""
