"""The entity registry is the one list of types: every type a recognizer emits has
an entry with every fact filled in, and the tables derived from it agree with
what they feed (ledger words parse back, categories match the sensitive terms)."""

from __future__ import annotations

from pathlib import Path

from detectors.engine import RECOGNIZER_CLASSES
from detectors.entities import (
    ALL_ENTITIES,
    CORPORATE_NUMBER,
    ENTITIES,
    RISK_LEVELS,
    SENSITIVE,
    SENSITIVE_CATEGORIES,
    EntityType,
)
from detectors.jp import sensitive
from inventory.ledger.items import WORD_FOR_TYPE, items_text, parse_items


def test_every_type_has_an_entry_and_every_entry_a_type():
    assert [t.value for t in EntityType] == list(ENTITIES) == list(ALL_ENTITIES)
    emitted = {cls.ENTITY if hasattr(cls, "ENTITY") else cls().supported_entities[0] for cls in RECOGNIZER_CLASSES}
    assert emitted - {CORPORATE_NUMBER} == set(ENTITIES)


def test_every_entry_is_complete():
    for name, info in ENTITIES.items():
        assert info.name == name and info.ja and info.en and info.en != name, name
        assert info.level in RISK_LEVELS and info.risk >= 0, name
        assert info.ledger_word or name == SENSITIVE, name  # 要配慮 data is declared by category


def test_ledger_words_parse_back_to_their_types():
    for name, word in WORD_FOR_TYPE.items():
        assert name in parse_items(word).types, (name, word)
    assert items_text(frozenset({"MY_NUMBER", "PERSON", "SENSITIVE:病歴"})) == "氏名.個人番号.病歴"


def test_sensitive_categories_are_the_recognizers_categories():
    """Every category a field label gives is in the registry, and the recognizer's
    test table (one phrase per kind of information) covers every category."""
    from tests.detectors.test_sensitive import MATCHES

    labels = Path(sensitive.__file__).parent / "data" / "labels.tsv"
    rows = [line.split("\t") for line in labels.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    assert {row[1] for row in rows} <= set(SENSITIVE_CATEGORIES)
    assert {category for category, *_ in MATCHES} == set(SENSITIVE_CATEGORIES)
