"""The classes found by reading corpus 2 as a development set (corpus2dev), each with
cases of our own wording: a birth in a host's 元号コード glued after a one-digit code
(a sex) in a header-less master, a form's labels spaced out to their column's width
(氏　名 | … | 生年月日 | …), a disability told with its cause or its aid, and a union
roster's title. Made-up people; real files through the scanner and the GiNZA model."""

import datetime as dt

import pytest

from detectors.columns.digit_runs import digit_run_cuts
from detectors.fields import is_field_label
from samples import writers as w
from tests.detectors.test_sensitive_beliefs import in_file, sensitive
from tests.scanner.test_bare_exports import _findings

# kanji name, sex, birth, hire date
CLERKS = [("柏木　順平", 1, dt.date(1957, 8, 19), dt.date(1979, 4, 2)),
          ("三浦　加奈子", 2, dt.date(1966, 1, 7), dt.date(1988, 10, 17)),
          ("野々村　拓", 1, dt.date(1973, 10, 30), dt.date(1996, 6, 3)),
          ("秋元　里美", 2, dt.date(1981, 3, 26), dt.date(2004, 9, 13)),
          ("宇野　慎吾", 1, dt.date(1992, 6, 11), dt.date(2015, 2, 23)),
          ("篠田　千秋", 2, dt.date(1969, 12, 2), dt.date(1990, 7, 30)),
          ("丹羽　浩之", 1, dt.date(1987, 5, 15), dt.date(2011, 11, 7))]


def _era_coded(day: dt.date) -> str:
    code, first = ("4", 1988) if day >= dt.date(1989, 1, 8) else ("3", 1925)
    return f"{code}{day.year - first:02d}{day:%m%d}"


def _master() -> str:
    """Number, name, sex and 元号コード birth edge to edge, hire date and a grade code edge to edge."""
    lines = []
    for n, (name, sex, born, hired) in enumerate(CLERKS):
        name_field = name + "\u3000" * ((20 - len(name.encode("cp932"))) // 2)
        line = (f"{8120 + 3 * n:07d}" + name_field + f"{sex}{_era_coded(born)} "
                + f"岐阜県大垣市郭町{n + 2}-{n + 5}".ljust(28) + f"0584-7{n}-33{n}1 " + f"{hired:%Y%m%d}{n % 3 + 1:04d}")
        lines.append(line + " " * (110 - len(line.encode("cp932"))))
    return "\r\n".join(lines)


def test_a_code_glued_before_an_era_coded_birth_is_cut_off():
    values = [f"{sex}{_era_coded(born)}" for _, sex, born, _ in CLERKS]
    assert digit_run_cuts(values, [None] * len(values)) == [1, 8]
    western = [f"{born:%Y%m%d}" for _, _, born, _ in CLERKS]  # YYYYMMDD: no era's code in its second digit
    assert digit_run_cuts(western, [None] * len(western)) == []
    one_year = [f"1{_era_coded(dt.date(1970, 1 + n, 1))}" for n in range(7)]  # a slip's dates of one year
    assert digit_run_cuts(one_year, [None] * len(one_year)) == []


@pytest.mark.slow
def test_births_after_a_sex_code_are_found_and_hire_dates_are_not(scanner, tmp_path):
    found = _findings(scanner, tmp_path, "SHOKUIN.DAT", _master().encode("cp932"))
    assert set(found.get("DATE_OF_BIRTH", {})) == {born.isoformat() for _, _, born, _ in CLERKS}


def test_labels_spaced_to_the_width_of_their_column_are_labels():
    for label in ("氏\u3000名", "住\u3000\u3000所", "生 年 月 日", "本\u3000籍"):
        assert is_field_label(label), label
    assert not is_field_label("午後 の 部") and not is_field_label("第 一 工場")


@pytest.mark.slow
def test_a_birth_beside_a_spaced_name_label_in_a_form_is_found(scanner):
    sheet = [["職員個人票", None, None, None], ["ﾌﾘｶﾞﾅ", "ｵｶﾞﾜ ﾘｮｳｽｹ", "性\u3000別", "男"],
             ["氏\u3000名", "小川 亮介", "生年月日", "S48.2.17"],
             ["住\u3000所", "〒503-0887 岐阜県大垣市郭町3-14", None, None], ["趣\u3000味", "釣り", None, None]]
    record = scanner.scan_bytes("kojinhyo.xlsx", w.xlsx_bytes({"個人票": sheet}))
    births = [f.text for o in record.walk() for f in o.findings if f.entity_type == "DATE_OF_BIRTH"]
    assert births == ["S48.2.17"]


@pytest.mark.slow
@pytest.mark.parametrize("text, phrase", [
    ("大川さんは左耳の難聴のため補聴器を付けて勤務しています。", "補聴器"),
    ("氏名: 大川 剛\t配慮事項: 頸髄損傷により電動車椅子を使用\t", "車椅子"),
    ("氏名: 森 千晴\t配慮事項: 視覚障害のため拡大読書器を使用\t", "視覚障害"),
])
def test_a_disability_told_with_its_cause_or_aid_is_a_disability(detector, text, phrase):
    found = sensitive(detector, text)
    assert any(phrase in d.text for d in found if d.category == "障害"), found
    assert not any(d.category == "病歴" and phrase in d.text for d in found), found


@pytest.mark.slow
def test_a_disease_alone_stays_a_medical_history(detector):
    found = sensitive(detector, "氏名: 森 千晴\t配慮事項: 気管支喘息のため吸入薬を使用\t")
    assert [d.category for d in found] == ["病歴"], found


@pytest.mark.slow
def test_a_union_rosters_title_is_no_ones_membership(scanner):
    sheet = [["東濃金属労働組合 組合員名簿（令和8年度）"], ["氏名", "職場", "組合役職", "携帯電話"],
             ["片桐 信也", "鋳造課", "執行委員", "090-4417-2086"], ["堀内 美穂", "検査課", "青年部長", "080-3921-5570"],
             ["今泉 正樹", "出荷課", "組合員", "070-6645-1893"]]
    found = in_file(scanner, "meibo.xlsx", w.xlsx_bytes({"名簿": sheet}))
    assert ("労働組合", "執行委員") in found and ("労働組合", "青年部長") in found
    assert not any("名簿" in text or "東濃" in text for _, text in found), found


@pytest.mark.slow
def test_a_grades_words_after_a_value_are_its_judgement(scanner):
    sheet = [["健康診断個人結果", None], ["氏名", "日高 奈緒"], ["受診日", "2026/06/03"],
             ["総合所見", "尿酸 9.4 mg/dL（D 治療中）"]]
    found = in_file(scanner, "kojin.xlsx", w.xlsx_bytes({"結果": sheet}))
    assert found == [("健康診断結果", "尿酸 9.4 mg/dL（D 治療中）")], found


@pytest.mark.slow
def test_a_records_title_names_no_result(detector):
    text = ("特定保健指導記録\n実施日：2026年7月2日\n対象者：日高 奈緒（総務課）\n\n"
            "【経過】\n半年前に痛風と診断され、尿酸降下薬を内服している。\n")
    found = sensitive(detector, text)
    assert [d.category for d in found] == ["病歴"], found


@pytest.mark.slow
def test_a_belief_given_as_the_reason_of_a_refusal_is_a_belief(detector):
    found = sensitive(detector, "氏名: 森 千晴\t備考: 朝礼での唱和を信念により拒んでいる\t")
    assert any(d.category == "信条" for d in found), found


@pytest.mark.slow
def test_a_phrase_is_tied_to_the_subject_whose_given_name_alone_was_found(detector):
    """東 alone is read as a word: the name found is 陽菜, one surname after the label."""
    text = "聞き取り記録\n対象者：東 陽菜（倉庫課）\n\n【経過】\n昨年から2型糖尿病でインスリン注射を続けている。\n"
    names = [d.text for d in detector.detect(text) if d.entity_type == "PERSON"]
    found = sensitive(detector, text)
    assert names and [d.category for d in found] == ["病歴"], (names, found)
