"""A children's hall, a community centre's courses, a chamber of commerce's members,
a butsudan shop and a shipyard's safety-and-health office."""

from __future__ import annotations

from benchmarks.corpus19.common import (Grid, Lines, addr, born, decoy, docx, html, letterhead, mail, maybe, name,
                                        not_birth, own_phone, people_of, postal, sens, tel, txt, val, xlsx, csv, ids,
                                        people, vocab)

GRADES = ["小1", "小2", "小3", "小4", "小5", "小6", "中1"]


def children_hall(rng, n):
    """児童館: a month's sign-in book, merged title, a sheet of parents' numbers."""
    book, phones = Grid("No", "児童氏名", "ふりがな", "学年", "保護者", "緊急連絡先", "配慮事項", "初回来館"), Grid("児童", "保護者", "携帯", "自宅")
    for k, child in enumerate(people_of(rng, rng.randint(14, 22), young=True)):
        parent = people_of(rng, 1)[0]
        care = sens(rng, rng.choice(["病歴", "障害"])) if rng.random() < 0.3 else "なし"
        book.add(str(k + 1), name(rng, child, "space"), val("PERSON", child.kana(" ")), rng.choice(GRADES),
                 [val("PERSON", parent.sur + " " + parent.given)], tel(rng, True), care, not_birth(rng))
        phones.add(name(rng, child, "tight"), name(rng, parent, "tight"), tel(rng, True), tel(rng, False))
    month = rng.randint(1, 12)
    return xlsx(f"児童館/来館記録_{month:02d}月_{n}.xlsx",
                [(f"{month}月", book, f"ひばり児童館 {month}月 来館児童名簿"), ("連絡網", phones, None)])


def children_hall_diary(rng, n):
    """The duty diary, CP932, in the staff's plain prose."""
    lines = Lines().put(f"児童館 業務日誌　記入：", val("PERSON", people_of(rng, 1)[0].sur)).put("日付：", not_birth(rng)).gap()
    for child in people_of(rng, rng.randint(3, 5), young=True):
        parent = people_of(rng, 1)[0]
        lines.put(name(rng, child, "tight"), "くん（", rng.choice(GRADES), "）がドッジボール中に転倒し、膝を擦りむいた。")
        lines.put("お母さんの", name(rng, parent, "space"), "さんに", tel(rng, True), "で連絡、17時にお迎え。")
        if rng.random() < 0.6:
            lines.put("なお本人は", sens(rng, "病歴"), "とのことで、おやつの内容を確認済み。")
        lines.gap()
    lines.put(decoy("SENSITIVE", rng.choice(vocab.HEALTH_NOTICES), "health_notice"))
    lines.put("次回の工作教室は", decoy("PERSON", rng.choice(vocab.NAMED_THINGS), "named_thing"), "の写真を使う予定。")
    return txt(f"児童館/日誌/日誌_{n:03d}.txt", lines, "cp932")


def community_courses(rng, n):
    """公民館の講座: the registration list as the desk keeps it, a CSV with no header."""
    grid = Grid()
    course = rng.choice(["はじめての水彩画", "やさしい太極拳", "スマホ相談室", "郷土の歴史を歩く", "男の料理教室"])
    for p in people_of(rng, rng.randint(12, 20)):
        grid.add(course, name(rng, p, "wide"), val("PERSON", p.katakana("")), born(rng, p, "era"), tel(rng),
                 [postal(p)], addr(rng, p), "受講料済" if rng.random() < 0.7 else "未納", not_birth(rng))
    return csv(f"公民館/講座申込_{n:02d}.csv", grid, "cp932" if n % 2 else "utf-8")


def community_leaflet(rng, n):
    """The course leaflet: the hall's own contacts, walks named after places."""
    lines = Lines()
    letterhead(rng, lines, "市立みなみ公民館", "kominkan")
    lines.gap().put("■ 秋の講座のご案内").put("申込締切：", not_birth(rng))
    for _ in range(3):
        thing = decoy("PERSON", rng.choice(vocab.NAMED_THINGS), "named_thing")
        lines.put("・", thing, "をたずねる散策講座（", not_birth(rng), "）")
    teacher = people_of(rng, 1)[0]
    lines.put("講師：", name(rng, teacher, "space"), "先生（郷土史家）")
    return html(f"公民館/案内/講座案内_{n}.html", "講座のご案内", lines)


def chamber_members(rng, n):
    """商工会議所: members' businesses and their representatives."""
    grid = Grid("会員番号", "事業所名", "法人番号", "代表者", "代表者生年月日", "代表者携帯", "代表者自宅住所", "入会日")
    trades = ["製麺所", "工務店", "印房", "青果", "精肉店", "理容室", "建材", "酒販"]
    for k, p in enumerate(people_of(rng, rng.randint(15, 25))):
        grid.add(f"M{rng.randint(10000, 99999)}", decoy("PERSON", _other_surname(rng, p.sur) + rng.choice(trades), "shop_name"),
                 decoy("MY_NUMBER", ids.corporate_number(rng), "corporate_number"), name(rng, p, "wide"),
                 born(rng, p, rng.choice(["west", "slash", "letter"])), tel(rng, True), addr(rng, p), not_birth(rng))
    loans = Grid("代表者", "振込先金融機関", "支店", "口座種別", "口座番号")
    for p in people_of(rng, rng.randint(5, 9)):
        bank, branch, number = ids.bank_account(rng)
        loans.add(name(rng, p, "space"), bank, branch, "普通", val("BANK_ACCOUNT", number))
    return xlsx(f"商工会議所/会員名簿_{n}.xlsx", [("会員", grid, "会員名簿（非公開）"), ("共済掛金口座", loans, None)])


def _other_surname(rng, surname: str) -> str:
    """A business named after someone (the founder), not after the person on its row."""
    return rng.choice([s[0] for s in people.SURNAMES if s[0] != surname])


def chamber_application(rng, n):
    p = people_of(rng, 1)[0]
    lines = Lines().put("入会申込書").put("申込日 ", not_birth(rng))
    lines.put("代表者氏名　", name(rng, p, "wide")).put("フリガナ　", val("PERSON", p.katakana("　")))
    lines.put("生年月日　", born(rng, p, "era")).put("自宅　〒", postal(p), " ", addr(rng, p))
    lines.put("携帯電話　", tel(rng, True)).put("メール　", mail(rng, p))
    lines.put("法人番号　", decoy("MY_NUMBER", ids.corporate_number(rng), "corporate_number"))
    lines.put("紹介者　", name(rng, people_of(rng, 1)[0], "space"), "（部会長）")
    return docx(f"商工会議所/申込書/入会申込_{n:02d}.docx", lines)


def butsudan_ledger(rng, n):
    """仏壇店: customers, their sect, and the one whose altar it is (optional: the dead)."""
    grid = Grid("顧客名", "電話", "住所", "宗派", "故人", "命日", "品目")
    for p in people_of(rng, rng.randint(12, 20)):
        dead = people_of(rng, 1)[0]
        sect = val("SENSITIVE", rng.choice(vocab.SECTS), category="宗教")
        grid.add(name(rng, p, "tight"), tel(rng), addr(rng, p), sect,
                 maybe("PERSON", p.sur + " " + dead.given), not_birth(rng),
                 rng.choice(["唐木仏壇 20号", "モダン仏壇", "位牌 繰出", "盆提灯一対", "過去帳"]))
    return csv(f"仏壇店/顧客台帳_{n}.csv", grid, "cp932")


def butsudan_letter(rng, n):
    p = people_of(rng, 1)[0]
    lines = Lines()
    letterhead(rng, lines, "仏壇・仏具 ことぶき堂", "kotobuki")
    lines.gap().put(name(rng, p, "space"), "様").gap()
    sect = val("SENSITIVE", rng.choice(vocab.SECTS), category="宗教")
    lines.put("先日はご来店ありがとうございました。ご家族は", sect, "の門徒（檀家）とのことで、")
    lines.put("ご本尊と脇掛はそちらに合わせてお作りします。お届けは", not_birth(rng), "を予定しております。")
    lines.put("ご不明な点は担当の", val("PERSON", people_of(rng, 1)[0].sur), "までお電話ください（", own_phone(rng), "）。")
    return docx(f"仏壇店/お見積り/御礼状_{n:02d}.docx", lines)


def shipyard_checkup(rng, n):
    """造船所の安全衛生: results by worker; noise-exposed workers' hearing on a second sheet."""
    grid = Grid("社員番号", "氏名", "生年月日", "所属", "所見", "事後措置", "受診日")
    hearing = Grid("氏名", "職場", "聴力", "判定")
    for p in people_of(rng, rng.randint(16, 26)):
        grid.add(f"{rng.randint(100000, 999999)}", name(rng, p, "space"), born(rng, p, "slash"),
                 rng.choice(["船殻課", "艤装課", "塗装課", "溶接課", "設計部"]), sens(rng, "健康診断結果"),
                 rng.choice(["保健指導", "再検査予約済", "就業制限なし"]), not_birth(rng))
        if rng.random() < 0.4:
            hearing.add(name(rng, p, "tight"), "ドック", val("SENSITIVE", "4000Hz 40dB 低下（有所見）", category="健康診断結果"),
                        "要観察")
    return xlsx(f"造船所/安全衛生/定期健診結果_{n}.xlsx", [("結果一覧", grid, "令和8年度 定期健康診断 結果"),
                                                     ("騒音職場", hearing, None)])
