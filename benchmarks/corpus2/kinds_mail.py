"""Mail and archives: an HR clerk sending lists to a payroll bureau (CSV and
xlsx attachments, the same attachment name twice), a manager writing to HR about
an employee's health, check-up results zipped and mailed, and a folder of leavers'
files kept in a ZIP."""

from __future__ import annotations

from datetime import datetime, timezone

from benchmarks.corpus2 import kinds_health, kinds_hr, kinds_pay
from benchmarks.corpus2.formats import eml_doc, zip_doc
from benchmarks.corpus2.health import disability, illness_phrase
from benchmarks.corpus2.kit import Kit, Organisation
from benchmarks.corpus2.people import Person
from benchmarks.corpus2.truth import Doc, Mark, Text, negative, person, sensitive


def _signature(kit: Kit, sender: Person, org: Organisation, t: Text) -> Mark:
    """The sender's block: own name, mobile and address are personal; the office's are not."""
    mail = kit.work_email(sender, org)
    t.add("").add("――――――――――――――――――――")
    t.add(org.name, "　", kit.pick(["人事部 人事課", "総務部", "管理本部 労務グループ"]))
    t.add(kit.name(sender), "（", person(sender.western()), "）")
    marks = org.contact_marks()
    t.add(marks[0], " ", marks[1])
    t.add("TEL ", marks[2], "（代表）　FAX ", marks[3])
    t.add("携帯 ", kit.phone(sender, True, "hyphen"))
    t.add("Mail: ", mail)
    return mail


def _sent(kit: Kit) -> datetime:
    return datetime(2026, kit.between(1, 10), kit.between(1, 28), kit.between(8, 19), 0, tzinfo=timezone.utc)


def payroll_mail(kit: Kit, n: int) -> Doc:
    org, sender, receiver = kit.organisation(), kit.person(foreign=0.0), kit.person(foreign=0.0)
    body = Text().add("株式会社ペイロールサービス").add(kit.name(receiver), " 様").add("")
    body.add("いつもお世話になっております。").add(org.short, "の", person(sender.surname), "です。")
    body.add("今月入社分の扶養親族と振込口座の一覧を送付いたします。")
    body.add("前回お送りした名簿に誤りがあったため、修正版もあわせて添付しました（同じファイル名です）。")
    body.add("パスワードは別途お送りします。")
    mail = _signature(kit, sender, org, body)
    roster = kinds_hr.fuyo_csv(kit, n).renamed("名簿.csv")
    corrected = kinds_hr.fuyo_csv(kit, n).renamed("名簿.csv")
    accounts = kinds_pay.payroll_accounts(kit, n)
    accounts = accounts.renamed("振込口座." + accounts.path.rsplit(".", 1)[1])
    headers = {"From": (kit.name(sender, "kanji"), " <", mail, ">"), "To": (Mark("kyuyo@payroll-service.co.jp", "EMAIL",
                                                                          negative=True, kind="role_mailbox"),),
               "Subject": ("【送付】扶養親族・振込口座一覧",)}
    return eml_doc(f"メール/人事/送付_{n:03d}.eml", "メール添付", headers, body, [roster, accounts, corrected],
                   charset=kit.pick(["utf-8", "iso-2022-jp"]), sent=_sent(kit))


def health_mail(kit: Kit, n: int) -> Doc:
    org, sender, hr, worker = kit.organisation(), kit.person(foreign=0.0), kit.person(foreign=0.0), kit.person(foreign=0.1)
    body = Text().add(kit.name(hr, "surname"), "さん").add("")
    body.add("お疲れさまです。", kit.pick(["製造一課", "物流センター", "経理課"]), "の", person(sender.surname), "です。")
    body.add("課員の", kit.name(worker), "さんについてご相談です。")
    body.add("本人から、", sensitive(illness_phrase(kit.rng), "病歴"), "と申し出がありました。")
    if kit.chance(0.4):
        body.add("また、", sensitive(disability(kit.rng), "障害"), "ため、席の配置を検討したいとのことです。")
    body.add("診断書は来週提出予定です。復職の時期について産業医面談を設定いただけますでしょうか。")
    mail = _signature(kit, sender, org, body)
    headers = {"From": (kit.name(sender), " <", mail, ">"), "To": (kit.work_email(hr, org),),
               "Subject": (kit.pick(["ご相談（取扱注意）", "課員の体調について", "Re: 面談の件"]),)}
    return eml_doc(f"メール/管理職/相談_{n:03d}.eml", "メール本文", headers, body, charset=kit.pick(["utf-8", "iso-2022-jp"]),
                   sent=_sent(kit))


def checkup_zip_mail(kit: Kit, n: int) -> Doc:
    org, sender = kit.organisation(), kit.person(foreign=0.0)
    results = [kinds_health.checkup_roster(kit, n), kinds_health.followup(kit, n)]
    members = [d.renamed(f"{n:03d}/{name}.{d.path.rsplit('.', 1)[1]}") for d, name in zip(results, ["結果一覧", "事後措置"])]
    archive = zip_doc(f"健診結果_{n:03d}.zip", members, "ZIP")
    body = Text().add("健康管理室 各位").add("").add(f"{org.short}の今年度の定期健康診断結果を送付します。")
    body.add(negative("要精密検査の方には個別に通知します", "SENSITIVE", "health_notice"), "。")
    mail = _signature(kit, sender, org, body)
    headers = {"From": (mail,), "To": (Mark(f"kenko@{org.domain}", "EMAIL", negative=True, kind="role_mailbox"),),
               "Subject": ("健診結果の送付",)}
    return eml_doc(f"メール/健康管理/健診送付_{n:03d}.eml", "メール添付ZIP", headers, body, [archive], sent=_sent(kit))


def leavers_zip(kit: Kit, n: int) -> Doc:
    members = [kinds_hr.shinjo_docx(kit, n).renamed(f"退職者/{n:03d}/身上書.docx"),
               kinds_pay.shaho_acquisition(kit, n), kinds_pay.resume(kit, n)]
    members = [members[0]] + [d.renamed(f"退職者/{n:03d}/{d.path.rsplit('/', 1)[1]}") for d in members[1:]]
    return zip_doc(f"アーカイブ/退職者_{2015 + n % 10}年度_{n:03d}.zip", members, "ZIP")
