"""Host and batch exports: a fixed-width personnel master in CP932 with no header
(full-width padding, 元号コード dates, bare phone digits), a 全銀 transfer file of
120-byte records in half-width katakana, a printed 帳票 with page headers, and a
header-less CSV with every field quoted. File names as batch jobs give them:
`.TXT`, `.DAT`, or none."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2.formats import delimited_doc, text_doc
from benchmarks.corpus2.kinds_pay import BANKS
from benchmarks.corpus2.kit import Kit
from benchmarks.corpus2.people import Person, _half_width, date_as, era_of
from benchmarks.corpus2.truth import Mark, Table, Text, birth, negative

ERA_CODES = {"明治": 1, "大正": 2, "昭和": 3, "平成": 4, "令和": 5}


def fit(text: str, width: int, fill: str = " ") -> str:
    """Pad to `width` bytes of CP932 (full-width characters take two)."""
    size = len(text.encode("cp932"))
    if size > width:
        raise ValueError(f"{text!r} is wider than {width} bytes")
    pad = width - size
    return text + (fill * (pad // 2) + " " * (pad % 2) if fill == "\u3000" else fill * pad)


def _era_code(day: date) -> str:
    era, _, year = era_of(day)
    return f"{ERA_CODES[era]}{year:02d}{day.month:02d}{day.day:02d}"


def _master_record(kit: Kit, p: Person, era_dates: bool) -> tuple:
    born = birth(_era_code(p.birth), p.birth) if era_dates else kit.birth(p, "host")
    a = p.address
    address = a.written(building=len(a.written().encode("cp932")) <= 80, sep="\u3000")
    joined = kit.day(date(1990, 4, 1), 12000)
    name = kit.name(p, "kanji_full")
    kana = kit.name(p, "half_kana")
    return (f"{kit.between(1, 9999999):07d}", name, fit("", 40 - len(name.text.encode("cp932")), "\u3000"),
            kana, " " * (40 - len(kana.text.encode("cp932"))), "1" if p.sex == "男" else "2", born,
            " " * (8 - len(born.text)), kit.postal(p, "bare"), Mark(address, "ADDRESS"),
            fit("", 80 - len(address.encode("cp932")), "\u3000"), Mark(p.home_phone, "PHONE"),
            " " * (11 - len(p.home_phone)), negative(date_as(joined, "host"), "DATE_OF_BIRTH", "hire_date"),
            f"{kit.between(100, 999):04d}")


def personnel_master(kit: Kit, n: int):
    era_dates = kit.chance(0.4)
    t = Text()
    for _ in range(kit.between(8, 25)):
        t.add(*_master_record(kit, kit.person(foreign=0.06), era_dates))
    name = kit.pick([f"HOST/JINJI_MASTER_{n:03d}.TXT", f"HOST/JINJI{n:03d}.DAT", f"HOST/JNJMST{n:03d}"])
    return text_doc(name, t, "ホスト固定長", encoding="cp932", newline=kit.pick(["\r\n", "\n"]))


def zengin_transfer(kit: Kit, n: int):
    """総合振込 (全銀協 format): header, data records, trailer, end; 120 bytes each."""
    t = Text().add(fit(f"1210{kit.between(1000000000, 9999999999)}{'ﾎｸﾖｳｾｲｷ(ｶ':<40}1025"
                       f"0009{_half_width('ミツイスミトモ'):<15}123{_half_width('イシガミイ'):<15}10012345", 120))
    total = 0
    for _ in range(kit.between(8, 20)):
        p = kit.person(foreign=0.06)
        code = kit.pick([c for _, c in BANKS])
        account = f"{kit.between(1000000, 9999999)}"
        holder = kit.name(p, "half_kana")
        amount = kit.between(150000, 480000)
        total += amount
        t.add(f"2{code}{'':<15}{kit.between(1, 899):03d}{'':<15}    1", Mark(account, "BANK_ACCOUNT"), holder,
              " " * (30 - len(holder.text)), negative(f"{amount:010d}", "BANK_ACCOUNT", "amount"),
              "0" + " " * 29)
    t.add(fit(f"8{len(t.lines) - 1:06d}{total:012d}", 120))
    t.add(fit("9", 120))
    name = kit.pick([f"HOST/SOKOFURI_{n:03d}", f"HOST/FURIKOMI{n:03d}.DAT", f"HOST/zengin_{n:03d}.txt"])
    return text_doc(name, t, "全銀振込", encoding="cp932", newline="\r\n")


def printed_report(kit: Kit, n: int):
    """A 帳票 printed to a file: page headers, column titles, fixed columns."""
    t = Text()
    people = [kit.person(foreign=0.06) for _ in range(kit.between(10, 25))]
    for page, start in enumerate(range(0, len(people), 15), start=1):
        t.add(f"\f*** 社員住所録 ***{' ' * 30}作成日 2026/10/31   PAGE {page:4d}")
        t.add("社員番号  氏名                生年月日    郵便番号  住所")
        t.add("-" * 100)
        for p in people[start:start + 15]:
            name = kit.name(p, "kanji_full")
            t.add(f"{kit.between(100000, 999999)}    ", name, " " * max(2, 20 - len(name.text.encode("cp932"))),
                  kit.birth(p, "slash"), "  ", kit.postal(p, "hyphen"), "  ", kit.address(p, building=False))
    return text_doc(f"HOST/帳票/JUSHOROKU_{n:03d}.txt", t, "帳票", encoding="cp932", newline="\r\n")


def headerless_csv(kit: Kit, n: int):
    t = Table()
    for _ in range(kit.between(10, 25)):
        p = kit.person(foreign=0.06)
        t.add(f"{kit.between(1, 999999):07d}", kit.name(p, "kanji_full"), kit.name(p, "half_kana"), kit.birth(p, "host"),
              "1" if p.sex == "男" else "2", kit.postal(p, "bare"), kit.address(p, building=False),
              kit.phone(p, kit.chance(0.5), "bare"), Mark(p.email, "EMAIL") if kit.chance(0.5) else "")
    return delimited_doc(f"HOST/EXPORT_{n:03d}.csv", t, "ヘッダなしCSV", encoding="cp932", quote_all=True)
