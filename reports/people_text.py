"""Terminal and JSON renderings of `locate`, `impact` and `pms`: masked values only."""

from __future__ import annotations

from reports.catalogue import label, t, type_labels
from reports.disclosure_xlsx import entries_text
from inventory.located import LocatedObject
from inventory.person_lookup import IDENTIFIED


def located_lines(masked_name: str, objects: list[LocatedObject], lang: str) -> list[str]:
    """A summary, then a line per object (path, match, ledger entry, items, where,
    since, proposed action)."""
    if not objects:
        return [t("locate.none", lang, name=masked_name)]
    identified = sum(o.match == IDENTIFIED for o in objects)
    lines = [t("locate.summary", lang, name=masked_name, objects=len(objects), identified=identified,
               named=len(objects) - identified)]
    people = len({o.person for o in objects})
    if people > 1:
        lines.append(t("locate.people", lang, count=people))
    separator = t("list.separator", lang)
    for found in objects:
        lines.append(t("locate.line", lang, path=f"{found.root}/{found.uri}", match=label("match", found.match, lang),
                       entries=entries_text(found.entries, lang).replace("\n", separator),
                       types=separator.join(type_labels(found.types, lang)), locations=",".join(found.locations[:5]),
                       first_seen=found.first_seen, action=label("action", found.proposal.action, lang)
                       if found.proposal.action else "-"))
    return lines


def located_json(masked_name: str, given: tuple[str, ...], objects: list[LocatedObject], lang: str) -> dict:
    return {"version": 1, "person": masked_name, "given": list(given), "objects": [{
        "root": o.root, "path": o.uri, "match": o.match, "person": o.person, "types": list(o.types),
        "locations": list(o.locations), "first_seen": o.first_seen,
        "ledger_entries": [{"row": row, "name": name} for row, name in o.entries],
        "proposed_action": o.proposal.action, "reason": t(o.proposal.reason, lang)} for o in objects]}
