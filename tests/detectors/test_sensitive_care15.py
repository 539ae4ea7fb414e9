"""A person's disability and illness wherever a record places it (issue 12, care15): a disability's
own label holding the condition that causes it (障がいの状況 | 統合失調症), a lost body function
as a certificate writes it (右上肢機能全廃), labels of medical care and of an illness's state by
their grammar, export keys of disability, class and allergy, a diet's cause before a nutrient's
limit or after an operation, a medicine named against a disease, a mail whose writer speaks of
themself or their kin; and illness words that are no one's — a lecture's topic, a training taken,
a guide's title, people with a disability in general, a form's printed instruction, a system's
failure under a 障害 label. Made-up people, the real GiNZA model and real files."""

import pytest

from samples import writers as w

from tests.detectors.test_sensitive_beliefs import in_file
from tests.detectors.test_sensitive_health14 import recognizer, told  # noqa: F401  (the module's recognizer, NFKC as the scanner gives it)


@pytest.mark.parametrize("text, phrase, category", [
    ("番号\t利用者名\t障がいの状況\n01\t三船 凛\t統合失調症\n02\t鳥海 勝也\t重度知的障がい", "統合失調症", "障害"),
    ("No\t氏名\t障害\t備考\n1\t宮下 蒼\tダウン症候群\t\n2\t荒木 湊\tなし\t", "ダウン症候群", "障害"),
    ("利用者名\t主な疾患\t身体状況\n宮下 蒼\t脳梗塞\t右上肢機能全廃\n荒木 湊\t心不全\t体幹機能障害", "右上肢機能全廃", "障害"),
    ("氏名：宮下 蒼\n障害の状況：左下肢機能の著しい障害（4級）", "左下肢機能の著しい障害", "障害"),
    ("利用者の状況\n・脳梗塞後遺症\n・高次脳機能障害がある", "高次脳機能障害がある", "障害"),
    ("児童氏名：宮下 蒼\n医療的ケア：胃ろうからの経管栄養（昼1回）", "胃ろうからの経管栄養(昼1回)", "病歴"),
    ("No\t氏名\t必要な医療的ケア\n1\t小田切 貴之\t間欠的導尿\n2\t三船 凛\tなし", "間欠的導尿", "病歴"),
    ("氏名\t食形態\t病状・留意点\n三船 凛\t常食\t腎臓病のため塩分6g未満", "腎臓病のため塩分6g未満", "病歴"),
    ("氏名\t食事\t備考\n宮下 蒼\t常食\t胃切除後の分割食\n荒木 湊\t常食\t慢性膵炎:脂質30g以下", "胃切除後の分割食", "病歴"),
    ('[{"name": "宮下 蒼", "shogai_kubun": "区分6", "allergy": "ペニシリン"}]', "区分6", "障害"),
    ('[{"name": "宮下 蒼", "disability_type": "視覚障害", "techo_grade": "1級"}]', "1級", "障害"),
    ("児童氏名：宮下 蒼\n受給者証：障害児通所受給者証あり", "障害児通所受給者証あり", "障害"),
    ("10月3日 宮下 蒼\n小児科で抗アレルギー薬が増えました。", "抗アレルギー薬が増え", "病歴"),
    ("10月2日 宮下 蒼\n喘息の吸入薬を朝忘れたので、お昼にお願いします。", "喘息の吸入薬を朝忘れ", "病歴"),
    ("氏名\t健康・配慮事項\n宮下 蒼\tADHDと診断され服薬中", "ADHDと診断され服薬中", "障害"),
    ("氏名\t健康・配慮事項\n高野 湊\tチック症の傾向があり通級指導を受けている", "チック症の傾向があり通級指導を受けて", "障害"),
    # the allergy and its remark, one item since births19 read allergies to any allergen
    ("3年生の宮下 蒼\n※卵アレルギー(アナフィラキシー歴あり)のため、宮下 芽依さん(母)に電話した。", "卵アレルギー(アナフィラキシー歴あり", "病歴"),
])
def test_a_condition_in_its_record_is_found_with_its_category(recognizer, text, phrase, category):
    assert (phrase, category) in told(recognizer, text), told(recognizer, text)


@pytest.mark.parametrize("text", [
    "回\t講義内容\n第1回\t糖尿病の病態と治療\n第2回\t発達障害の理解\n講師\t宮下 蒼",
    "#\t職員名\t受講研修\n1\t宮下 蒼\t認知症介護基礎研修\n2\t荒木 湊\t喀痰吸引等研修(第3号)",
    "てんかん発作時の対応\n発作が起きたら時間を計り、周囲の危険物をどけてください。\n作成:宮下 蒼",
    "放課後等デイサービス ひまわり\n対象:発達障害のあるお子さん(小1〜高3)\n作成:宮下 蒼",
    "障害報告\n氏名:三船 凛\n障害:回線障害",
    "システム障害報告\n通信機能障害が発生。\n担当:宮下 蒼",
    "本日のメニュー\n減塩食 450円\n塩分2.1g",
])
def test_a_topic_a_training_a_guide_or_a_failure_is_no_ones(recognizer, text):
    assert [p for p in told(recognizer, text) if p[1] in ("病歴", "障害")] == []


def test_a_forms_instruction_is_no_ones_state_but_its_ticked_box_is(recognizer):
    text = "実習生健康状況申告書\n実習生:三船 凛\n現在治療中のもの(■を付ける)\n□高血圧 ■偏頭痛 □貧血"
    assert told(recognizer, text) == [("偏頭痛", "病歴")]


def test_a_disability_label_inside_a_longer_word_is_no_label(recognizer):
    """A cell above a cell (嚥下障害のためきざみ食 over 腎臓病のため…) is a value: its 障害 makes no
    column of disability."""
    text = "氏名\t食事\t備考\n荒木 湊\tきざみ食\t嚥下障害のためきざみ食\n高野 湊\t常食\t腎臓病のため塩分6g未満"
    assert told(recognizer, text) == [("嚥下障害のためきざみ食", "病歴"), ("腎臓病のため塩分6g未満", "病歴")]


@pytest.mark.slow
def test_a_mail_tells_its_writers_or_their_kins_condition_not_a_notices(scanner):
    own = w.make_eml("例会について", "栗林 康介 <kuri@example.jp>", "office@example.jp",
                     "事務局 御中\n持病の心房細動で月1回通院しているため、日程を相談させてください。\n")
    kin = w.make_eml("欠席連絡", "桑原 芽依 <kuwa@example.jp>", "teacher@example.jp",
                     "担任の先生へ\n息子は食物アレルギーがあり、エピペンを持たせています。\n")
    notice = w.make_eml("講座のご案内", "桑原 芽依 <kuwa@example.jp>", "all@example.jp",
                        "市民公開講座のお知らせ\n糖尿病で通院中の方はぜひご参加ください。\n")
    assert in_file(scanner, "own.eml", own) == [("病歴", "持病の心房細動で月1回通院している")]
    assert in_file(scanner, "kin.eml", kin) == [("病歴", "食物アレルギーがあり")]
    assert in_file(scanner, "notice.eml", notice) == []


@pytest.mark.slow
def test_a_roster_of_disability_columns_in_a_real_workbook(scanner):
    rows = [["番号", "利用者名", "障がいの状況", "手帳等級"], ["01", "三船 凛", "統合失調症", "精神2級"],
            ["02", "鳥海 勝也", "右下肢機能全廃", "身体3級"]]
    found = in_file(scanner, "roster.xlsx", w.xlsx_bytes({"Sheet1": rows}))
    assert ("障害", "統合失調症") in found and ("障害", "右下肢機能全廃") in found
    assert not [f for f in found if f[0] == "病歴"]
