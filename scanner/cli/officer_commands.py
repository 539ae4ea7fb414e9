"""`daicho report`, `triage` and `show`: the officer's morning."""

from __future__ import annotations

from pathlib import Path

import click

from inventory.triage import VERDICTS
from reports.catalogue import LANGS, entity_label, label, t
from reports.jsonl_report import report_jsonl
from scanner.app.finding_lookup import reveal, show_finding
from scanner.app.officer_report import ReportRequest, make_report
from scanner.app.report_mail import MailSettings
from scanner.app.verdicts import TriageRequest, record_triage, triage_history
from reports.times import DEFAULT_TIMEZONE
from scanner.cli.options import db_option, detector, format_option, say, zone_name
from scanner.cli.translated import PathParam, TranslatedCommand, current_lang, option, set_lang


@click.command(cls=TranslatedCommand, help_key="report")
@db_option
@option("--since", default="previous", show_default=True, help_key="report_since")
@option("--html", "html_path", type=PathParam(dir_okay=False, path_type=Path), help_key="report_html")
@option("--xlsx", "xlsx_path", type=PathParam(dir_okay=False, path_type=Path), help_key="report_xlsx")
@format_option("text", "jsonl", help_key="report_format")
@option("--lang", "report_lang", type=click.Choice(LANGS), help_key="report_lang")
@option("--timezone", default=DEFAULT_TIMEZONE, show_default=True, callback=zone_name, metavar="ZONE",
        help_key="report_timezone")
@option("--mail-to", multiple=True, metavar="ADDRESS", help_key="report_mail_to")
@option("--smtp-host", default="localhost", show_default=True, envvar="DAICHO_SMTP_HOST", help_key="report_smtp_host")
@option("--smtp-port", type=int, envvar="DAICHO_SMTP_PORT", help_key="report_smtp_port")
@option("--smtp-starttls", is_flag=True, help_key="report_smtp_starttls")
@option("--smtp-ssl", is_flag=True, help_key="report_smtp_ssl")
@option("--smtp-user", envvar="DAICHO_SMTP_USER", help_key="report_smtp_user")
@option("--smtp-password-file", type=PathParam(dir_okay=False), help_key="report_smtp_password_file")
@option("--mail-from", default="daicho@localhost", show_default=True, envvar="DAICHO_MAIL_FROM",
        help_key="report_mail_from")
def report(db_path, since, html_path, xlsx_path, fmt, report_lang, timezone, mail_to, smtp_host, smtp_port,
           smtp_starttls, smtp_ssl, smtp_user, smtp_password_file, mail_from):
    if report_lang:
        set_lang(report_lang)
    mail = MailSettings(tuple(mail_to), smtp_host, smtp_port, mail_from, smtp_starttls, smtp_ssl, smtp_user,
                        smtp_password_file) if mail_to else None
    result = make_report(ReportRequest(db_path, since, html_path, xlsx_path, current_lang(), mail, timezone))
    if fmt == "jsonl":
        for line in report_jsonl(result.data):
            click.echo(line)
    else:
        say("report_line", scan_id=result.data.scan["id"], **result.data.summary)


def _history_line(verdict) -> str:
    lang = current_lang()
    return t("triage.history_line", lang, id=verdict.id, created=verdict.created, who=verdict.who,
             verdict=label("verdict", verdict.verdict, lang), target=label("target", verdict.target_kind, lang),
             scope=verdict.glob or verdict.uri or "", entity=entity_label(verdict.entity_type, lang)
             if verdict.entity_type else "", note=verdict.note or "").rstrip()


@click.command(cls=TranslatedCommand, help_key="triage")
@click.argument("target", required=False)
@db_option
@option("--verdict", type=click.Choice(VERDICTS), help_key="triage_verdict")
@option("--note", help_key="triage_note")
@option("--who", help_key="triage_who")
@option("--glob", "glob", help_key="triage_glob")
@option("--type", "entity_type", help_key="triage_type")
@option("--history", is_flag=True, help_key="triage_history")
def triage(target, db_path, verdict, note, who, glob, entity_type, history):
    if history:
        for line in map(_history_line, triage_history(db_path)):
            click.echo(line)
        return
    say(record_triage(TriageRequest(db_path, verdict, target, note, who, glob, entity_type)))


@click.command(cls=TranslatedCommand, help_key="show")
@click.argument("key")
@db_option
@option("--reveal", "reveal_value", is_flag=True, help_key="show_reveal")
@click.pass_context
def show(ctx, key, db_path, reveal_value):
    finding = show_finding(db_path, key)
    click.echo(f"{finding['path']}\t{finding['location']}\t{entity_label(finding['entity_type'], current_lang())}"
               f"\t{finding['masked']}")
    if reveal_value:
        revealed = reveal(db_path, finding, detector(ctx))
        say("show.value", text=revealed.text, context=revealed.context)
