"""Corpus 20's writers (2): a cinema's membership desk, a bonsai society, an occupational
physician's office (産業医), a university hospital's residency office and an art class."""

from __future__ import annotations

import random

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus20 import columns as col
from benchmarks.corpus20 import common as c
from benchmarks.corpus20 import formats as f
from benchmarks.corpus20 import people

CINEMA = "シネマ潮見坂"
BONSAI = "緑風盆栽会"
SANGYOI = "北辰産業医事務所"
RESIDENCY = "県立医科大学附属病院 卒後臨床研修センター"
ATELIER = "アトリエ白群（絵画・造形教室）"


def cinema_members(rng: random.Random, n: int):
    members = people.people(rng, rng.randint(30, 45), young=16, old=80, abroad=0.05)
    columns = [col.number("CS", 50000 + 300 * n), col.name(), col.kana(), col.born("slash"), col.tel(),
               col.mail(0.2), col.postal(), col.address(pref=rng.random() < 0.5),
               col.ident("CREDIT_CARD", blank=0.5), col.choice("一般", "シニア", "学生", "夫婦50")]
    grid = col.register(rng, ["会員番号", "氏名", "カナ", "生年月日", "電話番号", "メールアドレス", "郵便番号", "住所",
                              "クレジットカード", "会員種別"], columns, members)
    return f.csv(f"cinema/members_{n:02d}.csv", grid, encoding="utf-8-sig" if n % 2 else "utf-8")


def cinema_newsletter(rng: random.Random, n: int):
    shop = c.org(rng, CINEMA, "shiomizaka-cinema.example.jp")
    lines = shop.head(Lines()).gap().put(f"今月の上映ラインナップ（{n + 1}号）")
    for _ in range(rng.randint(3, 5)):
        lines.put("・", rng.choice(["名画座セレクション", "夜の特集", "こども劇場"]), "：", c.character(rng), "が活躍する",
                  rng.choice(["探偵もの", "冒険活劇", "人情喜劇"]), "を上映します。")
    lines.put("ギフト券の番号（", c.coupon(rng), "）は、窓口で会員番号と一緒にお伝えください。")
    lines.put("会員証の更新は受付まで。", c.place_name(rng, "駅"), "南口から徒歩3分。")
    grid = Grid("日付", "作品", "時間")
    for _ in range(rng.randint(4, 7)):
        grid.add(c.visit_day(rng, "slash"), rng.choice(["港町の灯", "春雷", "青い自転車", "十三夜"]), "18:30")
    return f.html(f"cinema/newsletter_{n:02d}.html", f"{CINEMA} 会員だより", lines, grid)


def bonsai_members(rng: random.Random, n: int):
    members = people.people(rng, rng.randint(18, 28), young=50, old=90, abroad=0.0)
    lines = Lines().put(f"{BONSAI} 会員名簿（{n + 1}）").put("―" * 20)
    for i, p in enumerate(members, 1):
        lines.put(f"{i:02d} ", c.name(p, "wide"), "　", c.tel(rng, False), "　", c.address(rng, building=0.1))
        if rng.random() < 0.3:
            lines.put("   生年月日 ", c.born(rng, p, "era"), "　樹種：", rng.choice(["五葉松", "真柏", "皐月", "黒松", "長寿梅"]))
    lines.put("―" * 20).put("例会会場：", c.place_name(rng, "公民館"), "（毎月第1日曜）")
    return f.txt(f"bonsai/会員名簿_{n:02d}.txt", lines, encoding="cp932", newline="\r\n")


def bonsai_bulletin(rng: random.Random, n: int):
    lines = Lines().put(f"{BONSAI} 会報 第{40 + n}号").gap()
    a, b, d = (people.person(rng, 60, 88, sjis=True) for _ in range(3))
    lines.put("秋の展示会では", c.name(a), "さんの真柏が会長賞に選ばれました。")
    lines.put(c.name(b, "tight"), "さんは", c.sens(rng, "病歴"), "とのことで、今月の例会はお休みです。")
    if rng.random() < 0.5:
        lines.put(c.name(d), "さんは", c.sens(rng, rng.choice(["信条", "宗教"])), "で、日曜の例会は欠席が多くなるそうです。")
    lines.put("新入会員：", c.name(people.person(rng, 50, 80, sjis=True)), "さん（", c.address(rng, building=0.0), "）")
    lines.put(c.thing(rng), "の見学会は雨天中止となりました。", c.notice(rng))
    lines.put("会計報告：会費収入 84,000円 / 展示会場費 30,000円")
    return f.pdf(f"bonsai/会報_{40 + n}.pdf", lines)


def bonsai_slides(rng: random.Random, n: int):
    slides = [Lines().put(f"{BONSAI} 秋季盆栽展").put("出品者のご紹介")]
    for p in people.people(rng, rng.randint(4, 7), young=55, old=90, abroad=0.0):
        slides.append(Lines().put("出品者：", c.name(p)).put(rng.choice(["五葉松「翠嵐」", "真柏「雲龍」", "皐月「暁」"]))
                      .put("樹齢 約", str(rng.randint(30, 120)), "年"))
    slides.append(Lines().put("会場：", c.place_name(rng, "市民ホール")).put("お問い合わせ：事務局"))
    return f.pptx(f"bonsai/展示会_{n:02d}.pptx", slides)


def sangyoi_interview(rng: random.Random, n: int):
    worker, doctor = people.person(rng, 22, 64, abroad=0.05), people.person(rng, 40, 70)
    lines = Lines().put(f"{SANGYOI}　面談記録").gap()
    lines.put("面談日：", c.visit_day(rng, "era"), "　面談者：産業医 ", c.name(doctor))
    lines.put("対象者：", c.name(worker), "（", rng.choice(["製造部", "物流センター", "経理課"]), "）")
    lines.put("生年月日：", c.born(rng, worker, rng.choice(["west", "era", "abbr"])))
    lines.put("面談区分：", rng.choice(["長時間労働", "復職判定", "健診事後措置"]))
    lines.put("健診結果：", c.sens(rng, "健康診断結果"))
    lines.put("既往歴・治療状況：", c.sens(rng, "病歴"))
    if rng.random() < 0.3:
        lines.put("その他：", c.sens(rng, "障害"))
    lines.put("意見：", rng.choice(["時間外労働を月20時間以内に", "通常勤務可", "1か月後に再面談"]))
    return f.docx(f"occupational_doctor/面談記録_{n:03d}.docx", lines)


def sangyoi_mail(rng: random.Random, n: int):
    office = c.org(rng, SANGYOI, "hokushin-ohs.example.jp")
    hr = people.person(rng, 30, 60)
    staff = people.people(rng, rng.randint(6, 12), young=20, old=64, abroad=0.05, sjis=True)
    grid = col.register(rng, ["氏名", "生年月日", "所見", "判定"],
                        [col.name("tight"), col.born("slash"), col.sens(("健康診断結果",), 1.0),
                         col.choice("要再検査", "要精密検査", "要医療")], staff)
    attachment = f.csv("要再検者一覧.csv", grid, encoding="cp932")
    client = f"{rng.choice(['株式会社', '有限会社'])}{rng.choice(['三蔵', '青峰', '丸井田'])}"
    body = Lines().put(f"{client} 人事部").put(c.name(hr), " 様").gap()
    body.put("先日の定期健診で再検査が必要な方の一覧を添付します（", str(len(staff)), "名）。")
    body.put("特に", c.name(staff[0], "tight"), "さんは早めの受診をお勧めください。").gap()
    office.sign(body)
    message = f.mail(c.own_mail(office), c.email(rng, hr), "【要再検者一覧】定期健康診断", body, f.ordinal_time(n, 5),
                     (attachment,))
    return f.eml(f"occupational_doctor/mail/{n:03d}.eml", message, body, (attachment,))


def residency_roster(rng: random.Random, n: int):
    residents = people.people(rng, rng.randint(16, 26), young=24, old=34, abroad=0.04)
    columns = [col.number("R", 26000 + 100 * n), col.name(), col.name("roma"), col.born("west"), col.tel(True),
               col.mail(), col.sens(("健康診断結果",), 0.3, ("異常なし", "異常なし", "")),
               c.same_insurer(rng), lambda r, p, i: c.card_symbol(r)]
    grid = col.register(rng, ["ID", "氏名", "Name", "生年月日", "携帯", "メール", "入職時健診", "保険者番号", "記号・番号"],
                        columns, residents)
    vaccine = Grid("氏名", "麻疹抗体", "接種日")
    for p in residents[: rng.randint(6, 10)]:
        vaccine.add(c.name(p, "tight"), rng.choice(["陽性", "陰性→接種"]), c.visit_day(rng, "slash"))
    return f.xlsx(f"residency/研修医名簿_{n:02d}.xlsx",
                  [("名簿", grid, f"{RESIDENCY} 研修医名簿"), ("抗体", vaccine, None)])


def _residency_message(rng: random.Random, k: int, office: c.Org):
    doctor = people.person(rng, 24, 34)
    body = Lines().put(c.name(doctor), " 先生").gap()
    if k % 2:
        body.put("ローテーション変更の件、承知しました。連絡先は ", c.tel(rng, True), " で間違いないでしょうか。")
        body.put("なお健診の再検査（", c.sens(rng, "健康診断結果"), "）を今月中に受けてください。")
    else:
        body.put("当直表を送ります。", c.visit_day(rng, "west"), " の当直は", c.name(people.person(rng, 24, 34), "sur"),
                 "先生と交代になりました。")
    office.sign(body)
    return f.mail(c.own_mail(office), c.email(rng, doctor), "研修センターより", body, f.ordinal_time(k, 2)), body


def residency_mbox(rng: random.Random, n: int):
    office = c.org(rng, RESIDENCY, "med-resident.example.ac.jp")
    mails = [_residency_message(rng, k, office) for k in range(rng.randint(3, 6))]
    return f.mbox(f"residency/outbox_{n:02d}.mbox", mails)


def atelier_letter(rng: random.Random, n: int):
    child, parent, teacher = people.person(rng, 5, 15), people.person(rng, 30, 50), people.person(rng, 28, 70)
    lines = Lines().put(ATELIER)
    lines.put(c.name(parent), " 様").gap()
    lines.put("いつもお世話になっております。講師の", c.name(teacher, "sur"), "です。")
    lines.put(c.name(child, "tight"), "さんの作品が市の児童画展で入選しました。")
    lines.put("表彰式は", c.visit_day(rng, "era"), "、", c.place_name(rng, "文化会館"), "にて行われます。")
    if rng.random() < 0.4:
        lines.put("会場は段差が多いので、", c.sens(rng, "障害"), "とのことでしたら係員に申し付けます。")
    lines.put("ご不明な点は", c.tel(rng, True), "（", c.name(teacher), "携帯）までご連絡ください。")
    return f.rtf(f"atelier/お知らせ_{n:03d}.rtf", lines)


def atelier_students(rng: random.Random, n: int):
    kids = people.people(rng, rng.randint(10, 16), young=5, old=16, abroad=0.05)
    lines = Lines().put(f"{ATELIER} 生徒一覧（{rng.choice(['火曜', '木曜', '土曜'])}クラス）").gap()
    for p in kids:
        lines.put(c.name(p), "　", c.born(rng, p, "dot"), "　保護者連絡先 ", c.tel(rng, True))
        if rng.random() < 0.2:
            lines.put("　　注意：", c.sens(rng, "病歴"))
    return f.odt(f"atelier/生徒一覧_{n:02d}.odt", lines)
