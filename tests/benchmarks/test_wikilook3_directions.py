"""The wikilook3 measurements: the split of the Wikipedia half A into A1 and A2
(benchmarks/wiki_person.py --half), and the pieces of
benchmarks/wikilook3_directions.py, on made-up sentences with the real GiNZA model."""

import pytest
from sudachipy import Dictionary

from benchmarks import wiki_person
from benchmarks import wikilook3_directions as directions


def test_a1_and_a2_split_half_a_by_alternate_files(tmp_path):
    files = []
    for i in range(10):
        path = tmp_path / f"doc_{i:03}.txt"
        path.write_text("本文\n", encoding="utf-8")
        files.append(path)
    a, a1, a2 = (wiki_person.half(files, which) for which in ("A", "A1", "A2"))
    assert [p.name for p in a1] == ["doc_000.txt", "doc_004.txt", "doc_008.txt"]
    assert [p.name for p in a2] == ["doc_002.txt", "doc_006.txt"]
    assert not set(a1) & set(a2) and sorted(a1 + a2) == a
    assert not set(a) & set(wiki_person.half(files, "B"))


@pytest.fixture(scope="module")
def tokenize(nlp):
    return nlp.tokenizer.tokenizer.tokenize


def test_features_hold_no_proper_noun(tokenize):
    text = "先月、架空健太郎は北見で講演した。"
    start = text.index("架空健太郎")
    found = directions.features(tokenize, text, start, start + len("架空健太郎"))
    assert "R1=は" in found and "R2=は|<固有名詞>" in found and "L1=、" in found
    assert not any("北見" in feature for feature in found)


def test_features_stop_at_the_line(tokenize):
    text = "一行目の終わり\n佐藤の"
    found = directions.features(tokenize, text, 8, 10)
    assert "L0" in found and "R1=の" in found and not any("終わり" in feature for feature in found)


def test_a_word_the_dictionary_also_holds_as_a_brand_is_ambiguous(tokenize):
    dictionary = Dictionary(dict="core")
    text = "ヤマハは新しい楽器を発表した。山田は社長になった。"
    brand = dict(text=text, start=0, end=3)
    surname = dict(text=text, start=text.index("山田"), end=text.index("山田") + 2)
    assert directions.ambiguous(brand, dictionary, tokenize, places=False)
    assert not directions.ambiguous(surname, dictionary, tokenize, places=False)
    assert directions.ambiguous(surname, dictionary, tokenize, places=True)  # 山田 is a place too


def test_person_evidence_is_a_role_or_a_listed_name():
    text = "部長の架空は、課長の宮前と会った。架空と宮前が来た。架空は来た。"
    role = dict(text=text, start=3, end=5)
    listed = dict(text=text, start=text.index("架空と"), end=text.index("架空と") + 2)
    alone = dict(text=text, start=text.rindex("架空"), end=text.rindex("架空") + 2)
    second = text.index("宮前が")
    assert directions.person_evidence(role, set())
    assert directions.person_evidence(listed, {(second, second + 2)})
    assert not directions.person_evidence(alone, {(second, second + 2)})


def test_log_odds_favour_the_side_a_feature_was_seen_on():
    from collections import Counter

    people = Counter({"R1=は": 5, "R1=氏": 4})
    things = Counter({"R1=は": 5, "R1=社": 6})
    odds = directions.log_odds(people, things)
    assert odds["R1=氏"] > 0 > odds["R1=社"]
