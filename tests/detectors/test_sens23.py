"""要配慮 read across writers (issue 12, sens23): a medicine taken as needed (頓用, 頓服) or
habitually (常用) after its disease; a disease with the attack it brings (〜でけいれん発作あり);
a 既往症 label is no disease; a party's branch or a cause's group named by a noun (〜反対の会)
with one's work there; a crime suffered told with a past time before 〜された際の対応; a road
offence's passive (当て逃げされ); what the reader told the office (お申し出の〜について); 本籍 with
its place in brackets in a memo (※…本籍(…)の記載あり); a disability's word opening a body's
name (〇〇盲導犬協会). Made-up people and wordings."""

import pytest

from tests.detectors.test_sensitive_health14 import recognizer, told  # noqa: F401


@pytest.mark.parametrize("text, inside, category", [
    ("面談記録\n森 和也さんは片頭痛でトリプタン製剤を頓用している。", "片頭痛でトリプタン製剤を頓用", "病歴"),
    ("引継ぎ：利用者 北村 節子様、不眠症で睡眠導入剤を常用中。", "不眠症で睡眠導入剤を常用", "病歴"),
    ("欠席連絡\n長女の里穂はてんかんでけいれん発作があり、本日は休ませます。", "てんかんでけいれん発作があり", "病歴"),
    ("氏名 浜田 修二\n既往症・服薬 不整脈で抗凝固剤を服用中\n", "不整脈で抗凝固剤を服用中", "病歴"),
    ("会員名簿 備考：民政党の市支部で運動員を務める（本人申告）", "党の市支部で運動員", "信条"),
    ("面談メモ：増田 亮さんは産廃処分場建設反対の住民団体で事務局長を担当。", "建設反対の住民団体で事務局長を担当", "信条"),
    ("相談記録 相談者 川島 誠\n先月、駐輪場で自転車を盗まれた際の交番の対応に納得がいかない。", "盗まれた", "犯罪被害"),
    ("事故受付：契約者 小西 恵の車が交差点でひき逃げされ、右前輪を損傷。", "ひき逃げされ", "犯罪被害"),
    ("野口 真由美 様\nご申告いただいた天理教の信者について、宿坊の手配を進めております。", "天理教の信者", "宗教"),
    ("受講生 今井 花 様\nお申し出のあった療育手帳B1については担当講師に伝えました。", "療育手帳B1", "障害"),
    ("選考メモ 応募者 三浦 健太\n※履歴書に本籍(長崎県佐世保市島瀬町)の記載あり。", "長崎県佐世保市島瀬町", "本籍"),
])
def test_told_of_a_person(recognizer, text, inside, category):
    found = told(recognizer, text)
    assert any(inside in value and cat == category for value, cat in found), found


@pytest.mark.parametrize("text", [
    "社会福祉法人 みどり盲導犬協会\n〒100-0001 東京都千代田区",
    "主催：県手話サークル連絡会　後援：市点字図書館",
    "薬の使い方\n財布を盗まれた際は、すぐに交番へ届け出てください。",
    "2023年の法改正で、詐欺の被害に遭った際の返金手続が定められました。",
    "※本籍(都道府県名)を記入してください。",
    "例会記録\n次回：2027年5月9日　蜂に刺された場合はすぐ受診してください。",
    "昨年度の防犯講習では、鞄を盗まれた際の届け出方を学んだ。",
    "交通安全推進の会の事務局を担当する方を募集します。",
])
def test_no_ones(recognizer, text):
    assert not [p for p in told(recognizer, text) if p[1] in ("障害", "病歴", "犯罪被害", "本籍", "信条")], told(recognizer, text)
