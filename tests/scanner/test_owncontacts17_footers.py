"""Issue 12, owncontacts17: a contact line each page of a document repeats, over pages about
different people, is the document's own footer (scanner.repeated_lines); a person's page header
repeated over their own form's pages, or a clerk named on the line, stays. Made-up people and places."""

import pytest

from samples import writers as w

PEOPLE = [("岩佐 和真", "福井県福井市大手2-7-11", "090-3141-5926"), ("黒澤 真由美", "群馬県前橋市本町2-9-4", "080-2718-2818"),
          ("国枝 亮", "静岡県沼津市大手町3-1-4", "070-1618-0339")]
FOOTERS = ["便利屋 よろず　〒812-0011 福岡県福岡市博多区博多駅前3-4-5　TEL 092-471-3322　E-mail yorozu@benri-example.jp",
           "〒812-0011 福岡県福岡市博多区博多駅前3-4-5　TEL 092-471-3322"]


def _found(scanner, tmp_path, pages):
    path = tmp_path / "slips.pdf"
    w.write_pdf(path, pages)
    record = scanner.scan_bytes(str(path), path.read_bytes())
    return {(f.entity_type, f.text) for f in record.findings}


@pytest.mark.parametrize("footer", FOOTERS)
def test_a_footer_on_every_persons_page_is_the_documents_own(scanner, tmp_path, footer):
    pages = [["受付票", "", f"氏名 {n}", "", f"住所 {a}", "", f"電話 {p}", "", footer] for n, a, p in PEOPLE]
    found = _found(scanner, tmp_path, pages)
    assert {("PHONE", p) for _, _, p in PEOPLE} <= found and {("ADDRESS", a) for _, a, _ in PEOPLE} <= found
    assert not {v for v in found if v[1] in ("092-471-3322", "福岡県福岡市博多区博多駅前3-4-5", "〒812-0011",
                                               "yorozu@benri-example.jp")}


def test_one_persons_contact_repeated_over_their_own_pages_stays(scanner, tmp_path):
    name, home, phone = PEOPLE[0]
    pages = [[f"申請書（{n}/3）", "", f"申請者 {name}", "", f"連絡先 {home}　{phone}", "", body]
             for n, body in ((1, "希望日 5月1日"), (2, "同意事項 すべて同意"), (3, "備考 なし"))]
    found = _found(scanner, tmp_path, pages)
    assert ("PHONE", phone) in found and ("ADDRESS", home) in found


def test_a_clerk_named_on_the_footer_keeps_their_mobile(scanner, tmp_path):
    footer = "便利屋 よろず　担当 森下 航　携帯 090-2236-0679"
    pages = [["受付票", "", f"氏名 {n}", "", f"電話 {p}", "", footer] for n, _, p in PEOPLE]
    assert ("PHONE", "090-2236-0679") in _found(scanner, tmp_path, pages)
