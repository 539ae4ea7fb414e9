"""Front-office records: a call centre's 顧客対応記録 (free text with family names,
address changes, refunds, incidents), a reception's 来訪者記録 (companies named
after families, number plates), and 宛名リスト with 〒 without a hyphen and the
address split over two columns."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2 import beliefs, idnums
from benchmarks.corpus2.formats import delimited_doc, xlsx_doc
from benchmarks.corpus2.health import ILLNESSES
from benchmarks.corpus2.kinds_pay import BANKS, BRANCHES
from benchmarks.corpus2.kit import Kit
from benchmarks.corpus2.people import Person
from benchmarks.corpus2.truth import Doc, Mark, Table, negative, person, sensitive

FAMILY_COMPANIES = ["株式会社大橋製作所", "菅原精機株式会社", "有限会社小野寺組", "須藤電設株式会社", "北村医院",
                    "武田薬局", "安藤運輸株式会社", "野口建設", "春日井ビルサービス"]


def _support_note(kit: Kit, p: Person) -> tuple:
    """The 内容 cell: what the customer asked, in the operator's words."""
    spouse = kit.person(surname=(p.surname, p.surname_kana), sex="女" if p.sex == "男" else "男")
    bank, _ = kit.pick(BANKS)
    choices = [
        ("住所変更の依頼。新住所は", kit.postal(p, "mark"), " ", kit.address(p), "。請求書の送付先も変更済み。"),
        ("ご主人" if spouse.sex == "男" else "奥様", "の", person(spouse.given), "様より入電。契約者本人が",
         sensitive(f"{kit.pick(ILLNESSES)[0]}で入院中", "病歴"), "のため代理で手続きしたいとのこと。委任状を送付。"),
        ("解約希望。返金先：", bank, " ", kit.pick(BRANCHES), " 普通 ", Mark(idnums.bank_account(kit.rng), "BANK_ACCOUNT"),
         "　名義 ", kit.name(p, "half_kana"), "。"),
        ("先月", sensitive(kit.pick(beliefs.VICTIM_PHRASES), "犯罪被害"), "とのことで、カード停止とあわせて再発行を受付。"),
        ("注文番号 ", negative(idnums.order_number_like_my_number(kit.rng), "MY_NUMBER", "order_number"),
         " の配送日を変更。", kit.phone(p, True), " へ折り返し済み。"),
        ("本人確認のため生年月日（", kit.birth(p), "）を確認のうえ、ログインIDを再発行。"),
        ("クレジットカード（", Mark(idnums.card_number(kit.rng), "CREDIT_CARD"), "）を",
         sensitive("不正利用されたとの申告", "犯罪被害"), "。カード会社へ連絡するよう案内。"),
        ("メールアドレス変更の依頼。新アドレス：", kit.email(p), "　確認メール送信済み。"),
    ]
    return kit.pick(choices)


def support_log(kit: Kit, n: int) -> Doc:
    t = Table(name="対応履歴").add("受付日時", "顧客番号", "お客様名", "電話番号", "内容", "対応者", "状態")
    staff = [kit.person(foreign=0.0) for _ in range(4)]
    for i in range(kit.between(12, 35)):
        p = kit.person(foreign=0.08)
        when = kit.day(date(2026, 8, 1), 90)
        t.add(f"{when:%Y/%m/%d} {kit.between(9, 18)}:{kit.between(0, 59):02d}", f"C{kit.between(1000000, 9999999)}",
              kit.name(p), kit.phone(p, style=kit.pick(["bare", "paren", "hyphen"])), _support_note(kit, p),
              person(kit.pick(staff).surname), kit.pick(["完了", "対応中", "折返し待ち"]))
    if kit.chance(0.5):
        return xlsx_doc(f"営業/お客様相談室/対応記録_{n:03d}.xlsx", [t], "顧客対応記録")
    return delimited_doc(f"営業/お客様相談室/taiou_{n:03d}.csv", t, "顧客対応記録", encoding="cp932")


def visitor_log(kit: Kit, n: int) -> Doc:
    t = Table(name="来訪者").add("日付", "入館", "退館", "会社名", "氏名", "人数", "面会者", "入館証", "車両番号")
    staff = [kit.person(foreign=0.0) for _ in range(5)]
    for _ in range(kit.between(15, 40)):
        p = kit.person(foreign=0.1)
        visited = kit.day(date(2026, 9, 1), 60)
        company = kit.pick(FAMILY_COMPANIES + ["個人"] * 2)
        plate = f"{kit.pick(['練馬', '品川', '多摩', '浜松', '沖縄'])} {kit.between(300, 599)} {kit.pick('さすせそたちつ')} " \
                f"{kit.between(10, 99)}-{kit.between(10, 99)}"
        t.add(f"{visited:%m/%d}", f"{kit.between(8, 16)}:{kit.between(0, 59):02d}", f"{kit.between(9, 18)}:{kit.between(0, 59):02d}",
              negative(company, "PERSON", "organisation") if company != "個人" else company,
              kit.name(p, kit.pick(["kanji", "kanji_tight", "surname"])), str(kit.between(1, 3)),
              person(kit.pick(staff).surname), f"V-{kit.between(1, 200):04d}",
              negative(plate, "PHONE", "vehicle_number") if kit.chance(0.5) else "")
    return delimited_doc(f"総務/受付/来訪者記録_{n:03d}.csv", t, "来訪者記録",
                         encoding=kit.pick(["cp932", "utf-8"]))


def mailing_list(kit: Kit, n: int) -> Doc:
    split = kit.chance(0.6)
    header = ["郵便番号", "住所1", "住所2", "宛名", "敬称"] if split else ["〒", "住所", "氏名", "電話"]
    t = Table().add(*header)
    style = kit.pick(["bare", "hyphen", "hyphen"])  # 宛名 software exports one way or the other
    for _ in range(kit.between(15, 50)):
        p = kit.person(foreign=0.08)
        a = p.address
        if split:
            t.add(kit.postal(p, style), Mark(f"{a.prefecture}{a.city}{a.town}", "ADDRESS"),
                  Mark(a.block + (" " + a.building if a.building else ""), "ADDRESS", optional=True),
                  kit.name(p), "様")
        else:
            t.add(kit.postal(p, kit.pick(["bare", "mark", "hyphen", "mark_hyphen"])), kit.address(p), kit.name(p, "kanji_full"),
                  kit.phone(p, False, kit.pick(["bare", "hyphen"])))
    if kit.chance(0.5):
        t.rows = t.rows[1:]  # printed labels: no header row at all
    encoding = kit.pick(["cp932", "utf-8-sig", "utf-16"])
    delimiter = kit.pick([",", "\t"])
    suffix = "csv" if delimiter == "," else "tsv"
    return delimited_doc(f"営業/DM/宛名リスト_{n:03d}.{suffix}", t, "宛名リスト", encoding=encoding, delimiter=delimiter)
