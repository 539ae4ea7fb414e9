"""A person's condition where it is said, and not where it is not (issue 12, health13): a
clinician's shorthand (#1 DM, s/p CVA, PMH:, HTN にて加療中, T2DM（HbA1c …）), a sequel or a
recurrence (〜の後遺症, 〜発作を繰り返す), one's own words (〜をやって), the drug carried or dosed
for a disease, a disability joined to its cause or its treatment; and disability words that
describe a place's provision, a course's topic or people in general. Made-up people, the real
GiNZA model and real files."""

import unicodedata

import pytest

from detectors.jp.sensitive.recognizer import SensitiveRecognizer
from samples import writers as w

from tests.detectors.test_sensitive_beliefs import in_file


@pytest.fixture(scope="module")
def recognizer():
    return SensitiveRecognizer()


def told(recognizer, text):
    text = unicodedata.normalize("NFKC", text)  # as the scanner gives it
    return sorted((text[p.start:p.end], p.category) for p in recognizer.phrases(text))


@pytest.mark.parametrize("text, phrase", [
    ("入院時サマリー\n#1 DM（インスリン導入済）\n#2 HT", "DM"),
    ("紹介状\nPMH: CKD stage3, AF, s/p CVA", "CVA"),
    ("経過：h/o OMI、PCI後", "OMI"),
    ("r/o 肺炎（右下葉）", "肺炎"),
    ("HTN、CHFにて加療中", "HTN、CHFにて加療中"),
    ("紹介目的：精査加療\nT2DM（HbA1c 8.1%）", "T2DM"),
    ("本人は痛風発作を繰り返している。", "痛風発作を繰り返している"),  # an attack is a disease's head (health24)
    ("脳出血の後遺症で左足を引きずる。", "脳出血の後遺症"),
    ("去年、腎臓結石をやって入院しました。", "腎臓結石をやって入院し"),
    ("卵アレルギー（重度）のためエピペンを携帯しています。", "卵アレルギー(重度)のためエピペンを携帯しています"),
    ("甲状腺機能亢進症に対しメルカゾール継続", "甲状腺機能亢進症に対しメルカゾール継続"),
    ("関節リウマチでメトトレキサート週1回", "関節リウマチでメトトレキサート週1回"),
    ("本人は胃がん（ステージII）のため", "胃がん(ステージII)"),
    ("乳がん骨転移で緩和ケア中", "乳がん骨転移"),
    ("先週から腰痛と本人より申告。", "腰痛と本人より申告"),
])
def test_a_condition_as_clinicians_and_people_write_it_is_a_disease(recognizer, text, phrase):
    assert (phrase, "病歴") in told(recognizer, text)


@pytest.mark.parametrize("text", [
    "定例会議\n#1 予算執行状況\n#2 HP改修の進捗",
    "ToDo\n#2 RA（リスクアセスメント）シート回収\n#3 OAフロアの配線確認",
    "薬剤服用歴",
    "会議で資料を週1回配布する。",
    "契約を継続し、単価を増量する。",
    "服薬の継続を確認。",
    "ステージIVの公演を見た。所得と申告した。",
])
def test_numbered_lists_and_words_of_business_are_no_disease(recognizer, text):
    assert told(recognizer, text) == []


@pytest.mark.parametrize("text, phrase", [
    ("ASDの診断で通院中", "ASDの診断で通院中"),
    ("人工肛門造設により身体障害者手帳4級", "人工肛門造設により身体障害者手帳4級"),
    ("脳性麻痺のため車いすを使用", "脳性麻痺のため車いすを使用"),
])
def test_a_disability_with_its_cause_or_treatment_is_one_disability(recognizer, text, phrase):
    assert told(recognizer, text) == [(phrase, "障害")]


@pytest.mark.parametrize("text", [
    "1階に車椅子対応トイレがあります。",
    "盲導犬・介助犬同伴可",
    "客室は車いすのままご利用いただけます。",
    "研修テーマ：発達障害の理解と支援",
    "第1部 精神障害の基礎知識",
    "知的障害のある子どもへの支援を拡充する。",
])
def test_a_places_provision_or_a_courses_topic_is_no_ones_disability(recognizer, text):
    assert told(recognizer, text) == []


def test_a_persons_aid_in_use_stays_a_disability(recognizer):
    assert ("車いすを使用している", "障害") in told(recognizer, "本人は車いすを使用している。")


@pytest.mark.slow
def test_a_problem_list_and_a_roster_of_causes_in_real_files(scanner):
    rows = [["No", "氏名", "配慮事項"], ["1", "児玉 典子", "人工透析のため身体障害者手帳1級"], ["2", "福永 雄一", "ASDの診断で通院中"]]
    found = in_file(scanner, "roster.xlsx", w.xlsx_bytes({"Sheet1": rows}))
    assert found == [("障害", "ASDの診断で通院中"), ("障害", "人工透析のため身体障害者手帳1級")]
    text = "入院時サマリー\n患者氏名：石丸 隆之\n#1 COPD\n#2 AF（抗凝固療法中）\n".encode("utf-8")
    found = in_file(scanner, "summary.txt", text)
    assert ("病歴", "AF") in found and any(category == "病歴" and "COPD" in value for category, value in found)


@pytest.mark.parametrize("text", ["同和地区の歴史について研修を行った。", "婚外子の相続分に関する判例を学ぶ。",
                                  "同和地区での住民説明会を実施した。"])
def test_a_status_named_as_a_place_or_a_topic_is_no_ones(recognizer, text):
    assert told(recognizer, text) == []


@pytest.mark.parametrize("text, phrase", [("被差別部落出身であることを理由に結婚を反対された。", "被差別部落出身"),
                                          ("本人は非嫡出子である。", "非嫡出子"), ("出身地：同和地区", "同和地区")])
def test_a_persons_status_stays(recognizer, text, phrase):
    assert (phrase, "社会的身分") in told(recognizer, text)


@pytest.mark.slow
def test_a_dialysis_rosters_underlying_disease_column_gives_its_cells(scanner):
    rows = [["送迎予定表"], ["便", "患者氏名", "住所", "原疾患", "介助"], ["1", "武藤 正樹", "東京都", "腎硬化症", "杖"],
            ["2", "宇野 陽子", "東京都", "IgA腎症", ""]]
    assert in_file(scanner, "t.xlsx", w.xlsx_bytes({"送迎": rows})) == [("病歴", "IgA腎症"), ("病歴", "腎硬化症")]
