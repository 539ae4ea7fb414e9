"""benchmarks/name_variants.py: the made-up lists are disjoint and shaped as their kind says,
a full name is cut from its line, and a made-up name replacing it is found on a made-up example."""

import random

from benchmarks import name_variants as nv


def test_the_two_name_lists_share_no_name():
    a, b = nv.NAME_LISTS["A"], nv.NAME_LISTS["B"]
    for field in nv.NameList.__dataclass_fields__:
        assert not set(getattr(a, field)) & set(getattr(b, field)), field


def test_each_variant_is_rendered_as_its_name_says():
    cases = nv.renders(nv.NAME_LISTS["A"], random.Random(1), "")
    assert set(cases) == set(nv.VARIANTS) - {"control"}
    assert " " in cases["half_space"][0] and "　" in cases["ideographic_space"][0]
    assert cases["roman_given_first"][0].split()[1].isupper() and cases["sama"][1] == "様"
    assert all("ァ" <= c <= "ヶ" or c == "　" for c in cases["whole_katakana"][0])
    assert len(cases["one_kanji_each"][0]) == 2


def test_only_whole_kanji_names_are_taken():
    assert nv.full_name("杉浦 美咲") and nv.full_name("長谷川翔")
    assert not nv.full_name("杉浦") and not nv.full_name("スギウラ ミサキ") and not nv.full_name("Misaki SUGIURA")


def test_a_name_is_cut_from_its_line(tmp_path):
    (tmp_path / "log.txt").write_text("4月の当番\n受付 杉浦　美咲 が対応\n", encoding="utf-8")
    item = {"path": "log.txt", "location": "L2", "value": "杉浦 美咲", "entity_type": "PERSON"}
    sample = nv.cut(tmp_path, item)
    assert (sample.above, sample.before, sample.value, sample.after) == ("4月の当番", "受付 ", "杉浦　美咲", " が対応")


def test_a_replaced_name_is_found_on_a_made_up_example(scanner):
    sample = nv.Sample("PERSON", False, "面談記録", "担当：", "杉浦 美咲", "")
    assert nv.found(scanner, sample, sample.value) == (True, True)
    assert nv.found(scanner, sample, "北村 拓海", "様") == (True, True)
