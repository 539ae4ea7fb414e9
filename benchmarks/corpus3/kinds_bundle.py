"""Files inside files: a mail with a sheet attached, an mbox of a small office's
inbox, a ZIP someone sent to the labour-law office."""

from __future__ import annotations

from datetime import date, datetime, timezone

from benchmarks.corpus2.formats import delimited_doc, eml_doc, zip_doc
from benchmarks.corpus2.truth import Doc, Mark, Table, Text
from benchmarks.corpus3 import idents, kinds_care, kinds_hr, kinds_prose
from benchmarks.corpus3.desk import Desk
from benchmarks.corpus3.mail import mbox_doc


def transfer_sheet(d: Desk, name: str) -> Doc:
    """振込依頼 list of people paid by the office (tab-separated, as a bank's upload tool takes)."""
    name_style = d.pick(["kana_space", "half_kana"])  # upload tools take half-width kana
    table = Table().add("受取人名（カナ）", "銀行", "支店", "種目", "口座番号", "金額")
    for r in range(d.between(4, 8)):
        p = d.person(abroad=0.0)
        table.add(Mark(p.name(name_style), "PERSON"), d.pick(["しおさい信金", "みちのく第一", "さくら台銀行"]),
                  f"{d.between(100, 899)}", d.pick(["普通", "当座"]), Mark(idents.bank_account(d.rng), "BANK_ACCOUNT"),
                  f"{d.between(3, 90) * 1000}")
    return delimited_doc(name, table, "振込依頼", encoding="cp932", delimiter="\t")


def transfer_mail(d: Desk, n: int) -> Doc:
    org, sender, to = d.org(), d.person(abroad=0.0), d.person(abroad=0.0)
    body = Text().add(d.name(to, "surname"), "さん").add("今月分の謝金の振込依頼を添付します。確認をお願いします。")
    body.add("").add(d.name(sender, "tight"), f"（{org.short} 経理）")
    headers = {"From": (d.name(sender, "tight"), " <", d.work_mail(sender, org), ">"),
               "To": (d.work_mail(to, org),), "Subject": ("謝金振込依頼（10月分）",)}
    sheet = transfer_sheet(d, f"振込依頼_{n:02d}.tsv")
    return eml_doc(f"メール/振込依頼_{n:02d}.eml", "振込依頼メール", headers, body, [sheet],
                   sent=datetime(2026, 10, d.between(1, 25), 8, 30, tzinfo=timezone.utc))


def _note(d: Desk, k: int) -> Doc:
    """One message of a small office's inbox."""
    p, me = d.person(), d.person(abroad=0.0)
    body = Text().add(d.name(me, "surname"), "さん")
    topic = d.pick(["phone", "care", "birthday"])
    if topic == "phone":
        body.add("新しく入った", d.name(p), "さんの連絡先です。", d.phone(p), " / ", d.mail(p))
    elif topic == "care":
        body.add(d.name(p), "さんから連絡があり、", kinds_prose.care(d, d.pick(["病歴", "犯罪被害", "信条"])), "とのことです。")
    else:
        body.add(d.name(p), "さんの誕生日は", d.born(p, "west"), "です。花束の手配をお願いします。")
    body.add("よろしくお願いします。")
    # a shared office address may be taken for a person's or not; the recipient's is hers
    headers = {"From": (Mark(f"office{k}@{d.org().domain}", "EMAIL", optional=True),),
               "To": (Mark(f"{me.name('romaji').split()[0].lower()}@mail.example.jp", "EMAIL"),),
               "Subject": (d.pick(["連絡", "共有です", "メモ"]),)}
    return eml_doc(f"{k}.eml", "受信箱", headers, body, sent=datetime(2026, 9, 1 + k, 9, 0, tzinfo=timezone.utc))


def inbox(d: Desk, n: int) -> Doc:
    messages = [_note(d, k) for k in range(d.between(3, 6))]
    return mbox_doc(f"メール/inbox_{n:02d}.mbox", messages, "mbox")


def labour_zip(d: Desk, n: int) -> Doc:
    """What a client sends its labour-law office: a roster, a ledger, a letter, zipped."""
    members = [kinds_hr.number_ledger(d, n).renamed("マイナンバー.xlsx"),
               kinds_care.guarantee(d, n).renamed("身元保証書.docx"),
               kinds_prose.leave_letter(d, n).renamed("届出.docx")]
    return zip_doc(f"社労士/{d.org().short}_{date(2026, 10, 1):%Y%m}_{n:02d}.zip", members, "ZIP")
