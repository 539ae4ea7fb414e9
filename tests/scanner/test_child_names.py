"""Objects inside objects keep unique, stable locations and are read by their real
type; real names never collide with a location inside an object."""

from __future__ import annotations

import io
import warnings
import zipfile

import pytest

from inventory.uris import child_segment, escape_name, escape_segment, unescape
from samples import writers as w
from scanner.pipeline import run_scan
from scanner.workers.runners import InlineRunner

pytestmark = pytest.mark.slow

MN1, MN2, MN3 = "176749365367", "861564985029", "942849815402"


def roster(my_number: str) -> bytes:
    return f"氏名,個人番号\n山田 太郎,{my_number}\n".encode()


def my_numbers(record) -> dict[str, tuple[str, str | None, int]]:
    return {o.uri: (o.status, o.format, sum(f.entity_type == "MY_NUMBER" for f in o.findings))
            for o in record.walk() if o is not record}


def test_attachments_of_one_name_are_each_read_as_what_they_are(scanner):
    mail = w.make_eml("名簿送付", "a@example.jp", "b@example.jp", "名簿を3つ送ります。",
                      attachments=[("名簿.csv", roster(MN1)), ("名簿.csv", roster(MN2)), ("名簿.csv", roster(MN3))])
    record = scanner.scan_bytes("m.eml", mail)
    assert my_numbers(record) == {
        "m.eml!名簿.csv": ("ok", "csv", 1), "m.eml!名簿.csv#2": ("ok", "csv", 1), "m.eml!名簿.csv#3": ("ok", "csv", 1),
    }


def test_members_of_one_name_and_a_real_name_like_a_repeat_stay_apart(scanner):
    archive = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(archive, "w") as z:
        warnings.simplefilter("ignore")  # zipfile warns of the duplicate name, as it should
        z.writestr("m.csv", roster(MN1))
        z.writestr("m.csv", roster(MN2))
        z.writestr("m.csv#2", roster(MN3))
        z.writestr("a!b.csv", roster(MN1))
    record = scanner.scan_bytes("a.zip", archive.getvalue())
    assert my_numbers(record) == {
        "a.zip!m.csv": ("ok", "csv", 1), "a.zip!m.csv#2": ("ok", "csv", 1),
        "a.zip!m.csv%232": ("ok", "csv", 1),  # a real name `m.csv#2`: a CSV by its content
        "a.zip!a%21b.csv": ("ok", "csv", 1),
    }


def test_a_real_file_named_like_a_member_is_a_different_object(scanner, inventory, tmp_path):
    root = tmp_path / "share"
    root.mkdir()
    (root / "arch.zip").write_bytes(w.zip_bytes({"m.csv": roster(MN1)}))
    (root / "arch.zip!m.csv").write_bytes(roster(MN2))
    runner = InlineRunner(scanner, inventory.key)
    run_scan([str(root)], inventory, runner)
    (root / "arch.zip!m.csv").unlink()
    second = run_scan([str(root)], inventory, runner)
    live = {r["uri"]: r["n"] for r in inventory.db.query(
        "select o.uri, count(f.id) as n from objects o left join findings f on f.object_id = o.id "
        "and f.first_scan_id <= ?1 and (f.ended_scan is null or f.ended_scan > ?1) and f.entity_type = 'MY_NUMBER' "
        "where o.deleted_scan is null group by o.uri", [second.scan_id])}
    assert live == {"arch.zip": 0, "arch.zip!m.csv": 1}
    gone = inventory.db.execute("select uri from objects where deleted_scan is not null").fetchall()
    assert [row[0] for row in gone] == ["arch.zip%21m.csv"]


@pytest.mark.parametrize("name", ["a!b", "a#2", "100%達成", "%21", "%%21", "%2!", "x\x1b]0;t\x07", "名簿\u202e.csv"])
def test_escaping_is_reversible_and_leaves_no_separator_or_control(name):
    for escaped in (escape_name(name), escape_segment(name), child_segment(name, 1)):
        assert unescape(escaped) == name
        assert "!" not in escaped and not any(ord(ch) < 32 or 0x7f <= ord(ch) < 0xa0 for ch in escaped)
    assert "#" not in escape_segment(name)
    assert escape_name("100%達成.xlsx") == "100%達成.xlsx" and escape_name("#1会議.docx") == "#1会議.docx"
