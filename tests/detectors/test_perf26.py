"""Rules asked only where they can answer (perf26): the same answers as the whole-text
searches they replaced, on made-up texts and random ones of the rules' own pieces."""

import random

from detectors.jp import person_agents, person_figures
from detectors.jp.person_words import ROLES_BEFORE
from detectors.jp.sensitive.care_done import BODY_DISABILITY, body_disabilities

_AGENT_PIECES = (*sorted(ROLES_BEFORE)[:12], "者", "員", "師", "役", "主", "人", "世帯主", "担当", "点検", "山", "田", "太郎",
                 "漢", " ", "\u3000", "\n", "\t", "様", "令和", "の", "5年", ":", "(", "ア", "ー", "・", "a")
_BODY_PIECES = ("左", "右", "両", "上", "下", "手", "足", "指", "目", "耳", "心", "体", "上肢", "下肢", "体幹", "聴覚", "視力",
                "腎臓", "に", "の", "機能", "障害", "麻痺", "があり", "が残る", "欠損", "切断", "全廃", "あり", " ", "\n", "1")


def _agent_matches_before(text: str) -> list[tuple[int, int, str]]:
    """What person_agents searched before perf26: the whole text."""
    return [(*m.span(), m.group(1)) for m in person_agents._AGENT_NAME.finditer(text)]


def _agent_matches_now(text: str) -> list[tuple[int, int, str]]:
    role_end = person_agents._ROLE_END.search(text)
    if role_end is None:
        return []
    start = max(0, role_end.start() - person_agents._ROLE_REACH)
    return [(*m.span(), m.group(1)) for m in person_agents._AGENT_NAME.finditer(text, start)]


def test_agent_names_searched_from_the_first_role_find_what_the_whole_text_did() -> None:
    texts = ["担当 松風 透", "記録\n点検者 霧島\t令和7年", "あいうえお" * 30 + "作業責任者 霞ヶ浦 陸斗（",
             "受付番号 12 世話役 藤棚 の指示", "コンサートマスター 楓井 澄", "特になし", "", "者 ", "漢漢漢漢漢漢担当 東雲 凪"]
    rnd = random.Random(26)
    texts += ["".join(rnd.choice(_AGENT_PIECES) for _ in range(rnd.randint(0, 14))) for _ in range(20_000)]
    for text in texts:
        assert _agent_matches_now(text) == _agent_matches_before(text), text
    assert _agent_matches_now("点検者 霧島\t令和7年")  # the gate lets a real one through


def test_body_disabilities_are_the_patterns_own_matches() -> None:
    rnd = random.Random(25)
    texts = ["左上肢に欠損あり", "右手指の切断", "両下肢機能障害がある", "聴覚障害", "上下水道", ""]
    texts += ["".join(rnd.choice(_BODY_PIECES) for _ in range(rnd.randint(0, 10))) for _ in range(20_000)]
    for text in texts:
        assert [m.span() for m in body_disabilities(text)] == [m.span() for m in BODY_DISABILITY.finditer(text)], text


def test_a_sentence_of_lore_needs_a_lore_word_in_the_text() -> None:
    told = "この寺には織田信長をめぐる伝承が残る。"
    assert person_figures._in_a_sentence_of_lore(told, 5, 9)
    assert not person_figures._in_a_sentence_of_lore("この寺には織田信長の肖像がある。", 5, 9)
    assert not person_figures._in_a_sentence_of_lore("伝承館の案内。\n" + "あ" * 90 + "織田信長が来た。", 98, 102)
