"""Long inputs cost time in proportion to their length and memory bounded by a
unit of text, not by the file: text and CSV are decoded and read in pieces, and
chunking for the tokenizer looks at one chunk's worth of text at a time.

Memory is measured with tracemalloc (allocations, not timings)."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable

import pytest

from detectors.chunking import MAX_CHUNK_BYTES, chunk_spans
from scanner.extract import long_text
from scanner.extract.text import extract_delimited, extract_plain

MB = 1024 * 1024
MN = ("176749365367", "861564985029", "942849815402")


def peak_bytes(work: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def consume(iterable) -> int:
    """Go through units one by one, keeping none (as the scanner does)."""
    return sum(1 for _ in iterable)


def test_chunking_a_long_line_looks_at_one_chunk_at_a_time():
    text = "a" * (8 * MB)
    spans = []
    assert peak_bytes(lambda: spans.extend(chunk_spans(text))) < MB
    assert spans[0] == (0, MAX_CHUNK_BYTES) and spans[-1][1] == len(text)
    assert all(b[0] < a[1] for a, b in zip(spans, spans[1:]))  # consecutive chunks overlap


def test_chunks_cut_at_a_line_break_and_fit_the_byte_limit():
    text = ("山田太郎 " * 900 + "\n") * 40
    spans = list(chunk_spans(text))
    assert all(len(text[s:e].encode()) <= MAX_CHUNK_BYTES for s, e in spans)
    assert all(text[e - 1] == "\n" for _, e in spans[:-1]) and spans[-1][1] == len(text)


def test_a_long_text_is_decoded_and_read_in_bounded_units():
    line = "氏名 山田太郎 住所 東京都千代田区丸の内一丁目 電話 03-1234-5678 備考 なし\n"
    data = (line * (20 * MB // len(line.encode("cp932")))).encode("cp932")
    extraction = extract_plain(data)
    assert extraction.encoding == "cp932"
    assert peak_bytes(lambda: consume(extraction.units)) < 12 * MB  # the decoded text alone: 26 MB


def test_a_long_csv_is_read_row_block_by_row_block():
    rows = "".join(f"山田 太郎{i},{MN[i % 3]},東京都千代田区丸の内1-{i}\n" for i in range(100_000))
    data = ("氏名,個人番号,住所\n" + rows).encode("utf-8")
    extraction = extract_delimited(data, ",")
    assert peak_bytes(lambda: consume(extraction.units)) < 12 * MB  # all rows as lists: about 60 MB


def test_units_repeat_the_end_of_the_one_before_and_count_lines_on(monkeypatch):
    monkeypatch.setattr(long_text, "UNIT_CHARS", 1000)
    text = "".join(f"行{i:04d} " + "x" * 90 + "\n" for i in range(100)) + "y" * 2500
    units = list(long_text.text_units([text[i:i + 333] for i in range(0, len(text), 333)]))
    assert "".join(u.text[u.overlap:] for u in units) == text
    assert all(len(u.text) <= 1000 + long_text.UNIT_OVERLAP for u in units)
    for n in (0, 37, 99):
        unit = next(u for u in units if f"行{n:04d}" in u.text[u.overlap:])
        assert unit.locate(unit.text.index(f"行{n:04d}")) == f"L{n + 1}"
    assert units[-1].locate(len(units[-1].text) - 1) == "L101"


@pytest.mark.slow
def test_a_number_across_a_unit_boundary_is_found_once_with_its_line(scanner, monkeypatch):
    monkeypatch.setattr(long_text, "UNIT_CHARS", 2000)
    lines = [f"個人番号 {MN[i % 3]} の控え" if i % 7 == 0 else "あいうえお" * 8 for i in range(200)]
    record = scanner.scan_bytes("a.txt", "\n".join(lines).encode())
    found = sorted(f.location for f in record.findings if f.entity_type == "MY_NUMBER")
    assert found == sorted(f"L{i + 1}" for i in range(0, 200, 7))
