"""A 要配慮 word that opens the name of a body (sens23): ひかり盲導犬協会, 〇〇点字図書館, 手話サークル
わかば: the word names what the body serves, no one's disability."""

from __future__ import annotations

import re

# what a body's name ends in, right after the word
_A_BODYS_NAME = re.compile(r"(?:協会|連盟|連合会|協議会|財団|育成会|訓練所|訓練センター|センター|学校|学園|研究所|図書館|基金|友の会"
                           r"|家族会|親の会|サークル)")


def opens_a_bodys_name(text: str, end: int) -> bool:
    """Whether the word ending at `end` is followed by a body's name's ending."""
    return _A_BODYS_NAME.match(text, end) is not None
