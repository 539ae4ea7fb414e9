"""Entity types: the one registry of what each type is. Every table elsewhere
(labels, ledger words, people counting, risk, breach triggers, alerts) is derived
from `ENTITIES`, never retyped.

The constants (`MY_NUMBER`, …) are the plain strings every recognizer emits and
every stored row holds; `ENTITIES[MY_NUMBER]` gives the facts about that type.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class EntityType(Enum):
    """In the order a re-issued ledger lists its items (氏名.住所.…)."""

    PERSON = "PERSON"
    ADDRESS = "ADDRESS"
    POSTAL_CODE = "POSTAL_CODE"
    PHONE = "PHONE"
    EMAIL = "EMAIL"
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    MY_NUMBER = "MY_NUMBER"
    BANK_ACCOUNT = "BANK_ACCOUNT"
    CREDIT_CARD = "CREDIT_CARD"
    PASSPORT = "PASSPORT"
    RESIDENCE_CARD = "RESIDENCE_CARD"
    DRIVERS_LICENSE = "DRIVERS_LICENSE"
    BASIC_PENSION_NUMBER = "BASIC_PENSION_NUMBER"
    RESIDENT_RECORD_CODE = "RESIDENT_RECORD_CODE"
    EMPLOYMENT_INSURANCE_NUMBER = "EMPLOYMENT_INSURANCE_NUMBER"
    HEALTH_INSURANCE_NUMBER = "HEALTH_INSURANCE_NUMBER"
    SENSITIVE = "SENSITIVE"


RISK_LEVELS = ("none", "low", "medium", "high")


@dataclass(frozen=True)
class EntityInfo:
    type: EntityType
    ja: str  # label for people
    en: str
    ledger_word: str | None  # 個人情報の項目 word a re-issued ledger writes; it parses back to this type
    level: str  # the risk level one finding gives its object (RISK_LEVELS)
    risk: int  # weight when findings are sorted by risk (an unregistered store adds 3)
    identifier_code: bool = False  # 個人識別符号: personal data by itself (seed 000/001)
    identifying: bool = False  # one value names one person: distinct values count people
    financial: bool = False  # a leak can cause financial damage (a breach-report trigger)
    my_number: bool = False  # 特定個人情報
    alert: bool = False  # a new finding is worth waking someone for
    personal_alone: bool = True  # False: identifies no one by itself (a postal code)

    @property
    def name(self) -> str:
        return self.type.value


_CODE = dict(identifier_code=True, identifying=True, level="medium", risk=3)
_E = EntityType
ENTITIES: dict[str, EntityInfo] = {info.name: info for info in (
    EntityInfo(_E.PERSON, "氏名", "name", "氏名", "low", 1),
    EntityInfo(_E.ADDRESS, "住所", "address", "住所", "low", 1),
    EntityInfo(_E.POSTAL_CODE, "郵便番号", "postal code", "郵便番号", "none", 0, personal_alone=False),
    EntityInfo(_E.PHONE, "電話番号", "phone number", "電話", "low", 1, identifying=True),
    EntityInfo(_E.EMAIL, "メールアドレス", "e-mail address", "メール", "low", 1, identifying=True),
    EntityInfo(_E.DATE_OF_BIRTH, "生年月日", "date of birth", "生年月日", "medium", 2),
    EntityInfo(_E.MY_NUMBER, "個人番号", "My Number", "個人番号", "high", 5, identifier_code=True,
               identifying=True, my_number=True, alert=True),
    EntityInfo(_E.BANK_ACCOUNT, "銀行口座", "bank account", "銀行口座", "high", 4, financial=True),
    EntityInfo(_E.CREDIT_CARD, "クレジットカード番号", "credit card number", "クレジットカード", "high", 4,
               financial=True),
    EntityInfo(_E.PASSPORT, "旅券番号", "passport number", "パスポート番号", **_CODE),
    EntityInfo(_E.RESIDENCE_CARD, "在留カード番号", "residence card number", "在留カード番号", **_CODE),
    EntityInfo(_E.DRIVERS_LICENSE, "運転免許証番号", "driver's licence number", "運転免許証番号", **_CODE),
    EntityInfo(_E.BASIC_PENSION_NUMBER, "基礎年金番号", "basic pension number", "基礎年金番号", **_CODE),
    EntityInfo(_E.RESIDENT_RECORD_CODE, "住民票コード", "resident record code", "住民票コード", **_CODE),
    EntityInfo(_E.EMPLOYMENT_INSURANCE_NUMBER, "雇用保険被保険者番号", "employment insurance number",
               "雇用保険被保険者番号", **_CODE),
    EntityInfo(_E.HEALTH_INSURANCE_NUMBER, "健康保険証番号", "health insurance number", "健康保険証", **_CODE),
    # 要配慮 data: its ledger words are its categories (SENSITIVE:<category>)
    EntityInfo(_E.SENSITIVE, "要配慮個人情報", "special-care-required information", None, "high", 5,
               alert=True),
)}

# The names as plain strings, for recognizers and stored rows.
PERSON = _E.PERSON.value
ADDRESS = _E.ADDRESS.value
POSTAL_CODE = _E.POSTAL_CODE.value
PHONE = _E.PHONE.value
EMAIL = _E.EMAIL.value
DATE_OF_BIRTH = _E.DATE_OF_BIRTH.value
MY_NUMBER = _E.MY_NUMBER.value
BANK_ACCOUNT = _E.BANK_ACCOUNT.value
CREDIT_CARD = _E.CREDIT_CARD.value
PASSPORT = _E.PASSPORT.value
RESIDENCE_CARD = _E.RESIDENCE_CARD.value
DRIVERS_LICENSE = _E.DRIVERS_LICENSE.value
BASIC_PENSION_NUMBER = _E.BASIC_PENSION_NUMBER.value
RESIDENT_RECORD_CODE = _E.RESIDENT_RECORD_CODE.value
EMPLOYMENT_INSURANCE_NUMBER = _E.EMPLOYMENT_INSURANCE_NUMBER.value
HEALTH_INSURANCE_NUMBER = _E.HEALTH_INSURANCE_NUMBER.value
SENSITIVE = _E.SENSITIVE.value

# Detected only to be suppressed: a corporate number is public, not personal data.
CORPORATE_NUMBER = "CORPORATE_NUMBER"

SENSITIVE_CATEGORIES = (
    "病歴", "障害", "健康診断結果", "犯罪歴", "犯罪被害", "信条", "宗教",
    "人種・民族", "社会的身分", "本籍", "労働組合",
)


def names_where(flag: str) -> frozenset[str]:
    """The type names whose `flag` (identifying, financial, alert …) is set."""
    return frozenset(name for name, info in ENTITIES.items() if getattr(info, flag))


ALL_ENTITIES = tuple(ENTITIES)
IDENTIFIER_CODES = names_where("identifier_code")
IDENTIFYING = names_where("identifying")
FINANCIAL = names_where("financial")
ALERT_TYPES = names_where("alert")
MY_NUMBER_TYPES = names_where("my_number")
NOT_PERSONAL_ALONE = frozenset(ENTITIES) - names_where("personal_alone")


def entity(name: str) -> EntityInfo | None:
    """The facts about a stored type name (None for a name no detector emits now)."""
    return ENTITIES.get(name)
