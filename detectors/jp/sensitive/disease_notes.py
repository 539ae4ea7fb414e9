"""病歴 told as a noun phrase of a note about someone (sensitive17): a disease with its
treatment in brackets (痛風(尿酸降下薬), 潰瘍性大腸炎（5-ASA製剤を内服）), a disease with the
symptom it causes (片頭痛による吐き気, 頸椎症からくるしびれ), a disease given in brackets as an
absence's or a request's reason (体調不良で欠席（腰部脊柱管狭窄症）), a disease in brackets right after
a person called by their honorific (山田さん（高血圧）, 佐藤様（卵・小麦アレルギー）, a church's prayer list's
鈴木 誠兄弟（気管支喘息（幼少期から））: a roll's or a list's note of the person; church19), and a disease
quoted as what someone said (「メニエール病」との話あり). A note says it and stops: the
phrase must end its statement (。, a comma, a bracket, a line's or cell's end, とのこと, のため …);
a disease's symptom or its drug named in an article goes on (〜による吐き気は…, 〜（抗ウイルス
薬）の流行期) and is no one's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from detectors.jp.sensitive.lexicon import WORD_CHAR
from detectors.jp.sensitive.phrases import Cells, Phrase, is_denied, is_generic

# a treatment's word inside the brackets after a disease (a drug, a therapy, an operation, dialysis), or a
# test's positive result (金属アレルギー（パラジウム陽性）)
_CARE_IN = re.compile(r"薬|剤|錠|療法|治療|手術|術後|透析|注射|内服|服用|投与|点滴|吸入|処方|陽性")
_BRACKETS = re.compile(r"\(([^()\n]{1,20})\)")
# the symptom a disease causes, told of someone
_SYMPTOMS = (r"めまい|目まい|眩暈|頭痛|腹痛|腰痛|胸痛|関節痛|痛み|しびれ|痺れ|発作|吐き気|嘔吐|倦怠感|だるさ|息切れ|動悸|不眠"
             r"|耳鳴り|疲労感|発熱|咳|せき|かゆみ|痒み|腫れ|むくみ|浮腫|ふらつき|震え|ふるえ|体調不良|視力低下|下痢|便秘"
             r"|食欲不振|貧血|こわばり|不整脈")
_CAUSED = re.compile(rf"(?:による|に伴う|からくる|から来る|が原因の)(?:{_SYMPTOMS})")
# an absence or an accommodation asked for, then its reason in brackets (別室受験を希望（メニエール病）)
_ABSENT = re.compile(r"(?:欠席|欠勤|早退|遅刻|休み|休養|休職|休業|不参加|見学|休演|降板|希望|免除|配慮)\(([^()\n]{2,24})\)")
# a note in brackets right after a person's honorific (a church says 兄, 姉, 兄弟・姉妹 of its members),
# one bracket inside it at most (気管支喘息（小児期から）)
_CALLED = re.compile(r"(?:さん|様|さま|氏|君|くん|ちゃん|兄弟・姉妹|兄弟|姉妹|兄|姉)\(([^()\n]{2,24}(?:\([^()\n]{1,16}\))?)\)")
# what someone said, quoted, a disease first (「潰瘍性大腸炎で通院」との話あり, 「メニエール病」と申告)
_QUOTED = re.compile(r"「([^「」\n]{2,24})」と(?:の)?(?:話|申告|申し出|報告|連絡|言|聞|相談)")
_FIRST_NOUN = re.compile(rf"[{WORD_CHAR}]{{2,16}}")
# where a note's statement ends: its words stop there, or say it was told or why
_TOLD_END = re.compile(r"[。、,)\t\n]|$|とのこと|との事|のため|で|と|が(?:あり|ある|続|出|強|ひど)|あり|に悩|を訴え|を抱え")


class DiseaseNotesMatcher:
    """`disease_before(text, end)`: where a disease or treatment ending at end starts
    (HealthMatcher's reading backwards); `disease_like(noun)`: a disease's name or head."""

    def __init__(self, disease_before: Callable[[str, int], int | None], disease_like: Callable[[str], bool]) -> None:
        self.disease_before = disease_before
        self.disease_like = disease_like

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        found = []
        if "(" in text:  # a text's brackets are read only where a care word stands anywhere in it (one scan)
            found += (self._treated(text) if _CARE_IN.search(text) else []) + self._absences(text) + self._called(text)
        found += self._symptoms(text)
        if "「" in text:
            found += self._quoted(text)
        return [p for p in found if not is_denied(text, p.end) and not is_generic(text, p.start, p.end)]

    def _treated(self, text: str) -> list[Phrase]:
        return self._told_after_disease(text, (m for m in _BRACKETS.finditer(text) if _CARE_IN.search(m.group(1))))

    def _symptoms(self, text: str) -> list[Phrase]:
        return self._told_after_disease(text, _CAUSED.finditer(text))

    def _told_after_disease(self, text: str, matches: Iterable[re.Match]) -> list[Phrase]:
        """From the disease read backwards before each match to the match's end, where the statement ends."""
        found = []
        for match in matches:
            if not _TOLD_END.match(text, match.end()):
                continue
            start = self.disease_before(text, match.start())
            if start is not None and start < match.start():
                found.append(Phrase(start, match.end(), "病歴"))
        return found

    def _quoted(self, text: str) -> list[Phrase]:
        found = []
        for match in _QUOTED.finditer(text):
            noun = _FIRST_NOUN.match(text, match.start(1))
            if noun and self.disease_like(noun.group()):
                found.append(Phrase(match.start(1), match.end(1), "病歴"))
        return found

    def _absences(self, text: str) -> list[Phrase]:
        return [Phrase(m.start(1), m.end(1), "病歴") for m in _ABSENT.finditer(text)
                if self.disease_like(m.group(1).strip())]

    def _called(self, text: str) -> list[Phrase]:
        """A note after a person's honorific whose words before any inner bracket are a disease."""
        return [Phrase(m.start(1), m.end(1), "病歴") for m in _CALLED.finditer(text)
                if self.disease_like(m.group(1).partition("(")[0].strip())]
