"""宗教, 信条, 人種・民族 and 社会的身分: what a person believes, belongs to, or
comes from.

A religion counts with its member (浄土真宗の門徒, カトリック信者, 〇〇寺の檀家), with
faith or conversion (〜を信仰, 〜に入信), or as a believer or a practice that tells
it (ムスリム, ハラール食, 輸血拒否); a party with membership or support (〇〇党の党員,
〜を支持); an origin or a status by its own words (アイヌ民族, 在日コリアン, 同和地区出身).
A bare religion or party name counts only as the value of a 宗教 or 支持政党 field
(detectors.jp.sensitive.fields).
"""

from __future__ import annotations

from collections.abc import Iterable

from detectors.jp.sensitive.lexicon import Anchored, Lexicon, compile_pattern, whole_word, words_regex
from detectors.jp.sensitive.phrases import Cells, Phrase, is_denied, is_generic

_FAITH = (r"(?:を|に|へ|で|の)?(?:信仰(?:して(?:いる|おり)|している|する|中)?|入信(?:した|して(?:いる|おり|いた))?"
          r"|帰依|改宗(?:した)?|洗礼を受け(?:た|て(?:いる|おり|いた))?|入会(?:した|して(?:いる|おり|いた))?)")
_INSTITUTIONS = r"(?:寺|院|教会|神社|八幡宮|天満宮|大社|稲荷|モスク|会堂|聖堂)"
_NAME_LETTERS = "一-龥々ァ-ヺー"
_ORIGIN_TAIL = r"(?:の)?(?:出身|の血を引く|系|[一二三四0-9]世|である|民族)?"
_NOT_ETHNIC = r"(?!衣装|音楽|舞踊|料理|楽器|学|主義|紛争|問題|自決|文化|史)"
_SUPPORT = (r"(?:の|に|を|へ)?(?:党員|党籍|支持者|後援会員|後援会|党友|同盟員|活動家|会員|所属(?:して(?:いる|おり|いた))?"
            r"|支持(?:して(?:いる|おり)|している|する)?|投票(?:した|して(?:いる|おり|いた))?|入党(?:した)?"
            r"|寄付(?:した|して(?:いる|おり|いた))?|献金)")


class BeliefsMatcher:
    def __init__(self, lexicon: Lexicon) -> None:
        religions = words_regex(lexicon.religions)
        members = words_regex(lexicon.religion_members)
        self._religion = compile_pattern(
            rf"{religions}(?:(?: *\([^)\n]{{1,12}}\))?(?:の)?{members}|{_FAITH}|徒|教徒)")
        self._institution = Anchored(rf"{_INSTITUTIONS}(?: *\([^)\n]{{1,12}}\))?(?:の)?{members}", _NAME_LETTERS, 10)
        self._practice = compile_pattern(
            rf"{words_regex(lexicon.religious_practices)}(?:食|料理)?(?:を|が|の|に)?"
            rf"(?:希望|必要|対応|配慮|参加|ため)?(?:して(?:いる|おり)|している)?")
        self._origin = compile_pattern(rf"{words_regex(lexicon.ethnic_origins)}{_ORIGIN_TAIL}")
        self._generation = compile_pattern(r"在日 *[一二三四0-9]世")  # apart: see UnionMatcher._known
        self._people = Anchored(rf"民族{_NOT_ETHNIC}", _NAME_LETTERS, 6, least=1)
        self._status = compile_pattern(rf"{words_regex(lexicon.social_status)}(?:の)?(?:出身|出生)?")
        parties = words_regex(lexicon.parties)
        self._party = compile_pattern(rf"{parties}(?:{_SUPPORT}|員)")
        self._party_member = Anchored(r"党(?:の)?(?:党員|支持者)|党員", _NAME_LETTERS, 10, least=1)

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        found = _all(self._religion.finditer(text), text, "宗教") + _all(self._practice.finditer(text), text, "宗教")
        found += _all(self._institution.spans(text), text, "宗教")
        found += _all(self._origin.finditer(text), text, "人種・民族") + _all(self._people.spans(text), text, "人種・民族")
        found += _all(self._generation.finditer(text), text, "人種・民族")
        found += _all(self._status.finditer(text), text, "社会的身分")
        found += _all(self._party.finditer(text), text, "信条") + _all(self._party_member.spans(text), text, "信条")
        return [p for p in found if not is_denied(text, p.end) and not is_generic(text, p.start, p.end)]


def _all(matches: Iterable, text: str, category: str) -> list[Phrase]:
    """Phrases of matches or (start, end) spans that are whole words."""
    spans = (m if isinstance(m, tuple) else m.span() for m in matches)
    return [Phrase(start, end, category) for start, end in spans if whole_word(text, start, end)]
