"""`daicho pms survey` and `daicho pms risks`: PMS Step 5 workbooks."""

from __future__ import annotations

from pathlib import Path

import click

from scanner.app.pms import PmsRequest, write_pms
from scanner.cli.options import db_option, say
from scanner.cli.translated import PathParam, TranslatedGroup, current_lang, option


@click.group(cls=TranslatedGroup, help_key="pms")
def pms() -> None:
    pass


def _command(kind: str, default: str):
    @pms.command(kind, help_key=f"pms_{kind}")
    @db_option
    @option("--out", type=PathParam(dir_okay=False, path_type=Path), default=default, show_default=True,
            help_key="pms_out")
    def command(db_path: str, out: Path) -> None:
        result = write_pms(PmsRequest(db_path, out, current_lang()), kind)
        say("pms.written", path=str(result.path), departments=result.departments, stores=result.stores)
    return command


survey = _command("survey", "特定調査シート.xlsx")
risks = _command("risks", "リスク管理表.xlsx")
