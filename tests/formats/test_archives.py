"""7-Zip, LZH and RAR members with zip's limits: size, ratio, total, count,
encrypted members recorded `encrypted`."""

from __future__ import annotations

import pytest

from samples.archives import lzh_stored_bytes, rar_bytes, sevenzip_bytes
from samples.legacy import LEGACY_DIR, LEGACY_PEOPLE
from scanner.extract.base import EncryptedObject, ExtractionError, Limits, TooLarge
from scanner.extract.lzh import extract_lzh
from scanner.extract.rar import extract_rar
from scanner.extract.sevenzip import extract_7z

ROSTER = "氏名,電話\n山田 太郎,090-1234-5678\n".encode("cp932")
READERS = {"7z": (extract_7z, sevenzip_bytes), "lzh": (extract_lzh, lzh_stored_bytes), "rar": (extract_rar, rar_bytes)}


def members(extraction) -> dict[str, tuple[bytes | None, str | None]]:
    return {c.name: (c.data, c.error.status if c.error else None) for c in extraction.children}


@pytest.mark.parametrize("kind", READERS)
def test_members_with_japanese_names_in_folders(kind):
    reader, writer = READERS[kind]
    got = members(reader(writer({"名簿/社員.csv": ROSTER, "readme.txt": b"hello"}), Limits()))
    assert got == {"名簿/社員.csv": (ROSTER, None), "readme.txt": (b"hello", None)}


def test_lzh_compressed_by_lha_with_cp932_names():
    got = members(extract_lzh((LEGACY_DIR / "2003年度_名簿.lzh").read_bytes(), Limits()))
    data, error = got["名簿/職員.csv"]
    assert error is None and LEGACY_PEOPLE[0].my_number in data.decode("cp932")


@pytest.mark.parametrize("kind", READERS)
def test_members_over_the_size_limit_or_the_total_are_too_large(kind):
    reader, writer = READERS[kind]
    archive = writer({"a.csv": ROSTER, "big.bin": b"x" * 5000, "c.csv": ROSTER})
    got = members(reader(archive, Limits(max_size=4000, max_ratio=10_000)))
    assert got["a.csv"] == (ROSTER, None) and got["big.bin"] == (None, "too_large")
    got = members(reader(archive, Limits(max_expanded=len(ROSTER) + 10, max_ratio=10_000)))
    assert got["a.csv"][1] is None and got["big.bin"][1] == "too_large" and got["c.csv"][1] == "too_large"


def test_compression_ratio_limit_on_7z_and_lzh():
    bomb = sevenzip_bytes({"zeros.txt": b"0" * 3_000_000})
    with pytest.raises(TooLarge, match="ratio"):
        extract_7z(bomb, Limits())
    lzh = (LEGACY_DIR / "2003年度_名簿.lzh").read_bytes()
    assert members(extract_lzh(lzh, Limits(max_ratio=1)))["名簿/職員.csv"] == (None, "too_large")


@pytest.mark.parametrize("kind", READERS)
def test_member_count_limit(kind):
    reader, writer = READERS[kind]
    archive = writer({f"{i}.txt": b"x" for i in range(5)})
    with pytest.raises(TooLarge, match="members"):
        reader(archive, Limits(max_members=3))


def test_encrypted_7z_members_and_names():
    got = members(extract_7z(sevenzip_bytes({"給与.csv": ROSTER}, password="pw"), Limits()))
    assert got == {"給与.csv": (None, "encrypted")}
    with pytest.raises(EncryptedObject):
        extract_7z(sevenzip_bytes({"給与.csv": ROSTER}, password="pw", encrypt_names=True), Limits())


def test_encrypted_rar_member():
    assert members(extract_rar(rar_bytes({"給与.csv": ROSTER}, encrypted=True), Limits())) == {
        "給与.csv": (None, "encrypted")}


@pytest.mark.parametrize("kind", READERS)
def test_corrupt_archives_say_so(kind):
    reader, writer = READERS[kind]
    data = writer({"a.csv": ROSTER})
    with pytest.raises(ExtractionError, match="corrupt"):
        reader(data[:12] + bytes(40), Limits())
