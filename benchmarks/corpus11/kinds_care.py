"""Writers of care and welfare: a 児童相談所-style case file, a 里親 registration, a B型
workshop's roster and wages, a 介護タクシー's trip log, a 保健所's tracing sheet."""

from __future__ import annotations

import random
from datetime import date, timedelta

from benchmarks.corpus11 import ids, office, plain
from benchmarks.corpus11.common import (Office, account, address, full_name, kana_name, made, order_lookalike, phone,
                                        sens)
from benchmarks.corpus11.model import Lines, Table
from benchmarks.corpus11.people import birth, lookalike, mark, name, not_birth, person, postal, sensitive
from benchmarks.corpus11.vocab import ARTICLES, CHILD_CARE, CHILD_HARM, PETS

DESTINATIONS = ("市民病院", "さとう整形外科", "透析センター", "駅前ロータリー")
FACILITIES = ("福岡県福岡市博多区千代2-13-1", "福岡県福岡市東区香椎照葉5-1-1", "福岡県福岡市南区大楠3-2-24",
              "福岡県福岡市中央区天神1-8-1")
REFERRALS = ("　学校より通告。", "　近隣住民から泣き声通告。", "　警察より身柄付通告。", "　保育所から連絡あり、")
RELATIONS = {"実父": ((1972, 1996), "m"), "実母": ((1975, 1998), "f"), "継父": ((1970, 1996), "m"),
             "祖母": ((1948, 1968), "f"), "祖父": ((1945, 1966), "m"), "兄": ((2004, 2012), "m"), "姉": ((2004, 2012), "f"),
             "弟": ((2013, 2023), "m"), "妹": ((2013, 2023), "f")}


def case_file(rng: random.Random, i: int):
    """ケース記録: a header form, a family table, then dated 経過記録 in free text."""
    child = person(rng, born=(2010, 2022))
    own = Office("jisou")
    head = Table(["項目", "内容"], [["児童氏名", full_name(child)], ["ふりがな", kana_name(child)],
                                    ["生年月日", birth(child.birth, rng.choice(("wareki", "short2")))],
                                    ["現住所", [postal(child, "mark"), " ", address(child)]],
                                    ["連絡先（保護者携帯）", phone(rng)]])
    family = []
    for relation in rng.sample(sorted(RELATIONS), 3):
        member = person(rng, born=RELATIONS[relation][0], sex=RELATIONS[relation][1])
        row = [relation, full_name(member), birth(member.birth, "wareki"), rng.choice(("会社員", "無職", "パート", "学生"))]
        row.append(sensitive("本籍", member.address()) if relation in ("実父", "実母", "継父") else "")
        family.append(row)
    fam = Table(["続柄", "氏名", "生年月日", "職業", "本籍"], family)
    notes = Lines().add(f"経過記録（担当：児童福祉司 {own.name}）")
    seen = date(2026, rng.randrange(1, 4), rng.randrange(1, 28))
    notes.add("担当福祉司：", name(person(rng, born=(1970, 1998)).kanji))
    notes.add(not_birth(seen, "kanji_west", "interview_date"), rng.choice(REFERRALS),
              sensitive("犯罪被害", rng.choice(CHILD_HARM)), "が疑われるとのこと。")
    notes.add("本児は落ち着かない様子。", sensitive("障害", rng.choice(CHILD_CARE["障害"])), "。")
    notes.add(rng.choice(("母より聴取：", "母の話では、母自身", "母は電話で「")), sens(rng, "病歴"),
              rng.choice(("とのこと。", "」と話した。", "。服薬は不規則。")))
    notes.add(not_birth(seen + timedelta(days=rng.randrange(3, 20)), "kanji_west", "next_visit"), "　家庭訪問予定。")
    notes.add(*own.footer())
    return made(f"児童相談/ケース記録_{i:03d}.docx", office.docx_file(f"児童相談/ケース記録_{i:03d}.docx",
                                                                   [notes, head, fam]), "case_file")


def foster_registration(rng: random.Random, i: int):
    """里親登録調書 in prose: births written out in kanji, faith and origin as the writer noted them."""
    a, b = person(rng, born=(1960, 1990)), person(rng, born=(1960, 1990))
    child = person(rng, born=(2012, 2023))
    lines = Lines().add("里親登録に係る調査書").blank()
    lines.add("申請者（夫）", name(a.kanji), "は", birth(a.birth, "kanji"), "生まれ。", sens(rng, "宗教"), "である。")
    lines.add("申請者（妻）", name(b.kanji), "は", birth(b.birth, "kanji_west"), "生まれで、", sens(rng, "病歴"), "。")
    lines.add("住所：", postal(a, "mark"), address(a))
    lines.add("電話：", phone(rng, "land"), "　携帯：", phone(rng))
    lines.add("委託予定児童：", name(child.kanji), "（", birth(child.birth, "wareki"), "生）は", sens(rng, "人種・民族"), "。")
    lines.add("飼い犬の", lookalike("PERSON", rng.choice(PETS), "pet_name"), "は室内飼育。")
    lines.add("調査日：", not_birth(date(2026, 2, rng.randrange(1, 28)), "wareki"))
    path = f"里親支援/登録調書_{i:03d}." + ("odt" if i % 2 else "rtf")
    return made(path, (plain.odt if i % 2 else plain.rtf)(path, lines), "foster")


def workshop_roster(rng: random.Random, i: int):
    """B型事業所: 利用者台帳 and 工賃振込 sheets."""
    people = [person(rng, born=(1955, 2004)) for _ in range(rng.randrange(5, 9))]
    roster, wages = [], []
    for n, p in enumerate(people, 1):
        roster.append([f"U{i:02d}{n:03d}", full_name(p), kana_name(p), birth(p.birth, rng.choice(("short", "iso"))),
                       sens(rng, "障害"), postal(p, "plain"), address(p, False), phone(rng, "land")])
        bank, branch, kind, number = account(rng)
        wages.append([full_name(p), bank, branch, kind, number, f"{rng.randrange(8, 30) * 1000:,}"])
    own = Office("workshop")
    sheets = [("利用者台帳", Table(["No", "氏名", "フリガナ", "生年月日", "障害の状況", "〒", "住所", "電話"], roster,
                                    title=[own.name + "　利用者台帳", "作成：サービス管理責任者"])),
              ("工賃振込", Table(["利用者名", "銀行名", "支店名", "種別", "口座番号", "工賃"], wages))]
    path = f"つむぎ工房/利用者台帳_{2025 + i % 2}年度_{i:02d}.xlsx"
    return made(path, office.xlsx(path, sheets), "workshop")


def care_taxi_log(rng: random.Random, i: int):
    """介護タクシー 運行記録: one trip a row, paid by card or cash."""
    rows = []
    for n in range(rng.randrange(6, 10)):
        p = person(rng, born=(1930, 1965))
        day = date(2026, 3, rng.randrange(1, 31))
        paid = mark("CREDIT_CARD", ids.card(rng)) if n % 3 == 0 else "現金"
        destination = [rng.choice(DESTINATIONS), " ", lookalike("ADDRESS", rng.choice(FACILITIES), "facility_address")]
        rows.append([not_birth(day, "iso", "trip_date"), full_name(p), address(p), destination,
                     sens(rng, "障害"), phone(rng, "land"), paid,
                     order_lookalike(rng, "dispatch_number")])
    path = f"介護タクシー/運行記録_2026年3月_{i:02d}.csv"
    table = Table(["運行日", "利用者名", "乗車地", "行先", "介助内容", "連絡先", "支払", "配車番号"], rows)
    return made(path, plain.csv(path, table, encoding="cp932" if i % 2 else "utf-8"), "care_taxi")


def tracing_sheet(rng: random.Random, i: int):
    """保健所 積極的疫学調査: the case, its onset (not a birth), its contacts."""
    case = person(rng)
    own = Office("hokenjo")
    form = Table(["項目", "記入"], [["氏名", full_name(case)], ["生年月日", birth(case.birth, "wareki")],
                                    ["住所", address(case)], ["電話", phone(rng)],
                                    ["発症日", not_birth(date(2026, 1, rng.randrange(1, 28)), "iso", "onset_date")],
                                    ["基礎疾患", sens(rng, "病歴")], ["保健所", own.name], ["保健所電話", own.phone()]],
                 title=["積極的疫学調査票"])
    contacts = Table(["接触者氏名", "関係", "電話", "最終接触日"],
                     [[full_name(person(rng)), rng.choice(("同居家族", "同僚", "友人")), phone(rng),
                       not_birth(date(2026, 1, rng.randrange(1, 28)), "iso", "contact_date")]
                      for _ in range(rng.randrange(3, 7))])
    path = f"保健所/疫学調査_{i:03d}.xlsx"
    return made(path, office.xlsx(path, [("調査票", form), ("接触者", contacts)]), "tracing")


def health_notice(rng: random.Random, i: int):
    """A 保健所's notice with no individual in it (clean; the illness words are look-alikes)."""
    own = Office("hokenjo")
    lines = Lines().add("保健だより　第", str(i + 1), "号").blank()
    for article in rng.sample(ARTICLES, 3):
        lines.add(lookalike("SENSITIVE", article, "health_article", "病歴"))
    lines.add("お問い合わせ：", *own.footer())
    path = f"保健所/保健だより_{i:02d}.txt"
    return made(path, plain.text(path, lines), "notice", clean=True)
