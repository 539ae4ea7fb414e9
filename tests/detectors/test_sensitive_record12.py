"""A criminal record or a check-up result only where a person has one (record12): a form's
question or choices left unanswered, a rule's condition or a kind of people (禁錮以上の刑に
処せられたとき, 起訴された者), a glossary's definition, an offender a news item does not name,
a 事後措置票 of empty boxes — none is reported, while a marked choice, an answered question
and a person's own record beside them still are. Made-up people, the real detector and real
files."""

import json
import tempfile
from pathlib import Path

import pytest

from samples import writers as w

from tests.detectors.test_sensitive_beliefs import in_file

STAFF = "担当 人事部 平野 沙織"


def _lines(*lines):
    return "\n".join(lines).encode("utf-8")


def _rows(rows):
    return "\n".join("\t".join(row) for row in rows).encode("utf-8")


def _docx(lines):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.docx"
        w.write_docx(path, lines)
        return path.read_bytes()


NOTHING_IN = [
    ("choices.txt", _lines("入居申込書", "氏名 矢島 直樹", "逮捕歴　有 ・ 無", "犯罪歴の有無：（ 有 ／ 無 ）")),
    ("boxes.tsv", _rows([["応募書類"], ["氏名", "矢島 直樹"], ["前科の有無", "□有 □無"]])),
    ("question.txt", _lines("問診票", "氏名 矢島 直樹", "過去に刑事罰を受けたことがありますか　はい・いいえ")),
    ("rules.docx", _docx(["懲戒規程", "懲戒解雇とする事由", "(1) 業務上横領で起訴されたとき", "(2) 私生活上の非行で逮捕された者",
                          STAFF])),
    ("penalties.tsv", _rows([["懲戒処分の指針"], ["非違行為", "標準的な処分"], ["傷害事件で起訴されたとき", "停職"],
                             ["作成", "平野 沙織"]])),
    ("glossary.tsv", _rows([["用語集"], ["用語", "意味"], ["前科", "有罪判決を受けた経歴"], ["作成", "平野 沙織"]])),
    ("volunteer.txt", _lines("面接記録", "氏名 矢島 直樹", "保護司として10年間、保護観察中の少年の指導にあたる。")),
    ("news.txt", _lines("地域ニュース", "市内のコンビニで20代の男が強盗の疑いで逮捕された。", STAFF)),
    ("other_party.txt", _lines("被害相談記録", "氏名 矢島 直樹", "元交際相手からのつきまといで、相手が逮捕された。")),
    ("offender_column.tsv", _rows([["被害者支援台帳"], ["氏名", "加害者の処分"], ["矢島 直樹", "懲役2年執行猶予4年"]])),
    ("legend.json", json.dumps({"grades": [{"code": "C", "label": "要経過観察"}, {"code": "D", "label": "要精密検査"}],
                                "updated_by": "平野 沙織"}, ensure_ascii=False).encode("utf-8")),
    ("checkup_question.txt", _lines("問診票", "氏名 矢島 直樹", "昨年の健診で要精密検査と言われましたか　はい・いいえ")),
    ("aftercare.docx", _docx(["事後措置票", "氏名 矢島 直樹", "就業上の措置：□通常勤務　□就業制限　□要休業"])),
]


@pytest.mark.slow
@pytest.mark.parametrize("name, data", NOTHING_IN, ids=[name for name, _ in NOTHING_IN])
def test_what_only_resembles_a_record_or_a_result_is_not_reported(scanner, name, data):
    assert in_file(scanner, name, data) == []


@pytest.mark.slow
def test_a_marked_choice_and_an_answered_question_are_reported(scanner):
    ticked = in_file(scanner, "ticked.tsv", _rows([["応募書類"], ["氏名", "矢島 直樹"], ["前科の有無", "☑有 □無"],
                                                   ["内容", "傷害罪で罰金20万円"]]))
    assert any(c == "犯罪歴" and "罰金20万円" in t for c, t in ticked)
    answered = in_file(scanner, "answered.txt", _lines("問診票", "氏名 矢島 直樹", "昨年の健診で要精密検査と言われましたか　はい"))
    assert [c for c, _ in answered] == ["健康診断結果"]
    detail = in_file(scanner, "personal.txt", _lines("身上書", "氏名 矢島 直樹", "賞罰：■有 □無　窃盗罪で罰金30万円（令和2年）"))
    assert any(c == "犯罪歴" and "罰金30万円" in t for c, t in detail)


@pytest.mark.slow
def test_a_named_persons_record_and_grade_are_reported(scanner):
    told = in_file(scanner, "memo.txt", _lines("面談記録", "氏名 矢島 直樹", "本人は窃盗の疑いで逮捕された経歴がある。"))
    assert any(c == "犯罪歴" and "逮捕された" in t for c, t in told)
    grades = in_file(scanner, "grades.tsv", _rows([["定期健康診断 結果一覧"], ["氏名", "総合判定", "受診日"], ["矢島 直樹", "D", "5/21"],
                                                   ["平野 沙織", "A", "5/22"]]))
    assert grades == [("健康診断結果", "D")]
    party = in_file(scanner, "party.txt", _lines("面談記録", "氏名 矢島 直樹", "相手が先に手を出したが、本人は傷害の疑いで逮捕された。"))
    assert any(c == "犯罪歴" and "逮捕された" in t for c, t in party)


@pytest.mark.slow
def test_a_measure_in_brackets_after_a_disability_is_part_of_it(scanner):
    found = in_file(scanner, "card.txt", _lines("顧客カルテ", "氏名 矢島 直樹", "手帳・配慮: 弱視（矯正視力0.1）"))
    assert [c for c, _ in found] == ["障害"]
