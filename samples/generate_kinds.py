"""The kinds of file issue 19 taught daicho to read, in the sample share: legacy
Office, RTF, OpenDocument, 7-Zip/LZH/RAR, an Outlook PST, a Maildir++ folder,
scanned paper, and files whose names lie (an .xlsx named .dat, a CSV without
suffix or saved as .txt, a JSON Lines export, an SQL dump, a renamed .doc).
Called by samples.generate.build_share; people 50-60 are planted here."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

from samples import scans
from samples import writers as w
from samples.archives import rar_bytes, sevenzip_bytes
from samples.legacy import LEGACY_DIR, LEGACY_PEOPLE
from samples.pst import Mail, write_pst
from samples.synth import Person

MOVIE = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(64)


def _roster(people: list[Person]) -> bytes:
    return ("氏名,電話番号,個人番号\n" + "".join(f"{p.name},{p.phone},{p.my_number}\n" for p in people)).encode("cp932")


def _legacy(root: Path, m) -> None:
    head, child, *_, noted = LEGACY_PEOPLE
    for source, target in (("扶養控除申告書_旧.doc", "総務/旧文書/扶養控除申告書_2003.doc"),
                           ("緊急連絡先_旧.ppt", "総務/旧文書/緊急連絡先_2003.ppt"),
                           ("扶養控除申告書_RTF.rtf", "総務/旧文書/扶養控除申告書.rtf"),
                           ("扶養控除申告書_ODF.odt", "総務/旧文書/扶養控除申告書.odt"),
                           ("職員名簿_ODF.ods", "総務/旧文書/職員名簿.ods"),
                           ("緊急連絡先_ODF.odp", "総務/旧文書/緊急連絡先.odp"),
                           ("扶養控除申告書_旧.doc", "共有/申告書_旧.bak"),  # a Word file renamed
                           ("2003年度_名簿.lzh", "アーカイブ/2003年度_名簿.lzh")):
        (root / target).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(LEGACY_DIR / source, root / target)
    for uri in ("総務/旧文書/扶養控除申告書_2003.doc", "総務/旧文書/扶養控除申告書.rtf",
                "総務/旧文書/扶養控除申告書.odt", "共有/申告書_旧.bak"):
        m.my_numbers[uri] = {head.my_number, child.my_number}
    m.my_numbers["総務/旧文書/緊急連絡先_2003.ppt"] = {noted.my_number}
    m.my_numbers["総務/旧文書/職員名簿.ods"] = {p.my_number for p in LEGACY_PEOPLE[:3]}
    m.my_numbers["アーカイブ/2003年度_名簿.lzh!名簿/職員.csv"] = {p.my_number for p in LEGACY_PEOPLE}
    m.plant(LEGACY_PEOPLE)


def _renamed(root: Path, m, people: list[Person]) -> None:
    a, b, c, d = people
    w.write_xlsx(root / "総務/社員名簿_コピー.dat", {"名簿": [["氏名", "個人番号"], [a.name, a.my_number]]})
    m.my_numbers["総務/社員名簿_コピー.dat"] = {a.my_number}
    (root / "営業/顧客一覧").write_bytes(_roster([b]))  # a CSV without a suffix
    (root / "営業/顧客一覧_保存.txt").write_bytes(_roster([c]))  # a CSV saved as text
    m.my_numbers["営業/顧客一覧"], m.my_numbers["営業/顧客一覧_保存.txt"] = {b.my_number}, {c.my_number}
    (root / "ログ").mkdir(parents=True, exist_ok=True)
    (root / "ログ/会員_export.jsonl").write_text("".join(
        json.dumps({"氏名": p.name, "電話": p.mobile, "メール": p.email}, ensure_ascii=False) + "\n"
        for p in (a, d)), encoding="utf-8")
    (root / "ログ/dump.sql.1").write_text(
        f"INSERT INTO employees (name, my_number) VALUES ('{d.name}', '{d.my_number}'); -- 個人番号\n",
        encoding="utf-8")
    m.my_numbers["ログ/dump.sql.1"] = {d.my_number}
    m.plant(people)


def _archives(root: Path, m, people: list[Person]) -> None:
    a, b = people
    (root / "アーカイブ/給与_2015.7z").write_bytes(sevenzip_bytes({"給与/支給一覧.csv": _roster([a])}))
    m.my_numbers["アーカイブ/給与_2015.7z!給与/支給一覧.csv"] = {a.my_number}
    (root / "アーカイブ/旧システム.rar").write_bytes(rar_bytes({"export/社員.csv": _roster([b])}))
    m.my_numbers["アーカイブ/旧システム.rar!export/社員.csv"] = {b.my_number}
    (root / "アーカイブ/給与_暗号化.7z").write_bytes(sevenzip_bytes({"給与.csv": _roster([a])}, password="himitsu"))
    m.statuses["アーカイブ/給与_暗号化.7z!給与.csv"] = "encrypted"
    m.plant(people)


def _mail(root: Path, m, people: list[Person]) -> None:
    a, b, c = people
    sent = root / "メール/Maildir/.Sent/cur"  # a Maildir++ folder: no tmp/ of its own
    sent.mkdir(parents=True, exist_ok=True)
    name = "1760572900.M2P100.mx01:2,S"
    (sent / name).write_bytes(w.make_eml(
        "マイナンバー提出", "soumu@example.co.jp", f"{a.email}", f"{a.name}様\n提出書類を添付します。",
        attachments=[("マイナンバー一覧.csv", _roster([a, b]))]))
    m.my_numbers[f"メール/Maildir/.Sent/cur/{name}!マイナンバー一覧.csv"] = {a.my_number, b.my_number}
    inner = Mail("緊急連絡先", f"{c.name} 携帯 {c.mobile}")
    write_pst(root / "メール/outlook/総務_2012.pst", {
        "受信トレイ/人事": [Mail("扶養控除申告書", f"{c.name}様 個人番号 {c.my_number_spaced}",
                                attachments=(("家族.csv", _roster([b])),), attached=inner)],
        "送信済みアイテム": [Mail("Re: 面談", f"{a.name}様 ご連絡ありがとうございます。")]})
    m.my_numbers["メール/outlook/総務_2012.pst!受信トレイ/人事!0"] = {c.my_number}
    m.my_numbers["メール/outlook/総務_2012.pst!受信トレイ/人事!0!家族.csv"] = {b.my_number}
    m.plant(people)


def _scans(root: Path, m, people: list[Person]) -> None:
    applicant, holder = people
    rng = random.Random(19)
    scans.write_scanned_pdf(root / "採用/履歴書_スキャン_応募者B.pdf",
                            [scans.degraded(scans.resume_page(applicant), rng)])
    card = root / "総務/本人確認/マイナンバーカード写し.jpg"
    card.parent.mkdir(parents=True, exist_ok=True)
    scans.degraded(scans.card_image(holder), rng).convert("L").save(card, quality=90, dpi=(300, 300))
    m.my_numbers["総務/本人確認/マイナンバーカード写し.jpg"] = {holder.my_number}
    (root / "共有/紹介動画.mp4").write_bytes(MOVIE)
    m.statuses["共有/紹介動画.mp4"] = "skipped"
    m.plant(people)


def add_new_kinds(root: Path, m, people: list[Person]) -> None:
    """people: eleven synthetic people not planted elsewhere."""
    _legacy(root, m)
    _renamed(root, m, people[0:4])
    _archives(root, m, people[4:6])
    _mail(root, m, people[6:9])
    _scans(root, m, people[9:11])
