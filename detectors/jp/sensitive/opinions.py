"""信条 told as a vote or as an opinion told to a desk (beliefs24): what the brief of the
round calls a vote (前回の市議選では〜党の候補に投票した, 〜党に毎回入れている), support (a politician
backed, a candidate's office helped, a party's member of parliament served as secretary) and an
opinion told (死刑制度には反対だと窓口で話した, 原発の再稼働には強く反対ですとの電話) — the
shape is a vote for a party's candidate, or 〜には反対/賛成 told (と話した, との電話), about a
public issue named by its head noun (〜制度, 〜法案, 〜基地, 〜再稼働 …): a shop's or an office's
plan (新店舗の出店には反対だ) names no public issue."""

from __future__ import annotations

import re

from detectors.jp.sensitive.lexicon import Anchored, Lexicon, compile_pattern, words_regex
from detectors.jp.sensitive.phrases import Cells, Phrase, is_denied, is_generic

_LETTERS = "一-龥々ァ-ヺー・"
_VOTED = (r"(?:(?:(?:の|が)?(?:公認|推薦|擁立した)?(?:候補(?:者)?|議員|立候補者))?(?:に|へ)(?:毎回|いつも|ずっと)?"
          r"(?:投票|一票を投じ|票を入れ|入れ(?:た|て(?:いる|おり|いた)))"
          # a party's politician served (〜党の衆院議員の秘書)
          r"|の?[一-龥]{0,6}(?:議員|代議士)の(?:公設|私設)?(?:秘書|スタッフ))")
# a politician or a candidate backed or campaigned for, whatever the party (地元の市議を熱心に応援している,
# 〜を掲げる候補の選挙事務所で電話かけを手伝った)
_BACKED = (r"(?:市議|県議|区議|町議|村議|都議|道議|府議|議員|代議士|候補(?:者)?)(?:を|の選挙を)(?:熱心に|長年|ずっと|全面的に)?"
           r"(?:応援|支援)(?:して(?:いる|おり|いた)|した|し続け)",
           r"(?:候補(?:者)?|議員|陣営)の?選挙事務所で[^。\n\t]{0,10}?(?:手伝|ボランティア|活動|働い)")
# the view told, found at its fixed first letters (反対, 賛成); the issue and its に read back before it
_TOLD = (r"(?:反対|賛成)(?:だ|です|である|の(?:意見|立場)(?:だ|です)?)"
         r"(?:と|って|との)[^。\n\t]{0,8}?(?:話|言|述|語|訴え|主張|意見|伝え|電話|投書|便り|声)")
_ISSUE_BEFORE = re.compile(r"(?P<issue>[一-龥々ァ-ヺー・の]{2,16})(?:には|に|へは)(?:強く|断固|絶対)?大?\Z")
_ISSUE_REACH = 26
# a public issue's head noun at the end of the run before に
_PUBLIC_ISSUE = re.compile(r"(?:制度|政策|法案|法改正|法制|改正|改憲|護憲|条約|基地|原発|再稼働|移設|増税|減税|政権|内閣|死刑"
                           r"|廃止|存続|導入|推進|誘致|建設|民営化|合併|派兵|再軍備|夫婦別姓|同性婚)\Z")


# many people's or a body's view (住民の多くは〜には反対だと, 党は〜に賛成だと述べた): no one person's
_OF_MANY = re.compile(r"(?:住民|市民|国民|県民|多く|過半数|大半|人々|世論|皆|みんな|会社|当社|政府|議会|党|団体|組合|[市町村県国区])"
                      r"(?:として)?(?:は|も|が|の)"
                      r"[^。\n\t]{0,16}\Z")
_BEFORE = 20
_NO_PARTY = ("政党", "各党", "全党", "両党")  # a party's word, no party named
_GATE = re.compile("党に|票|秘書|スタッフ|応援|支援|選挙事務所|反対|賛成")


class OpinionMatcher:
    def __init__(self, lexicon: Lexicon) -> None:
        self._party_vote = Anchored(r"党" + _VOTED, _LETTERS, 10, least=1)
        self._named_vote = compile_pattern(rf"{words_regex(lexicon.parties)}{_VOTED}")
        self._told = compile_pattern(_TOLD)
        self._backed = tuple(compile_pattern(p) for p in _BACKED)

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        if not _GATE.search(text):  # one pass for the three kinds; most texts hold none of the words
            return []
        found: list[tuple[int, int]] = []
        if "党に" in text or "票" in text or "秘書" in text or "スタッフ" in text:
            found += [(s, e) for s, e in self._party_vote.spans(text) if text[s:s + 2] not in _NO_PARTY]
            found += [m.span() for m in self._named_vote.finditer(text)]
        if "応援" in text or "支援" in text or "選挙事務所" in text:
            found += [m.span() for pattern in self._backed for m in pattern.finditer(text)
                      if not _OF_MANY.search(text, max(0, m.start() - _BEFORE), m.start())]
        if "反対" in text or "賛成" in text:
            for told in self._told.finditer(text):
                issue = _ISSUE_BEFORE.search(text, max(0, told.start() - _ISSUE_REACH), told.start())
                if issue and _PUBLIC_ISSUE.search(issue["issue"]) and not _OF_MANY.search(
                        text, max(0, issue.start() - _BEFORE), issue.start()):
                    found.append((issue.start(), told.end()))
        return [Phrase(s, e, "信条") for s, e in found if not is_denied(text, e) and not is_generic(text, s, e)]

