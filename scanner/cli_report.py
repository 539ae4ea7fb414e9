"""`daicho report`, `daicho triage` and `daicho show`: the officer's morning."""

from __future__ import annotations

import os
from pathlib import Path

import click

from inventory import load_or_create_key, open_inventory
from inventory.keys import value_hmac
from inventory.globs import covers
from inventory.queries import current_findings
from inventory.triage import VERDICTS, finding_key, load_verdicts, record_verdict
from reports.diff import identity
from reports.html import write_html
from reports.jsonl_report import report_jsonl
from reports.mail import send_report
from reports.report_data import ReportError, build_report
from reports.xlsx_report import write_xlsx_report
from reports.catalogue import t
from scanner.alerting import new_alerts
from scanner.cli_common import EXIT_ERROR, db_option

@click.command()
@db_option
@click.option("--since", default="previous", show_default=True,
              help="Compare with: previous, a scan id, or the last scan on or before YYYY-MM-DD.")
@click.option("--html", "html_path", type=click.Path(dir_okay=False, path_type=Path), help="Write the HTML report.")
@click.option("--xlsx", "xlsx_path", type=click.Path(dir_okay=False, path_type=Path), help="Write the xlsx report.")
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default="text", show_default=True,
              help="What to print: a summary, or one JSON line per item (for a SIEM).")
@click.option("--lang", "report_lang", type=click.Choice(["ja", "en"]), help="Language of this report "
              "(default: the global --lang).")
@click.option("--mail-to", multiple=True, metavar="ADDRESS", help="E-mail the report (repeatable).")
@click.option("--smtp-host", default="localhost", show_default=True, envvar="DAICHO_SMTP_HOST")
@click.option("--smtp-port", default=25, show_default=True, type=int, envvar="DAICHO_SMTP_PORT")
@click.option("--mail-from", default="daicho@localhost", show_default=True, envvar="DAICHO_MAIL_FROM")
@click.pass_context
def report(ctx, db_path, since, html_path, xlsx_path, fmt, report_lang, mail_to, smtp_host, smtp_port, mail_from):
    """The diff since the last scan: new, resolved, reappeared, ledger outcomes.

    \b
    Example:
      daicho report --html 日次レポート.html --xlsx 日次レポート.xlsx --mail-to privacy@example.co.jp
    """
    lang = report_lang or ctx.obj["lang"]
    try:
        data = build_report(open_inventory(db_path), since)
    except ReportError as error:
        click.echo(t(error.note, lang), err=True)
        ctx.exit(EXIT_ERROR)
    if html_path:
        write_html(html_path, data, lang)
    if xlsx_path:
        write_xlsx_report(xlsx_path, data, lang)
    if fmt == "jsonl":
        for line in report_jsonl(data):
            click.echo(line)
    else:
        click.echo(t("report_line", lang, scan_id=data.scan["id"], **data.summary))
    if mail_to:
        attachments = [p for p in (html_path, xlsx_path) if p]
        alerts = new_alerts(data, lang)
        subject = f"[daicho] 個人情報レポート スキャン#{data.scan['id']}" + (f" 要対応 {len(alerts)} 件" if alerts else "")
        body = "\n".join(["新たに対応が必要なもの:", *alerts] if alerts else ["新たな要対応事項はありません。"])
        send_report(list(mail_to), subject, body, attachments, smtp_host, smtp_port, mail_from)


def _find_finding(db, key: str) -> dict | None:
    return next((f for f in current_findings(db) if finding_key(identity(f)) == key), None)


@click.command()
@click.argument("target", required=False)
@db_option
@click.option("--verdict", type=click.Choice(VERDICTS), help="The decision to record.")
@click.option("--note", help="Why (kept in the audit trail).")
@click.option("--who", help="Who decided (default: the login name).")
@click.option("--glob", "glob", help="Bulk: every finding under this path glob (also future ones).")
@click.option("--type", "entity_type", help="Bulk: only this entity type (with --glob, or alone).")
@click.option("--history", is_flag=True, help="Print the audit trail of verdicts.")
@click.pass_context
def triage(ctx, target, db_path, verdict, note, who, glob, entity_type, history):
    """Record a verdict on a finding (its ID in the report), an object path, or in bulk.

    \b
    Examples:
      daicho triage 3f2a9c1b7d0e --verdict false_positive --note "社内代表番号"
      daicho triage 営業/顧客リスト.csv --verdict remediated
      daicho triage --glob '公開/**' --type PHONE --verdict accepted
    """
    db = open_inventory(db_path)
    if history:
        for v in load_verdicts(db):
            scope = v.glob or v.uri or ""
            click.echo(f"#{v.id} {v.created} {v.who} {v.verdict} {v.target_kind} {scope} {v.entity_type or ''} "
                       f"{v.note or ''}".rstrip())
        return
    if not verdict:
        raise click.UsageError("--verdict is required")
    if glob or (entity_type and not target):
        record_verdict(db, verdict, "rule", note, who, glob=glob or "**", entity_type=entity_type)
        covered = sum(1 for f in current_findings(db) if covers(glob or "**", f["path"])
                      and entity_type in (None, f["entity_type"]))
        click.echo(f"記録しました: {verdict} (一括: {glob or '**'} {entity_type or ''}) 現在の該当 {covered} 件")
        return
    if not target:
        raise click.UsageError("give a finding ID or an object path, or --glob/--type")
    finding = _find_finding(db, target)
    if finding:
        record_verdict(db, verdict, "finding", note, who, root=finding["root"], uri=finding["path"],
                       entity_type=finding["entity_type"], value_hmac=finding["value_hmac"])
        click.echo(f"記録しました: {verdict} {finding['path']} {finding['entity_type']} {finding['masked']}")
        return
    roots = [r["root"] for r in db.query("select root from objects where uri = ?", [target])]
    if not roots:
        click.echo(f"見つかりません: {target} (レポートの ID かスキャン対象からの相対パスを指定してください)", err=True)
        ctx.exit(EXIT_ERROR)
    for root in roots:
        record_verdict(db, verdict, "object", note, who, root=root, uri=target)
    click.echo(f"記録しました: {verdict} {target} (中のすべての検出)")


@click.command()
@click.argument("key")
@db_option
@click.option("--reveal", is_flag=True, help="Re-read the source and print the value with its surrounding text.")
@click.pass_context
def show(ctx, key, db_path, reveal):
    """Show one finding; --reveal re-reads the file (nothing is stored or logged).

    \b
    Example:
      daicho show 3f2a9c1b7d0e --reveal
    """
    from scanner.cli import _detector
    from scanner.crawl import crawl
    from scanner.objects import ObjectScanner

    db = open_inventory(db_path)
    finding = _find_finding(db, key)
    if finding is None:
        click.echo(f"見つかりません: {key}", err=True)
        ctx.exit(EXIT_ERROR)
    click.echo(f"{finding['path']}\t{finding['location']}\t{finding['entity_type']}\t{finding['masked']}")
    if not reveal:
        return
    top = finding["path"].split("!")[0]
    wanted = os.path.basename(top) + finding["path"][len(top):]  # as crawl() names it from the file
    scanner = ObjectScanner(_detector(ctx), keep_context=40)
    hmac_key = load_or_create_key()
    for entry in crawl(os.path.join(finding["root"], top)):
        for obj in scanner.scan_entry(entry).walk():
            for f in obj.findings:
                if obj.uri == wanted and f.entity_type == finding["entity_type"] \
                        and value_hmac(hmac_key, f.value) == finding["value_hmac"]:
                    click.echo(f"値: {f.text}\n前後: {f.context}")
                    return
    click.echo("元のファイルにこの値はもうありません (変更・削除された可能性)。", err=True)
    ctx.exit(EXIT_ERROR)
