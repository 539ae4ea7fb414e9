"""PERSON: names in a headerless table's column (issue 12, names12:
detectors/jp/person_positions.py) — host exports whose rows are people's records (a
birth, a payee's account after its bank's and branch's codes) give their readings and
capitals as names, known to the lists or not; a goods master's katakana column stays
unreported. Made-up people, real files, the real detector."""


def people(scanner, name: str, data: bytes) -> set[str]:
    record = scanner.scan_bytes(name, data)
    return {"".join(f.value.split()) for o in record.walk() for f in o.findings if f.entity_type == "PERSON"}


def _padded(value: str, width: int) -> str:
    return value + " " * (width - len(value.encode("cp932")))


READINGS = ["ツキシマ ハルカ", "ヤマブキ ソウタ", "カザマツリミオ", "ヒムロ ケイタ", "アカバネリョウ", "ミナカミ サヤ"]
CAPITALS = ["AUNG KYAW MIN", "DELA CRUZ ANA", "RAI SUNIL", "PUTRI AYU LESTARI", "SOE THET", "GURUNG RAM"]


def test_readings_in_a_fixed_width_member_file_beside_births(scanner):
    rows = [f"{k:06d} {_padded(p, 20)}{1950 + 7 * k:04d}{k + 1:02d}{10 + k:02d} {k % 2 + 1} {3000 * (k + 1):08d}"
            for k, p in enumerate(READINGS)]
    found = people(scanner, "MEMBERS.DAT", "\r\n".join(rows).encode("cp932"))
    assert {"".join(p.split()) for p in READINGS} <= found


def test_payees_in_capitals_of_a_transfer_file(scanner):
    rows = [f"2 {1 + 5 * k:04d} {100 + k:03d} 1 {2345671 + 13 * k:07d} {p:<24}{150000 + 1000 * k:010d}"
            for k, p in enumerate(CAPITALS)]
    found = people(scanner, "FURIKOMI.txt", "\n".join(rows).encode("ascii"))
    assert {"".join(p.split()) for p in CAPITALS} <= found


def test_a_goods_masters_katakana_column_is_no_names(scanner):
    goods = ["アップル ジュース", "オレンジ ゼリー", "ミルク プリン", "レモン ティー", "ピーチ ソーダ", "グレープ ガム"]
    rows = [f"{4901234567000 + k:013d} {_padded(g, 20)}2023{k + 1:02d}15 {k * 12 + 30:05d}" for k, g in enumerate(goods)]
    assert people(scanner, "ITEMS.DAT", "\r\n".join(rows).encode("cp932")) == set()
