"""Issue 12, shipyard19: a check-up sheet's 判定 beside a result read with a value or a finding
word of any unit (聴力 dB, 陽性, a bare value after its item) is that result's grade, not a second
finding; an item, what was read and its judgement in one run of words (胸部X線 … 要精査) in any
cell or sentence; an attendance line's surname glued to the post it attends as (三好所長); a
name's kana reading in brackets after it. Made-up people and wordings only."""

import pytest

from tests.detectors.test_sensitive_health14 import recognizer, told  # noqa: F401  (NFKC as the scanner gives it)

RESULT = "健康診断結果"


def _results(recognizer, text):
    return [value for value, category in told(recognizer, text) if category == RESULT]


# --- a judgement cell beside a result read with a value or a finding word ----------------------

@pytest.mark.parametrize("result, judgement", [
    ("1000Hz 35dB 低下", "要経過観察"),  # hearing: Hz and dB
    ("尿潜血 陽性(2+)", "要再検"),  # a qualitative reading
    ("HbA1c 8.1", "要医療"),  # an item and a bare value
    ("視力 右0.3 左0.2 低下", "経過観察"),
])
def test_a_judgement_beside_a_read_result_is_its_grade(recognizer, result, judgement):
    text = ("作業員健診 一覧\n氏名\t職種\t検査結果\t判定\n"
            f"梅津 公平\t配管工\t{result}\t{judgement}\n森川 りさ\t塗装工\t{result}\t{judgement}\n")
    found = _results(recognizer, text)
    assert judgement not in found and found, found


def test_a_judgement_beside_items_alone_stays(recognizer):
    text = "健診 フォロー\n氏名\t有所見項目\t判定\n梅津 公平\t血圧・肝機能\t要精検\n"
    assert "要精検" in _results(recognizer, text)


# --- an item, what was read and its judgement in one run -----------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("対象者一覧\n氏名\t内容\n三好 淳\t胸部X線 左下肺野に結節影 要精査\n", "胸部X線 左下肺野に結節影 要精査"),
    ("氏名,備考\n三好 淳,心電図 ST低下 経過観察\n", "心電図 ST低下 経過観察"),
    ("現場だより：型枠班の三好 淳さんは胸部X線で陰影あり要精査のため、足場作業を外れます。", "胸部X線で陰影あり要精査"),
    ("運転者 三好 淳さん：腹部エコー 脂肪肝 要経過観察、乗務は継続。", "腹部エコー 脂肪肝 要経過観察"),
])
def test_an_item_its_finding_and_judgement_anywhere(recognizer, text, phrase):
    assert phrase in _results(recognizer, text), told(recognizer, text)


@pytest.mark.parametrize("text", [
    "監査メモ：三好 淳さんの経費精算は勘定科目が要精査。",
    "三好 淳さん：心電図 異常なし 経過観察不要",
])
def test_an_audits_word_or_a_denied_finding_is_no_result(recognizer, text):
    assert not [v for v in _results(recognizer, text) if "心電図" in v or "要精査" in v], told(recognizer, text)


# --- attendees by surname and post; a name's reading in brackets -------------------------------

def _people(detector, text):
    return [d.text for d in detector.detect(text) if d.entity_type == "PERSON"]


def test_surnames_glued_to_their_posts_in_an_attendance_line(detector):
    text = "安全パトロール記録\n参加：三好所長、梅津安全管理者、森川主任\n指摘事項：足場の手すり欠損\n"
    assert {"三好", "梅津", "森川"} <= set(_people(detector, text)), _people(detector, text)


def test_posts_alone_in_an_attendance_line_are_no_one(detector):
    text = "安全衛生委員会\n出席：総務課長、安全衛生推進者、産業医\n議題：熱中症対策\n"
    assert _people(detector, text) == []


def test_a_post_in_katakana_in_brackets_is_no_reading(detector):
    text = "シフト担当：山田 太郎（アルバイト）\n"
    assert "アルバイト" not in _people(detector, text)


# --- an illness told before a polite request is told, not asked ----------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("梅津先生\n特に森川りささんは気管支喘息で吸入薬を使用中とのことで、ご確認いただけますでしょうか。", "気管支喘息で吸入薬を使用中"),
    ("三好さんはバセドウ病で通院中のため、夜勤の免除をお願いできますか。", "バセドウ病で通院中"),
])
def test_an_illness_before_a_request_is_told(recognizer, text, phrase):
    assert any(phrase in value and category == "病歴" for value, category in told(recognizer, text)), told(recognizer, text)


def test_an_illness_asked_about_stays_unanswered(recognizer):
    assert [c for _, c in told(recognizer, "問診：現在、糖尿病で通院していますか。") if c == "病歴"] == []


# --- a name's kana reading in brackets; a surname and a given name apart before an honorific ----

@pytest.mark.parametrize("text, name", [
    ("入社時確認票\n氏名：久我 道彦（クガミチヒコ）\n入社日：令和7年4月1日\n", "クガミチヒコ"),
    ("パート名簿\n森下千秋（もりした ちあき）　早番\n", "もりした ちあき"),
    ("・資材課の干潟 陽向さんは腰痛のため、重量物の運搬を外れる。", "干潟 陽向"),
    ("・点検班の入江 結翔さんは夜勤明け。", "入江 結翔"),
    ("岬 晴陽さんより連絡あり。", "岬 晴陽"),
])
def test_a_reading_or_a_name_written_apart(detector, text, name):
    assert name in _people(detector, text), _people(detector, text)


def test_a_group_or_a_role_apart_before_an_honorific_is_no_one(detector):
    text = "東京 本社様へ送付。会員 一同様。営業 担当さんに確認。保護者 各位様。総務 課長殿"
    assert _people(detector, text) == []


# --- a mail header's display name in capitals, one part a name the lists lack --------------------

def test_a_display_name_in_capitals_before_its_address(detector):
    text = "From: desk@example.or.jp\nTo: KAGAMI TOSHIKO <toshi5@example.ne.jp>\nSubject: お問い合わせ\n"
    assert "KAGAMI TOSHIKO" in _people(detector, text), _people(detector, text)


def test_a_desk_or_a_firm_in_capitals_before_its_address_is_no_one(detector):
    text = "From: SUPPORT DESK <help@example.jp>\nTo: SATO KIKAKU <info@example.jp>\nCc: TOKYO OFFICE <t@example.jp>\n"
    assert _people(detector, text) == []
