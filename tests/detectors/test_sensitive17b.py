"""要配慮 in a parish roll, an application form, a banquet plan and a lawyer's notes (issue 12,
sensitive17b): a label word inside a header's remark that sends the reader elsewhere (故人（法名は
別紙）) labels nothing — the column holds the names; a country alone under a joined 国籍・出自
label answers the nationality, not an origin; a faith told by attending or belonging to its
meetings or church (〜教の集会に毎週通っている, 〜教会に所属); a faith said in English (an
observant Muslim, a devout Catholic); a political body's seat with its branch (政治団体の地区役員);
a fraud's damage told with its sum (投資詐欺で約150万円の被害). Made-up people and wordings only."""

import pytest

from samples import writers as w

from tests.detectors.test_sensitive_beliefs import in_file
from tests.detectors.test_sensitive_health14 import recognizer, told  # noqa: F401  (NFKC as the scanner gives it)


def _has(found, phrase, category):
    return any(kind == category and (phrase in text or text in phrase) for text, kind in found)


@pytest.mark.slow
def test_a_label_word_in_a_referral_remark_labels_nothing(scanner):
    rows = ["檀家番号,世帯主,宗派,物故者（法名は別紙参照）", "A-12,北条 正樹,曹洞宗,北条 トメ",
            "A-13,南雲 多恵,臨済宗,南雲 吉蔵"]
    found = in_file(scanner, "過去帳.csv", "\r\n".join(rows).encode("utf-8"))
    assert ("宗教", "曹洞宗") in found and ("宗教", "臨済宗") in found
    assert not any("トメ" in text or "吉蔵" in text for _, text in found), found


@pytest.mark.slow
def test_a_country_alone_under_nationality_and_origin_is_no_origin(scanner, tmp_path):
    path = tmp_path / "申込.docx"
    w.write_docx(path, ["賃貸入居申込書"], [["氏名", "戸川 葉月"], ["国籍／民族", "ベトナム"], ["勤務先", "丸三運輸"]])
    assert in_file(scanner, "申込.docx", path.read_bytes()) == []
    rows = ["会員名,国籍・出自,入会日", "荒巻 颯,日本,2024/4/1", "朴 智恩,韓国籍,2024/5/2", "平良 輝,琉球民族の出自,2024/6/3"]
    found = in_file(scanner, "会員.csv", "\n".join(rows).encode("utf-8"))
    assert found == [("人種・民族", "琉球民族の出自")], found


@pytest.mark.parametrize("text, phrase", [
    ("打合せメモ：新婦のお父様は天理教の教会に所属されているため、乾杯は別の形にします。", "天理教の教会に所属"),
    ("ご親族の北見 秀樹様はエホバの証人の集会に毎週通っているとのことです。", "エホバの証人の集会に毎週通"),
    ("備考：喪主の母親は金光教の教会に長年所属。", "金光教の教会に長年所属"),
])
def test_a_faith_told_by_its_meetings_or_church(recognizer, text, phrase):
    assert _has(told(recognizer, text), phrase, "宗教"), told(recognizer, text)


@pytest.mark.parametrize("text, phrase", [
    ("Dear Ms Okada,\nWe understand that your father is a devout Catholic and would like grace said before dinner.",
     "a devout Catholic"),
    ("Note: Mr Rahman is a practicing Muslim; please prepare halal dishes for him.", "a practicing Muslim"),
    ("Our records show that you are an observant Sikh and do not drink alcohol.", "an observant Sikh"),
])
def test_a_faith_said_in_english(recognizer, text, phrase):
    assert _has(told(recognizer, text), phrase, "宗教"), told(recognizer, text)


@pytest.mark.parametrize("text", [
    "The hotel is a short walk from the Catholic cathedral and the Buddhist temple.",
    "Halal and kosher menus are available on request for every guest.",
])
def test_a_faith_named_of_no_one_in_english(recognizer, text):
    assert not [t for t, kind in told(recognizer, text) if kind == "宗教"], told(recognizer, text)


@pytest.mark.parametrize("text, phrase", [
    ("会員の有馬 巧さんは革新系の政治団体の地区役員を務めている。", "政治団体の地区役員"),
    ("名簿メモ：右翼団体の支部幹事（2019年から）", "右翼団体の支部幹事"),
])
def test_a_political_bodys_seat_with_its_branch(recognizer, text, phrase):
    assert _has(told(recognizer, text), phrase, "信条"), told(recognizer, text)


@pytest.mark.parametrize("text, phrase", [
    ("相談者 宇津木 里沙 氏は投資詐欺で約150万円の被害を受けたと述べている。", "投資詐欺で約150万円の被害"),
    ("依頼人は架空請求詐欺で80万円の被害と申告。", "架空請求詐欺で80万円の被害"),
    ("ご持参の被害届の控え（投資詐欺で約45万円の被害）を確認しました。", "投資詐欺で約45万円の被害"),
])
def test_a_frauds_damage_told_with_its_sum(recognizer, text, phrase):
    assert _has(told(recognizer, text), phrase, "犯罪被害"), told(recognizer, text)


def test_a_frauds_damage_in_general_is_no_ones(recognizer):
    text = "県内では特殊詐欺で約3億円の被害が出ている。"
    assert not [t for t, kind in told(recognizer, text) if kind == "犯罪被害"], told(recognizer, text)
