"""A Rotary club, a guesthouse, a gold-buying shop, a mobile-phone shop and a body-donation
society."""

from __future__ import annotations

from benchmarks.corpus16.model import Grid, Lines, joined
from benchmarks.corpus27 import marks as m
from benchmarks.corpus27 import people, render as r, render_mail as rm, vocab
from benchmarks.corpus27.organisations import ORGS

MAIL_DAY = "Sat, 21 Nov 2026 {:02d}:12:00 +0900"


def fixed(*fields) -> list:
    """A fixed-width record: each (parts, width) padded with spaces to its width in CP932 bytes."""
    out = []
    for parts, width in fields:
        text, _ = joined(parts)
        out += (parts if isinstance(parts, list) else [parts]) + [" " * max(0, width - len(text.encode("cp932")))]
    return out


def rotary_members(rng, n):
    """会員名簿 (xlsx): members, their firms, spouses and birthdays (for the club's birthday cards)."""
    grid = Grid("会員番号", "氏名", "よみ", "事業所", "職業分類", "生年月日", "自宅住所", "携帯", "メール", "配偶者")
    for i in range(rng.randint(30, 36)):
        p, spouse = people.person(rng, 1945, 1985), people.person(rng, 1948, 1988)
        grid.add(f"{i + 101}", m.name(p), m.kana(p), rng.choice(vocab.COMPANIES), rng.choice(["建設", "医療", "金融", "印刷"]),
                 m.birth(p, 3), m.address(p), m.mobile(p), m.email(p),
                 [m.val("PERSON", spouse.given), " 様"] if rng.random() < 0.3 else "")
    return r.xlsx(f"ロータリー/名簿/会員名簿_{2026 - n}.xlsx", [("会員", grid)])


def rotary_minutes(rng, n):
    """例会記録 (txt, the secretary's notes)."""
    chair, guest, sick = (people.person(rng, 1945, 1985) for _ in range(3))
    text = Lines().put(f"{ORGS['rotary'].name}　第{2400 + n * 3}回例会記録").put("日時：", m.day(rng, 3), " 12:30～13:30")
    text.put("会長挨拶：", m.name(chair), "会長").gap()
    text.put("ゲスト卓話：", m.name(guest), "氏（", rng.choice(vocab.COMPANIES), "）「地域の防災と企業」")
    text.put("会員消息：", m.name(sick), "会員が", m.sensitive(rng, "病歴"), "のため当面欠席とのこと。")
    if rng.random() < 0.8:
        activist = people.person(rng, 1950, 1980)
        text.put("幹事報告：", m.name(activist), "会員は", m.sensitive(rng, "信条"), "ため、政治的な話題は控えるよう依頼あり。")
    text.put("ニコニコBOX：", m.name(chair, tight=True), "会員 誕生日祝い 1万円")
    text.put("次回例会：", m.day(rng, 3), "　会場 ", m.decoy("ADDRESS", ORGS["rotary"].address, "org_address"))
    return r.txt(f"ロータリー/例会/記録_{n + 1:02d}.txt", text, "cp932" if n % 2 else "utf-8")


def rotary_talk(rng, n):
    """卓話 (pptx): a member's talk about his town, with a historical figure and a member's own story."""
    speaker = people.person(rng, 1950, 1980)
    slides = [("卓話", Lines().put("話し手：", m.name(speaker), "（", rng.choice(vocab.COMPANIES), "）").put("姫路と城下町"))]
    slides.append(("城下町の歴史", Lines().put("築城の祖 ", m.poet(rng), " ゆかりの地").put("播磨の商人文化")))
    slides.append(("連絡先", Lines().put(*m.contact("rotary")).put("卓話者 携帯 ", m.mobile(speaker))))
    return r.pptx(f"ロータリー/卓話/takuwa_{n + 1:02d}.pptx", slides)


def guest_register(rng, n):
    """宿泊者名簿 (utf-8 csv, the booking site's export; passports of foreign guests)."""
    grid = Grid("チェックイン", "氏名", "国籍", "旅券番号", "住所", "電話", "メール", "部屋")
    for _ in range(rng.randint(22, 28)):
        if rng.random() < 0.6:
            p = people.foreigner(rng, 1970, 2004)
            who, doc_no = m.romaji(p), m.passport(rng)
            nation = rng.choice(vocab.COUNTRIES)
        else:
            p = people.person(rng, 1960, 2004)
            who, doc_no, nation = m.name(p), "", "日本"
        grid.add(m.day(rng, 4), who, nation, doc_no, m.address(p), m.mobile(p), m.email(p), m.thing(rng))
    return r.csv_doc(f"ゲストハウス/宿泊者名簿/guests_{2026}{n + 1:02d}.csv", grid, "utf-8")


def guest_mails(rng, n):
    """Booking mails of a month (mbox)."""
    mails = []
    for i in range(rng.randint(5, 7)):
        p = people.foreigner(rng, 1975, 2004) if rng.random() < 0.5 else people.person(rng, 1960, 2004)
        body = Lines().put("Dear Konomi Guesthouse,").put(f"I would like to book {rng.randint(1, 3)} nights.")
        body.put("Name: ", m.romaji(p) if p.romaji else m.name(p)).put("Phone: ", m.mobile(p))
        if p.romaji:
            body.put("Passport No.: ", m.passport(rng))
        body.put("Arrival: ", m.day(rng, 4)).put("Best regards")
        mails.append(([m.romaji(p) if p.romaji else m.name(p), " <", m.email(p), ">"], m.org_mail("guest"),
                      "Booking request", MAIL_DAY.format(9 + i), body))
    return rm.mbox(f"ゲストハウス/mail/booking_{n + 1:02d}.mbox", mails)


def kaitori_ledger(rng, n):
    """古物台帳 (fixed-width CP932 .DAT from the POS): the seller's licence checked at the counter."""
    text = Lines()
    for i in range(rng.randint(24, 30)):
        p = people.person(rng, 1945, 2004)
        text.put(*fixed((f"{i + 1:05d}", 6), (m.day(rng, 0), 11), (m.name(p, tight=True), 14), (m.birth(p, 2), 11),
                        (m.address(p), 60), (m.home(p), 14), (m.licence(rng), 13),
                        (rng.choice(["K18 ﾈｯｸﾚｽ", "Pt900 ﾘﾝｸﾞ", "ﾌﾞﾗﾝﾄﾞ時計", "金貨"]), 14), (f"{rng.randint(5, 400)}000", 8)))
    return r.txt(f"金の蔵/台帳/KOBUTSU_{n + 1:02d}.DAT", text, "cp932")


def kaitori_memo(rng, n):
    """A clerk's note about a customer who had been defrauded (txt)."""
    p, officer = people.person(rng, 1935, 1955), people.person(rng, 1975, 1995)
    text = Lines().put(f"【店内メモ】{ORGS['kaitori'].name}").put("記録日 ", m.day(rng, 3)).gap()
    text.put("来店客 ", m.name(p), " 様（", m.birth(p, 0), "生、", m.home(p), "）")
    text.put("金のネックレス売却の際、先月", m.sensitive(rng, "犯罪被害"), "と話された。")
    text.put("小岩警察署 生活安全課の", m.name(officer), "さんに情報提供済み。")
    text.put("身分確認：運転免許証 ", m.licence(rng))
    return r.txt(f"金の蔵/メモ/memo_{n + 1:02d}.txt", text)


def keitai_contracts(rng, n):
    """契約控え (json, the tablet app's export)."""
    records, marks = [], []
    for _ in range(rng.randint(6, 8)):
        p = people.person(rng, 1940, 2008)
        fields = {"契約者名": m.name(p), "フリガナ": m.kana(p), "生年月日": m.birth(p, 5), "郵便番号": m.postal(p),
                  "住所": m.address(p), "連絡先": m.home(p), "新番号": m.mobile(p), "メール": m.email(p),
                  "支払カード": m.card(rng, " "), "本人確認": m.licence(rng) if rng.random() < 0.6 else m.my_number(rng),
                  "端末IMEI": m.luhn_code(rng), "受付日": m.day(rng, 4)}
        records.append({k: v.text for k, v in fields.items()})
        marks += list(fields.values())
    data = {"店舗": ORGS["keitai"].name, "契約": records}
    return r.json_doc(f"モバイルステーション/契約控え/contracts_{n + 1:02d}.json", data, marks)


def keitai_consult(rng, n):
    """相談メモ (docx): an old customer's call about a suspicious SMS."""
    p, son = people.person(rng, 1935, 1955), people.person(rng, 1965, 1985)
    text = m.head(Lines(), "keitai", "ご相談記録")
    text.put("日付：", m.day(rng, 1), "　対応：店長")
    text.put(m.name(p), " 様（", str(p.age), "歳）が来店。", m.sensitive(rng, "犯罪被害"), "とのこと。")
    text.put("ご家族：", m.name(son), " 様（", m.mobile(son), "）に同席いただいた。")
    text.put("ご本人の番号 ", m.mobile(p), " に迷惑SMSフィルタを設定。")
    return r.docx(f"モバイルステーション/相談/soudan_{n + 1:02d}.docx", [text, m.foot(Lines(), "keitai")])


def kentai_register(rng, n):
    """登録者名簿 (xml, exported for the university office): faith noted for the memorial rites."""
    records = []
    for i in range(rng.randint(18, 22)):
        p, family = people.person(rng, 1930, 1960), people.person(rng, 1955, 1985)
        records.append(("登録者", [("登録番号", f"S{n + 1}{i + 1:04d}"), ("氏名", m.name(p)), ("よみ", m.kana(p)),
                                 ("生年月日", m.birth(p, 4)), ("住所", m.address(p)), ("電話", m.home(p)),
                                 ("宗旨", m.sensitive(rng, "宗教")), ("同意家族", m.name(family)),
                                 ("家族電話", m.mobile(family)), ("登録日", m.day(rng, 4))]))
    return r.xml_doc(f"白百合会/名簿/touroku_{n + 1}.xml", "献体登録者", records)
