"""The columns of the 個人情報管理台帳 (seed 004's order) and tolerant header matching."""

from __future__ import annotations

from inventory.ledger.text import compact

# Seed 004's layout, in order; `開示対象` and `対象外` are one heading over two columns
# there (開示対象/対象外) and are kept as written.
LEDGER_COLUMNS = (
    "分類", "個人情報名", "類型", "入手方法", "件数", "利用目的", "個人情報の項目", "記録媒体",
    "保管場所", "保管期間", "保管部所", "アクセス権限者", "開示対象", "対象外", "廃棄方法", "備考",
)
PATHS, START = "対象パス", "起算日"  # the machine columns daicho adds
MACHINE_COLUMNS = (PATHS, START)
# What a re-issued ledger reports as found: recomputed at each re-issue, not kept on import.
FOUND_COLUMNS = ("検出人数", "検出項目", "検出場所", "最終確認", "判定")
# A re-issued ledger proposes a row per unregistered store, named `(要登録) <path>`
# (reports/catalogue/ledger.toml ledger_doc.proposed_name, in either language). While
# its name starts so, the row is a proposal: `ledger import` skips it with a warning.
# The officer registers it by giving the entry its own name (and filling 利用目的,
# 保管期間, アクセス権限者); it is then imported like any other row.
PROPOSAL_MARKERS = ("(要登録)", "(to register)")

VARIANTS = {
    "分類": ("区分", "大分類"),
    "個人情報名": ("個人情報の名称", "名称", "情報名", "個人情報の種類", "台帳名"),
    "類型": ("種別", "類型コード"),
    "入手方法": ("取得方法", "入手経路", "取得経路"),
    "件数": ("数量", "件数(概数)", "概数", "人数"),
    "利用目的": ("目的",),
    "個人情報の項目": ("項目", "個人情報項目", "記載項目", "内容"),
    "記録媒体": ("媒体", "保管媒体"),
    "保管場所": ("保存場所", "保管先"),
    "保管期間": ("保存期間", "保管期限", "保存期限"),
    "保管部所": ("保管部署", "管理部署", "管理部所", "所管部署"),
    "アクセス権限者": ("アクセス権者", "取扱者", "権限者", "利用者"),
    "開示対象": ("開示対象/対象外", "開示", "開示対象・対象外"),
    "対象外": ("開示対象外",),
    "廃棄方法": ("廃棄", "消去方法", "廃棄・消去方法"),
    "備考": ("摘要", "メモ"),
    PATHS: ("パス", "対象フォルダ", "所在パス", "path", "paths", "location"),
    START: ("起算日(事由発生日)", "事由発生日", "起算日付", "start"),
}

_LOOKUP = {compact(name).lower(): name for name in (*LEDGER_COLUMNS, *MACHINE_COLUMNS)}
_LOOKUP.update({compact(v).lower(): name for name, variants in VARIANTS.items() for v in variants})


def canonical_column(header: object) -> str | None:
    """The ledger column a header names (spacing, full width and variants tolerated)."""
    if header is None:
        return None
    return _LOOKUP.get(compact(str(header)).lower())


def find_header(rows: list[list[str]], scan_rows: int = 15) -> tuple[int, dict[int, str]] | None:
    """The header row (ledgers have titles and dates above it): the first row that
    names 個人情報名 and at least three other ledger columns."""
    for index, row in enumerate(rows[:scan_rows]):
        mapping = {}
        for column, header in enumerate(row):
            name = canonical_column(header)
            if name and name not in mapping.values():
                mapping[column] = name
        if "個人情報名" in mapping.values() and len(mapping) >= 4:
            return index, mapping
    return None
