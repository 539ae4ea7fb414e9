"""A date after a family member's relation and name, the row of a family or 扶養 table
whose header was lost (a PDF's lines, a 身上書's text, a note): 「長女　山田 花　平成22年8月1日」,
「（妻）山田花子　S60.5.6」, 「配偶者：山田花子 1985/5/6」. A relation (続柄) and a name
before a date is how a family table gives each member's birth; an event of the member
(資格取得, 扶養認定日) says its own word, which drops it as for any date. The relation
stands alone in its field (子 of 花子, 本人確認 are none), the date is a year past at
least (a birth this year says 出生 or 生まれ: BornDateOfBirthRecognizer). Only the date is
reported."""

from __future__ import annotations

import datetime as dt

from detectors.jp.date_of_birth import ANY_DATE, DATE_START, DateOfBirthRecognizer, DateWithinRecognizer, parse
from detectors.jp.date_of_birth_subject import _NAME
from detectors.words import alternation

RELATIONS = ("本人", "世帯主", "配偶者", "妻", "夫", "長男", "次男", "三男", "四男", "長女", "次女", "三女", "四女", "二男",
             "二女", "子", "実子", "養子", "父", "母", "義父", "義母", "実父", "実母", "祖父", "祖母", "孫", "兄", "弟", "姉",
             "妹", "義兄", "義弟", "義姉", "義妹")
# the relation alone in its field: a bracket, a colon or a blank after it (not 本人確認, 子育て)
_RELATION = (rf"(?<![一-龥々〆ヶぁ-んァ-ヺー])[(（【]?(?:{alternation(RELATIONS)})"
             r"(?:[)）】][ \t]*|[ \t]*[:：][ \t]*|[ \t]+)")
YOUNGEST_DAYS = 365  # a date within the year is more often an event of the member (来所, 同伴) than a birth


class FamilyDateOfBirthRecognizer(DateWithinRecognizer):
    PATTERNS = (("date_after_relation", rf"{_RELATION}{_NAME}[ \t]*[ \t、,][ \t]*{ANY_DATE}", 0.7),)
    PREFILTER = "|".join(RELATIONS)
    # a member's other days: a death, a marriage, living apart
    NEGATIVE_CONTEXT = (*DateOfBirthRecognizer.NEGATIVE_CONTEXT, "死亡", "逝去", "死去", "没", "命日", "婚姻", "離婚", "入籍",
                        "同居", "別居", "転出", "転入",
                        # the reason of a 扶養 change written after its date (就職のため扶養削除)
                        "就職", "離職", "削除", "追加", "取消", "該当", "収入")

    def is_valid(self, value: str) -> bool:
        date = DATE_START.search(value)
        born = parse(date.group()) if date else None
        return born is not None and born <= dt.date.today() - dt.timedelta(days=YOUNGEST_DAYS)
