"""One reader of Latin-letter names said by an English context (latin21: people20's and
leftovers20's readers merged in person_english): one honorific list read after a name of
several words and glued to one listed word, the union of both titles, a Korean surname that
is also a kin word. Made-up people and sentences, the real GiNZA model."""

import pytest


def _found(detector, text):
    return [d.text for d in detector.detect(text) if d.entity_type == "PERSON"]


@pytest.mark.parametrize("text, name", [
    ("本日Dewi Lestari教授が来校した。", "Dewi Lestari"),  # a people-only honorific after two words
    ("書類はTanaka殿へ送付した。", "Tanaka"),  # 殿 glued to a listed surname
    ("Dear Mx. ADHIKARI ROSHAN,\nYour room is ready.", "ADHIKARI ROSHAN"),  # kept: a title people20 alone knew
    ("Dear SON MINJI,\nSee you on Monday.", "SON MINJI"),  # kept: son, a kin word, is not skipped as a lead
])
def test_one_context_reader_of_latin_names(detector, text, name):
    assert name in _found(detector, text)

