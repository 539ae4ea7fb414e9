"""A faith's member word alone in a field of a roll whose header was lost (a PDF's lines, a list
pasted into a mail, a CSV without its first line): 「山本 千春  1971/05/03  0587-21-4466  陪餐会員」,
「ODA KENJI, 1988-02-14, 檀家」, 「石井美和｜090-1111-2222｜求道者（2024年より）」. A church's, a
temple's, a shrine's or a mosque's roll gives each person's standing in the faith (教会員, 求道者,
受洗者, 檀家, 氏子, ムスリム) as a field of the row; that standing is the person's 宗教 (信条 of
個人情報保護法 第2条第3項). The field is the word with a bracketed note after it (教会員（受洗）)
in a row of three fields or more, one of them a number (a date, a phone): a heading (教会員名簿)
or a sentence is no row, and whose row it is the Detector decides (a person on the line)."""

from __future__ import annotations

from detectors.jp.sensitive.beliefs import MEMBERS_ALONE
from detectors.jp.sensitive.lexicon import Lexicon, compile_pattern, words_regex
from detectors.jp.sensitive.phrases import Cells, Phrase
from detectors.lines import line_bounds
from detectors.roll_fields import alone_in_field, fields

# standings a roll writes beside the members' words of beliefs.py: baptised or not, a convert
ROLL_STANDINGS = ("受洗者", "洗礼者", "受洗", "受洗済", "未受洗", "幼児洗礼", "成人洗礼", "未陪餐会員", "求道中",
                  "ムスリム", "ムスリマ", "改宗者", "信徒", "門信徒", "檀信徒")
_NOTE = r"(?:[（(][^）)\n]{1,10}[）)])?"  # 教会員（転入会）, 檀家(本家)
LEAST_FIELDS = 3


class MemberRowMatcher:
    def __init__(self, lexicon: Lexicon) -> None:
        words = tuple(dict.fromkeys(lexicon.religions + MEMBERS_ALONE + ROLL_STANDINGS))
        self._standing = compile_pattern(rf"{words_regex(words)}{_NOTE}")

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        found = []
        for match in self._standing.finditer(text):
            start, end = match.span()
            line_start, line_end = line_bounds(text, start)
            if not alone_in_field(text, start, end, line_start, line_end):
                continue
            line = text[line_start:line_end]
            # ideographic blanks fold to one blank (NFKC): a row of one-blank fields counts as well
            if max(len(fields(line)), len(line.split())) >= LEAST_FIELDS and any(c.isdigit() for c in line):
                found.append(Phrase(start, end, "宗教"))
        return found
