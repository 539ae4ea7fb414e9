"""Groups' papers: 留学生・技能実習生の管理表 (in a 7z with their cards' list),
人事異動の内示メール forwarded with the original attached, 議員後援会・宗教法人・労組の
会計資料, and 裁判・示談・労災の経過メモ."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2.formats import eml_doc, text_doc, xlsx_doc
from benchmarks.corpus2.truth import Doc, Mark, Table, Text, person, sensitive
from benchmarks.corpus4 import numbers
from benchmarks.corpus4.clerk import Clerk
from benchmarks.corpus4.sayings import INJURIES
from benchmarks.corpus4.writers import hidden_xlsx_doc, ods_doc, rtf_doc, semicolon_doc, sevenzip_doc

POSTS = ["営業二課 課長代理", "品質保証部 主任", "大阪支店 副支店長", "物流センター 係長", "総務部 人事係"]


def _trainee_sheet(c: Clerk, n: int) -> Doc:
    table = Table(name="実習生").add("氏名（ローマ字）", "カタカナ", "国籍", "生年月日", "旅券番号", "在留カード番号", "在留期限",
                                      "携帯")
    for _ in range(c.between(4, 7)):
        p = c.someone(abroad=True, young=True)
        table.add(c.name(p, "romaji"), c.name(p, "kana"), sensitive(p.abroad[4], "人種・民族", optional=True),
                  c.birth(p, "slash"), Mark(numbers.foreign_passport(c.rng), "PASSPORT"),
                  Mark(numbers.residence_card(c.rng), "RESIDENCE_CARD"),
                  c.not_birth(date(2027, c.between(1, 12), c.between(1, 28)), "card_expiry", "slash"),
                  c.phone(p, cell=True))
    return ods_doc(f"実習生管理表_{n:02d}.ods", [table], "trainees")


def trainees(c: Clerk, n: int) -> Doc:
    """A 7z the supervising body sends: the ledger (ods) and a note on who needs what."""
    sheet = _trainee_sheet(c, n)
    p = c.someone(abroad=True, young=True)
    note = Text().add("監理団体より　生活指導メモ")
    note.add(c.name(p, "kana"), "さん：", c.said("宗教", "病歴", "人種・民族"), "。寮の食事に配慮をお願いします。")
    note.add("日本人の窓口：", c.name(c.someone(), "kanji"), "（", c.phone(c.someone(), cell=True), "）")
    memo = text_doc("生活指導メモ.txt", note, "trainees", encoding="utf-8")
    return sevenzip_doc(f"技能実習/受入れ_{n:02d}.7z", [sheet, memo], "trainees")


def transfer_mail(c: Clerk, n: int) -> Doc:
    """人事異動の内示: the original mail (with its list) attached to a forward."""
    boss, moved = c.someone(), [c.someone() for _ in range(c.between(2, 4))]
    sheet = Table(name="内示").add("氏名", "現所属", "新所属", "発令日", "備考")
    for p in moved:
        sheet.add(c.name(p), c.pick(POSTS), c.pick(POSTS), c.not_birth(date(2027, 4, 1), "effective_date", "slash"),
                  c.said("病歴", "障害") if c.chance(0.3) else "")
    listing = xlsx_doc("内示一覧.xlsx", [sheet], "transfer_mail")
    first = c.pick(moved)
    body = Text().add(c.name(first, "family"), "さん").add("")
    body.add("来年4月1日付の異動について内示します。詳細は添付のとおりです。")
    body.add("家庭の事情（", c.said("病歴", "犯罪被害"), "）は考慮済みです。").add("")
    body.add(c.name(boss, "kanji"))
    office = c.office()
    sender = Mark(f"jinji-{n}@{office.domain}", "EMAIL", optional=True)
    original = eml_doc("内示.eml", "transfer_mail", {"From": (sender,), "To": (c.email(first),),
                                                     "Subject": ("【内示】人事異動について",)}, body, [listing])
    cover = Text().add("課長各位").add("先ほどの内示メールを転送します。取扱注意。")
    return eml_doc(f"メール/内示転送_{n:02d}.eml", "transfer_mail", {"From": (sender,), "Subject": ("Fwd: 【内示】人事異動について",)},
                   cover, [original])


def supporters_accounts(c: Clerk, n: int) -> Doc:
    """議員後援会の収支報告 下書き: donors with address and job (the membership says 信条)."""
    table = Table(name="寄附者")  # the politician's name (a public figure's) may be reported or not
    table.add(person(c.pick(["みなみ一郎", "ひがし花子"]), optional=True), "後援会 令和8年 寄附者一覧（非公開）")
    table.add("寄附者氏名", "〒", "住所", "職業", "金額", "受領日", "会員区分")
    for _ in range(c.between(5, 8)):
        p = c.someone(old=c.chance(0.5))
        table.add(c.name(p), c.postal(p, "plain"), c.address(p, with_prefecture=False),
                  c.pick(["会社役員", "農業", "自営業", "無職"]), f"{c.between(1, 15)}0,000",
                  c.not_birth(date(2026, c.between(1, 11), c.between(1, 28)), "received_date", "slash"),
                  sensitive(c.pick(["後援会 幹事", "後援会 正会員", "後援会女性部"]), "信条"))
    return xlsx_doc(f"後援会/会計/寄附者一覧_{n:02d}.xlsx", [table], "supporters_accounts")


def religious_accounts(c: Clerk, n: int) -> Doc:
    """宗教法人の会計資料: 献金・護持会費 by member."""
    table = Table(name="護持会費").add("信徒名", "世帯", "郵便番号", "住所", "電話", "年会費", "入信", "納入日")
    for _ in range(c.between(5, 8)):
        p = c.someone(old=True)
        table.add(c.name(p), c.pick(["2名", "3名", "単身"]), c.postal(p, "bare"), c.address(p), c.phone(p, cell=False),
                  "12,000",
                  sensitive(f"{c.pick(['昭和', '平成'])}{c.between(2, 30)}年に入信", "宗教"),
                  c.not_birth(date(2026, c.between(1, 11), c.between(1, 28)), "paid_date", "slash"))
    return ods_doc(f"宗教法人/会計/護持会費_{n:02d}.ods", [table], "religious_accounts")


def union_accounts(c: Clerk, n: int) -> Doc:
    """労組の会計: 組合費 and 闘争カンパ by member, exported with semicolons in CP932."""
    table = Table().add("組合員", "職場", "役職", "組合費", "カンパ", "口座（返金用）")
    for _ in range(c.between(5, 8)):
        p = c.someone()
        officer = c.chance(0.6)  # a plain 組合員 in the union's own list: may be reported or not
        role = sensitive(c.pick(["分会長", "執行委員", "青年部長", "書記", "職場委員"]) if officer else "組合員", "労働組合",
                         optional=not officer)
        table.add(c.name(p), c.pick(["第一工場", "本社", "物流"]), role, "3500", f"{c.between(1, 5)}000",
                  Mark(numbers.account(c.rng), "BANK_ACCOUNT"))
    return semicolon_doc(f"労組/会計/組合費_{n:02d}.csv", table, "union_accounts")


def case_memo(c: Clerk, n: int) -> Doc:
    """裁判・示談・労災の経過メモ: RTF from a lawyer's office, each step a paragraph."""
    client, other = c.someone(), c.someone()
    lead = Text().add(f"事件メモ（{c.pick(['示談交渉', '労災申請', '損害賠償請求'])}）　整理番号 {n:03d}")
    lead.add("依頼者：", c.name(client, "kanji"), "（", c.birth(client, "era_short"), "生）　", c.phone(client))
    lead.add("本籍：", sensitive(c.someone().home.written("kanji", with_building=False), "本籍", also=("ADDRESS",)))
    lead.add("経過：依頼者は", c.said("犯罪被害"), "。相手方 ", c.name(other, "kanji"), " は", c.said("犯罪歴"), "。")
    lead.add("労災の件：", sensitive(c.pick(INJURIES), "病歴"), "。持病（", c.said("病歴", "健康診断結果"),
             "）との関係は主治医の意見書待ち。")
    lead.add("次回期日：", c.not_birth(date(2027, c.between(1, 3), c.between(1, 28)), "hearing_date", "era"))
    return rtf_doc(f"法律事務所/経過メモ_{n:03d}.rtf", lead, None, "case_memo")


def students_abroad(c: Clerk, n: int) -> Doc:
    """日本語学校の留学生管理表: 在籍 and a hidden 退学者 sheet; アルバイト先 and 出席率 as notes."""
    sheets = []
    for name in ("在籍", "退学者"):
        table = Table(name=name).add("学籍番号", "氏名", "フリガナ", "国籍", "生年月日", "在留カード番号", "旅券番号",
                                     "アルバイト先", "メモ")
        for k in range(c.between(3, 6)):
            p = c.someone(abroad=True, young=True)
            table.add(f"J{2026}{k + 10 * n:03d}", c.name(p, c.pick(["romaji", "kanji"])), c.name(p, "kana"),
                      sensitive(p.abroad[4], "人種・民族", optional=True), c.birth(p, c.pick(["slash", "kanji_west"])),
                      Mark(numbers.residence_card(c.rng), "RESIDENCE_CARD"),
                      Mark(numbers.foreign_passport(c.rng), "PASSPORT"),
                      c.pick(["コンビニ", "弁当工場", "なし"]),
                      c.said("人種・民族") if k == 0 else c.said("宗教", "病歴") if c.chance(0.3) else "")
        sheets.append(table)
    return hidden_xlsx_doc(f"日本語学校/留学生管理表_{n:02d}.xlsx", sheets, "students_abroad", hidden_sheets=("退学者",))
