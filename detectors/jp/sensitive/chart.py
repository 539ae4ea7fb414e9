"""病歴 as clinicians write it (health13): a diagnosis abbreviated or in English in a chart, a
referral or a problem list — a numbered problem (#1 DM, #2 HT), a clinician's marker before it
(s/p CVA, h/o OMI, r/o 肺炎) or a chart's English label (PMH: CKD, AF; Dx: T2DM).

The abbreviations (data/chart_terms.txt) are read only in that context: alone, HT, AF, OA or
RA are other things. A term glossed with a loanword in brackets (RA（リスクアセスメント）) or
running on into a longer word (OAフロア) is not a diagnosis; a Japanese disease name after a
marker is one when its ending says so (狭心症, 肺炎).
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.health import DISEASE_ENDINGS
from detectors.jp.sensitive.lexicon import Lexicon, read_words, words_regex
from detectors.jp.sensitive.phrases import Cells, Phrase

# where a clinician's list or marker opens: a numbered problem, a marker, an English label
_OPENER = re.compile(r"(?:^|(?<=[\s:\"'(]))(?:#\s?[0-9]{1,2}[.):]?|[sShHrR]/[pPoO]\.?|Z\.n\.|V\.a\.)[ \t]*"
                     r"|^[ \t]*(?:PMH|PHx|PH|Hx|Dx|DX|Ddx|DDx|Problem list|Problems)[ \t]*[:)][ \t]*", re.MULTILINE)
_JAPANESE_TERM = re.compile(r"[一-龥ァ-ヺー]{1,12}")
# a loanword in brackets after an abbreviation: what it stands for is no disease
_GLOSSED = re.compile(r"[(（][ァ-ヺー・]+[)）]")
_SEPARATOR = re.compile(r"[ \t]*[、,・/][ \t]*")
_SEPARATOR_BEFORE = re.compile(r"[ \t]*[、,・/][ \t]*$")
ITEMS = 4  # the terms read after one opener (PMH: DM, HT, HL, CKD)
# a treatment said of what comes before it (HTN、CHFにて加療中): its own clinical context
_TREATED = re.compile(r"(?:にて|で|のため|に対し(?:て)?)(?:加療|治療|通院|入院|内服|服薬|フォロー|経過観察)")
# a diagnosis's marker measured in brackets after it (T2DM（HbA1c 8.1%）, CKD（eGFR 42）)
_MEASURED = re.compile(r"[ \t]*\([ \t]*(?:HbA1c|A1c|eGFR|Cr|BNP|NT-proBNP|LDL|BP|血圧|SpO2|FEV1|LVEF|EF|PSA|AST|ALT|γ-?GT)")
_ASCII_BEFORE = re.compile(r"[A-Za-z][A-Za-z0-9]{1,5}$")


class ChartMatcher:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self._term = re.compile(rf"{words_regex(read_words('chart_terms'))}(?![A-Za-z0-9ァ-ヺー])")

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        found = []
        for opener in _OPENER.finditer(text):
            found += self._terms_after(text, opener.end())
        for said in (*_TREATED.finditer(text), *_MEASURED.finditer(text)):
            found += self._terms_before(text, said.start())
        return found

    def _terms_before(self, text: str, end: int) -> list[Phrase]:
        """The abbreviated diagnoses listed right before end (HTN、CHF|にて加療中, T2DM|(HbA1c 8.1%))."""
        found = []
        for _ in range(ITEMS):
            run = _ASCII_BEFORE.search(text, max(0, end - 6), end)
            if run is None or not self._term.fullmatch(text, run.start(), end) or _GLOSSED.match(text, end):
                break
            found.append(Phrase(run.start(), end, "病歴"))
            separator = _SEPARATOR_BEFORE.search(text, max(0, run.start() - 3), run.start())
            if separator is None:
                break
            end = separator.start()
        return found

    def _terms_after(self, text: str, position: int) -> list[Phrase]:
        """The diagnoses listed from position on (DM, HT / 狭心症), up to ITEMS of them."""
        found = []
        for _ in range(ITEMS):
            end = self._term_at(text, position)
            if end is None:
                break
            found.append(Phrase(position, end, "病歴"))
            separator = _SEPARATOR.match(text, end)
            if separator is None:
                break
            position = separator.end()
        return found

    def _term_at(self, text: str, position: int) -> int | None:
        term = self._term.match(text, position)
        if term is not None:
            return None if _GLOSSED.match(text, term.end()) else term.end()
        japanese = _JAPANESE_TERM.match(text, position)
        if japanese is None:
            return None
        word = japanese.group()
        known = word in self.lexicon.diseases or (word.endswith(DISEASE_ENDINGS) and word not in self.lexicon.not_diseases)
        return japanese.end() if known else None
