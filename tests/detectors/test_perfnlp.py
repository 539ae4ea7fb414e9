"""What the start-up and per-value savings of perfnlp keep: Presidio's own check of a
pattern still raises after its package's import, the model's strings it was loaded
without are added as its pipeline meets them, and digits_only keeps ASCII digits only."""

from __future__ import annotations

import pytest

from detectors.normalize import digits_only
from detectors.presidio_import import _unless_presidio_check, import_presidio


def test_presidio_checks_its_patterns_again_after_the_import():
    import regex
    from presidio_analyzer import Pattern

    import_presidio()
    assert regex.compile("[0-9]+").match("12")  # restored: a real compile
    with pytest.raises(ValueError):
        Pattern("broken", "(unclosed", 0.5)


def test_only_presidios_check_is_skipped():
    compiled = []

    def compile_(pattern, flags=0):
        compiled.append(pattern)
        return pattern

    wrapped = _unless_presidio_check(compile_)

    def __validate_regex(pattern):  # the frame's name Presidio's Pattern checks under
        return wrapped(pattern)

    assert __validate_regex("(a") is None
    assert wrapped("(b") == "(b"
    assert compiled == ["(b"]


def test_a_pipeline_without_the_vocabulary_strings_names_what_it_reads(nlp):
    doc = nlp("佐藤花子さんは横浜市の病院に入院した。")
    assert [token.text for token in doc][:2] == ["佐藤", "花子"]
    assert all(token.tag_ and token.lemma_ and token.pos_ and token.dep_ for token in doc)
    assert doc[1].tag_.startswith("名詞-固有名詞-人名")
    assert nlp.vocab.strings[nlp.vocab.strings.add("入院")] == "入院"


@pytest.mark.parametrize("value, digits", [
    ("090-1234-5678", "09012345678"),
    ("〒１２３-4567", "4567"),  # full-width digits are not ASCII: left out, as before
    ("٣٤5", "5"),
    ("番号なし", ""),
    ("", ""),
])
def test_digits_only_keeps_ascii_digits(value, digits):
    assert digits_only(value) == digits
