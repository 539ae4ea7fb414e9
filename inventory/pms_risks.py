"""The risks of a store across the handling stages of seed 004 (取得・入力, 移送・送信,
利用・加工, 保管・バックアップ, 消去・廃棄), derived from what the inventory knows,
and a proposed level. Each risk is a catalogue key (`pms_risk.<factor>_<stage>`)
so the sheet reads in the reader's language; the officer writes the measures.

Factors: 要配慮 data, My Numbers, bank accounts or cards, more than 1,000 people,
readable by everyone on its share, kept past its retention, not in the ledger,
items the ledger does not declare, sent or kept in mail.
"""

from __future__ import annotations

from detectors.entities import FINANCIAL, MY_NUMBER_TYPES, RISK_LEVELS, SENSITIVE
from inventory.pms import Store
from inventory.summary import MANY_FOR_MEDIUM, MANY_PEOPLE

STAGES = ("acquire", "transfer", "use", "store", "dispose")  # 取得・入力 … 消去・廃棄
# factor -> the stages it puts at risk (each a catalogue sentence)
STAGE_RISKS = {
    "sensitive": ("acquire", "use", "store"),
    "my_number": ("acquire", "use", "dispose"),
    "financial": ("use", "store"),
    "many_people": ("transfer", "store"),
    "world_readable": ("use", "store"),
    "overdue": ("dispose",),
    "unregistered": ("acquire", "store"),
    "undeclared": ("acquire",),
    "in_mail": ("transfer",),
}
HIGH_FACTORS = frozenset({"sensitive", "my_number", "financial", "many_people", "world_readable"})
MEDIUM_FACTORS = frozenset({"overdue", "unregistered", "undeclared", "in_mail"})


def factors(store: Store) -> list[str]:
    """What about this store makes its handling risky, in STAGE_RISKS' order."""
    found = {
        "sensitive": any(t.startswith(SENSITIVE) for t in store.types),
        "my_number": bool(store.types & MY_NUMBER_TYPES),
        "financial": bool(store.types & FINANCIAL),
        "many_people": bool(store.people and store.people.estimate > MANY_PEOPLE),
        "world_readable": bool(store.world_readable),
        "overdue": "overdue" in store.outcomes,
        "unregistered": not store.registered,
        "undeclared": "undeclared_item" in store.outcomes,
        "in_mail": store.in_mail,
    }
    return [name for name in STAGE_RISKS if found[name]]


def stage_risks(store_factors: list[str]) -> dict[str, list[str]]:
    """stage -> catalogue keys of its risks."""
    risks: dict[str, list[str]] = {stage: [] for stage in STAGES}
    for factor in store_factors:
        for stage in STAGE_RISKS[factor]:
            risks[stage].append(f"pms_risk.{factor}_{stage}")
    return risks


def proposed_level(store: Store, store_factors: list[str]) -> str:
    """high / medium / low: the highest of the objects' own levels (detectors.entities)
    and of the factors; 50 people or more make a store at least medium."""
    level = max((RISK_LEVELS.index(r) for r in store.risks if r in RISK_LEVELS), default=1)
    if HIGH_FACTORS & set(store_factors):
        level = max(level, RISK_LEVELS.index("high"))
    elif MEDIUM_FACTORS & set(store_factors) or (store.people and store.people.estimate >= MANY_FOR_MEDIUM):
        level = max(level, RISK_LEVELS.index("medium"))
    return RISK_LEVELS[max(level, RISK_LEVELS.index("low"))]
