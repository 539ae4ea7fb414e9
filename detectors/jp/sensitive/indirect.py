"""要配慮 said indirectly, by what a person needs or what befell them: a sign-language
interpreter or a note-taker needed (障害), a limb's paralysis that remains (障害), a
prosecution suspended or dropped (犯罪歴), a traffic accident's victim, a burglary at
home, violence suffered in a continuative clause (犯罪被害); joining a union, its dues
taken from pay, its activity, a local's (分会's) officer (労働組合); a member's dues or gifts
to a temple or a church, baptism, a family temple or a family's school (宗教); a check-up
that led to a re-examination (健康診断結果); an ethnic group named in a person's cell (人種・民族).

Each phrase needs its predicate: 手話通訳 alone (a course, a service) says nothing of
anyone; the patterns read the need, the remaining paralysis, the disposition.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.lexicon import Lexicon, compile_pattern, scanned_pattern, whole_word, words_regex
from detectors.jp.sensitive.phrases import Cells, Phrase, is_denied, is_generic

_NEEDED = r"(?:が(?:必要|必須)|を(?:必要と|要する|希望|依頼))"
_AIDS = rf"(?:手話通訳|要約筆記|点字(?:資料|版|の資料)|拡大文字(?:の資料)?|音声読み上げ|盲導犬の同伴|介助犬の同伴){_NEEDED}"
_PARALYSIS = (r"(?:右|左|両)?(?:半身|上肢|下肢|手足|上下肢|腕|脚|足|手|指)(?:に|の)?(?:麻痺|まひ|しびれ)"
              r"(?:が(?:残る|残り|残って(?:いる|おり)|ある|あり)|あり|が後遺症)")
_DISPOSED = (r"(?:起訴猶予|不起訴)(?:処分)?(?:と(?:なった|なり|なって(?:いる|おり))|に(?:なった|なり)|を受け(?:た|て(?:いる|おり))?"
             r"|処分(?:を受け(?:た)?)?)")
_TRAFFIC = (r"(?:交通事故|自転車事故|追突事故|ひき逃げ事故|当て逃げ事故)の被害(?:者|に遭(?:った|い)|を受け(?:た)?)"
            r"|(?:車|自動車|バイク|トラック)に(?:はねられ|ひかれ|追突され)(?:た|て)?|(?:追突|衝突)され(?:た|て(?:いる|おり)|(?=[、,]))")
# a union told by joining, by its dues taken from pay, by its activity or by a local's role;
# 組合 bare (no 健康保険組合, 協同組合: a kanji before it names another kind)
_UNION_TOLD = (r"(?<![一-龥ァ-ヺー])(?:組合|ユニオン)に(?:加入|加盟)(?:して(?:いる|おり|いた)?|した|し、|済み?|中)"
               # its forms handed in (組合加入届を提出), a seat at the wage talks (春闘の交渉委員)
               r"|(?<![一-龥ァ-ヺー])組合(?:加入|脱退)(?:届|申込書|申請書)(?:を|は)?(?:提出|記入|出し)(?:した|して(?:いる|おり)|済み?)?"
               r"|(?<![一-龥ァ-ヺー])組合(?:の)?(?:青年部|女性部|婦人部|執行部)(?:で|の)(?:活動|役員|部長)"
               r"|(?:春闘|春季生活闘争|春季交渉|団体交渉|団交|賃上げ交渉)(?:の|で|では|に)?(?:組合側の)?(?:交渉委員|交渉団|交渉担当)"
               r"|(?<![一-龥ァ-ヺー])組合費(?:を|が|は)?(?:給与から)?(?:天引き|控除|チェックオフ)(?:されて(?:いる|おり)|している|対象者?)"
               r"|(?<![一-龥ァ-ヺー])組合活動(?:に(?:参加|熱心|従事|専念)|をして(?:いる|おり))")
# a faith told by a member's dues or gifts, by baptism, by a family temple or a family's school
_PLACE_OF_FAITH = r"(?:教会|お寺|寺|神社|モスク|[一-龥]{1,6}(?:寺|院|教会|神社|宮|大社))"
_DUES = r"(?:献金|月定献金|寄進|奉納|お布施|布施|護持会費|寺院費|教会費)"
_FAITH_TOLD = (rf"{_PLACE_OF_FAITH}に(?:毎月|毎年|定期的に)?{_DUES}(?:を)?(?:して(?:いる|おり|いた)|した|を?納めて(?:いる|おり))"
               rf"|{_DUES}を(?:毎月|毎年)?(?:納めて(?:いる|おり)|納入して(?:いる|おり))"
               r"|(?:幼児)?洗礼を受け(?:た(?![いくら])|て(?:いる|おり))|[0-9]{4}年に受洗|受洗(?:した|して(?:いる|おり)|済み?)"
               r"|堅信(?:礼)?を受け(?:た(?![いくら])|て(?:いる|おり))|(?:護持会|崇敬会|信徒会|檀家)に(?:入って(?:いる|おり)|加入|入会)"
               r"|(?:菩提寺|檀那寺|所属教会)(?:は|が) *[一-龥ァ-ヺー]{1,10}(?:寺|院|庵|教会)")
# a check-up's outcome told as what it led to (健診で再検査になった)
_CHECKUP_LED = (r"(?:健診|健康診断|人間ドック|検診)(?:で|の結果)、?(?:[一-龥]{1,6}(?:で|の))?"
                r"(?:再検査|精密検査|精検|要精検|要再検|要受診|要治療|要医療)(?:に|と)(?:なった|なり|なって(?:いる|おり))")
# an ethnic group named in a person's cell (モン族, ハルハ族, 朝鮮族): a katakana name before 族,
# or a kanji one known (家族, 親族, 遺族, 貴族 are no origin); slang types of people (ホタル族) are not
_ETHNIC_GROUP = (r"(?<![ァ-ヺー一-龥])(?:(?!ホタル|マイカー|ノマド|ギャル|ネオ|ハイパー)[ァ-ヺ][ァ-ヺー]{0,7}族"
                 r"|漢族|朝鮮族|満州族|満族|回族|壮族|苗族|彝族|白族|蒙古族|蔵族|土家族|黎族|瑶族|侗族|傣族|高山族)(?![館長車])")
_BURGLED = r"(?:自宅|家|部屋|住居|店|実家)に(?:空き巣|泥棒|強盗)が(?:入(?:った|り|られ)|押し入(?:った|り))"


# an invitation or a call to anyone (参加しましょう, 希望する方は): no one's need or act
_INVITED = re.compile(r"(?:しましょう|ください|下さい|して(?:ください|下さい)|する方|される方|の方は|者は|希望者)")


# an organisation's gift (当社は神社に奉納した): no one's faith
_ORGANISATION = re.compile(r"(?:当社|弊社|会社|当店|弊店|町内会|自治会|商店会|当会|組合|法人)(?:は|が|から|として|より)")


def _by_organisation(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return _ORGANISATION.search(text, max(line_start, start - 30), start) is not None


# words one of which a text must hold before a family's patterns (some open with a class or
# a look-behind, tried at every position) are run
_FAITH_WORDS = re.compile(r"献金|寄進|奉納|布施|護持会|洗礼|受洗|堅信|菩提寺|檀那寺|所属教会|崇敬会|信徒会|檀家|寺院費|教会費|実家|生家|我が家")
_BODY_WORDS = re.compile(r"麻痺|まひ|しびれ|手話|要約筆記|点字|拡大文字|音声読み上げ|盲導犬|介助犬")


class IndirectMatcher:
    def __init__(self, lexicon: Lexicon) -> None:
        self._disability = tuple(compile_pattern(p) for p in (_AIDS, _PARALYSIS))
        self._record = compile_pattern(_DISPOSED)
        victims = words_regex(lexicon.victimisation)
        # the continuative form before a comma (暴力を受け、保護命令を…)
        roles = words_regex(tuple(r for r in lexicon.union_roles if len(r) >= 2 and r != "組合員"))
        self._union = tuple(scanned_pattern(p) for p in (_UNION_TOLD, rf"分会 *(?:の)? *{roles}"))
        religions = words_regex(lexicon.religions)
        self._faith = tuple(compile_pattern(p) for p in (_FAITH_TOLD, rf"(?:実家|生家|我が家)(?:は|の宗派は) *{religions}"))
        self._checkup = compile_pattern(_CHECKUP_LED)
        self._ethnic_group = re.compile(_ETHNIC_GROUP)
        self._victim = tuple(scanned_pattern(p) for p in (rf"{victims}を受け(?=[、,])", _TRAFFIC, _BURGLED))

    def find(self, text: str, cells: Cells) -> list[Phrase]:
        found = [Phrase(*m.span(), "障害") for p in self._disability for m in p.finditer(text)] if _BODY_WORDS.search(text) else []
        found += [Phrase(*m.span(), "犯罪歴") for m in self._record.finditer(text)]
        found += [Phrase(*m.span(), "犯罪被害") for p in self._victim for m in p.finditer(text)]
        if "組合" in text or "分会" in text or "ユニオン" in text or "交渉" in text:
            found += [Phrase(*m.span(), "労働組合") for p in self._union for m in p.finditer(text)]
        found += [Phrase(*m.span(), "健康診断結果") for m in self._checkup.finditer(text)]
        if "族" in text:  # in a person's row only (cells.phrases)
            found += cells.phrases((m.span() for m in self._ethnic_group.finditer(text)), "人種・民族")
        if _FAITH_WORDS.search(text):
            found += [Phrase(*m.span(), "宗教") for p in self._faith for m in p.finditer(text) if not _by_organisation(text, m.start())]
        return [p for p in found if whole_word(text, p.start, p.end) and not is_denied(text, p.end)
                and not _INVITED.match(text, p.end)
                and not is_generic(text, p.start, p.end)]
