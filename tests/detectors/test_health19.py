"""Issue 12, health19: a health centre's, a donor coordinator's, a meal service's and an
adoption group's records as other offices write them — a labelled value that ends at its
sentence when the next one tells another category, a symptom under its label (症状, 主訴)
but not a machine's fault, an allergy named by its cause under 備考 (hiragana allergens), an
illness of one of the reader's household (ご家族に〜の方がいらっしゃる), さま salutations, an
order's delivery address, a shop's mailbox named for its trade. Made-up people, addresses
and sentences only."""

from email.message import EmailMessage

import pytest

from detectors.export_headers import glossed
from detectors.own_domains import named_for_its_trade
from tests.detectors.test_sens18 import _covered as _has
from tests.detectors.test_sensitive_beliefs import in_file
from tests.detectors.test_sensitive_health14 import recognizer, told  # noqa: F401  (NFKC as the scanner gives it)


@pytest.mark.parametrize("text, first, later", [
    ("所見：胸部X線 異常陰影あり 要精密検査。なお持病の痛風で通院中とのことです。", "要精密検査", "痛風で通院中"),
    ("判定：D2 要治療。以前から腎臓病で通院中と伺っています。", "要治療", "腎臓病で通院中"),
    ("検査結果：尿蛋白(2+) 要再検査。既往として胃潰瘍の手術を受けたとのこと。", "要再検査", "胃潰瘍の手術を受けた"),
])
def test_a_later_sentence_of_another_category_is_not_the_labels_value(recognizer, text, first, later):
    found = told(recognizer, text)
    assert _has(found, later, "病歴"), found
    assert any(first in t and k == "健康診断結果" and later not in t for t, k in found), found


def test_a_value_of_two_sentences_of_its_own_category_stays_whole(recognizer):
    assert told(recognizer, "既往歴：高血圧。服薬中。") == [("高血圧。服薬中。", "病歴")]


@pytest.mark.parametrize("text, phrase", [
    ("氏名\t体温\t症状\n今泉 隆\t37.9\t咽頭痛と鼻水\n", "咽頭痛と鼻水"),
    ("受付日\t氏名\t主訴\n12/1\t今泉 隆\t3日前からの頭痛とめまい\n", "頭痛とめまい"),
    ("氏名：今泉 隆\n自覚症状：微熱(37.4度)が続く\n", "微熱"),
    ("氏名：今泉 隆\n症状：百日せき(疑い)\n", "百日せき"),
    ("区分\t氏名\t症状の有無\n接触者\t今泉 隆\tあり\n", "あり"),
])
def test_a_symptom_under_its_label_is_the_persons(recognizer, text, phrase):
    assert _has(told(recognizer, text), phrase, "病歴")


@pytest.mark.parametrize("text", [
    "受付番号\t氏名\t症状\n0042\t今泉 隆\t電源が入らない\n",  # a repair desk's log: the machine's fault
    "氏名：今泉 隆\n症状：異音がする(エアコン室外機)\n",
    "氏名：今泉 隆\n症状：なし\n",
])
def test_a_machines_fault_or_no_symptom_is_nothing(recognizer, text):
    assert told(recognizer, text) == []


@pytest.mark.parametrize("cell", ["くるみアレルギー", "大豆アレルギー", "えび・かにアレルギー"])
def test_an_allergy_under_remarks_named_by_its_allergen(scanner, cell):
    data = f"氏名,電話,備考\n今泉 隆,090-4417-2093,{cell}\n松任谷 咲,090-4417-2094,-\n".encode()
    assert any(category == "病歴" and cell[-7:] in text for category, text in in_file(scanner, "list.csv", data))


def test_an_allergy_named_by_its_hiragana_allergen_in_prose(recognizer):
    assert _has(told(recognizer, "孫はごまアレルギーがあります。"), "ごまアレルギー", "病歴")


def test_romaji_and_english_free_text_headers_are_glossed():
    assert glossed("BIKO") == "BIKO 備考"
    assert glossed("Remarks") == "Remarks 備考"
    assert glossed("ALLERGY") == "ALLERGY アレルギー"


@pytest.mark.parametrize("text, phrase", [
    ("ご家族に気管支喘息の方がいらっしゃるとのことで、長毛種は避けた方がよいと思います。", "気管支喘息"),
    ("同居のご家族にパーキンソン病の方がおられるため、階段のない部屋をご案内します。", "パーキンソン病"),
])
def test_an_illness_of_one_of_the_readers_household(recognizer, text, phrase):
    assert _has(told(recognizer, text), phrase, "病歴")


@pytest.mark.parametrize("text", [
    "ご家族に喘息の方がいる場合は、事前にお知らせください。",
    "お子さんにアレルギーの方がいる世帯には個別にご案内します。",
    "糖尿病の方はお申し出ください。",
])
def test_anyone_of_a_household_stays_generic(recognizer, text):
    assert told(recognizer, text) == []


def _values(scanner, name: str, data: bytes, entity: str) -> list[str]:
    record = scanner.scan_bytes(name, data)
    return sorted(f.value for o in record.walk() for f in o.findings if f.entity_type == entity)


def test_a_salutation_with_hiragana_sama(scanner):
    text = "柳瀬さま\n\nお問い合わせありがとうございます。見学は土曜の午前が空いております。\n"
    assert "柳瀬" in _values(scanner, "reply.txt", text.encode(), "PERSON")


def test_an_orders_delivery_address_is_the_customers(scanner):
    text = ("さくら精肉店 御中\n\nすき焼き用の肉を2kgお願いします。\n"
            "配達先：岡山県倉敷市阿知2-11-8　仁科 智也\n連絡先：086-421-5530\n")
    assert _values(scanner, "order.txt", text.encode(), "ADDRESS") == ["岡山県倉敷市阿知2-11-8"]


def test_a_shops_mailbox_named_for_its_trade(scanner):
    message = EmailMessage()
    message["Subject"], message["From"], message["To"] = "ご注文", "tomoya.nishina@example.net", "midori-hanaya@shop.example.jp"
    message.set_content("みどり花屋 御中\n\n母の日の鉢植えを一つお願いします。\n")
    assert _values(scanner, "m.eml", message.as_bytes(), "EMAIL") == ["tomoya.nishina@example.net"]


@pytest.mark.parametrize("address, shops", [
    ("kojima-bakery@machi.example.jp", True),
    ("hinode.bento@example.or.jp", True),
    ("hanako.kojima@machi.example.jp", False),
    ("kojima-bakery@gmail.com", False),  # free mail: anyone's
    ("kojima-cafe2@machi.example.jp", False),
    ("kohei.shoji@mb.machi.example.or.jp", False),  # 庄司 康平: a surname that is also a trade's word (商事)
])
def test_named_for_its_trade(address, shops):
    assert named_for_its_trade(address) is shops


@pytest.mark.parametrize("text, phrase", [
    ("参加者のうち1名は糖尿病のため、デザートは果物にしてください。", "糖尿病"),
    ("お一人はそばアレルギーのため、天ぷらは別皿でお願いします。", "そばアレルギー"),
])
def test_one_of_a_party_singled_out_with_a_disease_as_the_reason(recognizer, text, phrase):
    assert _has(told(recognizer, text), phrase, "病歴")


@pytest.mark.parametrize("text", [
    "うち1名は遅れて到着するため、席を入口側にしてください。",
    "花粉症のため、マスクの着用をおすすめします。",
    "受診者のうち12名が要精密検査でした。",
])
def test_a_party_without_a_disease_or_a_count_says_nothing(recognizer, text):
    assert not any(kind == "病歴" for _, kind in told(recognizer, text))


def test_an_address_whose_prefecture_and_city_hold_another_prefectures_name(scanner):
    text = "東京都府中市寿町3丁目4番12号\n"  # 東京都府中市 holds 京都府
    assert _values(scanner, "slip.txt", text.encode(), "ADDRESS") == ["東京都府中市寿町3丁目4番12号"]
