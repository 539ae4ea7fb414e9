"""Generate the sample share (every supported format, synthetic people, planted
bad files) and the sample ledger.

    python -m samples.generate samples/share samples/ledger.xlsx

`build_share` returns a Manifest that tests use: the raw values planted (which
must never appear in anything daicho writes) and the status each planted bad
object must be recorded with.
"""

from __future__ import annotations

import random
import sys
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from pathlib import Path

from samples import scans
from samples import writers as w
from samples.generate_kinds import add_new_kinds
from samples.ledger import write_sample_ledger
from samples.synth import Person, invalid_my_number, make_people

OVERSIZED_BYTES = 1_100_000  # over the 1MB limit the quickstart scans with


@dataclass
class Manifest:
    root: Path
    raw_values: set[str] = field(default_factory=set)
    statuses: dict[str, str] = field(default_factory=dict)  # uri -> expected status
    my_numbers: dict[str, set[str]] = field(default_factory=dict)  # uri -> planted My Numbers

    def plant(self, people: list[Person]) -> None:
        for p in people:
            self.raw_values |= {p.my_number, p.my_number_spaced, p.phone, p.mobile, p.email}


def _people_rows(people: list[Person]) -> list[list]:
    header = ["社員番号", "氏名", "フリガナ", "生年月日", "郵便番号", "住所", "電話番号", "メールアドレス", "個人番号"]
    rows = [[f"E{1000 + i}", p.name, p.kana, p.birth, p.postal, p.address, p.mobile, p.email, p.my_number]
            for i, p in enumerate(people)]
    return [header, *rows]


def _office(root: Path, m: Manifest, people: list[Person]) -> None:
    staff, retired = people[:12], people[12:15]
    w.write_xlsx(root / "総務/社員名簿.xlsx",
                 {"在籍者": _people_rows(staff), "退職者": _people_rows(retired)}, hidden=("退職者",))
    m.my_numbers["総務/社員名簿.xlsx"] = {p.my_number for p in staff + retired}
    head, dependents = people[15], people[16:18]
    w.write_docx(
        root / "総務/扶養控除等申告書.docx",
        [f"氏名　{head.name}", f"個人番号　{head.my_number_spaced}", f"住所　〒{head.postal} {head.address}",
         f"電話　{head.mobile}"],
        table=[["氏名", "続柄", "個人番号", "生年月日"]] +
              [[d.name, "子", d.my_number, d.birth.isoformat()] for d in dependents],
        header="令和8年分 給与所得者の扶養控除等(異動)申告書", footer="株式会社サンプル商事 総務部")
    m.my_numbers["総務/扶養控除等申告書.docx"] = {p.my_number for p in [head, *dependents]}
    contacts = people[18:22]
    w.write_pptx(root / "営業/提案資料.pptx", "ご担当者一覧",
                 [["氏名", "電話", "メール"]] + [[p.name, p.phone, p.email] for p in contacts],
                 notes=f"至急 {contacts[0].surname}様へ折り返し 携帯 {contacts[0].mobile}")
    applicants = people[22:26]
    w.write_xls(root / "採用/応募者一覧.xls",
                {"応募者": [["氏名", "生年月日", "電話番号", "メール"]] +
                          [[p.name, p.birth, p.mobile, p.email] for p in applicants]})
    a = people[26]
    w.write_pdf(root / "採用/履歴書_応募者A.pdf", [
        ["履歴書", f"氏名 {a.name}", f"生年月日 {a.birth:%Y年%m月%d日}", f"〒{a.postal}",
         f"住所 {a.address}", f"電話 {a.mobile}", f"メール {a.email}"],
        ["職歴", "2020年4月 株式会社サンプル商事 入社"]])
    w.write_image_only_pdf(root / "採用/スキャン履歴書.pdf")
    m.statuses["採用/スキャン履歴書.pdf"] = "no_text_layer"
    m.plant(people[:27])


def _texts(root: Path, m: Manifest, people: list[Person]) -> None:
    pay = people[27:31]
    csv_rows = ["社員番号,氏名,電話番号,緊急連絡先"] + [f"E{2000 + i},{p.name},{p.phone},{p.mobile}" for i, p in enumerate(pay)]
    (root / "総務/給与").mkdir(parents=True, exist_ok=True)
    (root / "総務/給与/緊急連絡網.csv").write_bytes("\r\n".join(csv_rows).encode("cp932"))
    customers = people[31:35]
    rows = ["氏名,郵便番号,住所,電話,メール"] + [f"{p.name},{p.postal},{p.address},{p.phone},{p.email}" for p in customers]
    (root / "営業").mkdir(parents=True, exist_ok=True)
    (root / "営業/顧客リスト.csv").write_bytes("\n".join(rows).encode("utf-8-sig"))
    partners = people[35:38]
    tsv = ["担当者\t電話\tメール"] + [f"{p.name}\t{p.phone}\t{p.email}" for p in partners]
    (root / "営業/取引先担当者.tsv").write_bytes("\n".join(tsv).encode("euc_jp"))
    card = people[38]
    (root / "営業/名刺メモ.txt").write_bytes(
        f"{card.name}様\n携帯：{card.mobile}\nE-mail：{card.email}\n".encode("utf-16"))
    note = people[39]
    (root / "営業/お知らせ.txt").write_bytes(
        f"お問い合わせ先\n{note.name}\n〒{note.postal}\n電話 {note.phone}\n".encode("iso2022_jp"))
    m.plant(people[27:40])


def _mail(root: Path, m: Manifest, people: list[Person]) -> None:
    p0, p1, p2, p3, p4 = people[40:45]
    roster = w.xlsx_bytes({"名簿": _people_rows([p2])})
    messages = [
        w.make_eml("面談日程", f"{p0.name} <{p0.email}>", "jinji@example.co.jp",
                   f"人事部 御中\n{p0.name}です。連絡先は {p0.mobile} です。"),
        w.make_eml("書類送付", "soumu@example.co.jp", f"{p1.email}",
                   f"{p1.name}様\n個人番号 {p1.my_number_spaced} を確認しました。", charset="iso-2022-jp"),
        w.make_eml("名簿", "soumu@example.co.jp", "all@example.co.jp", "名簿を添付します。",
                   attachments=[("名簿.xlsx", roster)]),
    ]
    (root / "メール").mkdir(parents=True, exist_ok=True)
    (root / "メール/受信箱.mbox").write_bytes(w.mbox_bytes(messages))
    m.my_numbers["メール/受信箱.mbox!1"] = {p1.my_number}
    m.my_numbers["メール/受信箱.mbox!2!名簿.xlsx"] = {p2.my_number}
    inner = w.make_eml("Fw: 応募", f"{p3.email}", "saiyo@example.co.jp", f"電話 {p3.mobile}")
    (root / "メール/応募.eml").write_bytes(w.make_eml(
        "応募書類", f"{p3.name} <{p3.email}>", "saiyo@example.co.jp", f"{p3.name}です。履歴書を送ります。",
        attachments=[("応募者情報.csv", f"氏名,電話\n{p3.name},{p3.mobile}\n".encode("cp932"))],
        attached_message=message_from_bytes(inner, policy=policy.default)))
    w.write_msg(root / "メール/outlook転送.msg", "扶養家族の件", f"{p4.name}さんの個人番号は {p4.my_number} です。",
                f"{p4.name} <{p4.email}>", "soumu@example.co.jp",
                attachments=[("家族.csv", f"氏名,個人番号\n{p4.name},{p4.my_number}\n".encode("utf-8"))])
    m.my_numbers["メール/outlook転送.msg"] = {p4.my_number}
    maildir = root / "メール/Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    (maildir / "cur/1760572800.M1P100.mail:2,S").write_bytes(
        w.make_eml("シフト", f"{p0.email}", "tenpo@example.co.jp", f"緊急連絡先 {p0.phone}"))
    m.plant(people[40:45])


def _archives(root: Path, m: Manifest, people: list[Person]) -> None:
    old = people[45:48]
    inner = w.zip_bytes({"メモ.txt": f"{old[2].name} 携帯 {old[2].mobile}".encode("utf-8")})
    roster = "氏名,個人番号\n" + "".join(f"{p.name},{p.my_number}\n" for p in old[:2])
    (root / "アーカイブ").mkdir(parents=True, exist_ok=True)
    (root / "アーカイブ/2019年度_名簿.zip").write_bytes(w.zip_bytes(
        {"2019/名簿.csv": roster.encode("cp932"), "2019/内部.zip": inner}, cp932_names=True))
    m.my_numbers["アーカイブ/2019年度_名簿.zip!2019/名簿.csv"] = {p.my_number for p in old[:2]}
    secret = people[48]
    (root / "アーカイブ/給与_暗号化.zip").write_bytes(w.encrypted_zip_bytes(
        {"給与.csv": f"{secret.name},{secret.my_number}".encode("utf-8")}, b"himitsu"))
    m.statuses["アーカイブ/給与_暗号化.zip!給与.csv"] = "encrypted"
    m.plant(people[45:49])


def _bad_and_negative(root: Path, m: Manifest, rng: random.Random) -> None:
    shared = root / "共有"
    shared.mkdir(parents=True, exist_ok=True)
    plain = shared / "_plain.xlsx"
    w.write_xlsx(plain, {"Sheet1": [["氏名"], ["秘密"]]})
    w.encrypt_office(plain, shared / "パスワード付き.xlsx", "himitsu")
    plain.unlink()
    m.statuses["共有/パスワード付き.xlsx"] = "encrypted"
    (shared / "壊れた.docx").write_bytes(b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(512)))
    m.statuses["共有/壊れた.docx"] = "unreadable"
    (shared / "壊れた.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\n%%EOF garbage")
    m.statuses["共有/壊れた.pdf"] = "unreadable"
    (shared / "~$社員名簿.xlsx").write_bytes(b"\x00" * 165)
    m.statuses["共有/~$社員名簿.xlsx"] = "skipped"
    (shared / "作業中.tmp").write_bytes(b"temp")
    m.statuses["共有/作業中.tmp"] = "skipped"
    scans.write_logo(shared / "ロゴ.png")  # read by OCR: no personal data
    (shared / "setup.exe").write_bytes(b"MZ\x90\x00" + bytes(60) + b"PE\x00\x00" + bytes(64))
    m.statuses["共有/setup.exe"] = "skipped"
    (root / "ログ").mkdir(parents=True, exist_ok=True)
    line = "2026-10-16 09:00:00 INFO batch job finished\n"
    (root / "ログ/バッチ.log").write_text(line * (OVERSIZED_BYTES // len(line) + 1))
    m.statuses["ログ/バッチ.log"] = "too_large"
    (root / "公開").mkdir(parents=True, exist_ok=True)
    (root / "公開/会社案内.html").write_text(
        "<html><body><h1>株式会社サンプル商事</h1><p>法人番号 7123456789012</p>"
        f"<p>注文番号 {invalid_my_number(rng)} / 伝票番号 123456789018</p>"
        "<p>資本金 1,000万円 設立 2001年4月1日</p></body></html>", encoding="utf-8")


def build_share(root: Path, seed: int = 2026) -> Manifest:
    root.mkdir(parents=True, exist_ok=True)
    manifest = Manifest(root=root)
    people = make_people(61, seed)
    _office(root, manifest, people)
    _texts(root, manifest, people)
    _mail(root, manifest, people)
    _archives(root, manifest, people)
    _bad_and_negative(root, manifest, random.Random(seed))
    add_new_kinds(root, manifest, people[50:61])
    return manifest


def main(argv: list[str]) -> None:
    share = Path(argv[0] if argv else "samples/share")
    ledger = Path(argv[1] if len(argv) > 1 else "samples/ledger.xlsx")
    manifest = build_share(share)
    write_sample_ledger(ledger)
    print(f"{share}: {sum(1 for p in share.rglob('*') if p.is_file())} files; {ledger}")
    return manifest


if __name__ == "__main__":
    main(sys.argv[1:])
