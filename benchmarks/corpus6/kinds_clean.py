"""Clean files of the sixth corpus's offices: no personal data, only their own
contact data and look-alikes (car and pet names, hotels and homes, health and
crime notices said of no one, the office's account and corporate number)."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2.formats import docx_doc, pdf_doc, text_doc, xlsx_doc
from benchmarks.corpus2.truth import Doc, Table, Text
from benchmarks.corpus5.pages import html_doc, markdown_doc
from benchmarks.corpus6.desk import Desk


def car_prices(d: Desk, n: int) -> Doc:
    shop = d.office("ネッツ翠嶺 {town}店", "netz-suirei.example.jp")
    table = Table(name="価格表").add("車種", "グレード", "型式", "車両本体価格", "納期目安")
    for _ in range(d.between(5, 9)):
        table.add(d.thing("car_model"), d.pick(["G", "Z", "X", "HYBRID X"]),
                  d.pick(["6AA-MXPK11", "5BA-GB7", "6BA-JF5"]),
                  f"{d.between(180, 520) * 10000:,}円", d.pick(["2か月", "4か月", "未定"]))
    table.title = [f"{shop.name} 新車価格表", f"お問い合わせ {shop.phone}"]
    return xlsx_doc(f"dealer/kakaku_{n:02d}.xlsx", [table], "car_prices")


def hotel_guide(d: Desk, n: int) -> Doc:
    hotel = d.office(d.thing("hotel_name").text, "hotel-gaen.example.jp")
    text = Text().add(hotel.name, " 館内のご案内 / Hotel Guide").add("フロント Front desk: ", hotel.tel("intl"))
    text.add("朝食 Breakfast 6:30–9:30（1F レストラン）").add(d.no_one("faith_notice"))
    text.add(d.no_one("facility_notice"))
    text.add("ご予約番号 ", d.number("booking_number", "MY_NUMBER", 12), " はチェックイン時にお伝えください")
    text.add(hotel.address())
    return html_doc(f"hotel/guide_{n:02d}.html", "hotel_guide", "館内案内", [text]) if n % 2 else \
        pdf_doc(f"hotel/guide_{n:02d}.pdf", text, "hotel_guide")


def gym_rules(d: Desk, n: int) -> Doc:
    gym = d.office("フィットネスクラブ ルミナ", "lumina-fit.example.jp")
    text = Text().add("会員規約（抜粋）").add("第5条 持病のある方は、医師の許可を得てからご利用ください。")
    text.add(d.no_one("health_notice")).add("第9条 会費は毎月27日に指定口座から引き落とします。")
    text.add("改定日 ", d.not_birth(date(2026, 4, 1), "revised_date", "era"))
    text.add(gym.name, " ", gym.tel(), " ", gym.mail())
    return docx_doc(f"gym/kiyaku_{n:02d}.docx", [text], "gym_rules")


def vet_notice(d: Desk, n: int) -> Doc:
    clinic = d.office("ひまわり動物病院", "himawari-ah.example.jp")
    text = Text().add("狂犬病予防注射・混合ワクチンのお知らせ").add("今月の看板犬：", d.thing("pet_name"), "（柴犬・3歳）")
    text.add("受付 ", clinic.tel(), "　", clinic.postal(), " ", clinic.address())
    text.add("実施期間 ", d.not_birth(d.day(date(2026, 4, 1), 60), "campaign_date", "slash"), " から")
    return text_doc(f"vet/oshirase_{n:02d}.txt", text, "vet_notice")


def tax_fees(d: Desk, n: int) -> Doc:
    office = d.office("宍倉会計事務所", "shishikura-tax.example.jp")
    table = Table().add("業務", "報酬（税込）").add("確定申告（給与・年金のみ）", "22,000円").add("不動産所得あり", "44,000円")
    table.add("振込先", ("ひびき銀行 本店 当座 ", office.bank())).add("法人番号", office.corporate())
    lead = Text().add(office.name, " 報酬規程").add(office.postal(), " ", office.address(), " ", office.tel())
    return markdown_doc(f"tax/houshu_{n:02d}.md", "tax_fees", lead, table)


def law_column(d: Desk, n: int) -> Doc:
    firm = d.office("弁護士法人 みなせ総合法律事務所", "minase-law.example.jp")
    text = Text().add("事務所だより 第", str(20 + n), "号").add(d.no_one("crime_notice"))
    text.add("刑事事件で前科がつくとどうなるか、よくご質問をいただきます。一般論としてご説明します。")
    text.add(d.no_one("union_notice"), "を", d.not_birth(d.day(), "seminar_date", "era"), "に開催します。")
    text.add("お問い合わせ：", firm.tel(), "　", firm.mail("office"))
    return pdf_doc(f"law/dayori_{n:02d}.pdf", text, "law_column") if n % 2 else \
        docx_doc(f"law/column_{n:02d}.docx", [text], "law_column")


def care_events(d: Desk, n: int) -> Doc:
    home = d.office(d.thing("facility_name").text, "care-sumire.example.jp")
    table = Table(name="行事予定").add("日付", "行事", "場所")
    for _ in range(d.between(5, 8)):
        table.add(d.not_birth(d.day(), "event_date", "slash"), d.pick(["敬老会", "音楽療法", "お花見ドライブ", "書道クラブ"]),
                  d.pick(["1Fホール", "中庭", "多目的室"]))
    table.title = [f"{home.name} 行事予定表", f"TEL {home.phone}"]
    return xlsx_doc(f"care/gyoji_{n:02d}.xlsx", [table], "care_events")
