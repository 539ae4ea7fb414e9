"""Corpus 15's mails, slides, archives, look-alike pages and clean files: a 公務員
exam school's slides, a gallery's artists list, a campground's bookings, union and
faith notes of a 造園 company, notices with no person, price lists."""

from __future__ import annotations

import random
from datetime import date

from benchmarks.corpus15 import formats, ids, marks
from benchmarks.corpus15.model import Doc, Table, Text, alias, fake, value
from benchmarks.corpus15.people import anyone, person
from benchmarks.corpus15.vocab import HEALTH_NOTICES, OWN_ORGS, PET_NAMES, THING_NAMES


def exam_school_slides(rng: random.Random, n: int) -> Doc:
    """公務員試験 cram school: a guidance deck with last year's passers (pptx)."""
    title = Text().add("公務員試験対策講座 合格体験報告会").add("会場：", fake("PERSON", rng.choice(THING_NAMES), "place"))
    passers = Text().add("昨年度の主な合格者")
    for _ in range(rng.randint(4, 7)):
        p = anyone(rng, (1998, 2004))
        passers.add(marks.name(p), f"さん（{rng.choice(['県庁', '市役所', '国税専門官', '警察官'])}）")
    contact = Text().add("個別相談のご予約")
    org, tel = rng.choice(OWN_ORGS)
    contact.add("事務局 ", fake("PHONE", tel, "own_contact"), " 受付 ", ids.not_birth(date(2027, 1, 10), 1, "event_date"))
    return formats.pptx(f"koumuin_juku/guidance_{n:02d}.pptx", [title, passers, contact])


def gallery_artists(rng: random.Random, n: int) -> Doc:
    """A gallery's artists list for a group show (csv with a title line)."""
    table = Table(["作家名", "本名", "生年", "連絡先", "振込口座"])
    for _ in range(rng.randint(8, 12)):
        p = anyone(rng, (1950, 2000))
        table.row(alias(rng.choice(["蒼月", "KIRIKO", "灯子", "山の人"])), marks.name(p),
                  marks.born(p, rng, (0, 6)), marks.email(p), ["ひばり銀行 普通 ", marks.account(rng)])
    return formats.csv_file(f"gallery/artists_{n:02d}.csv", table)


def campground_bookings(rng: random.Random, n: int) -> Doc:
    """A campground's reservation exports, headerless CSV members in a zip."""
    members = []
    for month in range(rng.randint(2, 3)):
        table = Table()
        for _ in range(rng.randint(5, 8)):
            p = anyone(rng, (1965, 2000))
            booking = fake("MY_NUMBER", ids.my_number_digits(rng), "booking_number")
            table.row(ids.not_birth(date(2026, 7 + month, rng.randint(1, 28)), 3, "stay_date"), booking, marks.name(p),
                      marks.phone(p.mobile, rng), marks.email(p), f"{rng.randint(1, 6)}名", rng.choice(["A区画", "B区画"]))
        members.append(formats.csv_file(f"{2026}{7 + month:02d}_予約.csv", table))
    return formats.archive(f"campground/bookings_{n:02d}.zip", members)


def landscaper_notes(rng: random.Random, n: int) -> Doc:
    """造園業 office: 申し送り about staff, union role and faith said in passing (txt)."""
    text = Text().add(f"申し送り帳 {n + 1}冊目")
    for _ in range(rng.randint(5, 9)):
        p = person(rng, (1955, 2000))
        said = marks.any_condition(rng, ["労働組合", "宗教", "信条", "犯罪被害", "病歴", "人種・民族", "犯罪歴"])
        text.add(marks.name(p), "は", said, "。", rng.choice(["本人了承の上で共有。", "現場配置で配慮。", "口外しないこと。"]))
    text.add("剪定の件、", fake("PERSON", rng.choice(THING_NAMES), "place"), "の松は来週。")
    return formats.txt(f"zouen/申し送り_{n:02d}.txt", text)


def food_delivery_mail(rng: random.Random, n: int) -> Doc:
    """A pharmacy's home delivery round mailed to the driver (plain mail, no attachment)."""
    body = Text().add("本日の配達先です。")
    for _ in range(rng.randint(5, 9)):
        p = person(rng, (1930, 1960))
        body.add(marks.name(p), "様 ", marks.address(p), " ", marks.phone(p.phone, rng), " ／ ",
                 value("SENSITIVE", rng.choice(DELIVERY_DRUGS), category="病歴"))
    body.add("不在時は", fake("PERSON", rng.choice(PET_NAMES), "pet"), "（犬）が吠えますが問題ありません。")
    mail = formats.message("yakkyoku@example.jp", "driver@example.jp", f"配達ルート {n}", body, n)
    return formats.eml(f"delivery/route_{n:02d}.eml", mail, body)


DELIVERY_DRUGS = ["インスリン注射液の定期配達", "抗てんかん薬の継続処方", "在宅酸素療法の消耗品", "抗がん剤の内服薬",
                  "抗うつ薬の処方"]


def health_notice(rng: random.Random, n: int) -> Doc:
    """A notice with health words and dates and no individual: look-alikes only."""
    text = Text().add("保健だより")
    for notice in rng.sample(HEALTH_NOTICES, 3):
        text.add(fake("SENSITIVE", notice, "health_notice"))
    text.add("実施日 ", ids.not_birth(date(2026, rng.randint(1, 12), rng.randint(1, 28)), 1, "event_date"))
    org, tel = rng.choice(OWN_ORGS)
    text.add(f"問合せ {org} ", fake("PHONE", tel, "own_contact"))
    return formats.txt(f"notices/hoken_{n:02d}.txt", text)


def price_list(rng: random.Random, n: int) -> Doc:
    """A product list whose codes pass check digits: look-alikes only."""
    table = Table(["品名", "商品コード", "伝票番号", "単価"])
    for _ in range(rng.randint(6, 10)):
        table.row(rng.choice(["剪定ばさみ", "芝の種", "腐葉土", "園芸手袋"]), ids.product_card_like(rng),
                  ids.order_number(rng), f"{rng.randint(3, 90) * 100}円")
    return formats.csv_file(f"catalogue/price_{n:02d}.csv", table)


CLEAN_LINES = ["施設の開館時間は9時から21時です。", "駐車場は60台分あります。", "年末年始は休館いたします。",
               "卓球台の予約はお電話でも承ります。", "区画の利用料は一泊三千円です。", "冬季は水道が凍結します。"]


def clean(rng: random.Random, n: int) -> Doc:
    text = Text().add("ご案内")
    for line in rng.sample(CLEAN_LINES, 4):
        text.add(line)
    doc = formats.txt(f"guide/annai_{n:02d}.txt", text) if n % 2 else formats.docx(f"guide/annai_{n:02d}.docx", text)
    doc.clean = True
    return doc
