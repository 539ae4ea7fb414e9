"""病歴, 障害 and 健康診断結果 read across writers (issue 12, health22): a disability diagnosed, judged
or told (〜手帳3級と診断された, 聴覚障害（中等度）と言われた) is the disability, and the predicate alone
after it is no illness of its own; a row of values whose cells an extractor composed with their
labels is no header, though one of its values holds a label word (HbA1c 6.9%); an aid given as the
goods of a rental or a stock list (貸出品目：歩行器) is no one's disability; accompanying another to a
doctor (職員が付き添い受診) is care given, not the accompanier's condition. Made-up people and wordings."""

import pytest

from detectors.jp.sensitive.clauses import _meanings
from detectors.jp.sensitive.lexicon import load_lexicon
from detectors.jp.sensitive.phrases import Cells
from detectors.jp.sensitive.told import ToldMatcher

from tests.detectors.test_sensitive_health14 import recognizer, told  # noqa: F401  (NFKC as the scanner gives it)


def _body(found):
    return [p for p in found if p[1] in ("病歴", "障害")]


@pytest.mark.parametrize("text, inside", [
    ("相談記録\n・北条 由美子さん：長男の湊くん（小3）が療育手帳B2と診断された。", "療育手帳B2"),
    ("面談メモ\n利用者 平田 健二さん（52歳）は視覚障害（両眼0.03）と診断されている。", "視覚障害"),
    ("引継ぎ：入所者 松永 トミさんは腎不全による内部障害1級と診断された。", "内部障害1級"),
    ("家庭訪問\n・杉浦さん：次女の美月（2016年1月9日生）が聴覚障害（中等度）と言われた。", "聴覚障害"),
    ("学年会\n・大野 里奈さん（2年3組）が身体障害者手帳2級と診断を受けました。", "身体障害者手帳2級"),
    ("保育園より：園児 小池 陽菜ちゃん（4歳）がじん臓機能障害3級と診断された。", "じん臓機能障害3級"),
])
def test_a_disability_diagnosed_is_the_disability(recognizer, text, inside):
    found = _body(told(recognizer, text))
    assert found and all(category == "障害" for _, category in found), found
    assert any(inside in phrase for phrase, _ in found), found


def test_a_told_phrase_does_not_open_with_the_subjects_particle():
    text = "連絡帳\n栗田 蒼空くん(2019年5月3日生)が統合失調症と言われた。"
    found = [text[p.start:p.end] for p in ToldMatcher(load_lexicon()).find(text, Cells(text, (), 40))]
    assert found == ["統合失調症と言われた"], found


@pytest.mark.parametrize("text, phrase", [
    ("面談メモ\n本人 岩瀬 啓介さんは2019年に甲状腺機能低下症と診断された。", "甲状腺機能低下症と診断された"),
    ("相談記録\n野上 千里さんは先月、逆流性食道炎と言われた。", "逆流性食道炎と言われた"),
])
def test_a_disease_diagnosed_stays_an_illness(recognizer, text, phrase):
    found = told(recognizer, text)
    assert any(phrase in said and category == "病歴" for said, category in found), found


def _composed(header, rows):
    """Rows as the extractor gives a CSV whose header it read: `label: value` cells, labels unread."""
    text, unread = "", []
    for row in rows:
        for label, value in zip(header, row):
            unread.append((len(text), len(text) + len(label) + 2))
            text += f"{label}: {value}\t"
        text += "\n"
    return text, unread


def test_a_value_row_holding_a_label_word_is_no_header(recognizer):
    header = ["名前", "会員区分", "既往歴・持病", "保険"]
    rows = [["遠藤 菜摘", "一般", "HbA1c 6.9%（要受診）", "加入"],
            ["丸岡 大輝", "学生", "糖尿病の診断あり", "未加入"],
            ["秋元 凛", "一般", "緑内障で点眼中(経過観察)", "加入"]]
    text, unread = _composed(header, rows)
    found = [(text[p.start:p.end], p.category) for p in recognizer.phrases(text, unread)]
    later = [f for f in found if "糖尿病" in f[0] or "緑内障" in f[0]]
    assert later and all(category == "病歴" for _, category in later), found


@pytest.mark.parametrize("text", [
    "福祉用具貸与契約書\n利用者：大友 清 様\n貸出品目：歩行器（四輪）、手すり\n月額：1,200円",
    "レンタル明細\n契約者 大友 清\n品名：車いす（介助式） 数量 1",
    "貸出記録\n借受人 大友 清\n貸出品：車いす（自走式）1台",
    "購入品目：補聴器（耳かけ型）\n購入者：大友 清",
])
def test_an_aid_as_goods_is_no_disability(recognizer, text):
    assert not [p for p in told(recognizer, text) if p[1] == "障害"], told(recognizer, text)


def test_an_aid_the_person_uses_stays(recognizer):
    text = "福祉用具貸与契約書\n利用者：大友 清 様\n心身の状況：歩行器を使用して移動\n貸出品目：手すり"
    assert any(category == "障害" and "歩行器" in phrase for phrase, category in told(recognizer, text)), \
        told(recognizer, text)


@pytest.mark.parametrize("word", ["付き添い", "送迎"])
def test_accompanying_another_is_care_given_not_a_condition(nlp, word):
    """The clause reader's meaning of a content word (職員の〜が付き添い受診): care one gives another."""
    assert _meanings(nlp).category(nlp.make_doc(word)) is None
