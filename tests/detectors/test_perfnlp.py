"""What the start-up and per-value savings of perfnlp keep: the model's strings it was
loaded without are added as its pipeline meets them, and digits_only keeps ASCII
digits only."""

from __future__ import annotations

import pytest

from detectors.normalize import digits_only


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
