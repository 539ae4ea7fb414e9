"""Issue 12, recur25: a contact that recurs across a folder's files, each about someone else,
is the organisation's own (inventory.own_contacts, scanner.shared_contacts): `daicho check`
sets it aside; a member's own phone in rows naming them in several rosters, a mailbox in mail
headers, a postal code neighbours share, a value in two files only, stay. Made-up people."""

from __future__ import annotations

from scanner.app.inventory_views import check_paths

APPLICANTS = [("岩佐 和真", "090-6247-0181"), ("黒澤 真由美", "080-2718-2818"), ("国枝 亮", "070-1618-0339"),
              ("日下部 俊介", "090-4455-1289")]
HOMES = ["福井県福井市大手2-7-11", "群馬県前橋市本町2-9-4", "静岡県沼津市大手町3-1-4", "岡山県倉敷市中央1-5-8"]
SHOP = "よろず堂　06-6321-4187　振込先 みどり銀行 本店 普通 4820193"


def _write(folder, name, lines):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _found(detector, root, released=None):
    records = check_paths([str(root)], detector, released) if released else check_paths([str(root)], detector)
    return {(r.uri, f.entity_type, f.text) for top in records
            for r in _tree(top) for f in r.findings}


def _tree(record):
    yield record
    for child in record.children:
        yield from _tree(child)


def _form(name, phone, home, footer=SHOP):
    return ["入会申込書", f"氏名　{name}", "生年月日　1983年4月2日", f"住所　{home}", f"電話　{phone}",
            "入会日　2025年4月1日", footer]


def _forms(folder, applicants, start=0):
    for n, (name, phone) in enumerate(applicants, start):
        _write(folder, f"申込_{n}.txt", _form(name, phone, HOMES[n]))


def test_a_footer_in_every_persons_form_of_a_folder_is_the_organisations(detector, tmp_path):
    _forms(tmp_path / "share" / "申込", APPLICANTS)
    counted = []
    found = _found(detector, tmp_path / "share", counted.append)
    values = {v for _, _, v in found}
    assert {p for _, p in APPLICANTS} <= values
    assert "06-6321-4187" not in values and not any("4820193" in v for v in values)
    assert sum(counted) >= 2 * len(APPLICANTS)


def test_two_forms_are_not_enough(detector, tmp_path):
    _forms(tmp_path / "share" / "申込", APPLICANTS[:2])
    assert "06-6321-4187" in {v for _, _, v in _found(detector, tmp_path / "share")}


def test_the_same_footer_in_other_folders_counts_per_folder(detector, tmp_path):
    for n, applicant in enumerate(APPLICANTS[:3]):
        _forms(tmp_path / "share" / f"年度{n}", [applicant], n)
    assert "06-6321-4187" in {v for _, _, v in _found(detector, tmp_path / "share")}


def test_a_subfolder_read_in_between_does_not_split_its_parent(detector, tmp_path):
    folder = tmp_path / "share"
    _forms(folder, APPLICANTS[:2])
    _write(folder / "申込_1a", "x.txt", ["メモ"])  # walked between 申込_1.txt and 申込_2.txt
    _write(folder, "申込_2.txt", _form(*APPLICANTS[2], HOMES[2]))
    assert "06-6321-4187" not in {v for _, _, v in _found(detector, folder)}


def test_a_members_phone_in_rows_naming_them_in_several_rosters_stays(detector, tmp_path):
    folder = tmp_path / "share" / "名簿"
    for year in (2023, 2024, 2025):
        rows = [f"{name},{phone},会員" for name, phone in APPLICANTS[:2]]
        _write(folder, f"会員名簿_{year}.csv", ["氏名,電話,区分", *rows])
    found = {v for _, _, v in _found(detector, tmp_path / "share")}
    assert {p for _, p in APPLICANTS[:2]} <= found


def test_a_mailbox_in_every_mails_header_stays(detector, tmp_path):
    folder = tmp_path / "share" / "mail"
    for n, (name, _) in enumerate(APPLICANTS[:3]):
        _write(folder, f"{n}.eml", ["From: sender%d@example.jp" % n, "To: kunieda.ryo@example.jp",
                                    "Subject: =?utf-8?b?5LqI57SE?=", "Content-Type: text/plain; charset=utf-8", "",
                                    f"{name}です。よろしくお願いします。"])
    assert "kunieda.ryo@example.jp" in {v for _, _, v in _found(detector, tmp_path / "share")}
