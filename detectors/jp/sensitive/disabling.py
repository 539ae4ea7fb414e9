"""A condition under a disability's label (care15): a roster's 障がいの状況 or 障害 column, a
form's 障害：… field, holds the person's disability as the condition that causes it — a
mental illness (統合失調症), a chromosomal or developmental condition (ダウン症候群), an
injury's sequel (脊髄損傷), a function lost (右上肢機能全廃). The label alone is ambiguous
(障害 is also a system failure: labels.tsv's kind "flag"), so the value must name a
condition itself: a disease of the lexicon, or a word ending as a disease or a lost
function does. A system's failure (サーバ停止, 通信断) names none.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.health import DISEASE_ENDINGS
from detectors.jp.sensitive.lexicon import FieldLabel, Lexicon

CONDITION = "condition"  # labels.tsv's kind of a disability's own label
# a body part's function lost as the certificate's table writes it, told alone as a cell or a line
# (右上肢機能全廃, 体幹機能障害, 心臓機能障害, 左手指欠損, 左手指 欠損 with a blank): the part makes it a body's, not a system's; じん臓: the law's own spelling (people19)
_BODY_PART = (r"(?:上肢|下肢|体幹|四肢|手指|[一二三四五]?指|股関節|膝関節|足関節|肩関節|肘関節|手関節|平衡|音声|言語|そしゃく|咀嚼"
              r"|心臓|腎臓|じん臓|呼吸器|ぼうこう|膀胱|直腸|小腸|肝臓|免疫|移動|運動)")
LOST_FUNCTION = re.compile(rf"(?:右|左|両)?(?:[一-龥]{{0,2}}[・及又]?)?{_BODY_PART}(?:機能)?(?:の)?[ 　]?"  # 左手指 欠損
                           r"(?:全廃|(?:著しい|軽度の?)?機能障害|機能の(?:著しい|軽度の?)?障害|欠損|切断)")
LOST_CUES = ("全廃", "機能障害", "機能の", "欠損", "切断")
# a label of the disability by its grammar: its word and what of it (障がいの状況, 障害の内容, 障害の部位)
DISABILITY_LABELS = frozenset(word + joint + aspect for word in ("障害", "障がい", "障碍") for joint in ("", "の")
                              for aspect in ("状況", "状態", "内容", "部位", "概要", "特性"))
_INSIDE_A_WORD = re.compile(r"[一-龥ァ-ヺー]")

# a function's loss or impairment anywhere in a value, its body part unnamed (LOST_FUNCTION names it)
_IMPAIRED_WORDS = re.compile(r"機能(?:の)?(?:全廃|障害|障がい|低下|喪失)|欠損|切断|緘黙")
# a disease's ending, but 障害 alone: a network's failure (回線障害) ends so too
_ENDINGS = tuple(ending for ending in DISEASE_ENDINGS if ending != "障害")
# the condition's words before a note (統合失調症（服薬中）, 脊髄損傷により車いす)
_HEAD = re.compile(r"^[^（(、,。:：\s]{2,16}")


def as_labelled(text: str, word: re.Match, field: FieldLabel) -> FieldLabel:
    """A disability's label read inside a longer word (嚥下障害のためきざみ食, a value above a value)
    labels as the ambiguous flag does: the condition's own word is not its label."""
    if field.kind == CONDITION and word.start() > 0 and _INSIDE_A_WORD.match(text, word.start() - 1):
        return FieldLabel(field.category, "flag")
    return field


def names_a_disabling_condition(value: str, lexicon: Lexicon) -> bool:
    """Whether a value under a disability's label names the condition causing it."""
    head = _HEAD.match(value)
    if head is None:
        return False
    words = head.group()
    if words in lexicon.not_diseases:
        return False
    # a treatment there is the internal disability it keeps up (人工透析: じん臓機能障害) (care16)
    return (words in lexicon.diseases or _IMPAIRED_WORDS.search(words) is not None
            or any(words[:end] in lexicon.diseases or words[:end] in lexicon.treatments
                   or words[:end].endswith(_ENDINGS) for end in range(len(words), 2, -1)))
