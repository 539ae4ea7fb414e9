"""The people workbooks open in LibreOffice (Debian's, installed by .ci/run) and
print: each converts headless to a PDF of A4 landscape pages that carries its
title, its table header and its content."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from pdfminer.high_level import extract_pages, extract_text

from scanner.cli import cli
from tests.scanner.test_pms import ROOT, db_path  # noqa: F401 - the inventory the PMS tests use

pytestmark = pytest.mark.slow
SOFFICE = shutil.which("soffice") or "/usr/bin/soffice"
A4 = (842, 595)  # landscape, in points


def to_pdf(workbook: Path, out: Path) -> Path:
    """LibreOffice's own conversion, with a profile of its own (no shared state)."""
    result = subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{out / 'profile'}", "--convert-to",
                             "pdf", "--outdir", str(out), str(workbook)], capture_output=True, text=True, timeout=180)
    pdf = out / (workbook.stem + ".pdf")
    assert result.returncode == 0 and pdf.exists(), result.stderr
    return pdf


def invoke(*args: str) -> None:
    result = CliRunner().invoke(cli, list(args), input="山田 太郎\n", obj={})
    assert result.exit_code == 0, result.output


@pytest.fixture
def workbooks(db_path, tmp_path):  # noqa: F811 - the fixture imported above
    books = {name: tmp_path / f"{name}.xlsx" for name in ("disclosure", "breach", "survey", "risks")}
    invoke("locate", "--db", db_path, "--name", "--format", "xlsx", "--out", str(books["disclosure"]))
    invoke("impact", ROOT, "--db", db_path, "--xlsx", str(books["breach"]))
    invoke("pms", "survey", "--db", db_path, "--out", str(books["survey"]))
    invoke("pms", "risks", "--db", db_path, "--out", str(books["risks"]))
    return books


EXPECTED = {  # workbook -> words its PDF must carry (title, a header, a value)
    "disclosure": ("開示等請求 対応記録", "提案する対応", "総務/名簿.csv"),
    "breach": ("漏えい等報告書 (案)", "当該事故に係る本人の数", "要配慮個人情報が含まれる個人データの漏えい等"),
    "survey": ("個人情報特定調査シート", "検出した項目", "社員名簿"),
    "risks": ("リスク管理表", "保管・バックアップ", "メールの誤送信"),
}


def test_every_workbook_renders_to_a_landscape_pdf(workbooks, tmp_path):
    for name, workbook in workbooks.items():
        pdf = to_pdf(workbook, tmp_path / f"pdf-{name}")
        pages = list(extract_pages(pdf))
        assert pages and all((round(p.width), round(p.height)) == A4 for p in pages), name
        text = extract_text(pdf)
        for words in EXPECTED[name]:
            assert words.replace(" ", "") in text.replace(" ", "").replace("\n", ""), (name, words)
