"""A bento shop's delivery export and orders, a parking lot's contract desk, an
airline's lost-and-found, a neighbourhood drill roster, a marrow-donor coordinator
and a health centre's contact tracing."""

from __future__ import annotations

from benchmarks.corpus16.model import Doc
from benchmarks.corpus19 import formats
from benchmarks.corpus19.common import (Grid, Lines, addr, born, csv, decoy, email, mail, mailbox, name, not_birth,
                                        own_mail, own_phone, people_of, postal, sens, tel, unplaced, val, xlsx, ids,
                                        vocab)

ALLERGY = ["えび", "かに", "小麦", "落花生", "そば"]


def bento_export(rng, n):
    """The delivery system's host export: fixed columns in CP932, one customer a line."""
    lines = Lines().put(formats.fixed_width([("CD", 8), ("ｼﾒｲ", 22), ("TEL", 14), ("JUSHO", 66), ("BIKO", 20)]))
    for p in people_of(rng, rng.randint(20, 30)):
        who, phone, where = name(rng, p, "kata"), tel(rng), addr(rng, p)
        note = val("SENSITIVE", f"{rng.choice(ALLERGY)}アレルギー", category="病歴") if rng.random() < 0.3 else "-"
        note_text = note if isinstance(note, str) else note.text
        record = formats.fixed_width([(f"{rng.randint(0, 99999999):08d}", 8), (who.text, 22), (phone.text, 14),
                                      (where.text, 66), (note_text, 20)])
        lines.put(*_spliced(record, [who, phone, where] + ([note] if not isinstance(note, str) else [])))
    path = f"弁当屋/配達先/HAISO{n:02d}.DAT"
    return Doc(path, lines.text().replace("\n", "\r\n").encode("cp932"), lines.items(path, ""))


def _spliced(record: str, marks: list) -> list:
    """A fixed record as parts, each mark where its text lies."""
    parts, cursor = [], 0
    for mark in marks:
        at = record.find(mark.text, cursor)
        parts += [record[cursor:at], mark]
        cursor = at + len(mark.text)
    return parts + [record[cursor:]]


def bento_order(rng, n):
    """An order mail to the shop, as customers write them."""
    p = people_of(rng, 1)[0]
    body = Lines().put("ひなた弁当 御中").gap().put(f"会議用に日替わり弁当を{rng.randint(5, 30)}個お願いします。")
    body.put("お届け：", addr(rng, p), "　", name(rng, p, "space")).put("連絡先：", tel(rng, True))
    if rng.random() < 0.5:
        body.put("うち1名は", sens(rng, "病歴"), "なので、別メニューにしてください。")
    body.put("お届け日：", not_birth(rng))
    head = ([name(rng, p, "tight"), " <", mail(rng, p), ">"], [own_mail(rng, "hinata-bento")], "お弁当の注文")
    return email(f"弁当屋/Maildir/cur/17639{n:05d}.M{n}P19.mailhost:2,S", head, body, day=n)


def parking_contract(rng, n):
    """The parking lot's contract (PDF): licence, card and account in one place."""
    p = people_of(rng, 1)[0]
    bank, branch, number = ids.bank_account(rng)
    lines = Lines().put("月極駐車場 賃貸借契約書").put("契約日 ", not_birth(rng)).put("")
    lines.put("契約者 ", name(rng, p, "space"), "  生年月日 ", born(rng, p, "west"))
    lines.put("住所 〒", postal(p), " ", addr(rng, p)).put("電話 ", tel(rng))
    lines.put("運転免許証番号 ", val("DRIVERS_LICENSE", ids.licence(rng)))
    if rng.random() < 0.5:
        lines.put("クレジットカード ", val("CREDIT_CARD", ids.card(rng)))
    else:
        lines.put("引落口座 ", bank, " ", branch, " 普通 ", val("BANK_ACCOUNT", number))
    lines.put("区画番号 B-", str(rng.randint(1, 60)), "  車両 品川 300 さ ", str(rng.randint(1000, 9999)))
    lines.put("管理会社 ", own_phone(rng))
    path = f"駐車場/契約書/契約_{n:03d}.pdf"
    return unplaced(path, formats.pdf_bytes(lines.lines), lines)


def parking_list(rng, n):
    grid = Grid("区画", "契約者", "携帯", "免許証番号", "開始日")
    for k, p in enumerate(people_of(rng, rng.randint(15, 25))):
        grid.add(f"A-{k + 1:02d}", name(rng, p, "wide"), tel(rng, True), val("DRIVERS_LICENSE", ids.licence(rng)),
                 not_birth(rng))
    free = Grid("区画", "備考").add("C-03", "清掃中")
    return xlsx(f"駐車場/契約者一覧_{n}.xlsx", [("契約者", grid, "駐車場 契約者一覧"), ("空き区画", free, None)])


def lost_and_found(rng, n):
    """The airline's lost-and-found desk answers a passenger (Maildir)."""
    p = people_of(rng, 1)[0]
    body = Lines().put(name(rng, p, "space"), " 様").gap()
    body.put("お問い合わせの手荷物（黒のスーツケース）について、羽田空港のお忘れ物センターで保管しております。")
    body.put("ご本人確認のため、旅券番号 ", val("PASSPORT", ids.passport(rng)), " とご搭乗日 ", not_birth(rng), " を確認いたしました。")
    body.put("ご予約番号 ", decoy("PASSPORT", ids.passport(rng), "booking_reference"), "　お受け取り時にご提示ください。")
    body.put("ご連絡先：", tel(rng, True), "（お客様）").gap().put("お忘れ物センター　", own_phone(rng))
    head = ([own_mail(rng, "lostfound")], [name(rng, p, "roman"), " <", mail(rng, p), ">"], "お忘れ物のお問い合わせ")
    return email(f"航空会社/遺失物/Maildir/cur/17640{n:05d}.M{n}P7.mailhost:2,S", head, body, day=n)


def drill_roster(rng, n):
    """町内の防災訓練: the roster of those who need help, by block."""
    grid = Grid("班", "氏名", "生年月日", "電話", "要支援の内容", "支援者")
    for p in people_of(rng, rng.randint(12, 18)):
        helper = people_of(rng, 1)[0]
        grid.add(f"{rng.randint(1, 8)}班", name(rng, p, "space"), born(rng, p, rng.choice(["era", "letter"])), tel(rng),
                 sens(rng, rng.choice(["障害", "病歴"])), name(rng, helper, "sur"))
    helpers = Grid("役割", "氏名", "携帯")
    for role in ["本部", "救護", "誘導", "炊き出し"]:
        helpers.add(role, name(rng, people_of(rng, 1)[0], "tight"), tel(rng, True))
    return xlsx(f"防災訓練/要支援者名簿_{n}.xlsx", [("要支援者", grid, "避難行動要支援者名簿（訓練用・取扱注意）"),
                                                 ("役員", helpers, "訓練 役割分担")])


def drill_review(rng, n):
    """The drill's review slides."""
    slides = [["防災訓練 振り返り", "実施日 ", "参加 128名"]]
    a, b = people_of(rng, 2)
    mark_a, mark_b, date = name(rng, a, "space"), name(rng, b, "wide"), not_birth(rng)
    slides[0][1] += date.text
    slides.append(["よかった点", f"{mark_a.text}さんの誘導で2分短縮", f"担架搬送は{mark_b.text}班長が指導"])
    slides.append(["課題", "車いすの方の階段避難", rng.choice(vocab.HEALTH_NOTICES)])
    lines = Lines().put(date).put(mark_a).put(mark_b)
    lines.put(decoy("SENSITIVE", slides[2][2], "health_notice"))
    path = f"防災訓練/振り返り_{n}.pptx"
    return unplaced(path, formats.pptx_bytes(slides), lines)


def marrow_mails(rng, n):
    """The donor coordinator's mailbox: confirmatory tests, schedules, an attachment."""
    messages = []
    for k in range(rng.randint(3, 5)):
        donor = people_of(rng, 1)[0]
        body = Lines().put(name(rng, donor, "space"), "様").gap()
        body.put("確認検査の結果をお知らせします（", born(rng, donor, "era"), "生）。")
        body.put("検査結果：", sens(rng, "健康診断結果"), "。既往として", sens(rng, "病歴"), "を伺っています。")
        body.put("最終同意の面談は", not_birth(rng), "です。ご都合を", tel(rng, True), "までお知らせください。")
        head = ([own_mail(rng, "donor-coord")], [mail(rng, donor)], "確認検査の結果について")
        messages.append(email(f"msg{k}.eml", head, body, day=k))
    return mailbox(f"骨髄バンク/coordinator_{n:02d}.mbox", messages)


def contact_tracing(rng, n):
    """保健所: the contact list of one case, and the case's own line."""
    case = people_of(rng, 1)[0]
    grid = Grid("区分", "氏名", "年齢", "電話", "接触状況", "症状")
    grid.add("患者", name(rng, case, "space"), str(2026 - case.born.year), tel(rng), "-",
             val("SENSITIVE", rng.choice(["肺結核（喀痰塗抹陽性）", "腸管出血性大腸菌O157感染症", "麻しん（検査確定）"]), category="病歴"))
    for p in people_of(rng, rng.randint(6, 12)):
        grid.add(rng.choice(["同居", "職場", "友人"]), name(rng, p, "tight"), str(2026 - p.born.year), tel(rng, True),
                 rng.choice(["同室で会食", "車で同乗", "同じ職場"]),
                 val("SENSITIVE", rng.choice(["37.8℃の発熱と咳", "下痢と腹痛あり", "発疹あり"]), category="病歴")
                 if rng.random() < 0.3 else "なし")
    return csv(f"保健所/接触者リスト_{n:02d}.csv", grid, "cp932")
