"""An organisation's fee or fund account listed among its members' (issue 12, accounts9).

A union's member list ends with the row its dues are paid into (組合費振込先 | bank |
branch | 普通 | account); a lab's list of participants' accounts ends with its grant's
(科研費口座); a client list's sheet ends with the office's own (事務所口座). The row's first
cell names what is paid in, or the organisation holding it, not a person: the account is
the organisation's, whatever the other rows are.
"""

from __future__ import annotations

import re

from detectors.lines import cell_value

# A row labelled by what is paid into it, not by whom (組合費振込先, 科研費口座, 会費の入金先, 寄付金口座), or
# by the organisation that holds it (事務所口座, 本部の振込先, 法人口座)
_PURPOSE_LABEL = re.compile(r"(?:費|料|寄[付附]金?|募金|会計|事務所|事務局|本部|法人|会社|当社|弊社|協会|団体)(?:の)?"
                            r"(?:振込|振替|入金|払込)?(?:先|口座)$")


def purpose_row(text: str, start: int) -> bool:
    """The account's row is labelled, in its first cell, by what is paid into it (an
    organisation's fee or fund account listed under its members' rows)."""
    row = text.rfind("\n", 0, start) + 1
    first = text[row:start].split("\t", 1)[0]
    return "\t" in text[row:start] and _PURPOSE_LABEL.search(cell_value(first)) is not None
