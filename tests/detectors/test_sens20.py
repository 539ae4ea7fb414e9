"""要配慮 of corpus 20's SENSITIVE errors, generalised (issue 12, sens20): a disease with its care
in brackets (緑内障(点眼)) or given as a reason (母は糖尿病なので), a conviction ruling a way of
life named as a noun (〜の信条からベジタリアン), a movement's seat of a region (〜の県代表), an act
reported (〜を主催との申し出); and what is no one's: an aid as a helper's task or the
equipment's upkeep (活動内容: 車椅子の押し, 担当: 車いす清掃), a list of a judgement's people
(要精密検査者リスト), a legend of grades with a qualifier (B(軽度)	軽度の所見あり).
Made-up people and wordings only."""

import unicodedata

import pytest

from detectors.jp.sensitive.recognizer import SensitiveRecognizer


@pytest.fixture(scope="module")
def recognizer():
    return SensitiveRecognizer()


def _told(recognizer, text):
    text = unicodedata.normalize("NFKC", text)  # as the scanner gives it
    return [(text[p.start:p.end], p.category) for p in recognizer.phrases(text)]


@pytest.mark.parametrize("text, phrase, category", [
    # a disease with its care in brackets: a note's, a roster's, a mail's way
    ("■北村 遥さん\n　緑内障（点眼）。体育は見学とする。", "緑内障(点眼)", "病歴"),
    ("経過：尋常性乾癬（外用・通院中）。次回面談は来月。", "尋常性乾癬(外用・通院中)", "病歴"),
    ("氏名: 北村 遥\t学年: 3年\t電話: 090-1111-2222\t花粉症（点鼻）\t", "花粉症(点鼻)", "病歴"),
    ("父は2型糖尿病（インスリン）なので、夕方は在宅です。", "2型糖尿病(インスリン)", "病歴"),
    # a disease given as the reason of what follows, of a named one
    ("祖母は緑内障なので、段差に気を付けてください。", "緑内障", "病歴"),
    ("夫は腰椎椎間板ヘルニアのため、重い荷物は運べません。", "腰椎椎間板ヘルニア", "病歴"),
    # a name with kana inside, read back by the lexicon's name
    ("妻はうつ病のため、送迎を代わってもらっています。", "うつ病", "病歴"),
    ("■北村 遥さん\n　尋常性ざ瘡（外用）。", "尋常性ざ瘡(外用)", "病歴"),
    # an ethnicity one identifies with, by the group's own word
    ("本人は那覇出身で、琉球人としての自覚が強い。", "琉球人", "人種・民族"),
    # a conviction ruling a way of life, the way named as a noun
    ("特記：環境保護の信条からベジタリアン", "信条からベジタリアン", "信条"),
    ("4. 森さんから、菜食の信念からヴィーガンとの申し出あり。", "信念からヴィーガン", "信条"),
    ("備考\t動物愛護の信条から完全菜食\t", "信条から完全菜食", "信条"),
    # a movement's seat of a region or a branch, an act reported
    ("■森 和也さん\n　原発再稼働反対ネットワークの県代表。", "反対ネットワークの県代表", "信条"),
    ("谷口さんは死刑廃止を求める団体の支部幹事。", "団体の支部幹事", "信条"),
    ("5. 大野さんから、反戦デモを主催との報告。", "反戦デモを主催", "信条"),
])
def test_a_persons_condition_or_belief_in_these_shapes_is_found(recognizer, text, phrase, category):
    found = _told(recognizer, text)
    assert any(phrase in said and kind == category for said, kind in found), found


@pytest.mark.parametrize("text", [
    # an aid as a helper's task or as the organisation's equipment kept up
    "氏名\t曜日\t活動\n北村 遥\t月\t車いす介助\n森 和也\t水\t受付",
    "氏名: 森 和也\t役割: 車椅子の押し\t",
    "氏名: 森 和也\t経験: 車いす介助（3年）\t",
    "氏名: 森 和也\t係: 院内の車椅子の清掃・点検\t",
    "氏名: 森 和也\t持ち物: 車いす2台を搬入\t",
    "担当 森 和也\n本日の作業: 車いすの空気入れ",
    # a list of a judgement's people: a subject, a title
    "件名: 【精密検査要受診者リスト】春の健診",
    "要精密検査者名簿を添付します。谷口 聡",
    "有所見者一覧（2026年度）\n総務部 森 和也",
])
def test_a_helpers_task_equipment_or_a_list_of_people_is_no_ones(recognizer, text):
    assert [p for p in _told(recognizer, text) if p[1] in ("障害", "健康診断結果")] == []


@pytest.mark.parametrize("text", [
    "判定\t説明\nA\t異常なし\nB（軽度）\t軽度の所見あり\nC\t要経過観察\nD\t要医療",
    "判定の目安：A（異常なし） B（軽度所見あり） C（要経過観察） D（要精密検査）",
])
def test_a_legend_of_grades_with_a_qualifier_is_no_ones(recognizer, text):
    assert [p for p in _told(recognizer, text) if p[1] == "健康診断結果"] == []


@pytest.mark.parametrize("text", [
    "移動: 車いす介助",  # the person's own movement
    "氏名: 森 和也\t活動内容: 車いす介助が必要\t",  # a need
    "氏名: 森 和也\t備考: 本人の車いすを点検",  # the person's own aid
    "氏名\t所見\n谷口 聡\t要精密検査",  # a person's judgement
])
def test_a_persons_own_aid_need_or_result_stays(recognizer, text):
    assert [p for p in _told(recognizer, text) if p[1] in ("障害", "健康診断結果")], _told(recognizer, text)


def _composed(rows):
    """A composed table's text and its unread spans (each cell's separator and label), as the
    extractor gives a headerless sheet whose name and phone columns it has named."""
    text, unread = "", []
    for row in rows:
        for label, value in row:
            start = len(text)
            text += f"{label}: " if label else ""
            if len(text) > start:
                unread.append((start, len(text)))
            text += value
            unread.append((len(text), len(text) + 1))
            text += "\t"
        text = text[:-1] + "\n"
        unread[-1] = (unread[-1][0], len(text))
    return text, unread


def test_a_bare_disease_in_an_unlabelled_cell_of_a_labelled_row_is_found(recognizer):
    text, unread = _composed([[("氏名", "北村 遥"), ("", "3年"), ("電話番号", "090-1111-2222"), ("", "気管支喘息")],
                              [("氏名", "森 和也"), ("", "2年"), ("電話番号", "090-1111-3333"), ("", "")]])
    found = [(text[p.start:p.end], p.category) for p in recognizer.phrases(text, unread)]
    assert ("気管支喘息", "病歴") in found, found
