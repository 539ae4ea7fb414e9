"""要配慮 read from the parse tree (issue 12, care10): a clause whose predicate tells a person's
state or an event of their life gives the noun the tree hangs on it, with the category its
meaning (GiNZA's vectors) or the predicate says; the subject decides whether it is said of a
person — a facility's services, people in general, a request or a rule are not. Made-up
people, the real GiNZA model and real files."""

import pytest

from samples import writers as w
from detectors.jp.sensitive.clauses import candidate_sentences, with_clauses
from detectors.jp.sensitive.phrases import Phrase
from detectors.jp.sensitive.recognizer import SensitiveRecognizer

from tests.detectors.test_sensitive_beliefs import in_file, sensitive

HEAD = "経過記録\n対象者　榊原 誠一\n"
TOLD = [
    ("病歴", "本人は昨年の秋に好酸球性副鼻腔炎と診断された。", "好酸球性副鼻腔炎と診断"),
    ("病歴", "妻が視神経脊髄炎を患っており、送迎を担っている。", "視神経脊髄炎を患"),
    ("病歴", "先月、半月板損傷で関節鏡の手術を受けた。", "関節鏡の手術を受け"),
    ("病歴", "抗凝固薬を毎晩服用している。", "抗凝固薬を毎晩服用"),
    ("障害", "屋外ではシルバーカーを使用している。", "シルバーカーを使用"),
    ("労働組合", "大槻氏は昨年、産別の労働組合に加入した。", "労働組合に加入"),
    ("犯罪被害", "駅前で財布をすられる被害に遭ったと話した。", "被害に遭っ"),
]
OF_NO_ONE = [
    "当センターでは好酸球性副鼻腔炎の治療を行っています。",
    "関節鏡の手術を受ける方は前日から絶食してください。",
    "職員が麻疹に罹患した場合は出勤を停止する。",
    "来月から介護のため休職する予定。",
    "新人研修を受けた。",
    "本人は輸血を受けないと決めている。",
]


@pytest.fixture(scope="module")
def recognizer():
    return SensitiveRecognizer()


@pytest.mark.parametrize("category, text, phrase", TOLD)
def test_a_clause_about_a_person_gives_its_content_with_its_category(recognizer, nlp, category, text, phrase):
    found = [(text[p.start:p.end], p.category) for p in recognizer.phrases(text, (), nlp)]
    assert any(c == category and phrase in said for said, c in found), found


@pytest.mark.parametrize("text", OF_NO_ONE)
def test_a_facility_people_in_general_a_rule_or_a_plan_tell_nothing(recognizer, nlp, text):
    assert with_clauses(text, [], nlp) == []


def test_a_predicate_found_alone_takes_what_it_is_about(nlp):
    text = "夫は先月、甲状腺の手術を受けた。"
    alone = Phrase(text.index("手術"), text.index("。"), "病歴")
    assert [(text[p.start:p.end], p.category) for p in with_clauses(text, [alone], nlp)] == [("甲状腺の手術を受けた", "病歴")]


def test_sentences_the_rules_read_whole_are_not_parsed():
    text = "慢性閉塞性肺疾患の治療中。\n会議の資料を作成した。"
    told = Phrase(0, text.index("。"), "病歴")
    assert candidate_sentences(text, [told]) == []


@pytest.fixture
def reading_clauses(monkeypatch):
    """The reader switched on, as benchmarks/quality_care10.py does (on in the product since victims11)."""
    monkeypatch.setattr(SensitiveRecognizer, "READS_CLAUSES", True)


def test_the_reader_is_on_in_the_product(detector):
    found = sensitive(detector, HEAD + "夫は先月、甲状腺の手術を受けた。")
    assert any(d.category == "病歴" and "甲状腺" in d.text for d in found), found


@pytest.mark.usefixtures("reading_clauses")
def test_the_detector_ties_a_clause_to_the_person_of_the_record(detector):
    found = sensitive(detector, HEAD + "本人は春に好酸球性副鼻腔炎と診断され、点鼻薬を続けている。")
    assert any(d.category == "病歴" and "好酸球性副鼻腔炎" in d.text for d in found), found


@pytest.mark.usefixtures("reading_clauses")
def test_a_word_file_of_notes_is_read_and_a_notice_is_not(scanner, tmp_path):
    notes = tmp_path / "notes.docx"
    w.write_docx(notes, ["支援記録", "利用者　東海林 りさ", "昨年、副甲状腺の摘出手術を受けた。"])
    found = in_file(scanner, "notes.docx", notes.read_bytes())
    assert any(category == "病歴" and "副甲状腺" in text for category, text in found), found
    notice = tmp_path / "notice.docx"
    w.write_docx(notice, ["診療のご案内", "当院では副甲状腺の摘出手術を行っています。", "院長 東海林 りさ"])
    assert not in_file(scanner, "notice.docx", notice.read_bytes())
