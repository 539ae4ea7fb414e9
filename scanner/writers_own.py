"""要配慮 phrases a document's one writer tells of themself or their family (care15): a parent's
mail to a teacher (息子は食物アレルギーがあり…), a member's mail to the office (持病の心房細動で
通院しているため…), a note signed in its footer (私は…). The writer is named only where a
document is signed (a mail's header, a page's footer), which ties nothing on its own (sens7: a
notice signed by its contact is about anyone); a sentence that speaks in the first person or
of the writer's own kin is about the writer's household, whom the signature names.
"""

from __future__ import annotations

import re

# the writer (私は, 自分の, 持病の, 私事ですが: one's own matter told, beliefs24) or the writer's kin as
# the sentence's person (息子は, 母の, 主人が)
_WRITERS_OWN = re.compile(r"(?:(?<![一-龥])私|わたし|自分|僕|当方)(?:は|の|が|も|自身)|持病|(?<![一-龥])私事|(?<![一-龥])(?:息子|娘|長男|長女|次男|次女"
                          r"|主人|夫|妻|家内|母|父|祖母|祖父|義母|義父|うちの子|我が子)(?:は|の|が|も)")
_SENTENCE_END = re.compile(r"[。！？!?\n]")


def told_of_the_writer(text: str, position: int) -> bool:
    """Whether the sentence at position speaks of the writer or the writer's kin."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, position)), default=0)
    end_match = _SENTENCE_END.search(text, position)
    return _WRITERS_OWN.search(text, start, end_match.start() if end_match else len(text)) is not None
