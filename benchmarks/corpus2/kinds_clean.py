"""Files with no personal data at all, each with labelled look-alikes: a company
profile, a branch list, price and order lists whose numbers pass check digits, a
system-failure report, a health column, a union newsletter, a temple's event notice,
a privacy policy, a calendar, safety-committee minutes with no names, a manual."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2 import idnums
from benchmarks.corpus2.formats import delimited_doc, docx_doc, pdf_doc, text_doc, xlsx_doc
from benchmarks.corpus2.kinds_front import FAMILY_COMPANIES
from benchmarks.corpus2.kit import Kit
from benchmarks.corpus2.people import date_as
from benchmarks.corpus2.places import landline, make_address, phone_as
from benchmarks.corpus2.truth import Doc, Mark, Table, Text, negative, other_date


def _s(text: str, kind: str) -> Mark:
    return negative(text, "SENSITIVE", kind)


def company_profile(kit: Kit, n: int) -> Doc:
    org = kit.organisation()
    postal, address, phone, fax = org.contact_marks()
    t = Table().add("会社名", org.name).add("法人番号", negative(org.corporate_number, "MY_NUMBER", "corporate_number"))
    t.add("登録番号", negative(f"T{org.corporate_number}", "MY_NUMBER", "invoice_number"))
    t.add("本社所在地", (postal, " ", address)).add("代表電話", phone).add("FAX", fax)
    t.add("お問い合わせ", negative(f"info@{org.domain}", "EMAIL", "role_mailbox"))
    founded = date(1925 + kit.between(30, 60), 4, 1)
    t.add("設立", other_date(date_as(founded, "era"), founded, "founding_date"))
    t.add("資本金", negative(f"{kit.between(1, 90)},000万円", "BANK_ACCOUNT", "amount"))
    return docx_doc(f"公開/会社概要_{n:03d}.docx", [Text().add("会社概要"), t], "会社概要")


def branch_list(kit: Kit, n: int) -> Doc:
    t = Table(name="拠点", title=["拠点一覧"]).add("拠点名", "郵便番号", "所在地", "電話", "FAX")
    for branch in ["石神井営業所", "浜松工場", "那覇出張所", "高松物流センター", "弘前営業所"]:
        a = make_address(kit.rng)
        tel, fax = (phone_as(landline(kit.rng, a.area_code), len(a.area_code), "hyphen") for _ in range(2))
        t.add(branch, negative(a.postal_as("hyphen"), "POSTAL_CODE", "branch_postal"),
              negative(a.written(building=False), "ADDRESS", "branch_address"),
              negative(tel, "PHONE", "branch_phone"), negative(fax, "PHONE", "branch_fax"))
    return xlsx_doc(f"公開/拠点一覧_{n:03d}.xlsx", [t], "拠点一覧")


def price_list(kit: Kit, n: int) -> Doc:
    t = Table().add("品番", "品名", "JANコード", "定価", "備考")
    for _ in range(kit.between(15, 40)):
        code = kit.pick([idnums.passport(kit.rng), idnums.residence_card(kit.rng), f"HK-{kit.between(1000, 9999)}"])
        t.add(negative(code, "PASSPORT", "product_code"), kit.pick(["圧力計", "流量センサ", "温度調節器", "制御盤"]),
              negative(idnums.jan_code(kit.rng), "MY_NUMBER", "jan_code"),
              negative(f"{kit.between(1, 300) * 1000:,}", "BANK_ACCOUNT", "amount"), "")
    return delimited_doc(f"営業/価格表/価格表_{n:03d}.csv", t, "価格表", encoding=kit.pick(["cp932", "utf-8"]))


def order_list(kit: Kit, n: int) -> Doc:
    t = Table(name="受注").add("注文番号", "伝票番号", "得意先", "納品日", "金額")
    for _ in range(kit.between(15, 40)):
        t.add(negative(idnums.order_number_like_my_number(kit.rng), "MY_NUMBER", "order_number"),
              negative(idnums.luhn_ledger_number(kit.rng), "CREDIT_CARD", "slip_number"),
              negative(kit.pick(FAMILY_COMPANIES), "PERSON", "organisation"),
              kit.not_birth(kit.day(date(2026, 9, 1), 90), "delivery_date", "slash"),
              negative(f"{kit.between(10, 9000) * 100:,}", "BANK_ACCOUNT", "amount"))
    return xlsx_doc(f"営業/受注/受注一覧_{n:03d}.xlsx", [t], "受注一覧")


def failure_report(kit: Kit, n: int) -> Doc:
    t = Text().add(_s("基幹システム障害", "system_failure"), "報告書")
    t.add("発生日時：", kit.not_birth(kit.day(date(2026, 5, 1), 150), "incident_date", "slash"), " 02:14")
    t.add("事象：ストレージ装置の", _s("ディスク障害", "system_failure"), "により、受注システムが停止した。")
    t.add("影響：", _s("通信障害", "system_failure"), "のため拠点間のVPNが約40分断続的に切断。")
    t.add("対応：", _s("障害対応手順書", "system_failure"), "に従い待機系へ切替。再発防止策は別紙。")
    t.add("担当：情報システム部 運用グループ")
    return text_doc(f"情報システム/障害報告_{n:03d}.txt", t, "システム障害報告", encoding="utf-8")


def health_column(kit: Kit, n: int) -> Doc:
    t = Text().add("けんこうだより　秋号")
    t.add(_s("高血圧症は自覚症状がないまま進行します", "health_article"), "。塩分は1日6g未満を目標に。")
    t.add(_s("2型糖尿病の予防には食後の軽い運動が効果的です", "health_article"), "。")
    t.add(_s("γ-GTPが高いと判定された方は休肝日を", "health_article"), "設けましょう。")
    t.add(_s("インフルエンザの予防接種", "health_article"), "は11月中旬までに。")
    return pdf_doc(f"健康管理/お知らせ/けんこうだより_{n:03d}.pdf", t, "健康コラム")


def union_news(kit: Kit, n: int) -> Doc:
    t = Text().add("組合ニュース　No.318")
    t.add(_s("2026春闘の要求書を会社に提出しました", "union_notice"), "。")
    t.add(_s("団体交渉は3月5日に予定されています", "union_notice"), "。")
    t.add(_s("執行委員会では職場集会の日程を決定しました", "union_notice"), "。")
    return docx_doc(f"組合/ニュース/組合ニュース_{n:03d}.docx", [t], "組合ニュース")


def temple_notice(kit: Kit, n: int) -> Doc:
    a = make_address(kit.rng)
    t = Text().add("春季彼岸会のご案内")
    t.add(_s("檀信徒の皆様には", "religious_notice"), "益々ご清祥のこととお慶び申し上げます。")
    t.add("下記のとおり", _s("彼岸法要", "religious_notice"), "を営みますので、ご参詣ください。")
    t.add("浄土宗 西蓮寺　", negative(a.postal_as("mark"), "POSTAL_CODE", "temple_postal"), " ",
          negative(a.written(building=False), "ADDRESS", "temple_address"))
    return text_doc(f"寺院/お知らせ/彼岸会_{n:03d}.txt", t, "寺院行事案内", encoding="cp932", newline="\r\n")


def policy(kit: Kit, n: int) -> Doc:
    t = Text().add("個人情報取扱規程")
    t.add("第2条　この規程において「", _s("要配慮個人情報", "policy_text"), "」とは、", _s(
        "本人の人種、信条、社会的身分、病歴、犯罪の経歴、犯罪により害を被った事実", "policy_text"), "等をいう。")
    t.add("第8条　", _s("個人番号", "policy_text"), "は、法令で定める事務以外に利用してはならない。")
    t.add("第12条　", _s("健康診断の結果", "policy_text"), "は健康管理室で施錠保管する。")
    return docx_doc(f"規程/個人情報取扱規程_{n:03d}.docx", [t], "規程")


def calendar(kit: Kit, n: int) -> Doc:
    t = Table(name="行事", title=["2026年度　年間行事予定"]).add("行事", "日付")
    for event in ["入社式", "安全大会", "健康診断", "創立記念日", "棚卸", "仕事納め"]:
        t.add(event, kit.not_birth(kit.day(date(2026, 4, 1), 360), "event_date"))
    return xlsx_doc(f"総務/行事予定_{n:03d}.xlsx", [t], "行事予定")


def safety_minutes(kit: Kit, n: int) -> Doc:
    t = Text().add("安全衛生委員会　議事録")
    t.add("日時：", kit.not_birth(kit.day(date(2026, 6, 1), 120), "meeting_date", "era"))
    t.add("1. 職場巡視の結果、第二工場の通路に段差あり。改修を依頼。")
    t.add("2. ", _s("熱中症の疑いで救急搬送された事例が他社で発生", "health_notice"), "。水分補給の徹底を周知する。")
    t.add("3. ストレスチェックの受検率は87%。")
    return text_doc(f"総務/安全衛生/委員会議事録_{n:03d}.txt", t, "安全衛生議事録", encoding="utf-8")


def manual(kit: Kit, n: int) -> Doc:
    t = Text().add("デジタル圧力計 DP-300 取扱説明書")
    t.add("製造番号：", negative(f"SN{idnums.digits(kit.rng, 12)}", "MY_NUMBER", "serial_number"))
    t.add("お客様相談窓口：", negative("0120-555-014", "PHONE", "toll_free"), "（平日 9:00-17:00）")
    t.add("ナビダイヤル：", negative("0570-064-118", "PHONE", "navi_dial"))
    t.add("保証期間：お買い上げ日から1年間")
    return text_doc(f"公開/マニュアル/DP300_{n:03d}.txt", t, "取扱説明書", encoding="utf-8")
