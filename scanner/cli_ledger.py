"""`daicho ledger import|show|refresh` and `daicho reconcile`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click

from inventory import open_inventory
from inventory.ledger.model import LedgerFormatError
from inventory.ledger.read import read_ledger
from inventory.ledger.refresh import refresh_rows
from inventory.ledger.store import load_ledger, save_ledger
from inventory.outcomes import run_reconciliation, stored_outcomes, stores_from_inventory
from inventory.queries import latest_scan
from inventory.reconcile import reconcile as reconcile_outcomes
from reports.ledger_xlsx import write_refreshed_ledger
from functools import partial

from reports.catalogue import t
from reports.outcome_text import details_text, outcome_jsonl, outcome_label, outcome_lines
from scanner.cli_common import EXIT_ERROR, db_option


@click.group()
def ledger() -> None:
    """Import, show and re-issue the 個人情報管理台帳."""


@ledger.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@db_option
@click.pass_context
def import_ledger(ctx, file: Path, db_path: str) -> None:
    """Import FILE (.xlsx or .csv in UTF-8/CP932) as the active ledger.

    \b
    Columns as in a 個人情報管理台帳 (分類, 個人情報名, … 廃棄方法, 備考) plus
    対象パス (path globs, one per line or ';') and 起算日 (YYYY-MM-DD or 和暦).
    A ledger with any bad row is not imported; every bad row is listed.
    Example:
      daicho ledger import 個人情報管理台帳.xlsx --db inventory.db
    """
    try:
        entries = read_ledger(file)
    except LedgerFormatError as error:
        lang = ctx.obj["lang"]
        click.echo(t("ledger.rejected", lang, file=file.name), err=True)
        for row, reason in error.problems:
            click.echo(t("ledger.problem_row" if row else "ledger.problem", lang, row=row, reason=reason), err=True)
        ctx.exit(EXIT_ERROR)
    save_ledger(open_inventory(db_path), entries, file)
    click.echo(t("ledger.imported", ctx.obj["lang"], count=len(entries), file=file.name))
    for entry in entries:
        for warning in entry.warnings:
            click.echo(t("ledger.warning", ctx.obj["lang"], row=entry.row, name=entry.name, warning=warning))


def _entry_json(stored) -> dict:
    entry = stored.entry
    return {"id": stored.id, "row": entry.row, "name": entry.name, "paths": list(entry.paths),
            "types": sorted(entry.items.types), "retention": {
                "text": entry.retention.text, "kind": entry.retention.kind,
                "amount": entry.retention.amount, "unit": entry.retention.unit,
                "event": entry.retention.event},
            "start": entry.start.isoformat() if entry.start else None,
            "warnings": [t(w, "ja") for w in entry.warnings]}


@ledger.command("show")
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text", show_default=True)
def show_ledger(db_path: str, fmt: str) -> None:
    """Show the active ledger as daicho parsed it (types, retention rule, paths).

    \b
    Example:
      daicho ledger show --format jsonl
    """
    for stored in load_ledger(open_inventory(db_path)):
        data = _entry_json(stored)
        if fmt == "jsonl":
            click.echo(json.dumps(data, ensure_ascii=False))
            continue
        click.echo(f"{data['row']:>3}行目 {data['name']}\n      項目: {', '.join(data['types']) or '-'}"
                   f"\n      保管期間: {data['retention']['text']} ({data['retention']['kind']})"
                   f"{' 起算日 ' + data['start'] if data['start'] else ''}"
                   f"\n      対象パス: {'; '.join(data['paths']) or '(なし: 紙媒体など)'}")
        for warning in data["warnings"]:
            click.echo(f"      注意: {warning}")


def _latest_scan_id(ctx, db) -> int:
    scan = latest_scan(db)
    if scan is None:
        click.echo("まだスキャンがありません。先に daicho scan を実行してください。", err=True)
        ctx.exit(EXIT_ERROR)
    return scan["id"]


@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text", show_default=True)
@click.pass_context
def reconcile(ctx, db_path: str, fmt: str) -> None:
    """Hold the inventory against the ledger: 未登録, 項目外, 保管期限超過, 所在不明 ….

    \b
    Example:
      daicho reconcile --format jsonl > outcomes.jsonl
    """
    db = open_inventory(db_path)
    scan_id = _latest_scan_id(ctx, db)
    run_reconciliation(db, scan_id)
    rows = stored_outcomes(db, scan_id)
    lines = outcome_jsonl(rows) if fmt == "jsonl" else outcome_lines(rows, ctx.obj["lang"])
    for line in lines:
        click.echo(line)


@ledger.command("refresh")
@db_option
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The workbook to write (.xlsx).")
@click.pass_context
def refresh_ledger(ctx, db_path: str, out: Path) -> None:
    """Re-issue the ledger from what was found, for the annual review before audit.

    \b
    Example:
      daicho ledger refresh --out 台帳_2026.xlsx
    """
    db = open_inventory(db_path)
    scan_id = _latest_scan_id(ctx, db)
    entries, stores = load_ledger(db), stores_from_inventory(db)
    outcomes = reconcile_outcomes(stores, entries, date.today())
    issued = date.today().isoformat()
    rows = refresh_rows(entries, stores, outcomes, latest_scan(db)["finished"][:10], partial(t, lang="ja"))
    by_id = {s.id: s.entry for s in entries}
    differences = [[outcome_label("ja", o.kind), o.uri or "", str(by_id[o.entry_id].row) if o.entry_id else "",
                    by_id[o.entry_id].name if o.entry_id else "",
                    details_text(o.kind, o.details, "ja")] for o in outcomes]
    write_refreshed_ledger(out, rows, differences, issued)
    click.echo(f"台帳を再発行しました: {out} ({len(rows)} 行、うち未登録の提案 "
               f"{sum(r.proposed for r in rows)} 行、スキャン {scan_id} 時点)")
