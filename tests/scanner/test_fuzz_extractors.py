"""Every extractor on mutated real files: it extracts, or it raises an
ExtractionError with a status; never any other exception, never a hang.

Seeds are small real files written by the same writers as the sample share.
Mutations: bytes flipped, overwritten, inserted, cut; for ZIP-based formats also
inside one member, re-packed so that the parser, not the CRC check, meets the
damage. Hypothesis runs a bounded, derandomised number of cases per format
(DAICHO_FUZZ_EXAMPLES to run more); each case has 30 seconds before it counts as
a hang.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import signal
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inventory.records import FAILED_STATUSES
from samples import writers as w
from scanner.extract import ExtractionError, Limits, extract
from scanner.extract.budget import Budget

pytestmark = pytest.mark.slow  # about 20 s for 14 x 25 cases

EXAMPLES = int(os.environ.get("DAICHO_FUZZ_EXAMPLES", "25"))
HANG_SECONDS = 30
LIMITS = Limits(max_size=8 * 1024 * 1024, max_expanded=32 * 1024 * 1024, max_part=4 * 1024 * 1024)
MN = "176749365367"
ROWS = [["氏名", "生年月日", "個人番号"], ["山田 太郎", dt.date(1980, 4, 1), MN]]
FUZZ = settings(max_examples=EXAMPLES, derandomize=True, database=None, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _mail() -> bytes:
    return w.make_eml("名簿", "a@example.jp", "b@example.jp", f"個人番号 {MN}",
                      attachments=[("名簿.csv", "氏名,個人番号\n山田,{MN}\n".encode())])


def _written(folder: Path, name: str, write) -> bytes:
    write(folder / name)
    return (folder / name).read_bytes()


def seeds(folder: Path) -> dict[str, bytes]:
    return {
        "csv": f"氏名,個人番号\n山田 太郎,{MN}\n".encode("cp932"),
        "xlsx": w.xlsx_bytes({"名簿": ROWS}),
        "xls": _written(folder, "a.xls", lambda p: w.write_xls(p, {"名簿": ROWS})),
        "docx": _written(folder, "a.docx", lambda p: w.write_docx(p, [f"個人番号 {MN}"], table=[["氏名"], ["山田"]],
                                                                  header="ヘッダー")),
        "pptx": _written(folder, "a.pptx", lambda p: w.write_pptx(p, "名簿", [["氏名", "個人番号"], ["山田", MN]],
                                                                  notes="メモ")),
        "pdf": _written(folder, "a.pdf", lambda p: w.write_pdf(p, [["氏名 山田太郎", f"個人番号 {MN}"]])),
        "eml": _mail(),
        "mbox": w.mbox_bytes([_mail(), _mail()]),
        "msg": _written(folder, "a.msg", lambda p: w.write_msg(p, "名簿", f"個人番号 {MN}", "山田 <a@example.jp>",
                                                               "b@example.jp", [("a.csv", b"x,y\n")])),
        "zip": w.zip_bytes({"名簿/社員.csv": f"氏名,個人番号\n山田,{MN}\n".encode(), "in.zip": w.zip_bytes({"a.txt": b"a"})}),
    }


@pytest.fixture(scope="module")
def seed_files(tmp_path_factory) -> dict[str, bytes]:
    return seeds(tmp_path_factory.mktemp("seeds"))


mutation = st.one_of(
    st.tuples(st.just("flip"), st.floats(0, 1, exclude_max=True), st.integers(1, 255)),
    st.tuples(st.just("overwrite"), st.floats(0, 1, exclude_max=True), st.binary(min_size=1, max_size=64)),
    st.tuples(st.just("insert"), st.floats(0, 1), st.binary(min_size=1, max_size=64)),
    st.tuples(st.just("cut"), st.floats(0, 1), st.none()),
    st.tuples(st.just("repeat"), st.floats(0, 1, exclude_max=True), st.integers(2, 50)),
)


def mutate(data: bytes, change: tuple) -> bytes:
    kind, where, what = change
    at = int(where * len(data))
    if kind == "flip":
        return data[:at] + bytes([data[at] ^ what]) + data[at + 1:]
    if kind == "overwrite":
        return data[:at] + what + data[at + len(what):]
    if kind == "insert":
        return data[:at] + what + data[at:]
    if kind == "cut":
        return data[:at]
    return data[:at] + data[at:at + 16] * what + data[at + 16:]  # a run repeated


def mutate_member(data: bytes, member: float, changes: list[tuple]) -> bytes:
    """A ZIP with one member's content mutated, re-packed with right CRCs."""
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        infos = source.infolist()
        chosen = infos[int(member * len(infos))]
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for info in infos:
                content = source.read(info)
                if info is chosen:
                    for change in changes:
                        content = mutate(content, change) if content else content
                target.writestr(info.filename, content)
    return out.getvalue()


def consume(extraction, depth: int = 0) -> Iterator[str]:
    """Everything an extraction yields, as the scanner reads it (children too)."""
    for unit in extraction.units:
        yield unit.text
    for child in extraction.children:
        if child.data is not None and depth < 3:
            try:
                yield from consume(extract(child.name, child.data, Budget(LIMITS), child.kind == "message"), depth + 1)
            except ExtractionError as error:
                assert error.status in (*FAILED_STATUSES, "skipped")


class Hang(Exception):
    pass


def _hang(signum, frame):
    raise Hang(f"an extraction ran over {HANG_SECONDS} s")


def extracts_or_fails_cleanly(kind: str, data: bytes) -> None:
    previous = signal.signal(signal.SIGALRM, _hang)
    signal.alarm(HANG_SECONDS)
    try:
        list(consume(extract(f"fuzzed.{kind}", data, Budget(LIMITS))))
    except ExtractionError as error:
        assert error.status in (*FAILED_STATUSES, "skipped") and error.message()
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


FORMATS = ["csv", "xlsx", "xls", "docx", "pptx", "pdf", "eml", "mbox", "msg", "zip"]
ZIPPED = ["xlsx", "docx", "pptx", "zip"]


@pytest.mark.parametrize("kind", FORMATS)
def test_mutated_bytes(seed_files, kind):
    @FUZZ
    @given(changes=st.lists(mutation, min_size=1, max_size=4))
    def run(changes):
        data = seed_files[kind]
        for change in changes:
            data = mutate(data, change) if data else data
        extracts_or_fails_cleanly(kind, data)

    run()


@pytest.mark.parametrize("kind", ZIPPED)
def test_mutated_members(seed_files, kind):
    @FUZZ
    @given(member=st.floats(0, 1, exclude_max=True), changes=st.lists(mutation, min_size=1, max_size=4))
    def run(member, changes):
        extracts_or_fails_cleanly(kind, mutate_member(seed_files[kind], member, changes))

    run()
