"""Writers B: a pet cemetery, a city council's public gallery register, a craft shop's
classes, a karate dojo, a non-life insurer's claims adjuster."""

from __future__ import annotations

import random

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus22 import formats as F
from benchmarks.corpus22 import formats_more as M
from benchmarks.corpus22 import ids, vocab
from benchmarks.corpus22.common import decoy, field, letterhead, org, person, place_like, sens, val


def pet_contract(rng: random.Random, n: int):
    yard = org(rng, "ペット霊園 やすらぎの丘", "yasuragi-pet.jp")
    owner = person(rng)
    head = Lines().put("納骨堂 使用契約書").put(*letterhead(yard)).gap()
    head.put("契約者氏名　", val("PERSON", owner.full), "　（", val("PERSON", owner.kana), "）")
    head.put("住所　〒", val("POSTAL_CODE", owner.postal), "　", val("ADDRESS", owner.address))
    head.put("電話　", ids.phone_mark(rng), "　生年月日　", ids.birth(owner.born, rng.choice(["wareki", "west"])))
    pets = Grid("ペットの名前", "種類", "享年", "納骨日")
    for _ in range(rng.randint(1, 3)):
        pets.add(decoy("PERSON", rng.choice(vocab.PETS), "pet_named_like_person"), rng.choice(["柴犬", "三毛猫", "ウサギ", "トイプードル"]),
                 f"{rng.randint(3, 19)}歳", ids.other_date(rng, "wareki", "interment_date"))
    pay = Lines().put("管理料の引落口座　", *field(rng, owner, "bank"))
    pay.put("担当　", val("PERSON", person(rng).sei), "　契約日　", ids.other_date(rng, "wareki", "contract_date"))
    return F.docx(f"petgrave/契約書_{n + 1:03d}.docx", [head, pets, pay])


def pet_memorial(rng: random.Random, n: int):
    yard = org(rng, "ペット霊園 やすらぎの丘", "yasuragi-pet.jp")
    intro = Lines().put(f"合同慰霊祭のお知らせ（第{n + 3}回）").put(*letterhead(yard))
    intro.put("日時 ", ids.other_date(rng, "wareki", "ceremony_date"), " 10時").put("導師 ", val("PERSON", person(rng).full), " 師")
    table = Grid("飼い主様", "ご住所", "お名前（ペット）")
    for _ in range(rng.randint(10, 20)):
        p = person(rng)
        table.add(val("PERSON", p.full), val("ADDRESS", p.pref + p.city), decoy("PERSON", rng.choice(vocab.PETS), "pet_named_like_person"))
    return F.html(f"petgrave/慰霊祭_{n + 1:02d}.html", "合同慰霊祭", [intro, table])


def bocho_register(rng: random.Random, n: int):
    council = org(rng, "湊川市議会事務局", "city.minatogawa.lg.jp")
    head = Lines().put(f"本会議 傍聴人受付簿（", ids.other_date(rng, "wareki", "session_date"), "）")
    grid = Grid("受付", "氏名", "住所", "年齢", "傍聴の目的")
    for k in range(rng.randint(12, 25)):
        p = person(rng)
        purpose = rng.choice(["一般質問", "予算審議", "請願審査", ""])
        grid.add(str(k + 1), field(rng, p, rng.choice(["name", "tight"])), field(rng, p, "addr"), str(rng.randint(20, 85)),
                 [purpose, " ", sens(rng, "信条")] if rng.random() < 0.25 else purpose)
    tail = Lines().put(*letterhead(council, False))
    return F.html(f"bocho/傍聴人受付簿_{n + 1:02d}.html", "傍聴人受付簿", [head, grid, tail])


def bocho_petitions(rng: random.Random, n: int):
    records, marks = [], []
    for k in range(rng.randint(15, 30)):
        p = person(rng)
        name, addr, tel = val("PERSON", p.full), val("ADDRESS", p.address), ids.phone_mark(rng)
        member = val("PERSON", person(rng).full)
        record = {"受付番号": f"R8-{n:02d}{k:03d}", "請願者": name.text, "住所": addr.text, "電話": tel.text,
                  "紹介議員": member.text, "要旨": rng.choice(["通学路の安全対策", "図書館の開館延長", "公園の遊具更新"])}
        marks += [(k, name), (k, addr), (k, tel), (k, member)]
        if rng.random() < 0.3:
            belief = sens(rng, "信条")
            record["備考"] = belief.text
            marks.append((k, belief))
        records.append(record)
    return M.json_records(f"bocho/petitions_{n + 1:02d}.jsonl", records, marks)


def shugei_signup(rng: random.Random, n: int):
    grid = Grid("申込日", "お名前", "フリガナ", "電話番号", "メールアドレス", "講座", "備考")
    for _ in range(rng.randint(20, 35)):
        p = person(rng, 0.05, 1950, 2000)
        grid.add(ids.other_date(rng, "slash", "signup_date"), field(rng, p, "name"), field(rng, p, "katakana"), field(rng, p, "phone"),
                 field(rng, p, "mail"), rng.choice(["刺し子", "パッチワーク", "かぎ針編み", "タティングレース"]),
                 rng.choice(["", "", "", [sens(rng, "障害"), "のため座席配慮"]]))
    return F.csv(f"shugei/申込一覧_{n + 1:02d}.csv", grid, "utf-8")


def shugei_mail(rng: random.Random, n: int):
    shop = org(rng, "手芸の店 いとぐるま", "itoguruma.co.jp")
    who = person(rng, 0.05, 1950, 1995)
    body = Lines().put(val("PERSON", who.full), "様").gap()
    body.put("いつも いとぐるま の教室をご利用いただきありがとうございます。")
    body.put("ご依頼の材料キット（商品コード ", ids.product_code(rng), "）をお取り置きしました。")
    body.put("講師の", val("PERSON", person(rng).sei), "から、次回は", ids.other_date(rng, "west", "class_date"), "とのことです。")
    if rng.random() < 0.5:
        body.put("先日お話しされていた", sens(rng, "病歴"), "の件、無理のない範囲でご参加ください。")
    body.gap().put(*letterhead(shop))
    path = f"shugei/Maildir/cur/17620{n:05d}.M{n}P{rng.randint(100, 999)}.mailhost:2,S"
    return F.maildir(path, [shop.name, " <", decoy("EMAIL", shop.email, "org_email"), ">"], field(rng, who, "mail"),
                     "教室のご案内", body, n)


def karate_form(rng: random.Random, n: int):
    dojo = org(rng, "空手道 誠心館", "seishinkan-karate.jp")
    child, parent = person(rng, 0.05, 2008, 2018), person(rng, 0.0, 1970, 1992)
    text = Lines().put("入門申込書　空手道 誠心館").gap()
    text.put("氏名　", val("PERSON", child.full), "　ふりがな　", val("PERSON", child.kana))
    text.put("生年月日　", ids.birth(child.born, rng.choice(["kanji", "wareki", "full"])), "　性別　", field(rng, child, "sex"))
    text.put("保護者　", val("PERSON", parent.full), "　続柄　", rng.choice(["父", "母"]))
    text.put("住所　", val("ADDRESS", child.address), "　電話　", ids.phone_mark(rng, True))
    text.put("既往症・アレルギー　", sens(rng, "病歴"))
    text.put("健康保険証 保険者番号　", ids.insurer(rng))
    text.put("申込日　", ids.other_date(rng, "kanji", "application_date"))
    text.gap().put(*letterhead(dojo))
    return M.odt(f"karate/入門申込書_{n + 1:02d}.odt", text)


def karate_members(rng: random.Random, n: int):
    grid = Grid("会員番号", "氏名", "級・段", "生年月日", "保護者", "連絡先")
    for k in range(rng.randint(16, 24)):
        p, q = person(rng, 0.05, 2006, 2018), person(rng)
        grid.add(decoy("BASIC_PENSION_NUMBER", f"{2026}-{rng.randint(0, 999999):06d}", "member_number_4_6"),
                 field(rng, p, "name"), rng.choice(["白帯", "黄帯", "緑帯", "茶帯", "初段"]), field(rng, p, "dob:dash"),
                 val("PERSON", q.full), field(rng, q, "mobile"))
    meets = Grid("大会", "日付", "出場者")
    for _ in range(rng.randint(4, 8)):
        meets.add(rng.choice(["県少年大会", "市民大会", "全日本予選"]), ids.other_date(rng, "slash", "tournament_date"),
                  val("PERSON", person(rng).full))
    return F.xlsx(f"karate/会員_{n + 1:02d}.xlsx", [("会員", grid, None), ("大会出場", meets, "大会出場記録")])


def songai_report(rng: random.Random, n: int):
    firm = org(rng, "東和損害査定株式会社", "towa-adjust.co.jp")
    driver, other = person(rng), person(rng)
    text = Lines().put("事故調査報告書").put("事故受付番号 ", ids.claim_reference(rng), "　法人番号 ", ids.corporate_number(rng)).gap()
    text.put("被保険者 ", val("PERSON", driver.full), "（", ids.birth(driver.born, "abbr"), "生）")
    text.put("運転免許証番号 ", ids.licence(rng), "　住所 ", val("ADDRESS", driver.address))
    text.put("事故の概要：", ids.other_date(rng, "wareki", "accident_date"), "、", place_like(rng), "付近の交差点にて、")
    harm = val("SENSITIVE", rng.choice(vocab.VEHICLE_HARM), category="犯罪被害")
    text.put("被保険者車両（", decoy("PERSON", rng.choice(vocab.BRANDS), "car_model_named_like_person"), "）が", harm, "。")
    text.put("目撃者 ", val("PERSON", other.tight), " 氏（電話 ", ids.phone_mark(rng), "）から聴取済み。")
    text.put("被保険者は", sens(rng, "病歴"), "とのこと。通院先 ", val("PERSON", person(rng).sei), "整形外科。")
    if rng.random() < 0.4:
        text.put("なお、相手方には", sens(rng, "犯罪歴"), "との情報がある。")
    text.put("調査担当 ", val("PERSON", person(rng).full)).gap().put(*letterhead(firm))
    return F.docx(f"songai/調査報告_{n + 1:03d}.docx", [text])


def songai_cases(rng: random.Random, n: int):
    grid = Grid("受付番号", "被保険者", "カナ", "生年月日", "事故日", "連絡先", "振込口座", "担当")
    for _ in range(rng.randint(14, 20)):
        p = person(rng)
        grid.add(ids.claim_reference(rng), field(rng, p, "name"), field(rng, p, "katakana"), field(rng, p, "dob:wareki"),
                 ids.other_date(rng, "wareki", "accident_date"), field(rng, p, "phone"), field(rng, p, "bank"), val("PERSON", person(rng).sei))
    return F.xlsx(f"songai/案件一覧_{n + 1:02d}.xlsx", [("案件", grid, "査定案件一覧（東和損害査定）")])
