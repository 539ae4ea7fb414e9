"""A number the reader is asked to call, a mailbox they are asked to write to (issue 12,
own8; mail14).

A notice, a flyer or a guide asks its reader to apply, book or ask by telephone
(お申し込みはお電話（…）で, ご予約・ご相談は…まで, …へお電話ください): the number is the
organisation's desk. A person named in the sentence (担当の山田（…）まで), a personal
label (携帯, 自宅, 母) or a mobile number keeps it someone's own: a coach's or a
parent's mobile in a call to action is theirs.
"""

from __future__ import annotations

import re

from detectors.jp.phone import is_mobile
from detectors.lines import Lines

# where a form goes: the facility or office that receives it (提出先：…ハウス 〒… TEL …) (contacts16)
RECIPIENT_WORDS = ("提出先", "申込先", "申込み先", "申し込み先", "申請先", "届出先", "返送先")
# a request to the reader: to ask, apply, book, consult or call, said with an honorific
# (a topic in a sentence, said with は, も or の際は: お電話 or ご予約 alone is a form's label)
_REQUEST_BEFORE = re.compile(r"(?:お問い?合わ?せ|お問合せ|お申し?込み?|ご予約|ご相談|ご質問|ご不明(?:な)?点|ご用命|ご希望の方"
                             r"|ご?返信|ご意見|ご感想|ご応募|ご提出)"  # a request to write to a mailbox (mail14)
                             r"[^。\n:：]{0,16}?(?:は|も|の際は|につきましては)")
# (honorific: addressed to the reader; a log's 折り返し…へ連絡済み is no request)
_REQUEST_AFTER = re.compile(r"^[^。\n]{0,12}?(?:まで|へ|にて)[^。\n]{0,10}?(?:お問い?合わ?せ|お申し?込|ご連絡|お電話|ご相談|ご予約"
                            r"|お気軽に|お送り|ご送付|ご返信|ご提出)")
_PERSONAL = re.compile(r"携帯|自宅|本人|個人|直通|緊急|[母父兄姉妻夫]|家族|保護者|様|さん")
_SENTENCE_END = re.compile(r"[。\n]")


def asked_to_call(lines: Lines, start: int, end: int) -> bool:
    """The landline at [start, end) stands in a sentence that asks the reader to call or
    apply, and the sentence names no person and no personal label."""
    text = lines.text
    if is_mobile(text[start:end]):  # in any writing (cards20)
        return False
    first = _sentence_start(text, start)
    last = _SENTENCE_END.search(text, end)
    last = last.start() if last else len(text)
    before, after = text[first:start], text[end:last]
    if "\t" in before or "\t" in after:
        return False  # a table's row: a record of someone, not a notice's sentence
    if not (_REQUEST_BEFORE.search(before) or _REQUEST_AFTER.search(after)):
        return False
    return not _PERSONAL.search(before + after) and not lines.names_a_person(first, last)


def _sentence_start(text: str, position: int) -> int:
    return max(text.rfind("。", 0, position), text.rfind("\n", 0, position)) + 1
