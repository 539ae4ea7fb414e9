"""A text to many (sens7): a notice, a rule, a newsletter or an invitation says by its title
line what it is (〜のお知らせ, 〜規程, 〜だより 4月号, 〜のご案内), and when it addresses no one
by name (山田 太郎 様, 〜殿) what it tells — a disease to watch for, a service of worship, a
crime in the neighbourhood — is about anyone; the person it names signs it or is asked."""

from __future__ import annotations

import re

_TITLE = re.compile(r"[ 　]*\S*(?:お知らせ|ご案内|案内状|だより|便り|通信|ニュース|規程|規則|要領|要綱|募集)"
                    r"[ 　]*(?:第?[0-9]+(?:月|号)号?)?[ 　]*$")
_ADDRESSED = re.compile(r"[ 　]*(?:様|殿)")


def is_titled_a_notice(text: str) -> bool:
    """Whether the text's first line names it a notice, a rule or a newsletter."""
    body = text.lstrip()
    return _TITLE.match(body, 0, body.find("\n") if "\n" in body else len(body)) is not None


def addressed(text: str, end: int) -> bool:
    """Whether the name ending at end is the one a letter is addressed to (様, 殿)."""
    return _ADDRESSED.match(text, end) is not None
