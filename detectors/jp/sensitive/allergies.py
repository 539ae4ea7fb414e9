"""An allergy to what a record names (issue 12, births19): 卵・乳アレルギー, 小麦／そばアレルギー,
えびアレルギー（アナフィラキシー歴あり）. Whatever the allergens, a word of them glued before アレルギー
is the condition (a disease, 病歴) — the lexicon knows 食物アレルギー only, and the allergens a roster,
a delivery list or a care note writes are any foods, drugs or substances, several of them
parted by ・, 、 or ／. Read backwards from アレルギー: the allergens' items, each a word of one
script; a particle glued after a kanji word (本人は|そば) ends them. What follows must close the
note or say the person has it (…がある, …あり, …のため, …で除去食): a menu's 卵アレルギー対応, a
label's アレルギー物質 or 〜アレルギーの方は speak of no one.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.phrases import Cells, Phrase, is_denied, is_generic

_ANCHOR = re.compile(r"アレルギー")
_ITEMS_BEFORE = re.compile(r"[一-龥々ァ-ヺーぁ-ゖ・、/／]{1,24}\Z")
_SEPARATORS = re.compile(r"[・、/／]")
_SCRIPT_RUN = re.compile(r"(?:[一-龥々]+|[ァ-ヺー]+|[ぁ-ゖ]+)\Z")
_PARTICLES = "はがのにをもでとや"
# what follows a person's allergy: the note's end, a remark, having it, what it causes
_HELD_AFTER = re.compile(r"(?:$|[\t\n。、,，(（)）]|がある|があり|があります|あり|持ち|を持|のため|のた|で除去|で代替|で配慮|症状"
                         r"|の既往|歴|と診断|が判明|を発症|が出|がひど|で受診|で通院)", re.MULTILINE)
# a menu's, a label's or a notice's word after it: no one's allergy
_NO_ONES_AFTER = re.compile(r"(?:対応|表示|物質|検査|の方|のある方|をお持ちの方|の有無|について|に関する|対策|予防|情報|一覧|の原因|源)")
LONGEST_ITEM = 8


class AllergyMatcher:
    def find(self, text: str, cells: Cells) -> list[Phrase]:
        if "アレルギー" not in text:
            return []
        found = []
        for anchor in _ANCHOR.finditer(text):
            end = anchor.end()
            if _NO_ONES_AFTER.match(text, end) or not _HELD_AFTER.match(text, end):
                continue
            start = _allergens_start(text, anchor.start())
            if start is not None and not is_denied(text, end) and not is_generic(text, start, end):
                found.append(Phrase(start, end, "病歴"))
        return found


def _allergens_start(text: str, end: int) -> int | None:
    """Where the allergens' items glued before end begin, or None when there are none."""
    run = _ITEMS_BEFORE.search(text, max(0, end - 24), end)
    if run is None:
        return None
    start = end
    for item in reversed(_SEPARATORS.split(run.group())):
        if not item:
            break
        whole = _SCRIPT_RUN.fullmatch(item)
        tail = whole or _SCRIPT_RUN.search(item)
        word = tail.group()
        if not whole and word[0] in _PARTICLES and "ぁ" <= word[0] <= "ゖ" and len(word) > 1:
            word = word[1:]  # 本人は|そば: the particle after a kanji word is not an allergen's
        if len(word) > LONGEST_ITEM:
            break
        start -= len(item) if whole else len(word)
        if not whole:
            break
        start -= 1  # the separator before it
    start = start if start == end else max(start, run.start())
    while start < end and _SEPARATORS.match(text, start):
        start += 1
    return start if start < end else None
