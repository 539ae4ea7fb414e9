"""The HTML report as a person sees it: headless Chromium (Debian's package,
installed by .ci/run) renders it; numbers, filters and sorting are checked on
the rendered page and a screenshot is taken."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from scanner.cli import cli

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


@pytest.fixture
def report_html(detector, share_copy, tmp_path):
    run = lambda *a: CliRunner().invoke(cli, list(a), obj={"detector": detector}, catch_exceptions=False)  # noqa: E731
    db = str(tmp_path / "inv.db")
    run("ledger", "import", str(REPO / "samples/ledger.xlsx"), "--db", db)
    run("scan", str(share_copy.root), "--db", db, "--max-size", "1MB")
    (share_copy.root / "営業/顧客リスト.csv").unlink()
    (share_copy.root / "新規メモ.txt").write_text("個人番号 176749365367\n携帯 090-1234-5678\n", encoding="utf-8")
    run("scan", str(share_copy.root), "--db", db, "--max-size", "1MB")
    html = tmp_path / "report.html"
    assert run("report", "--db", db, "--html", str(html)).exit_code == 0
    return html, db


def _database_numbers(db: str) -> dict[str, int]:
    con = sqlite3.connect(db)
    present = lambda scan: {r for r in con.execute(  # noqa: E731
        "select o.uri, f.entity_type, f.value_hmac from findings f join objects o on o.id = f.object_id "
        "where f.first_scan_id <= ?1 and (f.ended_scan is null or f.ended_scan > ?1)", [scan])}
    before, after = present(1), present(2)
    unreadable = con.execute("select objects_failed from scans where id = 2").fetchone()[0]
    return {"findings": len(after), "new": len(after - before), "resolved": len(before - after),
            "unreadable": unreadable}


def test_rendered_report_numbers_filters_sorting_and_screenshot(report_html, tmp_path):
    from playwright.sync_api import sync_playwright

    html, db = report_html
    expected = _database_numbers(db)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        requests = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(html.as_uri())
        for name, value in expected.items():
            assert page.locator(f"[data-testid=card-{name}] .n").inner_text() == str(value), name
        assert page.locator("[data-testid=trend] rect").count() == 2

        resolved_rows = page.locator("#resolved tbody tr")
        assert resolved_rows.count() == expected["resolved"]
        page.fill("input[data-table=resolved]", "@example")
        visible = page.locator("#resolved tbody tr:not([hidden])")
        assert 0 < visible.count() < expected["resolved"]
        assert all("@example" in visible.nth(i).inner_text() for i in range(visible.count()))

        page.fill("input[data-table=outcomes]", "新規メモ")
        assert page.locator("#outcomes tbody tr:not([hidden])").count() == 2  # 未登録 + 報告対象

        header = page.locator("#by-location thead th").nth(1)
        header.click()
        header.click()  # descending by count
        counts = [int(x) for x in page.locator("#by-location tbody tr td:nth-child(2)").all_inner_texts()]
        assert counts == sorted(counts, reverse=True)

        shot = tmp_path / "report.png"
        page.screenshot(path=str(shot), full_page=True)
        browser.close()
    assert shot.stat().st_size > 20_000
    assert all(url.startswith("file://") for url in requests)  # self-contained: no network
