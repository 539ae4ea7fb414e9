"""社会的身分 words that tell of no one's status (health13): a district as a place (同和地区での
説明会), a status as the topic of a course, a law or a ruling (同和地区の歴史, 婚外子の相続分に関する
判例). A person's status is said of them (〜出身, 〜である, 〜として生まれ) or as a field's value:
those stay."""

from __future__ import annotations

import re

from detectors.jp.sensitive.phrases import Phrase

_TOPIC = re.compile(r"(?:の|に関する|についての|に対する|における)?(?:歴史|問題|解消|相続分|法律|法|判例|判決|研修|学習|教育|施策"
                    r"|対策|改善|事業|実態|調査|差別|地区指定|啓発)"
                    r"|について|に関する|における|で(?:の|は|開催|実施|行われ)")


def status_of_no_one(text: str, phrase: Phrase) -> bool:
    """A 社会的身分 phrase that names a place or a topic, not someone's status."""
    if phrase.category != "社会的身分":
        return False
    end = phrase.end - 1 if text[phrase.end - 1] == "の" else phrase.end  # 同和地区の|歴史
    return _TOPIC.match(text, end) is not None
