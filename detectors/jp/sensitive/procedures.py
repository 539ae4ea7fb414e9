"""A treatment carried out on the record's person, told by its procedure's count or act
rather than a verb of having (a clinic's nursing note: 顕微授精（ICSI）目的で採卵4個, 人工透析
目的でシャント造設): the treatment (the lexicon's), its aim (目的で, のため), then the procedure
done. A procedure listed on a price table or a clinic's menu has no aim before it."""

from __future__ import annotations

import re

from detectors.jp.sensitive.lexicon import Lexicon, words_regex
from detectors.jp.sensitive.phrases import Cells, Phrase

# an abbreviation in brackets after the treatment (ICSI, AIH), then its aim
_AIM = r"(?:[(（][A-Za-z0-9-]{2,8}[)）])?(?:目的で|目的の|のため(?:に)?)"
# the procedure done, with its count or its act
_DONE = r"(?:採卵|採精|胚移植|移植|穿刺|手術|入院|造設|処置)(?:[0-9]{1,3}(?:個|回|本)|を(?:実施|施行|行っ|行い|受け)|実施|施行|済み?)"


class ProcedureMatcher:
    def __init__(self, lexicon: Lexicon) -> None:
        self._pattern = re.compile(rf"{words_regex(lexicon.treatments)}{_AIM}{_DONE}")

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        if "目的" not in text and "のため" not in text:
            return []
        return [Phrase(m.start(), m.end(), "病歴") for m in self._pattern.finditer(text)]
