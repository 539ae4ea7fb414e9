"""A text to many (sens7): a notice, a rule, a newsletter or an invitation says by its title
line what it is (〜のお知らせ, 〜規程, 〜だより 4月号, 〜のご案内). The person on its signing
line (浄蓮寺 住職 松平 龍心, 保健師 松井 久美子: a title and the name, nothing after) signs it:
what it tells — a disease to watch for, a service of worship — is not about them. A name in
its text (人事異動のお知らせ: 山田 太郎（病気療養のため）, a news item) is still its subject."""

from __future__ import annotations

import re

_TITLE = re.compile(r"[ 　]*\S*(?:お知らせ|ご案内|案内状|だより|便り|通信|ニュース|規程|規則|要領|要綱|募集)"
                    r"[ 　]*(?:第?[0-9]+(?:月|号)号?)?[ 　]*$")
# a line addressing everyone (社員各位, 組合員の皆さんへ) among a text's first lines (events8)
_TO_ALL = re.compile(r"^[ 　]*\S{0,12}(?:各位|の皆(?:様|さま|さん)(?:へ)?)[ 　\r]*$", re.MULTILINE)
HEAD_LINES = 3
_ADDRESSED = re.compile(r"[ 　]*(?:様|殿)")
# before the name on a signing line: an optional organisation, then a title
# a title a signer writes before the name (院長, 保健師, 社労士, 産業医); scanner.other_parts too
TITLE_BEFORE_NAME = r"[一-龥]{0,6}(?:長|師|士|医|部|課|室|局)"  # or the office that sends it (総務部, 人事課)
_SIGNING = re.compile(rf"[ 　]*(?:\S{{1,24}}[ 　]+)?(?:{TITLE_BEFORE_NAME}|住職|宮司|神父|代表|代表者)[ 　:：]*$")
_LINE_END = re.compile(r"[ 　]*(?:\r?\n|$)")


def is_titled_a_notice(text: str) -> bool:
    """Whether the text's first line names it a notice, a rule or a newsletter, or one of its
    first lines addresses everyone (社員各位)."""
    body = text.lstrip()
    if _TITLE.match(body, 0, body.find("\n") if "\n" in body else len(body)) is not None:
        return True
    head = "\n".join(body.split("\n", HEAD_LINES)[:HEAD_LINES])
    return _TO_ALL.search(head) is not None


def addressed(text: str, end: int) -> bool:
    """Whether the name ending at end is the one a letter is addressed to (様, 殿)."""
    return _ADDRESSED.match(text, end) is not None


def signs(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) stands on a signing line: a title before it, nothing after."""
    line_start = text.rfind("\n", 0, start) + 1
    return _LINE_END.match(text, end) is not None and _SIGNING.match(text, line_start, start) is not None
