"""個人情報の項目 → entity types and 要配慮 categories.

The dictionary is plain data, extensible by passing more entries to `parse_items`
(or a TOML file to `daicho ledger import --items`). Keys are matched after
normalisation (NFKC, `メ-ル` → `メール`), longest first, so run-together items as
seed 004 writes them (`氏名住所年齢電話`) split correctly; a trailing 等/など is
dropped. Items that name no identifier daicho detects (資格, 勤務先, 申請内容 …) are
known and carry no types; anything else is returned as unknown, to be reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from detectors.entities import ENTITIES, SENSITIVE, SENSITIVE_CATEGORIES
from inventory.ledger.text import normalize_words

ALL = "*"  # データ全般: every type is declared

_S = "SENSITIVE:"
ITEM_TYPES: dict[str, tuple[str, ...]] = {
    "氏名": ("PERSON",), "名前": ("PERSON",), "フリガナ": ("PERSON",), "ふりがな": ("PERSON",),
    "氏名カナ": ("PERSON",), "家族氏名": ("PERSON",),
    "住所": ("ADDRESS", "POSTAL_CODE"), "所在地": ("ADDRESS", "POSTAL_CODE"),
    "現住所": ("ADDRESS", "POSTAL_CODE"), "郵便番号": ("POSTAL_CODE",),
    "電話": ("PHONE",), "電話番号": ("PHONE",), "携帯": ("PHONE",), "携帯電話": ("PHONE",),
    "TEL": ("PHONE",), "FAX": ("PHONE",), "連絡先": ("PHONE", "EMAIL", "ADDRESS", "POSTAL_CODE"),
    "メール": ("EMAIL",), "メールアドレス": ("EMAIL",), "Eメール": ("EMAIL",), "E-mail": ("EMAIL",),
    "生年月日": ("DATE_OF_BIRTH",), "年齢": ("DATE_OF_BIRTH",), "誕生日": ("DATE_OF_BIRTH",),
    "個人番号": ("MY_NUMBER",), "マイナンバー": ("MY_NUMBER",),
    "銀行口座": ("BANK_ACCOUNT",), "口座": ("BANK_ACCOUNT",), "口座番号": ("BANK_ACCOUNT",),
    "振込先": ("BANK_ACCOUNT",), "給与関連": ("BANK_ACCOUNT",),
    "クレジットカード": ("CREDIT_CARD",), "クレジットカード番号": ("CREDIT_CARD",), "カード番号": ("CREDIT_CARD",),
    "パスポート番号": ("PASSPORT",), "パスポート": ("PASSPORT",), "旅券番号": ("PASSPORT",),
    "在留カード番号": ("RESIDENCE_CARD",), "在留カード": ("RESIDENCE_CARD",),
    "特別永住者証明書": ("RESIDENCE_CARD",),
    "運転免許証": ("DRIVERS_LICENSE",), "運転免許証番号": ("DRIVERS_LICENSE",), "免許証番号": ("DRIVERS_LICENSE",),
    "基礎年金番号": ("BASIC_PENSION_NUMBER",), "年金番号": ("BASIC_PENSION_NUMBER",),
    "住民票コード": ("RESIDENT_RECORD_CODE",),
    "雇用保険": ("EMPLOYMENT_INSURANCE_NUMBER",), "雇用保険被保険者番号": ("EMPLOYMENT_INSURANCE_NUMBER",),
    "健康保険": ("HEALTH_INSURANCE_NUMBER",), "保険証": ("HEALTH_INSURANCE_NUMBER",),
    "被保険者証": ("HEALTH_INSURANCE_NUMBER",), "健康保険証": ("HEALTH_INSURANCE_NUMBER",),
    "社会保険関連": ("BASIC_PENSION_NUMBER", "HEALTH_INSURANCE_NUMBER", "EMPLOYMENT_INSURANCE_NUMBER"),
    "本人確認書類": ("DRIVERS_LICENSE", "PASSPORT", "RESIDENCE_CARD", "HEALTH_INSURANCE_NUMBER"),
    "扶養家族情報": ("PERSON", "DATE_OF_BIRTH"), "扶養控除関連": ("PERSON", "DATE_OF_BIRTH"),
    "扶養家族": ("PERSON", "DATE_OF_BIRTH"),
    "賞罰": (_S + "犯罪歴",), "犯罪歴": (_S + "犯罪歴",), "前科": (_S + "犯罪歴",),
    "犯罪被害": (_S + "犯罪被害",), "健康診断": (_S + "健康診断結果",),
    "健康診断結果": (_S + "健康診断結果",), "病歴": (_S + "病歴",), "既往歴": (_S + "病歴",),
    "診断書": (_S + "病歴",), "障害": (_S + "障害",), "障がい": (_S + "障害",),
    "信条": (_S + "信条",), "思想": (_S + "信条",), "宗教": (_S + "宗教",),
    "人種": (_S + "人種・民族",), "民族": (_S + "人種・民族",), "本籍": (_S + "本籍",),
    "社会的身分": (_S + "社会的身分",), "門地": (_S + "社会的身分",),
    "労働組合": (_S + "労働組合",),
    "データ全般": (ALL,), "全般": (ALL,),
}

# Items that are personal data but name nothing daicho detects: known, no types.
OTHER_ITEMS = (
    "本人履歴", "履歴", "職歴", "学歴", "資格", "勤務先", "所属", "役職", "通勤経路", "申請内容",
    "設定情報", "予定", "売上", "理解度", "入退出時間", "入退室時間", "性別", "写真", "署名",
    "サーバアクセス操作記録", "アクセス記録", "操作記録", "ID", "評価", "面接記録", "志望動機",
)

_SEPARATORS = re.compile(r"[.、・,，/／\s;；]+")
_TRAILING_ETC = re.compile(r"(等|など|ほか|他)$")


@dataclass(frozen=True)
class ParsedItems:
    types: frozenset[str] = frozenset()  # entity types and "SENSITIVE:<category>"
    known: tuple[str, ...] = ()  # items recognised (for display)
    unknown: tuple[str, ...] = field(default=())

    @property
    def allows_all(self) -> bool:
        return ALL in self.types

    def allows(self, entity: str) -> bool:
        return self.allows_all or entity in self.types


def _dictionary(extra: dict[str, tuple[str, ...]] | None) -> dict[str, tuple[str, ...]]:
    words = {normalize_words(k): v for k, v in ITEM_TYPES.items()}
    words.update({normalize_words(k): () for k in OTHER_ITEMS})
    words.update({normalize_words(k): tuple(v) for k, v in (extra or {}).items()})
    return words


def _segment(token: str, words: dict[str, tuple[str, ...]]) -> tuple[list[str], list[str]]:
    """Longest-prefix segmentation; an unmatched run becomes one unknown item."""
    known, unknown, rest, pending = [], [], token, ""
    keys = sorted(words, key=len, reverse=True)
    while rest:
        match = next((k for k in keys if rest.startswith(k)), None)
        if match is None:
            pending, rest = pending + rest[0], rest[1:]
            continue
        if pending:
            unknown.append(pending)
            pending = ""
        known.append(match)
        rest = rest[len(match):]
    if pending:
        unknown.append(pending)
    return known, unknown


def parse_items(text: str, extra: dict[str, tuple[str, ...]] | None = None) -> ParsedItems:
    words = _dictionary(extra)
    known: list[str] = []
    unknown: list[str] = []
    for token in _SEPARATORS.split(normalize_words(text)):
        token = _TRAILING_ETC.sub("", token)
        if token:
            k, u = _segment(token, words)
            known += k
            unknown += [_TRAILING_ETC.sub("", x) for x in u if _TRAILING_ETC.sub("", x)]
    types = frozenset(t for item in known for t in words[item])
    return ParsedItems(types=types, known=tuple(dict.fromkeys(known)), unknown=tuple(dict.fromkeys(unknown)))


# The word a re-issued ledger writes for each found type, in the registry's order;
# each parses back to it (tested).
WORD_FOR_TYPE = {
    **{name: info.ledger_word for name, info in ENTITIES.items() if info.ledger_word},
    **{f"{SENSITIVE}:{c}": c for c in SENSITIVE_CATEGORIES},
}


def items_text(types: frozenset[str] | set[str]) -> str:
    """Found types as ledger wording (`氏名.住所.個人番号`), in a stable order."""
    order = list(WORD_FOR_TYPE)
    known = sorted((t for t in types if t in WORD_FOR_TYPE), key=order.index)
    return ".".join(WORD_FOR_TYPE[t] for t in known)
