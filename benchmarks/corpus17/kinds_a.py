"""Writers A: an animal hospital's owners, a removals firm, a calligraphy school, a
library's users, a theatre troupe, a 信用金庫 branch, a hotel banquet desk, an
insurance agency and a farmers' co-op shop."""

from __future__ import annotations

import random

from benchmarks.corpus16.model import Doc, Grid, Lines, decoy, val
from benchmarks.corpus17 import formats, ids, people
from benchmarks.corpus17.common import (Org, alias, any_name, born, booking_ref, company_like, corporate,
                                        event_date, founding, home, mail, my_number, name, notice, order_key,
                                        org_account, place_like, product_code, recipient, sensitive, tel, thing_like,
                                        when, zipcode)
from benchmarks.corpus17.people import person

PETS = [("ココ", "トイプードル"), ("大福", "柴犬"), ("ミント", "スコティッシュフォールド"), ("ゴン太", "雑種"), ("ルナ", "ミニチュアダックス"),
        ("きなこ", "ウサギ"), ("テツ", "フレンチブルドッグ"), ("モモ", "キジトラ"), ("ハル", "ゴールデンレトリバー")]


def animal_hospital(rng: random.Random, n: int) -> Doc:
    """Owners' ledger: one sheet of owners, one of visits (dates that are not births)."""
    org = Org(rng, "さくら通り動物病院", "sakura-ah.jp")
    owners = Grid("カルテNo", "飼い主氏名", "フリガナ", "電話", "携帯", "〒", "住所", "ペット名", "種類")
    visits = Grid("来院日", "カルテNo", "飼い主", "処置", "担当")
    for i in range(rng.randint(10, 15)):
        p = person(rng)
        pet, breed = rng.choice(PETS)
        no = f"A{rng.randint(1000, 9999)}"
        mobile = tel(rng, True) if rng.random() < 0.4 else ""
        owners.add(no, name(p, rng.choice(["kanji", "tight"])), name(p, "kana"), tel(rng, False), mobile,
                   zipcode(rng), home(rng), pet, breed)
        if rng.random() < 0.6:
            visits.add(event_date(rng, "slash"), no, name(p, "family"), rng.choice(["混合ワクチン", "爪切り", "皮膚炎の診察", "歯石除去"]),
                       rng.choice(["院長", "勤務医"]))
    visits.add("", "", "", [thing_like(rng), " 購入"], "")
    return formats.xlsx(f"animal_hospital/飼い主台帳_{n:02d}.xlsx",
                        [("飼い主", owners, f"{org.title} 飼い主台帳", [("飼い主", 1, 3), ("連絡先", 4, 7), ("ペット", 8, 9)]),
                         ("来院記録", visits, None)])


def animal_hospital_note(rng: random.Random, n: int) -> Doc:
    org = Org(rng, "さくら通り動物病院", "sakura-ah.jp")
    lines = Lines()
    org.letterhead(lines)
    lines.gap()
    for _ in range(rng.randint(4, 7)):
        p = person(rng)
        pet, breed = rng.choice(PETS)
        lines.put("■ ", any_name(rng, p), " 様（", pet, "・", breed, "）")
        lines.put("  連絡先 ", tel(rng), "  ", mail(rng, p))
        lines.put("  飼い主さんは", sensitive(rng, rng.choice(["障害", "病歴"])), "とのことで、送迎時は配慮をお願いします。")
        lines.put("  次回予約 ", event_date(rng, "west"))
    lines.gap().put("※", notice(rng))
    return formats.txt(f"animal_hospital/申し送り_{n:02d}.txt", lines, rng.choice(["utf-8", "cp932"]))


def removals(rng: random.Random, n: int) -> Doc:
    """A quote sent by mail with the survey sheet attached as CSV."""
    org = Org(rng, "株式会社つばさ引越センター", "tsubasa-hikkoshi.co.jp")
    p = person(rng)
    body = Lines()
    body.put(name(p), " 様")
    body.gap().put("この度はお見積りのご依頼ありがとうございました。担当の", name(person(rng), "family"), "です。")
    body.put("旧住所：", zipcode(rng), " ", home(rng))
    body.put("新住所：", zipcode(rng), " ", home(rng))
    body.put("作業日：", event_date(rng, "west"), "　見積番号 ", order_key(rng))
    body.put("当日のご連絡先 ", tel(rng, True), " でよろしいでしょうか。協力会社の", company_like(rng), "が同行します。")
    if rng.random() < 0.5:
        body.put("お母様が", sensitive(rng, "障害"), "と伺いましたので、エレベーター側から搬出いたします。")
    body.gap()
    org.letterhead(body)
    sheet = Grid("品目", "数量", "備考")
    for item in rng.sample(["冷蔵庫", "洗濯機", "本棚", "ベッド", "ピアノ", "段ボール"], 4):
        sheet.add(item, str(rng.randint(1, 20)), "")
    sheet.add("立会人", "1", [name(person(rng))])
    sheet.add("連絡先", "", [tel(rng, True)])
    attachment = formats.csv(f"見積明細_{n:02d}.csv", sheet, "cp932")
    return formats.eml(f"removals/mail/見積_{n:02d}.eml", org.sender(), recipient(rng, p),
                       "お引越しお見積りの件", body, when(rng), [attachment], f"rm{n}")


def calligraphy(rng: random.Random, n: int) -> Doc:
    """A calligraphy school's register: members with their 雅号 (pen names, optional)."""
    grid = Grid("会員番号", "氏名", "雅号", "生年月日", "住所", "電話", "級・段")
    pen = ["翠香", "雪舟庵", "春泉", "玄峰", "蘭渓", "松籟", "秋水", "白鷺"]
    for i in range(rng.randint(9, 13)):
        p = person(rng)
        grid.add(f"{rng.randint(100, 999)}", any_name(rng, p), alias(rng.choice(pen)) if rng.random() < 0.5 else "",
                 born(rng, p, rng.choice(["era", "abbr", "kanji"])), home(rng), tel(rng), rng.choice(["三段", "初段", "1級", "準初段"]))
    events = Grid("行事", "日程", "会場")
    events.add("書き初め大会", event_date(rng, "era"), [place_like(rng)])
    events.add("秋季競書展", event_date(rng, "era"), [place_like(rng)])
    return formats.xlsx(f"calligraphy/会員名簿_{n:02d}.xlsx", [("会員", grid, "墨游書道会 会員名簿"), ("行事", events, None)])


def calligraphy_form(rng: random.Random, n: int) -> Doc:
    """An application form in Word: a labelled table and a note."""
    p = person(rng)
    form = Grid("項目", "記入欄")
    form.add("ふりがな", name(p, "kana"))
    form.add("お名前", name(p, "kanji"))
    form.add("生年月日", born(rng, p))
    form.add("ご住所", [zipcode(rng), " ", home(rng)])
    form.add("お電話", tel(rng))
    form.add("メール", mail(rng, p))
    note = Lines().put("墨游書道会 入会申込書").put("健康上、配慮が必要なこと：", sensitive(rng, rng.choice(["病歴", "障害"])))
    note.put("申込日 ", event_date(rng, "era"))
    return formats.word(f"calligraphy/入会申込書_{n:02d}.docx", [note, form])


def library_users(rng: random.Random, n: int) -> Doc:
    """A library system's users export: CP932 CSV without a header."""
    grid = Grid()
    for _ in range(rng.randint(10, 16)):
        p = person(rng, young=rng.random() < 0.3)
        grid.add(f"{rng.randint(10 ** 9, 10 ** 10 - 1)}", name(p, "tight"), name(p, "kana"),
                 born(rng, p, rng.choice(["packed", "slash"])), zipcode(rng), home(rng), tel(rng, sep=rng.choice(["-", ""])),
                 rng.choice(["一般", "学生", "団体"]), event_date(rng, "slash"))
    return formats.csv(f"library/users_{n:02d}.csv", grid, "cp932")


def library_host(rng: random.Random, n: int) -> Doc:
    """The library's nightly host export: fixed-width CP932, no separators."""
    fields = [(10, "<"), (22, "<"), (12, "<"), (9, "<"), (40, "<"), (8, "<")]
    lines = Lines()
    lines.put("H", "LIBSYS OVERDUE EXPORT ", "20261130")
    for _ in range(rng.randint(12, 20)):
        p = person(rng)
        # the host pads fields with spaces: a name's gap is full-width, an address has no building
        row = [f"{rng.randint(10 ** 9, 10 ** 10 - 1)}", val("PERSON", p.kana("\u3000")), tel(rng, sep=""),
               born(rng, p, "packed"), val("ADDRESS", people.address(rng, False).split(" ")[0]),
               decoy("DATE_OF_BIRTH", f"2026{rng.randint(10, 11)}{rng.randint(10, 28)}", "event_date")]
        lines.put(*formats.fixed_width_text(fields, row))
    return formats.txt(f"library/host/OVERDUE{n:02d}.DAT", lines, "cp932", "\r\n")


def theatre_cast(rng: random.Random, n: int) -> Doc:
    """A troupe's cast and crew list in Word: real names, stage names optional."""
    cast = Grid("役", "芸名", "本名", "連絡先", "緊急連絡先")
    stage = ["朝霧ルイ", "早乙女カイ", "月城まどか", "一条レン", "星野ひばり", "椿サクラ", "黒羽ジン"]
    for role in rng.sample(["老婆", "漁師", "旅人", "村長", "娘", "語り手", "兵士", "医者"], 6):
        p = person(rng, young=True)
        cast.add(role, [alias(rng.choice(stage))], [any_name(rng, p)], [tel(rng, True)], [tel(rng)])
    note = Lines().put("劇団からくり座 第", str(30 + n), "回公演 キャスト・スタッフ表")
    p = person(rng)
    note.put("舞台監督の", name(p, "family"), "さんは", sensitive(rng, "病歴"), "のため、本番中は袖に控えます。")
    note.put("公演会場：", place_like(rng), "　初日 ", event_date(rng, "west"))
    return formats.word(f"theatre/キャスト表_{n:02d}.docx", [note, cast])


def theatre_mbox(rng: random.Random, n: int) -> Doc:
    org = Org(rng, "劇団からくり座 制作部", "karakuri-za.jp")
    messages = []
    for k in range(rng.randint(3, 5)):
        p = person(rng, young=True)
        body = Lines().put(name(p, "family"), "さん")
        body.put("チケット取り置きの件、", name(person(rng)), "様より連絡がありました。")
        body.put("折り返し先は ", tel(rng, True), "、メールは ", mail(rng, person(rng)), " です。")
        body.put("予約番号 ", booking_ref(rng), " で受付済み。")
        if rng.random() < 0.4:
            body.put("なお", name(person(rng), "family"), "さんは", sensitive(rng, "信条"), "とのこと、勧誘はご遠慮くださいとのことです。")
        staff = [val("EMAIL", f"{p.roman_family.lower()}@karakuri-za.jp")]
        messages.append((org.sender(), staff, "取り置き連絡", body, when(rng), (), f"th{n}{k}"))
    return formats.mbox(f"theatre/制作部_{n:02d}.mbox", messages)


def credit_union(rng: random.Random, n: int) -> Doc:
    """A 信用金庫 branch's loan applicants: accounts, licences, My Numbers."""
    org = Org(rng, "あけぼの信用金庫 東町支店", "akebono-shinkin.jp")
    grid = Grid("受付番号", "申込者", "生年月日", "普通預金 口座番号", "運転免許証番号", "個人番号", "勤務先電話")
    for _ in range(rng.randint(10, 14)):
        p = person(rng)
        grid.add(order_key(rng) if rng.random() < 0.6 else f"L{rng.randint(10000, 99999)}", any_name(rng, p),
                 born(rng, p, rng.choice(["era", "west", "abbr"])), val("BANK_ACCOUNT", ids.account(rng)),
                 val("DRIVERS_LICENSE", ids.licence(rng)), my_number(rng, rng.choice(["", " ", "-"])), tel(rng, False))
    own = Grid("当金庫", "値")
    own.add("法人番号", [corporate(org)])
    own.add("代表電話", [decoy("PHONE", org.phone, "org_phone")])
    own.add("当座（当金庫名義）", [org_account(rng)])
    return formats.xlsx(f"credit_union/融資申込_{n:02d}.xlsx", [("申込", grid, "融資申込受付簿"), ("店舗情報", own, None)])


def credit_union_pdf(rng: random.Random, n: int) -> Doc:
    """A printed account-opening slip: pages of labelled lines."""
    pages = []
    for _ in range(rng.randint(2, 3)):
        p = person(rng)
        page = Lines().put("口座開設申込書（控）")
        page.put("おなまえ ", name(p, "kanji"), "  フリガナ ", name(p, "kana"))
        page.put("生年月日 ", born(rng, p, "era"))
        page.put("ご住所 ", zipcode(rng), " ", home(rng))
        page.put("電話 ", tel(rng))
        page.put("口座番号 普通 ", val("BANK_ACCOUNT", ids.account(rng)))
        page.put("クレジットカード ", val("CREDIT_CARD", ids.grouped(ids.card(rng), (4, 4, 4, 4), "-")))
        page.put("受付日 ", event_date(rng, "west"))
        pages.append(page)
    return formats.pdf(f"credit_union/口座開設控_{n:02d}.pdf", pages)


def banquet(rng: random.Random, n: int) -> Doc:
    """A hotel banquet desk's booking mail with the guest list attached."""
    org = Org(rng, "ホテル湖月 宴会予約課", "kogetsu-hotel.jp")
    host = person(rng)
    body = Lines().put(name(host), " 様").gap()
    body.put("ご予約の祝賀会（", event_date(rng, "west"), "）の件でご連絡いたします。")
    body.put("ご招待客のうち、", name(person(rng)), "様は", sensitive(rng, "宗教"), "とのことで、お料理を別に手配いたします。")
    body.put("また", name(person(rng)), "様は", sensitive(rng, "障害"), "のため、入口近くのお席をご用意します。")
    body.put("会場：", place_like(rng), "　お問い合わせ番号 ", booking_ref(rng))
    body.put("ご予約保証のカード（", val("CREDIT_CARD", ids.card(rng)), "）を承っております。ポイント会員番号 ", product_code(rng))
    body.gap()
    org.letterhead(body)
    guests = Grid("No", "ご芳名", "ご住所", "お電話", "お食事")
    for i in range(rng.randint(8, 12)):
        g = person(rng)
        guests.add(str(i + 1), any_name(rng, g), home(rng), tel(rng), rng.choice(["洋食", "和食", "お子様"]))
    attachment = formats.csv(f"招待客_{n:02d}.csv", guests)
    return formats.eml(f"hotel_banquet/予約確認_{n:02d}.eml", org.sender(), recipient(rng, host),
                       "祝賀会ご予約の確認", body, when(rng), [attachment], f"bq{n}")


def banquet_english(rng: random.Random, n: int) -> Doc:
    """The desk writes to guests from abroad in English: given name first."""
    guest = person(rng)
    body = Lines().put("Dear ", name(guest, "western"), ",").gap()
    body.put("Thank you for booking the reception on ", event_date(rng, "dash"), ".")
    body.put("We have noted that you are ", val("SENSITIVE", rng.choice(["a practising Muslim and need halal meals",
                                                                          "a Hindu and do not eat beef",
                                                                          "an observant Jew and keep kosher"]), category="宗教"), ".")
    body.put("Your confirmation number is ", booking_ref(rng), ". Guest in your party: ", name(person(rng), "roman"), ".")
    back = val("PHONE", "+81 " + people.phone(rng, True, " ")[1:])
    body.put("If anything changes, please call us; we will call you back at ", back, ".")
    body.gap().put("Banquet Desk, Hotel Kogetsu")
    org = Org(rng, "Hotel Kogetsu Banquet Desk", "kogetsu-hotel.jp")
    return formats.eml(f"hotel_banquet/english_{n:02d}.eml", org.sender(), recipient(rng, guest),
                       "Your reception booking", body, when(rng), (), f"be{n}")


def banquet_page(rng: random.Random, n: int) -> Doc:
    """The desk's internal web page: a seating table."""
    grid = Grid("卓", "ご芳名", "ご連絡先", "備考")
    for t in range(rng.randint(8, 14)):
        g = person(rng)
        note = sensitive(rng, rng.choice(["病歴", "宗教"])) if rng.random() < 0.3 else "―"
        grid.add(f"{t % 6 + 1}番卓", [any_name(rng, g)], [tel(rng, True)], [note])
    head = Lines().put("当日の担当：宴会課 ", name(person(rng), "family")).put("ご案内：", notice(rng))
    return formats.html(f"hotel_banquet/席次_{n:02d}.html", "席次表（社内用）", [head, grid])


def insurance_agency(rng: random.Random, n: int) -> Doc:
    """An insurance agency's client sheet: health declarations and insurer numbers."""
    grid = Grid("契約者", "カナ", "生年月日", "保険者番号", "告知事項", "電話", "メール", "契約日")
    for _ in range(rng.randint(10, 14)):
        p = person(rng)
        grid.add(any_name(rng, p), name(p, "kana"), born(rng, p),
                 val("HEALTH_INSURANCE_NUMBER", ids.insurer(rng) if rng.random() < 0.7 else ids.kokuho(rng)),
                 sensitive(rng, rng.choice(["病歴", "健康診断結果", "病歴"])) if rng.random() < 0.6 else "なし",
                 tel(rng), mail(rng, p), event_date(rng, "slash"))
    codes = Grid("商品", "商品コード")
    for _ in range(3):
        codes.add(rng.choice(["医療保険", "がん保険", "自動車保険"]), [product_code(rng)])
    return formats.xlsx(f"insurance_agency/顧客一覧_{n:02d}.xlsx", [("顧客", grid, "みどり保険サービス 顧客一覧"), ("商品", codes, None)])


def insurance_json(rng: random.Random, n: int) -> Doc:
    """The agency's CRM export as JSON."""
    marks, records = [], []
    for _ in range(rng.randint(6, 10)):
        p = person(rng)
        fields = {"name": name(p), "birth": born(rng, p, "dash"), "tel": tel(rng), "email": mail(rng, p),
                  "address": home(rng), "memo": sensitive(rng, rng.choice(["病歴", "健康診断結果"])),
                  "policy_no": order_key(rng)}
        marks += list(fields.values())
        records.append({k: v.text for k, v in fields.items()} | {"status": rng.choice(["有効", "失効", "更新待ち"])})
    return formats.json_records(f"insurance_agency/crm_{n:02d}.json", {"exported": "2026-11-30", "clients": records}, marks)


def postal_account(rng: random.Random) -> str:
    """ゆうちょ: 記号 5 digits, 番号 8."""
    return f"1{rng.randint(0, 999):03d}0-{rng.randint(1, 9)}{ids.digits(rng, 6)}1"


def farm_stand(rng: random.Random, n: int) -> Doc:
    """A co-op shop's growers: CP932 CSV with a header, bank accounts for payment."""
    grid = Grid("出荷者コード", "生産者名", "住所", "電話", "振込口座（普通）", "品目", "POSコード")
    for _ in range(rng.randint(12, 18)):
        p = person(rng)
        grid.add(f"{rng.randint(100, 999)}", name(p, rng.choice(["tight", "kanji"])), home(rng, rng.random() < 0.5),
                 tel(rng, False), val("BANK_ACCOUNT", ids.account(rng) if rng.random() < 0.7 else postal_account(rng)),
                 rng.choice(["トマト", "いちご", "米", "切り花", "漬物"]), product_code(rng))
    return formats.csv(f"farm_stand/出荷者名簿_{n:02d}.csv", grid, "cp932")


def farm_stand_note(rng: random.Random, n: int) -> Doc:
    org = Org(rng, "JAみのり 農産物直売所ふれあい市", "minori-ja.jp")
    lines = Lines()
    org.letterhead(lines)
    lines.put("創業 ", founding(rng)).gap()
    for _ in range(rng.randint(4, 6)):
        p = person(rng)
        lines.put(any_name(rng, p), "さん（", tel(rng), "）：", rng.choice(["出荷量を来月から減らしたい", "ラベル印字の不具合", "売上明細の再発行"]))
        if rng.random() < 0.4:
            lines.put("  本人より、", sensitive(rng, "病歴"), "のため当面は家族が代わりに出荷するとの申出。")
    lines.put("POS商品コード ", product_code(rng))
    return formats.txt(f"farm_stand/連絡帳_{n:02d}.txt", lines, "cp932", "\r\n")
