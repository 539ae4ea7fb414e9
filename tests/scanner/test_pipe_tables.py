"""Markdown / pipe tables in plain text read as tables (scanner.extract.pipe_table):
the column header, not the header word nearest in the line, labels each cell; the
real detector on real files. Synthetic values."""

import pytest

from scanner.crawl import crawl
from scanner.extract.pipe_table import has_pipe_table, pipes_as_tabs


def test_rows_become_cells_and_the_rule_moves_below_the_table():
    text = "見出し\n| 氏名 | 生年月日 |\n|:---|---:|\n| 岩田 恵 | 1983/9/2 |\n後書き"
    assert has_pipe_table(text)
    assert pipes_as_tabs(text).split("\n") == ["見出し", "氏名\t生年月日", "岩田 恵\t1983/9/2", "", "後書き"]


def test_a_pipe_in_prose_is_no_table():
    assert not has_pipe_table("A | B の比較\n結果は | で区切る")


def _births(scanner, folder) -> set[str]:
    return {f.value for entry in crawl(folder) for record in scanner.scan_entry(entry).walk()
            for f in record.findings if f.entity_type == "DATE_OF_BIRTH"}


@pytest.mark.slow
def test_the_header_not_the_neighbour_decides(scanner, tmp_path):
    lines = ["# 配属表", "", "| 氏名 | 入社日 | 生年月日 | 面談日 |", "|---|---|---|---|",
             "| 岩田 恵 | 2019/04/01 | 1983/9/2 | 2026/05/11 |", "| 岩田 凛 | 2021/10/01 | ’01年6月30日 | 2026/05/12 |",
             "| 岩田 潤 | 2022/04/01 | 〃 | 2026/05/13 |", "", "改訂 2026/06/01"]
    (tmp_path / "haizoku.md").write_text("\n".join(lines), encoding="utf-8")
    assert _births(scanner, tmp_path) == {"1983-09-02", "2001-06-30"}


@pytest.mark.slow
def test_a_header_far_above_and_repeated_per_page(scanner, tmp_path):
    lines = []
    for n in range(240):
        if n % 80 == 0:
            lines.append("番号,氏名,生年月日,登録日")
        lines.append(f"{n},岩田 恵,{1950 + n % 50}-0{1 + n % 9}-1{n % 10},2024-04-0{1 + n % 9}")
    (tmp_path / "meibo.csv").write_text("\n".join(lines), encoding="utf-8")
    found = _births(scanner, tmp_path)
    assert len(found) == len({(n % 50, n % 9, n % 10) for n in range(240)}) and all(v < "2000" for v in found)
