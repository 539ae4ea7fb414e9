"""Writers C: a used-car dealer, a ballroom dance studio, a pottery class, a fishing
charter boat, a rent guarantee company."""

from __future__ import annotations

import random

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus22 import formats as F
from benchmarks.corpus22 import formats_more as M
from benchmarks.corpus22 import ids, vocab
from benchmarks.corpus22.common import decoy, field, letterhead, org, person, sens, val


def usedcar_order(rng: random.Random, n: int):
    dealer = org(rng, "カーステーション北斗 中古車センター", "hokuto-cars.jp")
    buyer = person(rng, 0.05)
    page = Lines().put("注文書（中古自動車）").put(*letterhead(dealer)).put("法人番号 ", ids.corporate_number(rng)).gap()
    page.put("ご購入者 ", val("PERSON", buyer.full), "　フリガナ ", val("PERSON", buyer.katakana))
    page.put("生年月日 ", ids.birth(buyer.born, rng.choice(["west", "wareki", "slash"])))
    page.put("住所 〒", val("POSTAL_CODE", buyer.postal), " ", val("ADDRESS", buyer.address))
    page.put("携帯 ", ids.phone_mark(rng, True), "  メール ", field(rng, buyer, "mail"))
    page.put("運転免許証番号 ", ids.licence(rng))
    page.put("車名 ", decoy("PERSON", rng.choice(vocab.BRANDS), "car_model_named_like_person"), "  初度登録 ",
             ids.other_date(rng, "abbr", "registration_date"))
    pay = Lines().put("お支払い方法")
    if rng.random() < 0.5:
        pay.put("クレジットカード ", ids.card(rng), "（一括）")
    else:
        pay.put("ローン引落口座 ", *field(rng, buyer, "bank"))
    pay.put("保証書番号 ", ids.product_code(rng)).put("営業担当 ", val("PERSON", person(rng).full))
    return M.pdf(f"usedcar/注文書_{n + 1:03d}.pdf", [page, pay])


def usedcar_customers(rng: random.Random, n: int):
    grid = Grid("顧客名", "郵便番号", "住所", "電話", "生年月日", "購入車", "納車日")
    for _ in range(rng.randint(15, 24)):
        p = person(rng, 0.05)
        grid.add(field(rng, p, "tight"), field(rng, p, "postal"), field(rng, p, "addr"), field(rng, p, "tel"),
                 field(rng, p, "dob:abbr0"), decoy("PERSON", rng.choice(vocab.BRANDS), "car_model_named_like_person"),
                 ids.other_date(rng, "abbr0", "delivery_date"))
    return F.csv(f"usedcar/customers_{n + 1:02d}.csv", grid, "cp932")


def dance_mbox(rng: random.Random, n: int):
    studio = org(rng, "ボールルーム 月の輪ダンススタジオ", "tsukinowa-dance.jp")
    mails = []
    for k in range(rng.randint(4, 7)):
        p, partner = person(rng, 0.05, 1945, 1995), person(rng)
        body = Lines().put(val("PERSON", p.sei), "さん").gap()
        body.put("来月のパーティーでは", val("PERSON", partner.full), "さんとワルツを踊っていただきます。")
        body.put("会費は口座振替（", *field(rng, p, "bank"), "）です。")
        if rng.random() < 0.5:
            body.put("お申し出のあった", sens(rng, rng.choice(["病歴", "障害"])), "については講師に伝えてあります。")
        body.put("会場 ", decoy("PERSON", rng.choice(vocab.PLACES), "place_named_like_person"), "前の公民館 ",
                 ids.other_date(rng, "west", "party_date"))
        body.gap().put(*letterhead(studio))
        mails.append(([studio.name, " <", decoy("EMAIL", studio.email, "org_email"), ">"],
                      [val("PERSON", p.full), " <", field(rng, p, "mail"), ">"], "パーティーのご案内", body))
    return F.mbox(f"dance/sent_{n + 1:02d}.mbox", mails)


def dance_programme(rng: random.Random, n: int):
    studio = org(rng, "ボールルーム 月の輪ダンススタジオ", "tsukinowa-dance.jp")
    slides = [Lines().put(f"第{n + 8}回 発表会プログラム").put(*letterhead(studio, False))]
    for _ in range(rng.randint(3, 5)):
        s = Lines().put(rng.choice(["ワルツ", "タンゴ", "ルンバ", "チャチャチャ"]))
        for _ in range(rng.randint(2, 4)):
            a, b = person(rng), person(rng)
            s.put(val("PERSON", a.full), " ＆ ", val("PERSON", b.full), "（", val("ADDRESS", a.pref + a.city), "）")
        slides.append(s)
    return F.pptx(f"dance/発表会_{n + 1:02d}.pptx", slides)


def toge_letter(rng: random.Random, n: int):
    kiln = org(rng, "陶芸工房 土と炎", "tsuchitohono.jp")
    p = person(rng, 0.05, 1945, 1990)
    text = Lines().put(*letterhead(kiln)).gap().put(val("PERSON", p.full), " 様")
    text.put(val("POSTAL_CODE", p.postal), " ", val("ADDRESS", p.address)).gap()
    text.put("窯出しした作品が仕上がりましたのでお知らせします。受け取りは", ids.other_date(rng, "wareki", "pickup_date"), "以降です。")
    if rng.random() < 0.6:
        text.put("前回伺った", sens(rng, rng.choice(["障害", "病歴"])), "のこと、ろくろ台の高さを調整しておきます。")
    text.put("同じ班の", val("PERSON", person(rng).full), "さんも同日に来られるそうです。")
    text.put("ご連絡は ", ids.phone_mark(rng), " までいただければ折り返します（講師 ", val("PERSON", person(rng).sei), "）。")
    return M.rtf(f"toge/お知らせ_{n + 1:02d}.rtf", text)


def toge_roster(rng: random.Random, n: int):
    text = Lines().put(f"陶芸教室 {rng.choice(['火曜', '木曜', '土曜'])}クラス 名簿").gap()
    for k in range(rng.randint(12, 20)):
        p = person(rng)
        text.put(f"{k + 1}）", val("PERSON", p.full), "（", val("PERSON", p.kana), "）電話", ids.phone_mark(rng), "・",
                 ids.birth(p.born, rng.choice(["abbr", "short", "wareki"])), "生")
    return F.text(f"toge/名簿_{n + 1:02d}.txt", text, rng.choice(["utf-8", "cp932"]))


def fishing_manifest(rng: random.Random, n: int):
    grid = Grid()
    for _ in range(rng.randint(8, 16)):
        p = person(rng)
        grid.add(field(rng, p, "name"), field(rng, p, "sex"), str(rng.randint(18, 80)), field(rng, p, "addr"),
                 field(rng, p, "mobile"), val("PERSON", person(rng).full), field(rng, p, "phone"))
    return F.csv(f"fishing/乗船名簿_{n + 1:03d}.csv", grid, "cp932")


def fishing_export(rng: random.Random, n: int):
    grid = Grid()
    for k in range(rng.randint(18, 26)):
        p = person(rng)
        grid.add(f"{k + 1:05d}", field(rng, p, "katakana"), field(rng, p, "dob:packed"), field(rng, p, "tel"),
                 ids.other_date(rng, "packed", "boarding_date"), rng.choice(["アジ", "タチウオ", "マダイ", "イカ"]))
    return M.fixed_width(f"fishing/JOSEN{n + 1:02d}.DAT", grid, [6, 24, 10, 15, 10, 8])


def hosho_application(rng: random.Random, n: int):
    applicant = person(rng, 0.1, 1960, 2004)
    form = Grid("項目", "内容")
    form.add("申込者氏名", field(rng, applicant, "name")).add("フリガナ", field(rng, applicant, "katakana"))
    form.add("生年月日", field(rng, applicant, "dob:wareki")).add("現住所", field(rng, applicant, "addr"))
    form.add("携帯電話", field(rng, applicant, "mobile")).add("メール", field(rng, applicant, "mail"))
    form.add("本人確認書類（運転免許証番号）", field(rng, applicant, "licence"))
    form.add("勤務先", rng.choice(["株式会社三国精機", "湊運輸株式会社", "医療法人あおば会"]))
    form.add("雇用保険被保険者番号", field(rng, applicant, "koyo")).add("勤務先 事業所番号", ids.employer_office(rng))
    form.add("基礎年金番号", field(rng, applicant, "pension"))
    form.add("家賃引落口座", field(rng, applicant, "bank"))
    form.add("緊急連絡先", [val("PERSON", person(rng).full), " ", ids.phone_mark(rng)])
    form.add("特記事項", rng.choice([sens(rng, "労働組合"), sens(rng, "犯罪歴"), "特になし"]))
    if applicant.foreign:
        form.add("在留カード番号", field(rng, applicant, "zairyu"))
    check = Grid("審査項目", "結果", "審査日")
    check.add("信用情報", rng.choice(["異動なし", "延滞1件"]), ids.other_date(rng, "slash", "review_date"))
    return F.xlsx(f"hosho/申込書_{n + 1:03d}.xlsx", [("申込書", form, "家賃債務保証 お申込書"), ("審査", check, None)])


def hosho_memo(rng: random.Random, n: int):
    text = Lines().put(f"審査メモ {n + 1}").gap()
    for _ in range(rng.randint(4, 7)):
        p = person(rng, 0.1)
        text.put("■ ", val("PERSON", p.full), " 様（", ids.birth(p.born, rng.choice(ids.STYLES)), "生）")
        said = rng.choice([("在籍確認の際、総務担当者から「本人は", "労働組合", "」と聞いた。"),
                           ("面談で本人より、", "病歴", "との申告あり。返済計画への影響は小さい。"),
                           ("前歴の照会で、", "犯罪歴", "であることが判明。保証人の追加を求める。")])
        text.put("  ", said[0], sens(rng, said[1]), said[2])
        text.put("  連絡先 ", ids.phone_mark(rng), "  担当 ", val("PERSON", person(rng).sei))
    return F.text(f"hosho/審査メモ_{n + 1:03d}.txt", text, "utf-8")
