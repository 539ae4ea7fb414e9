"""A birth label spread letter by letter, as a form typed from paper sets it out (均等割付:
「生 年 月 日　昭和四十年二月一日」, 「生　年　月　日」, 「誕 生 日」), before its date or after it
(「昭和53年9月25日　：生 年 月 日」, a 身上書 typed from a 縦書き form whose labels follow
their values). A label after its value is read unspread too, when it ends the value's line or
stands alone in the next cell (昭和60年4月1日 | （生年月日）: a paper form typed into a sheet). The spread letters are no context word (生年月日 is), so the label is read
here with its date; the label in the match says what the date is, so no other word
drops it. A label with no blank between its letters is the others' (the window, the
date's own label). Only the date is reported."""

from __future__ import annotations

import re

from detectors.jp.date_of_birth import ANY_DATE, _ERAS, DateWithinRecognizer

# NFKC made U+3000 a space; a blank between two of the letters at least
_SPREAD_LABEL = r"(?:生 +年 *月 *日|生 *年 +月 *日|生 *年 *月 +日|誕 +生 *日|誕 *生 +日)"
_LABEL_AFTER = "生年月日|誕生日|生 *年 *月 *日|誕 *生 *日"
# a label written one letter a line (a vertical form's cell: 生 / 年 / 月 / 日, each its own paragraph),
# its first letter alone on its line; a PDF's text a blank line between its lines (contacts16)
_LINE = " *\n(?: *\n)? *"
_VERTICAL_LABEL = f"(?:生{_LINE}年{_LINE}月{_LINE}日|誕{_LINE}生{_LINE}日)"
# a date on the line right after a vertical label is that label's value, not the date above it
_DATE_NEXT = f" *\\n[ :：\\n]*(?:[0-9]|{'|'.join(_ERAS)})"
# `[0-9日] *\t?[^\t\n]{0,26}[(（:：]? *(?:生年月日|誕生日)` reversed, for the reversed text: found
# from the label's last letter (日), not from every digit
_BEFORE_SOLID_LABEL = re.compile(r"(?:日月年生|日生誕) *[(（:：]?[^\t\n]{0,26}\t? *[0-9日]", re.ASCII)


class SpreadLabelDateOfBirthRecognizer(DateWithinRecognizer):
    PATTERNS = (
        ("date_after_spread_label", rf"{_SPREAD_LABEL} *[:：]? *{ANY_DATE}", 0.7),
        ("date_before_spread_label", rf"{ANY_DATE} *[:：(（]? *{_SPREAD_LABEL}", 0.7),
        # a label after its value, closing the line, or in brackets after it or alone in the next cell (a
        # paper form typed into a sheet: 昭和60年4月1日 | （生年月日）; after the sheet's composed header, if
        # any); a bare label in the next cell is the label of the cell after it (2015/4/1 | 生年月日 | …)
        ("date_before_its_label", rf"{ANY_DATE}(?: *[:：]? *(?:{_LABEL_AFTER})(?= *(?:\n|\Z))"
         rf"|(?: *\t(?:[^\t\n:]{{1,24}}: )?| *)[(（] *(?:{_LABEL_AFTER}) *[)）])", 0.7),
        ("date_under_vertical_label", rf"(?<![^\n]){_VERTICAL_LABEL} *[:：]?{_LINE}{ANY_DATE}", 0.7),
        ("date_above_vertical_label", rf"{ANY_DATE}{_LINE}{_VERTICAL_LABEL} *(?=\n|\Z)(?!{_DATE_NEXT})", 0.7),
    )
    NEGATIVE_CONTEXT = ()  # the label in the match says whose date it is
    PREFILTER = r"[生誕] *\n[ \n]*[年生]|[生誕] +[年生月日]|[年生月] *[年生月日] +[月日]"

    def may_match(self, text: str) -> bool:
        """PREFILTER, or a digit (or 日) up to a cell's 26 characters before a solid 生年月日 or
        誕生日: that second test, tried at every digit of a roster, was read backwards from
        the label instead (the same texts pass; a tenth of its cost)."""
        return super().may_match(text) or (("生年月日" in text or "誕生日" in text)
                                           and _BEFORE_SOLID_LABEL.search(text[::-1]) is not None)
