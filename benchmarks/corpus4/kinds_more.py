"""More habits: 給与振込口座の一覧 over two sheets (銀行, ゆうちょ), a sports club's
card payments in CP932 CSV, 住所変更届 typed as a letter with the address broken
over two lines, and the 年末調整 submissions zipped per department inside a zip."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2.formats import delimited_doc, text_doc, xlsx_doc, zip_doc
from benchmarks.corpus2.truth import Doc, Mark, Table, Text, negative, person
from benchmarks.corpus4 import kinds_pay, numbers
from benchmarks.corpus4.clerk import Clerk

BANKS = [("ひかり銀行", "0151"), ("北斗銀行", "0187"), ("あさひ信用金庫", "1234"), ("みなづき信用組合", "2213")]


def salary_accounts(c: Clerk, n: int) -> Doc:
    """給与振込口座一覧: a 銀行 sheet and a ゆうちょ sheet (記号・番号); the company's own account."""
    banks = Table(name="銀行").add("社員番号", "氏名", "口座名義カナ", "銀行名", "支店", "種別", "口座番号")
    post = Table(name="ゆうちょ").add("社員番号", "氏名", "記号", "番号")
    for k in range(c.between(4, 7)):
        p = c.someone()
        bank = c.pick(BANKS)
        banks.add(f"{3100 + k}", c.name(p), c.name(p, "kana"), f"{bank[0]}（{bank[1]}）", c.pick(["本店", "駅前", "楡原"]),
                  c.pick(["普通", "普通", "当座"]), Mark(numbers.account(c.rng), "BANK_ACCOUNT"))
        if c.chance(0.5):
            q = c.someone()
            post.add(f"{3200 + k}", c.name(q), Mark(f"1{numbers.digits(c.rng, 3)}0", "BANK_ACCOUNT", optional=True),
                     Mark(numbers.digits(c.rng, 7) + "1", "BANK_ACCOUNT"))
    banks.add("", "（振込元）", c.office().name, "ひかり銀行", "本店", "当座",
              negative(numbers.account(c.rng), "BANK_ACCOUNT", "company_account"))
    return xlsx_doc(f"経理/給与/振込口座一覧_{n:02d}.xlsx", [banks, post], "salary_accounts")


def club_payments(c: Clerk, n: int) -> Doc:
    """A sports club's monthly card payments, CP932 CSV with every field quoted."""
    table = Table(title=["スポーツクラブ アクアリーフ 月会費カード決済一覧"])
    table.add("会員番号", "姓", "名", "セイ", "メイ", "生年月日", "カード番号", "有効期限", "決済日", "コース")
    for _ in range(c.between(5, 8)):
        p = c.someone()
        table.add(negative(numbers.contract_like_my_number(c.rng), "MY_NUMBER", "member_number"), *_split(p),
                  c.birth(p, "slash"),
                  Mark(numbers.card_as(numbers.card(c.rng), c.pick(["space", "bare"])), "CREDIT_CARD"),
                  f"{c.between(1, 12):02d}/{c.between(27, 31)}",
                  c.not_birth(date(2026, 11, c.between(1, 28)), "payment_date", "slash"), c.pick(["デイ", "フル", "ナイト"]))
    return delimited_doc(f"クラブ/決済/カード決済_{n:02d}.csv", table, "club_payments", quote_all=True)


def address_change(c: Clerk, n: int) -> Doc:
    """住所変更届 typed as a letter: the new address broken over two lines."""
    p, office = c.someone(), c.offices[7]
    head = p.home.prefecture + p.home.city + p.home.town
    rest = p.home.written("kanji")[len(head):]
    text = Text().add("総務部 御中").add("")
    text.add("住所変更届").add("")
    text.add("所属：", c.pick(["営業一課", "製造二課", "経理課"]), "　氏名：", c.name(p, c.pick(["kanji", "wide"])))
    text.add("転居日：", c.not_birth(date(2026, c.between(6, 11), c.between(1, 28)), "moving_date", "era"))
    text.add("新住所：", c.postal(p, "mark"), "　", Mark(head, "ADDRESS"))
    text.add("　　　　", Mark(rest, "ADDRESS", optional=True))
    text.add("住民票コード：", Mark(numbers.resident_code(c.rng), "RESIDENT_RECORD_CODE"))
    text.add("新しい電話：", c.phone(p, cell=False), "／携帯 ", c.phone(p, cell=True))
    text.add("通勤経路：", c.pick(["JR", "私鉄", "バス"]), "で", c.pick(["楡原駅", "萩野台駅", "銀杏坂駅"]), "から")
    text.add("").add(f"{office.name} 総務部 受付")
    return text_doc(f"総務/住所変更/住所変更届_{n:03d}.txt", text, "address_change", encoding=c.pick(["cp932", "utf-8"]),
                    newline="\r\n")


def year_end_zip(c: Clerk, n: int) -> Doc:
    """年末調整の提出物: a zip per department inside the office's zip."""
    inner = []
    for dept in ("営業部", "製造部"):
        members = [kinds_pay.gensen_form(c, 100 * n + k).renamed(f"{dept}/源泉徴収票_{k}.ods") for k in range(1, 3)]
        members.append(kinds_pay.shikaku_draft(c, 100 * n).renamed(f"{dept}/取得届.tsv"))
        inner.append(zip_doc(f"{dept}.zip", members, "year_end_zip"))
    return zip_doc(f"経理/提出物/年末調整_{n:02d}.zip", inner, "year_end_zip")


def _split(p) -> list:
    """A name split across cells: 姓 | 名 | セイ | メイ."""
    if p.abroad:
        family, _, given = p.abroad[1].partition("・")
        return [person(family), person(given), "", ""]
    return [person(p.family[0]), person(p.given[0]), person(p.family[1]), person(p.given[1])]
