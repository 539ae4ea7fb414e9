"""`daicho ledger import|show|refresh` and `daicho reconcile`."""

from __future__ import annotations

import json
from pathlib import Path

import click

from inventory.ledger.active import StoredEntry
from reports.catalogue import label, t, type_labels
from reports.outcome_text import outcome_jsonl, outcome_lines
from scanner.app.ledger_tasks import active_entries, import_ledger, reconcile_latest, reissue_ledger
from scanner.cli.options import db_option, format_option, say
from scanner.cli.translated import PathParam, TranslatedCommand, TranslatedGroup, current_lang, option


@click.group(cls=TranslatedGroup, help_key="ledger")
def ledger() -> None:
    pass


@ledger.command("import", help_key="ledger_import")
@click.argument("file", type=PathParam(exists=True, dir_okay=False, path_type=Path))
@db_option
def import_command(file: Path, db_path: str) -> None:
    ledger = import_ledger(db_path, file)
    say("ledger.imported", count=len(ledger.entries), file=file.name)
    for entry in ledger.entries:
        for warning in entry.warnings:
            say("ledger.warning", row=entry.row, name=entry.name, warning=warning)
    for row, name in ledger.proposals:
        say("ledger.proposal_skipped", row=row, name=name)
    if ledger.proposals:
        say("ledger.proposal_hint", count=len(ledger.proposals))


def _entry_json(stored: StoredEntry) -> dict:
    """For machines: types and retention as codes, warnings in Japanese."""
    entry = stored.entry
    return {"id": stored.id, "row": entry.row, "name": entry.name, "paths": list(entry.paths),
            "types": sorted(entry.items.types), "retention": {
                "text": entry.retention.text, "kind": entry.retention.kind,
                "amount": entry.retention.amount, "unit": entry.retention.unit,
                "event": entry.retention.event},
            "start": entry.start.isoformat() if entry.start else None,
            "warnings": [t(w, "ja") for w in entry.warnings]}


def _entry_lines(stored: StoredEntry, lang: str) -> list[str]:
    entry = stored.entry
    lines = [t("ledger.show_entry", lang, row=entry.row, name=entry.name),
             t("ledger.show_items", lang, items=type_labels(entry.items.types, lang) or "-"),
             t("ledger.show_retention", lang, text=entry.retention.text,
               kind=label("retention_kind", entry.retention.kind, lang))]
    if entry.start:
        lines.append(t("ledger.show_start", lang, start=entry.start.isoformat()))
    lines.append(t("ledger.show_paths", lang, paths="; ".join(entry.paths)) if entry.paths else
                 t("ledger.show_no_paths", lang))
    return lines + [t("ledger.show_warning", lang, warning=w) for w in entry.warnings]


@ledger.command("show", help_key="ledger_show")
@db_option
@format_option("text", "jsonl")
def show_command(db_path: str, fmt: str) -> None:
    for stored in active_entries(db_path):
        lines = [json.dumps(_entry_json(stored), ensure_ascii=False)] if fmt == "jsonl" else \
            _entry_lines(stored, current_lang())
        click.echo("\n".join(lines))


@ledger.command("refresh", help_key="ledger_refresh")
@db_option
@option("--out", "out", required=True, type=PathParam(dir_okay=False, path_type=Path), help_key="ledger_refresh_out")
def refresh_command(db_path: str, out: Path) -> None:
    done = reissue_ledger(db_path, out, current_lang())
    say("ledger.refreshed", out=done.path, rows=done.rows, proposed=done.proposed, scan_id=done.scan_id)


@click.command(cls=TranslatedCommand, help_key="reconcile")
@db_option
@format_option("text", "jsonl")
def reconcile(db_path: str, fmt: str) -> None:
    rows = reconcile_latest(db_path)
    for line in outcome_jsonl(rows) if fmt == "jsonl" else outcome_lines(rows, current_lang()):
        click.echo(line)
