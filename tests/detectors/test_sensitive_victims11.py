"""要配慮 said in a sentence (issue 12, victims11): an injury inflicted, an offender's
settlement, a condition as the cause of an absence, an unknown party supported, a
movement joined — and the clause reader's gate (clause_gate), which parses only the
sentences whose tokens hold an unread noun of a category. Made-up people, the real GiNZA
model and real files."""

import pytest

from detectors.jp.sensitive.clause_gate import worth_parsing
from detectors.jp.sensitive.clauses import _meanings, told_by_sentences
from detectors.jp.sensitive.recognizer import SensitiveRecognizer

from tests.detectors.test_sensitive_beliefs import sensitive

HEAD = "相談記録\n相談者　早瀬 紘一\n"
TOLD = [
    ("犯罪被害", "帰りに酔った男ともみ合いになり、額にけがをさせられた。", "けがをさせられた"),
    ("犯罪被害", "先方の加害者との和解が成立した。", "加害者との和解"),
    ("病歴", "昨冬は帯状疱疹で一週間欠勤した。", "帯状疱疹で一週間欠勤"),
    ("病歴", "喘息発作により二日休んだ。", "喘息発作により二日休ん"),
    ("信条", "夫は地域再生党を長年支持している。", "地域再生党を長年支持している"),
    ("信条", "休日は原発再稼働反対運動の集会に参加している。", "反対運動の集会に参加"),
]
OF_NO_ONE = [
    "与党を支持する層が減っている。",
    "けがをさせられた場合はすぐに警察へ届け出てください。",
    "体調不良で欠勤する場合は始業前に連絡すること。",
    "健康運動の教室に参加した。",
]


@pytest.fixture(scope="module")
def recognizer():
    return SensitiveRecognizer()


@pytest.mark.parametrize("category, text, phrase", TOLD)
def test_a_sentence_about_a_person_gives_its_phrase_and_category(recognizer, category, text, phrase):
    found = [(text[p.start:p.end], p.category) for p in recognizer.phrases(text)]
    assert any(c == category and phrase in said for said, c in found), found


@pytest.mark.parametrize("text", OF_NO_ONE)
def test_rules_people_in_general_and_other_movements_tell_nothing(recognizer, text):
    assert recognizer.phrases(text) == []


def test_the_detector_reports_them_of_the_person(detector):
    found = sensitive(detector, HEAD + "夫は地域再生党を長年支持している。\n昨冬は帯状疱疹で一週間欠勤した。")
    assert {d.category for d in found} >= {"信条", "病歴"}, found


@pytest.mark.parametrize("text, parsed", [
    ("本人は先月、特発性肺線維症と診断された。", True),  # a strict predicate's object the rules did not read
    ("外出時は車椅子を使用している。", True),  # a noun that means an aid
    ("会議室のプロジェクターを使用した。", False),  # a predicate, but nothing of a category
    ("メモ: 週に1回通院", False),  # a label and a count are not what a clause tells
])
def test_the_gate_parses_only_sentences_that_may_tell_a_category(nlp, text, parsed):
    assert worth_parsing(nlp.make_doc(text), [], _meanings(nlp)) is parsed


def test_a_sentence_is_parsed_once_and_remembered(nlp):
    sentence = "長女は昨年、潰瘍性大腸炎で入院していた。"
    first = told_by_sentences([sentence], [[]], nlp, _meanings(nlp))
    again = told_by_sentences([sentence], [[]], nlp, _meanings(nlp))
    assert first == again and first[0] and first[0][0].category == "病歴"


def test_a_sentence_the_rules_read_is_not_parsed(nlp):
    sentence = "先月から電動車椅子を使用している。"
    start = sentence.index("電動")
    assert not worth_parsing(nlp.make_doc(sentence), [(start, start + 5)], _meanings(nlp))
