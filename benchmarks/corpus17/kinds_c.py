"""Writers C: a shopping-street association, a condominium owners' association, a
technical-intern supervising body, a law office, a politician's supporters' club, a
printing company's personnel desk, a 司法書士 office and a wedding hall; then
price lists and notices with look-alikes only, and clean files."""

from __future__ import annotations

import random

from benchmarks.corpus16.model import Doc, Grid, Lines, decoy, val
from benchmarks.corpus17 import formats, ids, people
from benchmarks.corpus17.common import (Org, any_name, born, booking_ref, company_like, corporate, employer_office,
                                        event_date, founding, home, mail, my_number, name, notice, order_key,
                                        org_account, place_like, product_code, recipient, sensitive, tel, thing_like,
                                        when, zipcode)
from benchmarks.corpus17.people import person


def shopping_street(rng: random.Random, n: int) -> Doc:
    """Members of a shopping-street association: shop owners, as JSON from the web form."""
    marks, shops = [], []
    for _ in range(rng.randint(8, 12)):
        p = person(rng)
        fields = {"代表者": name(p), "代表者カナ": name(p, "kana"), "携帯": tel(rng, True), "自宅": home(rng), "メール": mail(rng, p)}
        marks += list(fields.values())
        shops.append({"屋号": rng.choice(["喫茶ひまわり", "青果まるよし", "はきもの大黒屋", "理容ポプラ"]), **{k: v.text for k, v in fields.items()}})
    event = place_like(rng)
    marks.append(event)
    return formats.json_records(f"shopping_street/members_{n:02d}.json",
                                {"組合": "銀杏通り商店街振興組合", "夏祭り会場": event.text, "会員": shops}, marks)


def condo_association(rng: random.Random, n: int) -> Doc:
    """A condominium owners' association: residents and a note on who needs help in a disaster."""
    grid = Grid("号室", "区分所有者", "居住者", "電話", "緊急連絡先", "避難時の配慮")
    for floor in range(rng.randint(10, 14)):
        owner, resident = person(rng), person(rng)
        grid.add(f"{floor % 6 + 1}0{rng.randint(1, 8)}", any_name(rng, owner), name(resident, "kanji"), tel(rng),
                 tel(rng, True) if rng.random() < 0.5 else "",
                 sensitive(rng, rng.choice(["障害", "病歴"])) if rng.random() < 0.35 else "")
    duty = Grid("当番", "担当")
    duty.add("理事長", [name(person(rng))])
    duty.add("管理会社", [decoy("PHONE", Org(rng, "x", "x.jp").phone, "org_phone")])
    return formats.xlsx(f"condo/居住者名簿_{n:02d}.xlsx", [("名簿", grid, "グランフォレスト管理組合 居住者名簿（防災用）"), ("役員", duty, None)])


def intern_body(rng: random.Random, n: int) -> Doc:
    """A supervising body's intern list: passports, residence cards, origins."""
    grid = Grid("氏名（旅券）", "生年月日", "旅券番号", "在留カード番号", "出身・民族", "受入企業担当", "連絡先", "入国日")
    for _ in range(rng.randint(8, 12)):
        p = person(rng, young=True, foreign=True)
        grid.add(name(p, "roman"), born(rng, p, rng.choice(["slash", "dash", "west"])), val("PASSPORT", ids.passport(rng)),
                 val("RESIDENCE_CARD", ids.residence(rng)), sensitive(rng, "人種・民族") if rng.random() < 0.4 else "",
                 name(person(rng), "family"), tel(rng, True) if rng.random() < 0.7 else val("PHONE", international(rng)),
                 event_date(rng, "slash"))
    return formats.xlsx(f"intern_body/実習生名簿_{n:02d}.xlsx", [("実習生", grid, "技能実習生 受入名簿")])


def international(rng: random.Random) -> str:
    """A mobile written the way interns' home-country forms ask: +81, no leading 0."""
    number = people.phone(rng, True, "-")
    return "+81-" + number[1:]


def law_office(rng: random.Random, n: int) -> Doc:
    """A law office's case notes: the client's record, the victim's harm."""
    org = Org(rng, "みなと総合法律事務所", "minato-law.jp")
    lines = Lines()
    org.letterhead(lines)
    lines.gap()
    for _ in range(rng.randint(2, 4)):
        client, victim = person(rng), person(rng)
        lines.put("【事件番号 令和", str(rng.randint(6, 8)), "年（わ）第", str(rng.randint(100, 999)), "号】")
        lines.put("依頼者：", name(client), "（", born(rng, client, "era"), "生）")
        lines.put("依頼者には", sensitive(rng, "犯罪歴"), "。今回は示談交渉を優先する。")
        if rng.random() < 0.5:
            lines.put("（戸籍謄本によれば本籍は", sensitive(rng, "本籍"), "。）")
        lines.put("相手方 ", name(victim), " 氏は", sensitive(rng, "犯罪被害"), "と主張している。")
        lines.put("相手方の携帯 ", tel(rng, True), "／次回期日 ", event_date(rng, "era"))
        lines.gap()
    return formats.txt(f"law_office/事件メモ_{n:02d}.txt", lines, rng.choice(["utf-8", "cp932"]))


def law_office_mail(rng: random.Random, n: int) -> Doc:
    org = Org(rng, "みなと総合法律事務所", "minato-law.jp")
    client = person(rng)
    body = Lines().put(name(client), " 様").gap()
    body.put("先日ご相談いただいた件について、警察への相談記録（", sensitive(rng, "犯罪被害"), "）を拝見しました。")
    body.put("ご本人確認のため、マイナンバーカードの番号（", my_number(rng, " "), "）をお控えしました。")
    body.put("ご連絡先 ", tel(rng, True), " ／ 郵送先 ", zipcode(rng), " ", home(rng))
    body.put("次回の打合せ ", event_date(rng, "west"))
    body.gap()
    org.letterhead(body)
    body.put("振込先：みなと銀行 本店営業部 普通 ", org_account(rng), "（当事務所名義）")
    statement = Lines().put("陳述書（下書き）").put("私、", name(client), "は、", sensitive(rng, "犯罪被害"), "。")
    return formats.eml(f"law_office/mail/相談_{n:02d}.eml", org.sender(), recipient(rng, client),
                       "ご相談の件", body, when(rng), [formats.txt(f"陳述書_{n:02d}.txt", statement)], f"lw{n}")


def supporters(rng: random.Random, n: int) -> Doc:
    """A politician's supporters' club: members and their political stance."""
    grid = Grid("会員氏名", "住所", "電話", "メール", "所属・活動", "紹介者", "入会日")
    for _ in range(rng.randint(9, 13)):
        p = person(rng)
        grid.add(any_name(rng, p), home(rng), tel(rng), mail(rng, p),
                 sensitive(rng, "信条") if rng.random() < 0.6 else "―", name(person(rng), "family"),
                 event_date(rng, "era"))
    return formats.csv(f"supporters/後援会名簿_{n:02d}.csv", grid, "utf-8")


def print_company_hr(rng: random.Random, n: int) -> Doc:
    """A printing company's personnel desk: a zip of a union-dues list and a memo."""
    dues = Grid()
    for _ in range(rng.randint(10, 15)):
        p = person(rng)
        dues.add(f"{rng.randint(1000, 9999)}", name(p, "tight"), sensitive(rng, "労働組合") if rng.random() < 0.7 else "―",
                 val("BASIC_PENSION_NUMBER", ids.pension(rng, rng.choice(["-", ""]))), my_number(rng))
    memo = Lines().put("人事課メモ")
    for _ in range(rng.randint(3, 5)):
        p = person(rng)
        memo.put(name(p), "（", born(rng, p, "abbr"), "生）は", sensitive(rng, "労働組合"), "。交渉窓口として扱う。")
    memo.put("雇用保険適用事業所番号 ", employer_office(rng))
    members = [formats.csv("組合費控除.csv", dues, "cp932"), formats.txt("memo/人事メモ.txt", memo)]
    return formats.archive(f"print_company/人事_{n:02d}.zip", members)


def scrivener(rng: random.Random, n: int) -> Doc:
    """A 司法書士 office's inheritance file: heirs, the deceased's 本籍."""
    form = Grid("続柄", "氏名", "生年月日", "本籍", "住所")
    dead = person(rng)
    form.add("被相続人", [name(dead)], [born(rng, dead, "era")], [sensitive(rng, "本籍")], [home(rng)])
    for rel in rng.sample(["妻", "長男", "長女", "二男", "二女"], rng.randint(2, 4)):
        p = person(rng)
        form.add(rel, [any_name(rng, p)], [born(rng, p, rng.choice(["era", "kanji"]))], [sensitive(rng, "本籍")], [home(rng)])
    head = Lines().put("相続関係説明図（案）").put("受付 ", event_date(rng, "era"), "　依頼者連絡先 ", tel(rng))
    return formats.word(f"scrivener/相続関係_{n:02d}.docx", [head, form])


def wedding_hall(rng: random.Random, n: int) -> Doc:
    """A wedding hall's planner sheet: the couple, guests with needs, printed to PDF."""
    pages = []
    groom, bride = person(rng, young=True), person(rng, young=True)
    first = Lines().put("挙式打合せシート").put("新郎 ", name(groom), "（", born(rng, groom, "west"), "生）")
    first.put("新婦 ", name(bride), "（", born(rng, bride, "west"), "生）")
    first.put("連絡先 ", tel(rng, True), " / ", mail(rng, bride))
    first.put("挙式日 ", event_date(rng, "west"), "　会場 ", place_like(rng))
    first.put("内金決済カード ", val("CREDIT_CARD", ids.grouped(ids.card(rng), (4, 4, 4, 4), " ")), "　見積No ", order_key(rng))
    pages.append(first)
    guests = Lines().put("ゲスト配慮事項")
    for _ in range(rng.randint(4, 7)):
        guests.put(name(person(rng)), " 様：", sensitive(rng, rng.choice(["宗教", "障害", "病歴"])))
    pages.append(guests)
    return formats.pdf(f"wedding_hall/打合せ_{n:02d}.pdf", pages)


def price_list(rng: random.Random, n: int) -> Doc:
    """Price lists and catalogues: product codes, shops named like people, the firm's own contacts."""
    org = Org(rng, rng.choice(["有限会社まるやま商会", "株式会社しらかば物産", "はやて楽器"]), "shop-example.jp")
    grid = Grid("品名", "JAN/管理コード", "取扱店", "価格")
    for _ in range(rng.randint(8, 14)):
        grid.add(rng.choice(["ヤマノ弦セット", "保冷ボックス", "筆ペン中字", "軽トラ用シート"]), product_code(rng),
                 rng.choice([thing_like, place_like, company_like])(rng), f"{rng.randint(3, 90) * 100}")
    grid.add("伝票番号", order_key(rng), "", "")
    grid.add("法人番号", corporate(org), "", "")
    grid.add("問合せ", decoy("PHONE", org.phone, "org_phone"), decoy("EMAIL", f"sales@{org.domain}", "org_email"), "")
    return formats.csv(f"catalogue/価格表_{n:02d}.csv", grid, rng.choice(["utf-8", "cp932"]))


def notices(rng: random.Random, n: int) -> Doc:
    """Notices to everyone: health advice about no one, events, the office's own contacts."""
    org = Org(rng, rng.choice(["銀杏通り商店街振興組合", "光明寺 寺務所", "グランフォレスト管理組合"]), "notice-example.jp")
    lines = Lines().put("お知らせ")
    org.letterhead(lines)
    lines.put("設立 ", founding(rng))
    for _ in range(3):
        lines.put("・", notice(rng))
    lines.put("・会場は", place_like(rng), "です。日時 ", event_date(rng, "era"))
    lines.put("・", decoy("SENSITIVE", rng.choice(["天理教会前の駐車場は使用できません", "組合会館の改修工事のお知らせ",
                                                   "カトリック教会の鐘の音についてのご案内"]), "faith_word_in_place"))
    lines.put("・予約番号 ", booking_ref(rng))
    return formats.html(f"notices/お知らせ_{n:02d}.html", "お知らせ", [lines])


CLEAN_TEXTS = ["会議室の予約は前日までに総務へ。", "プリンタのトナー交換手順：前面カバーを開け、古いトナーを取り出す。",
               "今月の売上目標は前年同月比105%です。", "駐輪場の清掃を第2土曜日に行います。", "年末年始の営業日程は別紙のとおり。",
               "新しい複合機の操作説明会を開きます。", "備品の棚卸しは月末に実施します。"]


def clean(rng: random.Random, n: int) -> Doc:
    """Files with nothing personal in them."""
    lines = Lines().put(rng.choice(["業務連絡", "作業手順", "備忘録"]))
    for text in rng.sample(CLEAN_TEXTS, 4):
        lines.put(text)
    doc = _clean_doc(rng, n, lines)
    doc.clean = True
    return doc


def _clean_doc(rng: random.Random, n: int, lines: Lines) -> Doc:
    kind = n % 4
    if kind == 0:
        return formats.txt(f"shared/clean/連絡_{n:02d}.txt", lines, rng.choice(["utf-8", "cp932"]))
    if kind == 1:
        grid = Grid("品目", "在庫", "発注点")
        for item in rng.sample(["コピー用紙", "封筒", "ボールペン", "ガムテープ", "電池"], 4):
            grid.add(item, str(rng.randint(0, 50)), str(rng.randint(5, 10)))
        return formats.xlsx(f"shared/clean/在庫_{n:02d}.xlsx", [("在庫", grid, None)])
    if kind == 2:
        return formats.word(f"shared/clean/手順書_{n:02d}.docx", [lines])
    return formats.html(f"shared/clean/案内_{n:02d}.html", "社内案内", [lines])


def condo_minutes(rng: random.Random, n: int) -> Doc:
    """Board minutes: names in running text without 様, surnames alone after a role."""
    chair, secretary, auditor = person(rng), person(rng), person(rng)
    head = Lines().put("第", str(n + 12), "期 第", str(rng.randint(2, 9)), "回 理事会議事録")
    head.put("日時 ", event_date(rng, "era"), "　場所 ", place_like(rng))
    head.put("出席：理事長 ", name(chair, "family"), "、副理事長 ", name(secretary, "family"), "、監事 ", name(auditor, "family"))
    body = Lines()
    body.put("1. 前回議事録の承認 ― ", name(secretary), "が読み上げ、全員異議なく承認した。")
    resident = person(rng)
    body.put("2. 漏水の件 ― ", str(rng.randint(2, 9)), "0", str(rng.randint(1, 8)), "号室の", name(resident),
             "から申入れ。", name(resident, "family"), "は", sensitive(rng, rng.choice(["障害", "病歴"])),
             "のため、工事の立会いは家族の", name(person(rng)), "が行う。")
    body.put("3. 駐車場 ― 監事", name(auditor, "family"), "より、", company_like(rng), "の見積りが高すぎるとの指摘。")
    neighbour = person(rng)
    body.put("4. 防犯 ― 先月、", name(neighbour), "宅で", sensitive(rng, "犯罪被害"), "。警察には", name(neighbour, "family"),
             "本人が届け出済み。")
    body.put("5. その他 ― ", notice(rng))
    body.put("以上。議事録署名人 ", name(chair), "・", name(auditor))
    return formats.word(f"condo/理事会議事録_{n:02d}.docx", [head, body])
