"""犯罪被害 said by its verb: the passive of an offence done to a person (財布を
すられた, 後をつけられて, 暴行された), conjugated from the verbs' dictionary forms
(data/offence_verbs.txt), and the offence named alone in a person's row of a
record that is about victims (罪種 | 窃盗(ひったくり) in a 被害届 受付簿)."""

from __future__ import annotations

import re

from detectors.jp.sensitive.lexicon import DATA, words_regex

# the 未然形 of a godan verb's last kana, before the passive れる
_GODAN = {"う": "わ", "く": "か", "ぐ": "が", "す": "さ", "つ": "た", "ぬ": "な", "ぶ": "ば", "む": "ま", "る": "ら"}
# a passive told as a fact (past, ongoing, a clause going on: 殴られ、…, a record's present
# ending a sentence: 鞄をひったくられる。), not a rule or a fear (盗まれる事件, 盗まれないように)
PASSIVE_ENDING = r"れ(?:た|て(?:いる|おり|いた|います|しまった)?|ました|ており|[、,]|る(?=[。\n]|$)|(?=[一-龥]))"
# a record about victims, not about offenders
_VICTIM_RECORD = re.compile(r"被害|相談者|届出人")
_OFFENDER_RECORD = re.compile(r"被疑者|容疑者|前科|逮捕|送致|処分歴")


_COMPOSED_LABEL = re.compile(r"[^\t\n:]{1,30}: ")
_WORD = re.compile(r"[ぁ-んァ-ヶ一-龥A-Za-z]")


def row_names_more(text: str, start: int, end: int) -> bool:
    """Whether the line (a row) of [start, end) has another cell of words, a name
    beside an offence; a row of statistics has only numbers (詐欺 | 120)."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    rest = text[line_start:start] + "\t" + text[end:len(text) if line_end < 0 else line_end]
    return bool(_WORD.search(_COMPOSED_LABEL.sub("", rest)))


def passive_stem(verb: str) -> str:
    """The verb's form before れ: 奪う → 奪わ, 巻き上げる|1 → 巻き上げら, 詐取する → 詐取さ."""
    if verb.endswith("|1"):
        return verb[:-3] + "ら"
    if verb.endswith("する"):
        return verb[:-2] + "さ"
    return verb[:-1] + _GODAN[verb[-1]]


def read_offence_verbs() -> tuple[str, ...]:
    lines = (DATA / "offence_verbs.txt").read_text(encoding="utf-8").splitlines()
    return tuple(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def passive_pattern(verbs: tuple[str, ...]) -> str:
    """The passive told as a fact of any of the verbs, as one trie of stems; a する verb's noun
    may take its particle (落書きをされた as 落書きされた) (sens25)."""
    stems = {passive_stem(v) for v in verbs} | {v[:-2] + "をさ" for v in verbs if v.endswith("する")}
    return rf"{words_regex(frozenset(stems))}{PASSIVE_ENDING}"


def about_victims(text: str) -> bool:
    """Whether a table's text is a record of victims (被害届, 被害品, 相談者, 届出人 …) and not
    of offenders: its offence cells are then crimes its people suffered."""
    return bool(_VICTIM_RECORD.search(text)) and not _OFFENDER_RECORD.search(text)



# a time of the past told before the offence in its sentence (昨年, 3年前, 先月): an episode of the
# person's, so 〜された際の対応 after it is what followed that offence, not a rule for any time; a date
# may be the next meeting's (次回 12月27日 …された場合は), and 場合 is always a supposition (sens23)
_PAST_TIME = re.compile(r"(?:昨年(?!度)|去年|一昨年|先月|先週|先日|昨日|以前|過去に|かつて|[0-9]+(?:年|か月|ヶ月|カ月|日)前)"
                        r"[^。\n\t]{0,24}\Z")
_WHEN = re.compile(r"(?:際|時|とき)")


def a_past_episode(text: str, start: int, end: int) -> bool:
    """Whether the offence [start, end) is told as what happened when, at a past time."""
    return _WHEN.match(text, end) is not None and _PAST_TIME.search(text, max(0, start - 40), start) is not None
