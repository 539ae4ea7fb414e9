"""Money owed and claimed: a landlord's 家賃滞納者リスト and the caller's 督促メモ, an
insurance claim form in Word, and removal-quote requests as a web form mails them,
kept in a Maildir."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2.formats import docx_doc, eml_doc, text_doc, xlsx_doc
from benchmarks.corpus2.truth import Doc, Mark, Table, Text, negative, sensitive
from benchmarks.corpus5 import numbers
from benchmarks.corpus5.offices import Clerk
from benchmarks.corpus5.pages import maildir_name
from benchmarks.corpus5.voices import not_a_person, phrases

BANKS = ["みちのく銀行", "北越信用金庫", "東濃銀行", "伊予商工信用組合", "肥後中央銀行"]


def arrears_list(k: Clerk, n: int) -> Doc:
    """The rent arrears of a managed block: building first, the tenant, the guarantor,
    the account the rent should come from, when they were last asked."""
    agent = k.body("estate")
    table = Table(name="滞納者", title=[f"家賃滞納者リスト　{agent.name}　作成 令和8年{k.between(6, 11)}月"])
    table.add("物件・部屋", "契約者", "連絡先", "連帯保証人", "保証人連絡先", "滞納月数", "滞納額", "引落口座", "最終督促日")
    for _ in range(k.between(6, 10)):
        tenant, guarantor = k.folk(abroad=k.chance(0.1)), k.folk(age="old")
        bank = f"{k.pick(BANKS)} {k.pick(['本店', '駅前支店', '中央支店'])} 普通 "
        table.add(k.address(tenant, "building_first"), k.name(tenant), k.phone(tenant, "mobile"),
                  k.name(guarantor), k.phone(guarantor, "home"), f"{k.between(2, 7)}か月",
                  f"{k.between(10, 60) * 5000:,}円", (bank, Mark(numbers.account(k.rng), "BANK_ACCOUNT")),
                  k.other_day(date(2026, k.between(5, 11), k.between(1, 28)), "reminder_date", "slash"))
    table.add("振込先（当社）", f"{k.pick(BANKS)} 本店 当座", agent.account_mark(), "", "", "", "", "", "")
    return xlsx_doc(f"不動産/滞納/滞納者リスト_{n:02d}.xlsx", [table], "arrears_list")


def dunning_memo(k: Clerk, n: int) -> Doc:
    """The caller's notes: one line a call, who answered, what was promised."""
    tenant, guarantor = k.folk(), k.folk(age="old")
    agent = k.body("estate")
    text = Text().add("督促メモ　", k.name(tenant), " 様（", k.address(tenant, k.pick(["building_first", "no"])), "）")
    for _ in range(k.between(4, 7)):
        day = date(2026, k.between(7, 11), k.between(1, 28))
        when = k.other_day(day, "call_date", "slash")
        line = k.pick([
            (when, " 携帯 ", k.phone(tenant, "mobile", "hyphen"), " に架電、留守電。折返し依頼。"),
            (when, " 保証人 ", k.name(guarantor), " 氏宅 ", k.phone(guarantor, "home"), " へ連絡、本人に伝えるとのこと。"),
            (when, " 本人から入電（", k.phone(tenant, "ip"), "）。月末に半額入金すると約束。"),
            (when, " 訪問、不在。ドアにお知らせを投函。"),
        ])
        text.add(*line)
    if k.chance(0.3):
        text.add(negative(k.pick(not_a_person("typhoon")), "PERSON", "typhoon"), "の影響で現場が止まり、入金が遅れたとのこと。")
    if k.chance(0.35):
        category = k.pick(["病歴", "犯罪被害"])
        text.add("本人談：", sensitive(k.pick(phrases(category, "clerk")), category), "ので仕事を減らしている。")
    text.add("担当：", k.name(k.folk(), "surname"), "（", agent.name, " ", agent.phone_mark(), "）")
    return text_doc(f"不動産/滞納/督促メモ_{n:02d}.txt", text, "dunning_memo", encoding="cp932", newline="\r\n")


def claim_form(k: Clerk, n: int) -> Doc:
    """An insurance claim typed into the insurer's Word form: the insured, the accident,
    the driver's licence, the account to pay into."""
    p, insurer = k.folk(), k.body("insurer")
    head = Text().add(f"保険金請求書（{insurer.name} 御中）")
    head.add("証券番号：", negative(f"{k.between(10, 99)}-{numbers.digits(k.rng, 4)}-{numbers.digits(k.rng, 4)}", "PHONE",
                                 "policy_number"))
    table = Table().add("項目", "記入欄")
    table.add("被保険者氏名", k.name_parts(p)).add("フリガナ", k.name(p, "kana"))
    table.add("生年月日", k.birth(p, k.pick(["era", "western", "two_kanji"])))
    table.add("住所", (k.postal(p, "mark"), "　", k.address(p)))
    table.add("電話番号", (k.phone(p, "home"), "（自宅）／", k.phone(p, "mobile"), "（携帯）"))
    table.add("事故日", k.other_day(date(2026, k.between(3, 10), k.between(1, 28)), "accident_date", "era"))
    if k.chance(0.5):
        table.add("事故の状況", ("駐車中に当て逃げされ、", sensitive(k.pick(phrases("犯罪被害", "lawyer")), "犯罪被害")))
    else:
        table.add("事故の状況", "交差点で右折待ちの際に後方から追突された")
    table.add("傷病名・通院先", sensitive(k.pick(["頸椎捻挫で整形外科に週2回通院", "右手首骨折でギプス固定4週間"]), "病歴"))
    table.add("運転免許証番号", Mark(numbers.licence(k.rng), "DRIVERS_LICENSE"))
    table.add("振込口座", (f"{k.pick(BANKS)} {k.pick(['北支店', '本店'])} 普通 ", Mark(numbers.account(k.rng), "BANK_ACCOUNT"),
                       " 名義 ", k.name(p, "kana")))
    tail = Text().add("事故受付センター ", insurer.free_mark(), "（24時間）")
    return docx_doc(f"保険/請求書/請求書_{n:03d}.docx", [head, table, tail], "claim_form")


def moving_quote(k: Clerk, n: int) -> Doc:
    """A removal firm's quote request, as the web form mails it, in a Maildir."""
    p, mover = k.folk(abroad=k.chance(0.2)), k.folk()
    firm = k.body("mover")
    body = Text().add("お見積り依頼を受け付けました。").add("")
    body.add("お名前：", k.name(p, "kanji" if p.abroad is None else "romaji"))
    body.add("現住所：", k.postal(p, "plain"), " ", k.address(p, k.pick(["plain", "romaji", "building_first"])))
    body.add("新住所：", Mark(mover.place.written(k.pick(["ban", "no"])), "ADDRESS"))
    body.add("電話番号：", k.phone(p, "mobile", "bare"))
    body.add("メール：", k.email(p))
    body.add("引越し希望日：", k.other_day(date(2027, k.between(1, 3), k.between(1, 28)), "moving_date", "slash"))
    body.add("").add("--").add(firm.name, "　フリーダイヤル ", firm.free_mark())
    headers = {"From": (f"form@{firm.domain}",), "To": (f"eigyo@{firm.domain}",), "Subject": ("【見積依頼】Web受付",)}
    return eml_doc(f"引越/Maildir/{maildir_name(n)}", "moving_quote", headers, body)
