"""Disability words that tell of no one's disability (health13): a place's or a service's
provision for anyone who needs it (車椅子対応トイレ, 障害者用駐車場, 盲導犬同伴可, 車いすのまま
ご利用いただけます) and a disability as the topic of a course or a text (発達障害の理解と支援,
精神障害の基礎知識), or people with it in general (障害のある方).

A person's own aid is said with its use (車いすを使用, 補聴器を装着): those stay.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.phrases import Phrase

# other aids coordinated with the phrase (盲導犬・介助犬同伴可) before what the place provides
_COORDINATED = r"(?:[・、/][^\s・、/]{1,6}){0,3}"
_PROVIDED = re.compile(
    rf"{_COORDINATED}(?:(?:対応|用|専用|可|使用可|利用可)(?:の)?)?"
    r"(?:トイレ|便所|駐車場|駐車スペース|駐車区画|駐車枠|スロープ|エレベーター?|観覧席|席|スペース|客室|ルーム|入口|出入口"
    r"|貸出|貸し出し|レンタル|マーク|ステッカー|同伴可|同伴|可(?:能)?(?![一-龥])|の方(?:は|も|へ|に|が)"
    r"|(?:の|で)まま(?:ご|お)?(?:利用|入店|入場|乗車|来場|入館))")
# the disability as a topic, or as what people in general have
_TOPIC = re.compile(r"(?:の|への|に関する|についての|に対する)(?:理解|基礎知識|基礎|知識|啓発|特性理解|特性と支援|正しい理解)"
                    r"|(?:の|が)ある(?:方|人|人々|子ども|子供|児童|生徒|学生|社員|従業員|職員|求職者|利用者)(?:への|の|に|を|が|も|は|と|向け)")


def provided_for_anyone(text: str, phrase: Phrase) -> bool:
    """A 障害 phrase naming a place's provision, a topic or people in general."""
    return phrase.category == "障害" and bool(_PROVIDED.match(text, phrase.end) or _TOPIC.match(text, phrase.end))
