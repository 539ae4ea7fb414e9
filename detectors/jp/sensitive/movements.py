"""信条 told by a movement a person takes part in (sens6): 平和運動に長く関わっている,
反戦デモに毎月参加している, 護憲集会に参加した, 脱原発の運動を続けている. The cause
(反戦, 脱原発, 護憲 …) and the act (運動, デモ, 集会 …) say a political belief; taking part,
helping or keeping at it says it of the person. A cause alone (平和教育, 反戦映画) or an
invitation (参加しましょう) is no one's belief.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.lexicon import Anchored, compile_pattern, whole_word
from detectors.jp.sensitive.phrases import NOT_PRESENT, PRESENT_TOLD, Cells, Phrase, is_denied, is_generic
from detectors.jp.sensitive.seats import SEAT_WORD

_CAUSES = (r"(?:反戦平和|反戦|非戦|反核|核兵器廃絶|核廃絶|反原発|脱原発|原発ゼロ|護憲|改憲|反基地|基地反対|反政府|反安保|安保反対"
           r"|平和|反差別|部落解放|反ヘイト|反天皇制|反戦反核)")
# a camp of the cause (護憲派, 改憲系): its meetings of study too tell the belief (護憲派の勉強会に参加)
_CAMP = r"(?:派|系)"
_CAMP_MEETINGS = r"(?:の)?(?:勉強会|学習会|講演会|会合|研究会)"
_ACTS = (r"(?:の)?(?:運動|デモ|集会|行進|座り込み|抗議行動|署名活動|署名運動|街頭宣伝|街頭活動|市民運動|市民団体|団体|グループ|ネットワーク"
         r"|決起集会|請願|陳情|市民連合)")  # a petition is an act too (〜を求める請願の代表者) (sensitive17)
# a seat in the group (反原発の市民団体の世話人)
# (a seat of a branch or a region: 〜団体の地域代表, 〜の会の県幹事, 副代表) (sens20)
_SEAT = (r"(?:の)?(?:地域|地区|支部|本部|全国|[都道府県市区町村]|副|共同)?(?:世話人|代表者?|共同代表|事務局(?:長)?|役員|幹部|理事|幹事|会員|構成員|(?:中心|主要|コア)?メンバー|活動家|リーダー"
         r"|主催者|呼びかけ人|発起人|賛同者|支持者|支援者|サポーター|実行委員(?:長|会)?|運営委員|運営スタッフ)"
         r"|で(?:世話人|代表|共同代表|事務局長|役員|幹事)を務め(?:る|た|て(?:いる|おり|いた))|" + SEAT_WORD)
# a cause named by what it opposes or asks for (原発再稼働反対の市民団体, 夫婦別姓を求める請願の署名活動):
# read backwards from its ending, a run of the issue's letters before it
_OPPOSING = r"(?:反対|抗議|に反対|に抗議|阻止|撤廃|廃止|撤回|を求める(?:請願|陳情)?)"
_ISSUE_LETTERS = "一-龥々ァ-ヺー・"
_TAKING_PART = (r"(?:に|へ|を|で|には)(?:[一-龥]{0,2}から|長年|長く|ずっと|熱心に|毎月|毎週|毎年|定期的に|よく|積極的に|今も)?"
                r"(?:関わ(?:って(?:いる|おり|いた)?|った|る)|携わ(?:って(?:いる|おり|いた)?|った|る)"
                r"|参加(?:して(?:いる|おり|いた)?|した|している|する|(?=[。\t\n]|$))|加わ(?:って(?:いる|おり|いた)?|った)"
                r"|続け(?:て(?:いる|おり|いた)|た)|取り組(?:んで(?:いる|おり|いた)|んだ)"
                r"|活動(?:して(?:いる|おり|いた)?|した|している|を続け(?:て|た)|(?=[。、\t\n]|$|なので|として|中(?:で|です|だ|。)|歴))"  # 〜で活動なので (creed20)
                # speaking at it (護憲派の集会で演説をしたことがある, 〜の勉強会で講師を務めた)
                r"|(?:演説|登壇|発言|スピーチ|講演|司会|講師)(?:を)?(?:した|して(?:いる|おり|いた)|務め(?:た|て(?:いる|おり|いた))|(?=[。\t\n]|$)))")
# an act done (署名活動をしている, デモをした)
_TAKING_PART += r"|を(?:して(?:いる|おり|いた)|した|行って(?:いる|おり|いた)|行った)|で活動(?=と(?:話|言|語|述))"  # …で活動と話し
# leading it (署名活動を主宰, デモを主催している)
_TAKING_PART += r"|を(?:主宰|主催)(?:して(?:いる|おり|いた)|した|する|(?=[。、\t\n]|$))"
# a meeting of the movement led or joined (護憲派の市民運動で集会を主催, 〜の運動で勉強会を開いている) (beliefs18b)
_TAKING_PART += (r"|(?:で|の)(?:集会|デモ|勉強会|学習会|講演会|署名活動|街頭宣伝|抗議行動)"
                 r"(?:を(?:主催|主宰|開催|企画|運営|呼びかけ|開い|開く|開き)|に(?:参加|登壇))")
# a petition or a protest signed (〜を求める請願に署名した, 〜反対の陳情に署名済み) (births19)
_TAKING_PART += r"|に署名(?:した|して(?:いる|おり|いた)|済み|(?=[。、\t\n]|$))"
# a petition's signatures collected (〜の請願署名を集めている, 〜に反対する署名を募った): collecting for a
# petition or a protest says the cause; a form's signatures (保護者の署名を集めて提出) say none (beliefs18b)
_SIGNATURES = r"署名(?:を)?(?:集め|募っ|募り|募る|募集)"
_PETITIONED = re.compile(r"(?:請願|陳情|嘆願|反対|賛成|撤回|廃止|存続|求める|反対する|賛成する)の?\Z")
# a group for rights (子どもの権利団体, 女性の人権ネットワーク): a cause read backwards from its word (sensitive17)
_RIGHTS = r"(?:人権|権利(?:擁護)?)"  # its first letters fixed (の is everywhere); the の before is read with the cause
# a cause named by what it is against, whatever the issue (反捕鯨団体の支持者, 脱ダム運動に参加, 反ワクチンの会の会員):
# 反 or 脱 opening a word (not 違反, 離脱: a kanji before; not 反社, 反省, 脱毛: no cause) (births19)
_AGAINST = (rf"[反脱](?<![一-龥][反脱])(?!社|省|応|面|映|論|発|則|復|毛|衣|出|退|税|臭|水|線|力)[{_ISSUE_LETTERS}]{{1,8}}?"
            r"(?:の)?(?:運動|デモ|集会|行進|座り込み|抗議行動|署名活動|署名運動|市民運動|市民団体|団体|グループ|ネットワーク|会)")
# the act ending a clause reported by someone (〜を主宰との申し出, 〜で活動とのこと) (sens20)
_REPORTED = r"と(?:の|いう)?(?:申し?出|こと|事|話|報告|連絡|相談|届|申告|記載|説明)"
_TAKING_PART = _TAKING_PART.replace(r"(?=[。、\t\n]|$", rf"(?=[。、\t\n]|$|{_REPORTED}")
# …or a noun before 〜の方 told present (お連れ様に〜デモに毎月参加の方がいらっしゃると伺いました) (beliefs24)
_TAKING_PART = _TAKING_PART.replace(r"(?=[。\t\n]|$)", rf"(?=[。\t\n]|$|の方[がも]{PRESENT_TOLD})")
_INVITED = re.compile(rf"(?:しましょう|ください|下さい|する方|される方|の方{NOT_PRESENT}|者は|希望者|予定の方)")
_WORDS = re.compile(r"運動|デモ|集会|行進|座り込み|抗議|署名|街頭|団体|勉強会|学習会|講演会|グループ|ネットワーク|請願|陳情|連合|会員|実行委員")


class MovementMatcher:
    def __init__(self, lexicon=None) -> None:
        # a movement's body (護憲運動の市民団体で活動): two acts in a row
        self._taking_part = compile_pattern(
            rf"{_CAUSES}(?:{_CAMP}?(?:{_ACTS}){{1,2}}|{_CAMP}{_CAMP_MEETINGS})(?:{_TAKING_PART}|{_SEAT})")
        # a cause asked for by a verb (死刑廃止を訴える署名活動をしている)
        self._opposing = Anchored(rf"{_OPPOSING}(?:を(?:訴える|求める|掲げる)|する)?{_ACTS}(?:{_TAKING_PART}|{_SEAT})",
                                  _ISSUE_LETTERS + "の", 12, least=2)  # 死刑制度の廃止を…
        self._signatures = Anchored(_SIGNATURES, _ISSUE_LETTERS + "のをにするめ", 24, least=2)
        # a petition's issue named before it (選択的夫婦別姓の請願活動に参加, 〜についての陳情運動で代表) (beliefs22)
        self._petition = Anchored(rf"(?:請願|陳情)(?:活動|運動|署名)(?:{_TAKING_PART}|{_SEAT})", _ISSUE_LETTERS + "のをにするめ", 20, least=3)
        self._rights = Anchored(rf"{_RIGHTS}{_ACTS}(?:{_TAKING_PART}|{_SEAT})", _ISSUE_LETTERS + "の", 8)
        self._against = compile_pattern(rf"{_AGAINST}(?:{_TAKING_PART}|{_SEAT})")

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        if not _WORDS.search(text):
            return []
        found = [Phrase(*m.span(), "信条") for pattern in (self._taking_part, self._against)
                 for m in pattern.finditer(text) if whole_word(text, *m.span())]
        found += [Phrase(s, e, "信条") for anchored in (self._opposing, self._rights, self._petition) for s, e in anchored.spans(text)]
        found += [Phrase(s, e, "信条") for s, e in self._signatures.spans(text) if _PETITIONED.search(text, s, text.index("署名", s))]
        return [p for p in found if not is_denied(text, p.end) and not _INVITED.match(text, p.end)
                and not is_generic(text, p.start, p.end)]
