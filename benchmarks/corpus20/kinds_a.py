"""Corpus 20's writers (1): a photo studio, an after-school club (学童保育), a volunteer
tourist-guide association and a small factory's health office."""

from __future__ import annotations

import random

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus20 import columns as col
from benchmarks.corpus20 import common as c
from benchmarks.corpus20 import formats as f
from benchmarks.corpus20 import people
from benchmarks.corpus20.people import Person

STUDIO = "フォトスタジオ萌黄 本店"
GAKUDO = "あおぞら学童クラブ"
GUIDE = "みなと観光ボランティアガイドの会"
FACTORY = "有限会社 鷹見精機 総務課"


def studio_ledger(rng: random.Random, n: int):
    kids = people.people(rng, rng.randint(18, 30), young=0, old=20, abroad=0.05)
    columns = [lambda r, p, i: c.slip(r), col.event("slash"), col.name(), col.kana(), col.born("slash"),
               col.relative(col.GUARDIANS), col.tel(), col.mail(0.3),
               col.choice("七五三", "成人式前撮り", "入学記念", "家族写真", "お宮参り")]
    main = col.register(rng, ["受付番号", "撮影日", "お子様氏名", "フリガナ", "生年月日", "保護者", "連絡先", "メール", "プラン"],
                        columns, kids)
    extra = people.people(rng, rng.randint(6, 10), young=18, old=22)
    second = col.register(rng, ["撮影予定日", "氏名", "生年月日", "携帯", "住所"],
                          [col.event("era"), col.name("tight"), col.born("era"), col.tel(True), col.address()], extra)
    return f.xlsx(f"photo_studio/顧客台帳_{2025 + n % 2}_{n:02d}.xlsx",
                  [("顧客台帳", main, f"{STUDIO} 顧客台帳（撮影受付）"), ("前撮り予約", second, None)])


def studio_mail(rng: random.Random, n: int):
    shop = c.org(rng, STUDIO, "moegi-photo.example.jp")
    child, parent = people.person(rng, 2, 8), people.person(rng, 28, 45)
    staff = people.person(rng, 25, 50)
    body = Lines().put(c.name(parent, "sur"), " 様").gap()
    body.put("いつも", STUDIO, "をご利用いただきありがとうございます。")
    body.put("ご予約いただいた撮影の内容を確認させてください。").gap()
    body.put("撮影日：", c.visit_day(rng, "west"), " 10:30〜")
    body.put("お子様：", c.name(child), "ちゃん（", c.born(rng, child, "era"), "生まれ）")
    body.put("ご連絡先：", c.tel(rng, True))
    if rng.random() < 0.5:
        body.put("当日のお菓子について：お子様は", c.sens(rng, "病歴"), "と伺っておりますので、ご持参のものをお使いください。")
    body.put("衣装は", rng.choice(["桜柄の被布", "紺の羽織袴", "朱色の三つ身"]), "をご用意いたします。").gap()
    body.put("担当：", c.name(staff, "sur"))
    shop.sign(body)
    message = f.mail(c.own_mail(shop), c.email(rng, parent), "撮影ご予約の確認", body, f.ordinal_time(n, 3))
    return f.eml(f"photo_studio/mail/{n:03d}_予約確認.eml", message, body)


def gakudo_enrol(rng: random.Random, n: int):
    child = people.person(rng, 6, 11, abroad=0.12)
    mother, father = people.person(rng, 30, 45), people.person(rng, 30, 48)
    lines = Lines().put(f"令和{rng.choice([7, 8])}年度 {GAKUDO} 入所申請書").gap()
    lines.put("申請日　", c.visit_day(rng, "era"))
    grid = Grid("項目", "記入欄")
    grid.add("児童氏名", c.name(child, "space" if not child.abroad else "roma"))
    grid.add("ふりがな", c.name(child, "kana"))
    grid.add("生年月日", c.born(rng, child, rng.choice(["era", "kan", "west"])))
    grid.add("学校・学年", f"{rng.choice(['第一', '東', '桜台'])}小学校 {rng.randint(1, 4)}年")
    grid.add("住所", ["〒", c.postal(rng), " ", c.address(rng)])
    grid.add("保護者（母）", [c.name(mother), "　勤務先 ", c.tel(rng, False)])
    grid.add("保護者（父）", [c.name(father, "tight"), "　携帯 ", c.tel(rng, True)])
    health = [c.sens(rng, rng.choice(["病歴", "障害"]))] if rng.random() < 0.7 else ["特になし"]
    grid.add("健康状態・配慮事項", health)
    if child.abroad:
        grid.add("ルーツ・家庭の言葉", c.sens(rng, "人種・民族"))
    grid.add("お迎えの方", c.name(people.person(rng, 55, 80), "space"))
    lines.put("上記のとおり申請します。保護者署名　", c.name(mother, "tight"))
    return f.docx(f"gakudo/入所申請_{n:03d}.docx", lines, (grid,))


def gakudo_contacts(rng: random.Random, n: int):
    kids = people.people(rng, rng.randint(20, 32), young=6, old=12, abroad=0.08, sjis=True)
    columns = [col.name("tight"), col.choice("1年", "2年", "3年", "4年", "5年", "6年"), col.relative(col.GUARDIANS),
               col.tel(True), col.tel(False, blank=0.4), col.sens(("障害", "病歴"), 0.15, ("", ""))]
    grid = col.register(rng, None, columns, kids)
    return f.csv(f"gakudo/連絡網_{n + 1}班.csv", grid, encoding="cp932")


def gakudo_diary(rng: random.Random, n: int):
    staff = people.person(rng, 25, 60)
    lines = Lines().put(f"{GAKUDO} 業務日誌").put("記録日 ", c.visit_day(rng, "west"), "　記録者 ", c.name(staff)).gap()
    for _ in range(rng.randint(4, 7)):
        kid, other = people.person(rng, 6, 11, sjis=True), people.person(rng, 6, 11, sjis=True)
        event = rng.random()
        if event < 0.3:
            lines.put(c.name(kid), "くん" if kid.sex == "M" else "ちゃん", "が", c.name(other, "tight"),
                      "とけんかになり、職員が間に入った。")
        elif event < 0.55:
            lines.put(c.name(kid, "tight"), "は", c.sens(rng, rng.choice(["病歴", "障害"])), "のため、おやつの内容を母親と確認した。")
        elif event < 0.75:
            lines.put("17:40 ", c.name(kid), "のお迎えは祖父（", c.tel(rng, True), "）に変更との連絡あり。")
        else:
            lines.put("宿題のあと", c.place_name(rng, "公園"), "まで散歩。", c.name(kid, "kana"), "が転倒、擦り傷のみ。")
    lines.gap().put(c.notice(rng))
    return f.txt(f"gakudo/日誌/{n:03d}.txt", lines, encoding=rng.choice(["utf-8", "cp932"]))


def guide_registry(rng: random.Random, n: int):
    guides = people.people(rng, rng.randint(20, 34), young=40, old=82)
    columns = [col.number("G-", 100 * n), col.name(), col.kana(), col.born(), col.sex(), col.full_address(),
               col.tel(), col.mail(0.25), col.choice("英語", "中国語", "韓国語", "日本語のみ", "英語・スペイン語"),
               col.sens(("信条", "人種・民族", "犯罪歴"), 0.12, ("", "", "平和学習コース担当"))]
    main = col.register(rng, ["登録番号", "氏名", "フリガナ", "生年月日", "性別", "住所", "電話", "メール", "対応言語", "備考"],
                        columns, guides)
    course = Grid("受講日", "氏名", "講座")
    for p in guides[: rng.randint(6, 12)]:
        course.add(c.visit_day(rng, "slash"), c.name(p, "tight"), rng.choice(["普通救命講習", "城下町の歴史", "接遇研修"]))
    return f.xlsx(f"tour_guides/ガイド登録名簿_{n:02d}.xlsx",
                  [("登録者", main, f"{GUIDE} 登録ガイド名簿"), ("研修受講", course, None)])


def _guest(rng: random.Random) -> Person:
    return people.person(rng, 20, 75, abroad=0.6)


def guide_report(rng: random.Random, n: int):
    guide = people.person(rng, 45, 80)
    lines = Lines().put(f"【ガイド活動報告】{GUIDE}").put("担当ガイド：", c.name(guide)).put("実施日：", c.visit_day(rng, "era"))
    lines.put("コース：", c.place_name(rng, "城"), "〜", c.thing(rng), "〜港の朝市").gap()
    for _ in range(rng.randint(2, 4)):
        guest = _guest(rng)
        lines.put("ゲスト ", c.name(guest, "roma"), "（", rng.choice(["台湾", "米国", "豪州", "韓国", "ドイツ"]), "）")
        if rng.random() < 0.4:
            lines.put("　免税手続きのため旅券番号 ", c.ident(rng, "PASSPORT"), " を控えた。")
    victim = _guest(rng)
    lines.put(rng.choice(["朝市で", "駅前で", "バスの中で"]), c.name(victim, "roma"), "さんが",
              c.sens(rng, "犯罪被害"), "。交番へ同行した。")
    lines.put("連絡先（ホテル経由）：", c.tel(rng, False)).gap()
    lines.put("次回の担当は", c.name(people.person(rng, 45, 80), "sur"), "さん（携帯 ", c.tel(rng, True), "）。")
    return f.txt(f"tour_guides/報告/{n:03d}_活動報告.txt", lines)


def factory_checkup(rng: random.Random, n: int):
    staff = people.people(rng, rng.randint(20, 36), young=19, old=66, abroad=0.06)
    results = col.sens(("健康診断結果",), 0.45, ("異常なし", "A", "B（軽度）"))
    columns = [col.number("T", 2000), col.name("tight"), col.born("abbr"), col.sex(), results, results,
               col.sens(("病歴",), 0.2, ("", "")), col.choice("通常勤務", "就業制限なし", "要面談")]
    main = col.register(rng, ["社員番号", "氏名", "生年月日", "性別", "所見1", "所見2", "既往歴", "就業判定"], columns, staff)
    return f.xlsx(f"factory_health/{2025 + n % 2}年度_定期健診結果_{n:02d}.xlsx",
                  [("健診結果", main, f"{FACTORY} 定期健康診断 結果一覧（社外秘）"),
                   ("日程", Grid("実施日", "会場").add(c.visit_day(rng, "west"), "本社2階会議室"), None),
                   ("事業所", c.employer_sheet(rng), None)])


def factory_memo(rng: random.Random, n: int):
    worker = people.person(rng, 25, 64)
    doctor, manager = people.person(rng, 40, 70), people.person(rng, 35, 60)
    lines = Lines().put("就業上の措置に関する意見書").gap()
    lines.put("対象者：", c.name(worker, "wide"), "（生年月日 ", c.born(rng, worker, "era"), "）")
    lines.put("健診結果：", c.sens(rng, "健康診断結果"))
    lines.put("既往：", c.sens(rng, "病歴"))
    lines.put("所見：夜勤は当面控え、", c.visit_day(rng, "west"), "に再評価とする。")
    if rng.random() < 0.4:
        lines.put("本人は", c.sens(rng, "労働組合"), "であり、組合にも説明済み。")
    lines.put("嘱託産業医 ", c.name(doctor), "　/　工場長 ", c.name(manager, "sur"))
    return f.docx(f"factory_health/意見書_{n:03d}.docx", lines, heading=FACTORY)
