"""misc19 (issue 12): consultations, offenders' placements and notices, read as another office
would write them. Made-up people and places only.

- 犯罪被害: whom a person told (警察に相談, 交番へ届け出た, 弁護士に相談するよう勧めた) is no crime
  suffered; a sum lost to a crime (詐欺で3万円の被害, 窃盗により約12万円相当の被害) is one;
- 犯罪歴: a record told as the person's 経歴 (…で逮捕された経歴です, 罪名: …で逮捕された経歴) is
  theirs, a glossary's definition (意味: 有罪判決を受けた経歴) is no one's;
- PERSON: the value of a place's label (会場：, 集合場所：, 最寄り：) is a place, and a contact
  label after a name (田中　問合せ) is the next field, not a given name.
"""

import pytest

from tests.detectors.test_sensitive_beliefs import sensitive

PERSON_LINE = "相談者：森下 亜紀（1961年4月2日生）　電話 090-3312-7745\n"

VICTIM_WITH_SUM = [
    ("相談内容：架空請求詐欺で3万円の被害。", "詐欺で3万円の被害"),
    ("概要：留守中の窃盗により約12万円相当の被害を受けた。", "窃盗により約12万円相当の被害"),
    ("経過：投資詐欺に遭い、計250万円の被害", "投資詐欺に遭い、計250万円の被害"),
    ("概要：置き引きで鞄ごと約6万円の被害があった", "置き引きで鞄ごと約6万円の被害"),
    ("概要：ロマンス詐欺によって計90万円の被害", "ロマンス詐欺によって計90万円の被害"),
]

TOLD_TO_ONLY = [
    "相談内容：解約の方法について。警察に相談するよう助言した。",
    "対応：消費生活センターへ相談するよう案内した。弁護士にも相談するよう勧めた。",
    "備考：落とし物を交番に届け出た。",
]


@pytest.mark.slow
@pytest.mark.parametrize("line, phrase", VICTIM_WITH_SUM)
def test_a_sum_lost_to_a_crime_is_a_crime_suffered(detector, line, phrase):
    found = sensitive(detector, PERSON_LINE + line)
    assert any(d.category == "犯罪被害" and phrase in d.text for d in found), found


@pytest.mark.slow
@pytest.mark.parametrize("line", TOLD_TO_ONLY)
def test_whom_a_person_told_is_no_crime_suffered(detector, line):
    found = sensitive(detector, PERSON_LINE + line)
    assert not [d for d in found if d.category == "犯罪被害"], found


RECORD_AS_HISTORY = [
    "対象者：森下 亜紀さん（1961/04/02生）\n経歴は住居侵入で逮捕された経歴です。",
    "氏名: 森下 亜紀\t生年月日: 昭和36年4月2日\t罪名・処分: 器物損壊で逮捕された経歴\t配属: 倉庫",
    "対象者：森下 亜紀\n本人は傷害で服役した経歴である。",
    "受入者一覧\n氏名\t前歴\t配属\n森下 亜紀\t器物損壊で逮捕された経歴\t倉庫\n",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", RECORD_AS_HISTORY)
def test_a_record_told_as_the_persons_history_is_found(detector, text):
    assert any(d.category == "犯罪歴" for d in sensitive(detector, text)), sensitive(detector, text)


@pytest.mark.slow
def test_a_glossarys_definition_is_no_ones_record(detector):
    for text in ("用語: 前科\t意味: 有罪判決を受けた経歴\n用語: 前歴\t意味: 逮捕された経歴\n",
                 "用語集\n用語\t意味\n前歴\t逮捕された経歴\n前科\t有罪判決を受けた経歴\n"):
        assert not [d for d in sensitive(detector, text) if d.category == "犯罪歴"], text


def _people(detector, text):
    return [text[d.start:d.end] if hasattr(d, "start") else d.text
            for d in detector.detect(text) if d.entity_type == "PERSON"]


PLACES = [
    "会場：真鍋紬　問い合わせ 0120-448-912",
    "集合場所：森下橋　連絡先 03-5521-7780",
    "最寄り：大脇坂から徒歩3分",
    "開催場所：結城会館",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", PLACES)
def test_a_place_labels_value_is_no_person(detector, text):
    assert _people(detector, "秋の講習会のご案内\n" + text + "\n") == []


@pytest.mark.slow
def test_a_contact_label_after_a_name_is_not_its_given_name(detector):
    found = _people(detector, "担当：真鍋　問合せ 03-5521-7780\n")
    assert found == ["真鍋"], found


@pytest.mark.slow
def test_a_person_labelled_on_a_place_line_stays(detector):
    found = _people(detector, "会場：市民会館　講師：森下 亜紀 先生\n")
    assert any("森下" in f for f in found), found


SITUATION_NOTES = [
    ("利用者：森下 亜紀（昭和22年5月1日生）\n状況：夫と二人暮らし。慢性腎臓病。週3回デイサービス利用。\n", "慢性腎臓病"),
    ("利用者：森下 亜紀\n現況：独居。関節リウマチ（40代から）。\n", "関節リウマチ"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, disease", SITUATION_NOTES)
def test_a_disease_as_a_sentence_of_a_records_situation_is_the_persons(detector, text, disease):
    assert any(d.category == "病歴" and disease in d.text for d in sensitive(detector, text)), sensitive(detector, text)


@pytest.mark.slow
def test_a_situation_that_says_more_is_left_to_the_other_readers(detector):
    text = "行事記録\n状況：インフルエンザ流行のため中止。次回は未定。\n"
    assert not [d for d in sensitive(detector, text) if d.category == "病歴"]


@pytest.mark.slow
def test_a_districts_total_lost_is_no_ones(detector):
    text = "防犯だより\n管内では還付金詐欺で計2千万円の被害が相次いでいます。\n"
    assert not [d for d in sensitive(detector, text) if d.category == "犯罪被害"], sensitive(detector, text)
