"""Documents that carry identifiers: a register of foreign employees (在留カード,
旅券), the company-car drivers' register (運転免許証), health-insurance cards
collected from leavers (保険者番号), a fitness club's application form (card
number), and a 年金請求 memo (基礎年金番号, 住民票コード, 個人番号)."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2 import idnums
from benchmarks.corpus2.formats import delimited_doc, docx_doc, pdf_doc, xlsx_doc
from benchmarks.corpus2.kit import Kit
from benchmarks.corpus2.truth import Doc, Mark, Table, Text, negative

STATUSES = ["技能実習1号ロ", "特定技能1号", "技術・人文知識・国際業務", "留学", "永住者", "定住者", "特別永住者"]


def foreign_workers(kit: Kit, n: int) -> Doc:
    t = Table(name="外国人雇用", title=["外国人従業員 在留資格管理台帳"])
    t.add("氏名（パスポート表記）", "カタカナ", "国籍", "在留資格", "在留カード番号", "在留期限", "旅券番号", "生年月日")
    for _ in range(kit.between(6, 20)):
        p = kit.person(foreign=1.0)
        passport = Mark(idnums.passport(kit.rng), "PASSPORT") if kit.chance(0.9) else "（更新中）"
        t.add(kit.name(p, "romaji"), kit.name(p, "kana"), negative(p.origin, "SENSITIVE", "nationality"),
              kit.pick(STATUSES), Mark(idnums.residence_card(kit.rng), "RESIDENCE_CARD"),
              kit.not_birth(kit.day(date(2027, 1, 1), 1000), "expiry_date", "slash"), passport,
              kit.birth(p, kit.pick(["slash", "iso", "kanji"])))
    return xlsx_doc(f"人事/外国人雇用/在留資格台帳_{n:03d}.xlsx", [t], "在留資格台帳")


def drivers_register(kit: Kit, n: int) -> Doc:
    t = Table().add("所属", "氏名", "免許証番号", "免許の種類", "有効期限", "社有車")
    for _ in range(kit.between(8, 25)):
        p = kit.person(foreign=0.05)
        number = idnums.drivers_license(kit.rng)
        written = kit.pick([number, f"第{number}号", idnums.grouped(number, (4, 4, 4), " ")])
        t.add(kit.pick(["配送課", "営業一課", "施設管理"]), kit.name(p), Mark(written, "DRIVERS_LICENSE"),
              kit.pick(["普通", "中型", "準中型", "大型・けん引"]),
              kit.not_birth(kit.day(date(2027, 1, 1), 1500), "expiry_date", "era"),
              negative(f"品川 {kit.between(300, 599)} {kit.pick('あいうえか')} {kit.between(10, 99)}-{kit.between(10, 99)}",
                       "PHONE", "vehicle_number"))
    return delimited_doc(f"総務/車両/運転者台帳_{n:03d}.csv", t, "運転者台帳", encoding=kit.pick(["cp932", "utf-8-sig"]))


def insurance_cards(kit: Kit, n: int) -> Doc:
    t = Table(name="回収", title=["健康保険証 回収記録（退職者）"])
    t.add("氏名", "保険者番号", "記号", "番号", "生年月日", "資格喪失日", "回収日")
    for _ in range(kit.between(5, 15)):
        p = kit.person(foreign=0.08)
        lost = kit.day(date(2026, 3, 31), 180)
        t.add(kit.name(p), Mark(idnums.insurer_number(kit.rng), "HEALTH_INSURANCE_NUMBER"),
              f"{kit.between(1, 999)}", f"{kit.between(1, 9999)}", kit.birth(p, "era"),
              kit.not_birth(lost, "loss_date", "slash"), kit.not_birth(lost, "return_date", "slash"))
    return xlsx_doc(f"総務/社会保険/保険証回収_{n:03d}.xlsx", [t], "保険証回収")


def membership_form(kit: Kit, n: int) -> Doc:
    p = kit.person(foreign=0.08)
    card = idnums.card_number(kit.rng)
    groups = (4, 6, 5) if len(card) == 15 else (4, 6, 4) if len(card) == 14 else (4, 4, 4, 4)
    t = Text().add("フィットネスクラブ　ウェルネス21　入会申込書").add("")
    t.add("お名前　", kit.name(p), "　（", kit.name(p, "kana"), "）")
    t.add("生年月日　", kit.birth(p), "　性別　", p.sex)
    t.add("ご住所　", kit.postal(p), "　", kit.address(p))
    t.add("お電話　", kit.phone(p), "　メール　", kit.email(p))
    t.add("お支払方法　クレジットカード")
    t.add("カード番号　", Mark(idnums.grouped(card, groups, kit.pick(["-", " "])), "CREDIT_CARD"),
          "　有効期限　", f"{kit.between(1, 12):02d}/{kit.between(27, 31)}")
    t.add("会員番号　", negative(f"W{kit.between(100000, 999999)}", "PASSPORT", "member_number"))
    if kit.chance(0.5):
        return pdf_doc(f"営業/会員/入会申込書_{n:03d}.pdf", t, "入会申込書")
    return docx_doc(f"営業/会員/入会申込書_{n:03d}.docx", [t], "入会申込書")


def pension_claim(kit: Kit, n: int) -> Doc:
    p = kit.person(foreign=0.0, oldest=1955, youngest=1962)
    pension = idnums.pension_number(kit.rng)
    t = Table().add("請求者氏名", kit.name(p)).add("生年月日", kit.birth(p, "era"))
    t.add("基礎年金番号", Mark(f"{pension[:4]}-{pension[4:]}", "BASIC_PENSION_NUMBER"))
    t.add("個人番号", Mark(idnums.grouped(p.my_number, (4, 4, 4), " "), "MY_NUMBER"))
    t.add("住民票コード", Mark(idnums.resident_record_code(kit.rng), "RESIDENT_RECORD_CODE"))
    t.add("住所", (kit.postal(p, "mark_hyphen"), " ", kit.address(p)))
    t.add("受取口座", ("ゆうちょ銀行 記号 ", *_yucho(kit)))
    head = Text().add("年金請求書（記入控）").add("老齢基礎年金・老齢厚生年金の請求にあたり、以下のとおり記入した。")
    return docx_doc(f"総務/年金/年金請求_{n:03d}.docx", [head, t], "年金請求書控")


def _yucho(kit: Kit) -> tuple:
    mark, number = idnums.yucho(kit.rng)
    return mark, " 番号 ", Mark(number, "BANK_ACCOUNT")
