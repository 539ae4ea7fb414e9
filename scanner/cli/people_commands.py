"""`daicho locate` (whose data is where, for a 開示等請求: the person's values are
asked for, hidden, or read from a file, never taken from the command line) and
`daicho impact` (what a leak of some places means, for a 漏えい等報告)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click

from reports.catalogue import t
from reports.impact_text import impact_json, impact_lines
from reports.people_text import located_json, located_lines
from scanner.app.errors import usage_problem
from scanner.app.impact import ImpactRequest, assess
from scanner.app.locate import LocateRequest, locate as locate_person
from scanner.cli.options import db_option, format_option
from scanner.cli.translated import PathParam, TranslatedCommand, current_lang, option
from scanner.person_query import FIELDS, PersonQuery, QueryValueError, parse_query_file

DEFAULT_RECORD = "開示等請求_対応記録_{date}.xlsx"  # no personal data in a file name


def _asked(flags: dict[str, bool]) -> dict[str, str]:
    """Each field whose flag was given, typed at a hidden prompt (empty: skipped)."""
    lang = current_lang()
    return {f: click.prompt(t("locate.prompt", lang, field=t(f"field.{f}", lang)), hide_input=True,
                            default="", show_default=False).strip()
            for f in FIELDS if flags[f]}


def _query(flags: dict[str, bool], from_file: Path | None) -> PersonQuery:
    values: dict[str, str] = {}
    if from_file:
        try:
            values = {f: getattr(parse_query_file(from_file.read_text(encoding="utf-8-sig")), f) for f in FIELDS}
        except QueryValueError as error:
            raise usage_problem("locate.bad_file", path=str(from_file), line=error.field) from error
    values.update({f: v for f, v in _asked(flags).items() if v})
    return PersonQuery(**{f: v for f, v in values.items() if v})


@click.command(cls=TranslatedCommand, help_key="locate")
@click.argument("stray", nargs=-1, required=False, metavar="")
@db_option
@option("--name", "name", is_flag=True, help_key="locate_name")
@option("--birth", "birth", is_flag=True, help_key="locate_birth")
@option("--email", "email", is_flag=True, help_key="locate_email")
@option("--phone", "phone", is_flag=True, help_key="locate_phone")
@option("--my-number", "my_number", is_flag=True, help_key="locate_my_number")
@option("--from", "from_file", type=PathParam(exists=True, dir_okay=False, path_type=Path), help_key="locate_from")
@format_option("text", "json", "xlsx")
@option("--out", type=PathParam(dir_okay=False, path_type=Path), help_key="locate_out")
@option("--request-date", type=click.DateTime(["%Y-%m-%d"]), help_key="locate_request_date")
def locate(stray, db_path, name, birth, email, phone, my_number, from_file, fmt, out, request_date):
    if stray:  # a value after a flag: refused without repeating it
        raise usage_problem("locate.on_command_line")
    query = _query(dict(name=name, birth=birth, email=email, phone=phone, my_number=my_number), from_file)
    day = request_date.date() if request_date else date.today()
    target = (out or Path(DEFAULT_RECORD.format(date=day.isoformat()))) if fmt == "xlsx" else None
    result = locate_person(LocateRequest(db_path, query, day, target, current_lang()))
    if fmt == "json":
        click.echo(json.dumps(located_json(result.masked_name, result.given, result.objects, current_lang()),
                              ensure_ascii=False, indent=2))
        return
    for line in located_lines(result.masked_name, result.objects, current_lang()):
        click.echo(line)
    if result.written:
        click.echo(t("locate.written", current_lang(), path=str(result.written)))


@click.command(cls=TranslatedCommand, help_key="impact")
@click.argument("places", nargs=-1)
@db_option
@option("--list", "list_file", type=PathParam(exists=True, dir_okay=False, path_type=Path), help_key="impact_list")
@option("--as-of", "as_of", type=int, metavar="SCAN", help_key="impact_as_of")
@option("--known-date", type=click.DateTime(["%Y-%m-%d"]), help_key="impact_known_date")
@format_option("text", "json")
@option("--xlsx", "xlsx_path", type=PathParam(dir_okay=False, path_type=Path), help_key="impact_xlsx")
@option("--html", "html_path", type=PathParam(dir_okay=False, path_type=Path), help_key="impact_html")
def impact(places, db_path, list_file, as_of, known_date, fmt, xlsx_path, html_path):
    lang = current_lang()
    result = assess(ImpactRequest(db_path, tuple(places), list_file, as_of,
                                  known_date.date() if known_date else None, xlsx_path, html_path, lang))
    if fmt == "json":
        click.echo(json.dumps(impact_json(result.impact, result.context, lang), ensure_ascii=False, indent=2))
    else:
        for line in impact_lines(result.impact, result.context, lang):
            click.echo(line)
    for path in result.written:
        click.echo(t("impact.written", lang, path=str(path)), err=fmt == "json")
