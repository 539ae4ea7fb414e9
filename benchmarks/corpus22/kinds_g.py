"""Writers G: the same organisations' second desks — honoraria and onboarding sheets
full of identifiers, a loan screening export, phone and mail memos, committee records."""

from __future__ import annotations

import random

from benchmarks.corpus16.model import Grid, Lines
from benchmarks.corpus22 import formats as F
from benchmarks.corpus22 import formats_more as M
from benchmarks.corpus22 import ids, vocab
from benchmarks.corpus22.common import decoy, field, letterhead, org, person, place_like, sens, val


def tenji_honorarium(rng: random.Random, n: int):
    grid = Grid("点訳者", "住所", "個人番号", "振込先", "口座番号", "謝金（円）")
    for _ in range(rng.randint(10, 15)):
        p = person(rng)
        words, number = ids.account(rng)
        grid.add(field(rng, p, "name"), field(rng, p, "addr"), field(rng, p, "mynumber"), words, number,
                 f"{rng.randint(3, 40) * 1000:,}")
    return F.xlsx(f"tenji/謝金支払_{n + 1:02d}.xlsx", [("支払調書", grid, "点訳ボランティア 謝金支払一覧（令和8年度上期）")])


def saiyo_onboarding(rng: random.Random, n: int):
    grid = Grid("社員番号", "氏名", "生年月日", "個人番号", "基礎年金番号", "雇用保険被保険者番号", "前職の保険者番号", "給与振込口座")
    for k in range(rng.randint(10, 14)):
        p = person(rng, 0.1, 1975, 2004)
        grid.add(f"26{n}{k:03d}", field(rng, p, "name"), field(rng, p, "dob:wareki"), field(rng, p, "mynumber"),
                 field(rng, p, "pension"), field(rng, p, "koyo"), field(rng, p, "insurer"), field(rng, p, "bank"))
    office = Grid("項目", "内容").add("適用事業所番号", ids.employer_office(rng)).add("法人番号", ids.corporate_number(rng))
    return F.xlsx(f"saiyo/入社手続_{n + 1:02d}.xlsx", [("新入社員", grid, "入社手続き 提出書類一覧"), ("事業所", office, None)])


def usedcar_loan(rng: random.Random, n: int):
    grid = Grid("申込者", "フリガナ", "運転免許証番号", "カード番号", "勤務先電話", "年収（万円）", "受付番号")
    for _ in range(rng.randint(10, 15)):
        p = person(rng, 0.05)
        grid.add(field(rng, p, "tight"), field(rng, p, "katakana"), field(rng, p, "licence"), field(rng, p, "card"),
                 field(rng, p, "tel"), str(rng.randint(200, 900)), ids.ticket_number(rng))
    return F.csv(f"usedcar/loan_{n + 1:02d}.csv", grid, "cp932")


def fishing_reservation(rng: random.Random, n: int):
    boat = org(rng, "遊漁船 第三しおかぜ丸", "shiokaze-maru.jp")
    p = person(rng)
    body = Lines().put("第三しおかぜ丸 船長様").gap()
    body.put(ids.other_date(rng, "west"), "の", rng.choice(["タチウオ", "アジ", "マダイ"]), "船を", str(rng.randint(2, 5)), "名で予約したいです。")
    body.put("代表 ", val("PERSON", p.full), "　携帯 ", ids.phone_mark(rng, True))
    body.put("同行者：", val("PERSON", person(rng).full), "、", val("PERSON", person(rng).tight))
    if rng.random() < 0.5:
        body.put("同行者の一人は", sens(rng, rng.choice(["病歴", "障害"])), "なので、揺れが少ない席をお願いできますか。")
    body.put("駐車場は", place_like(rng), "側を使います。")
    path = f"fishing/Maildir/cur/17621{n:05d}.M{n}P{rng.randint(100, 999)}.mailhost:2,S"
    return F.maildir(path, [val("PERSON", p.full), " <", field(rng, p, "mail"), ">"],
                     [boat.name, " <", decoy("EMAIL", boat.email, "org_email"), ">"], "予約のお願い", body, n)


def petgrave_call(rng: random.Random, n: int):
    p = person(rng)
    text = Lines().put("電話受付メモ").put("日時：", ids.other_date(rng, "abbr"), " 11:20　受付：", val("PERSON", person(rng).sei))
    text.put("お名前：", val("PERSON", p.full), " 様　折返し：", ids.phone_mark(rng))
    text.put("ご住所：", val("ADDRESS", p.address))
    text.put("内容：愛犬「", decoy("PERSON", rng.choice(vocab.PETS), "pet_named_like_person"), "」の個別火葬と納骨の相談。")
    text.put("ご本人は", rng.choice([sens(rng, "宗教"), "無宗教"]), "とのことで、読経は不要。")
    return F.text(f"petgrave/電話メモ_{n + 1:03d}.txt", text, rng.choice(["utf-8", "cp932"]))


def karate_mail(rng: random.Random, n: int):
    dojo = org(rng, "空手道 誠心館", "seishinkan-karate.jp")
    parent, child = person(rng, 0, 1970, 1992), person(rng, 0, 2010, 2018)
    body = Lines().put("誠心館 ", val("PERSON", person(rng).sei), "先生").gap()
    body.put("いつもお世話になっております。", val("PERSON", child.full), "の母です。")
    body.put("息子は", sens(rng, "病歴"), "ため、寒い日の稽古は様子を見ながら参加させます。")
    body.put("昇級審査（", ids.other_date(rng, "wareki"), "）の申込書は来週持参します。")
    body.put("生年月日は", ids.birth(child.born, "wareki"), "です。").gap().put(val("PERSON", parent.full))
    return F.eml(f"karate/mail_{n + 1:03d}.eml", [val("PERSON", parent.full), " <", field(rng, parent, "mail"), ">"],
                 decoy("EMAIL", dojo.email, "org_email"), "審査の件", body, n)


def bocho_minutes(rng: random.Random, n: int):
    text = Lines().put("総務委員会 記録（抜粋）").put("日時 ", ids.other_date(rng, "wareki")).gap()
    chair, member = person(rng), person(rng)
    text.put("委員長（", val("PERSON", chair.full), "）　ただいまから委員会を開きます。")
    petitioner = person(rng)
    text.put("請願第", str(rng.randint(1, 20)), "号は、", val("ADDRESS", petitioner.address), "の", val("PERSON", petitioner.full),
             "氏ほかから提出されたものです。")
    text.put("請願者は", sens(rng, "信条"), "であり、紹介議員は", val("PERSON", member.sei), "委員です。")
    text.put("本日の傍聴者は", str(rng.randint(3, 15)), "名。")
    return F.docx(f"bocho/委員会記録_{n + 1:02d}.docx", [text])


def tetsudo_mbox(rng: random.Random, n: int):
    club = org(rng, "鉄道友の会 湊川支部", "tetsutomo-minato.jp")
    mails = []
    for _ in range(rng.randint(4, 6)):
        p = person(rng)
        body = Lines().put(val("PERSON", p.sei), "さん").gap()
        body.put("次回の撮影会は", decoy("PERSON", rng.choice(vocab.TRAINS), "train_named_like_person"), "の引退記念です。")
        body.put("集合は", place_like(rng), "、", ids.other_date(rng, "slash"), "の朝6時。")
        body.put("会費の口座は", *field(rng, p, "bank"), "で引き落とします。")
        body.put("幹事 ", val("PERSON", person(rng).full)).gap().put(*letterhead(club))
        mails.append((decoy("EMAIL", club.email, "org_email"), [val("PERSON", p.full), " <", field(rng, p, "mail"), ">"],
                      "撮影会のご案内", body))
    return F.mbox(f"tetsudo/sent_{n + 1:02d}.mbox", mails)


def ryugaku_interview(rng: random.Random, n: int):
    p = person(rng, 1.0, 1996, 2006)
    text = Lines().put("面談記録（留学生課）").put("学生：", val("PERSON", p.roma), "（", val("PERSON", p.katakana), "）")
    text.put("国籍：", p.foreign, "　生年月日：", ids.birth(p.born, "west"), "　面談日：", ids.other_date(rng, "west"))
    text.put("本人より：", sens(rng, "人種・民族"), "であり、寮での生活に不安がある。")
    text.put("また、", sens(rng, "宗教"), "ため、食堂のメニューについて相談あり。")
    text.put("対応：学生相談室の", val("PERSON", person(rng).full), "カウンセラーにつなぐ。")
    return M.odt(f"ryugaku/面談記録_{n + 1:03d}.odt", text)


def maternity_call(rng: random.Random, n: int):
    p = person(rng, 0.1, 1986, 2003)
    text = Lines().put("電話相談記録　助産師 ", val("PERSON", person(rng).sei))
    text.put("相談者：", val("PERSON", p.full), "（", ids.birth(p.born, rng.choice(["abbr", "wareki"])), "生）　",
             ids.phone_mark(rng, True))
    text.put("分娩予定日：", ids.other_date(rng, "wareki", "due_date"))
    text.put("内容：", sens(rng, "病歴"), "。妊婦健診では", sens(rng, "健康診断結果"), "と言われた。")
    return F.text(f"maternity/電話相談_{n + 1:03d}.txt", text, "cp932", "\r\n")
