"""Writers who take in what people tell: a radio station's listener mail, a university
admissions office, prison-visiting volunteers."""

from __future__ import annotations

import random
from datetime import date

from benchmarks.corpus11 import ids, mail, plain
from benchmarks.corpus11.common import Office, address, full_name, made, order_lookalike, phone, sens
from benchmarks.corpus11.model import Lines, Table
from benchmarks.corpus11.people import birth, email, mark, name, not_birth, person, postal

PEN_NAMES = ("港のカモメ", "夜更かしペンギン", "稲佐山の風", "ちゃんぽん大好き", "坂の上の猫")


def listener_mbox(rng: random.Random, i: int):
    """Listener mail (mbox): a story on air under a pen name, the real name and address for the prize."""
    messages = []
    for n in range(rng.randrange(3, 6)):
        p = person(rng)
        body = Lines().add("ラジオネーム：", rng.choice(PEN_NAMES)).blank()
        story = rng.choice(("犯罪被害", "病歴", "障害"))
        body.add("いつも楽しく聴いています。少し自分のことを書きます。")
        body.add("私は", sens(rng, story), "という経験があり、この番組に何度も励まされました。")
        body.add("プレゼント送付先：", postal(p, "mark"), " ", address(p))
        body.add("本名：", name(p.kanji), "　電話 ", phone(rng))
        headers = {"From": mark("EMAIL", email(rng, p)), "To": Office("radio").email("request"), "Subject": "リクエスト"}
        messages.append(mail.message(f"m{n}", headers, body))
    path = f"FMかもめ/リスナーメール/{2026}-{i % 12 + 1:02d}_{i:03d}.mbox"
    return made(path, mail.mbox(path, messages), "radio")


def applicants(rng: random.Random, i: int):
    """出願者一覧: examination numbers (not personal), passports for applicants from abroad,
    the support an applicant asked for."""
    rows = []
    for _ in range(rng.randrange(6, 10)):
        p = person(rng, rng.choice(("jp", "jp", "jp", "cn", "kr", "romaji")), born=(2005, 2008))
        document = mark("PASSPORT", ids.foreign_passport(rng)) if p.foreign else ""
        support = sens(rng, "障害") if rng.random() < 0.3 else ""
        rows.append([f"{rng.randrange(100000, 999999)}", full_name(p), mark("PERSON", p.romaji),
                     birth(p.birth, "iso"), mark("EMAIL", email(rng, p)), phone(rng), document, support,
                     order_lookalike(rng, "application_number")])
    header = ["受験番号", "氏名", "氏名(ローマ字)", "生年月日", "E-mail", "電話番号", "旅券番号", "受験上の配慮", "出願番号"]
    path = f"北斗学院大学/入試課/出願者一覧_{i:02d}.csv"
    return made(path, plain.csv(path, Table(header, rows)), "admissions")


def visiting_log(rng: random.Random, i: int):
    """面会ボランティアの記録: what each person in prison told the volunteer."""
    lines = Lines().add("面会活動記録　", not_birth(date(2026, rng.randrange(1, 4), rng.randrange(1, 28)), "kanji_west",
                                                 "visit_date")).blank()
    for _ in range(rng.randrange(2, 4)):
        p = person(rng, born=(1955, 2000))
        said = rng.choice(("本人の話では", "記録によれば", "本人いわく", ""))
        lines.add(name(p.kanji), rng.choice(("さん（", "氏（", "（")), birth(p.birth, "wareki"), "生）と面会。", said,
                  sens(rng, "犯罪歴"), "。")
        lines.add(rng.choice(("出所後は母（", "仮釈放後は母（", "身元引受人は母（")), name(person(rng, sex="f").kanji),
                  "）。帰住先は", address(p), rng.choice(("の予定。", "で、同居する予定。", "の実家。")))
    lines.add("次回の会報番号 ", order_lookalike(rng, "newsletter_number"))
    path = f"ともしび/面会記録/{i:03d}.txt"
    return made(path, plain.text(path, lines), "visiting")


def web_applications(rng: random.Random, i: int):
    """The admissions office's web-application export (XML): one element per applicant."""
    records = []
    for _ in range(rng.randrange(5, 9)):
        p = person(rng, born=(2005, 2008))
        records.append({"Shimei": full_name(p), "ShimeiKana": mark("PERSON", p.kana),
                        "Seinengappi": birth(p.birth, "packed"),
                        "Yubin": postal(p, "plain"), "Jusho": address(p), "Denwa": phone(rng, "bare"),
                        "Mail": mark("EMAIL", email(rng, p)), "Koko": rng.choice(("県立北斗高等学校", "私立白樺学園高等学校")),
                        "ShutsuganNo": order_lookalike(rng, "application_number")})
    path = f"北斗学院大学/入試課/web出願_{i:02d}.xml"
    return made(path, plain.xml_records(path, "Applications", "Applicant", records), "web_applications")
