"""Corpus 20's writers (7): a factory's supplier list and a waste plant's intake slips (the
contacts and keys of businesses, not of people), a sheltered-work office's case meetings and
a forestry crew's meeting minutes."""

from __future__ import annotations

import random

from benchmarks.corpus16.model import Grid, Lines, decoy
from benchmarks.corpus20 import common as c
from benchmarks.corpus20 import formats as f
from benchmarks.corpus20 import ids, people
from benchmarks.corpus20.kinds_a import FACTORY
from benchmarks.corpus20.kinds_c import SHURO
from benchmarks.corpus20.kinds_e import FOREST

COMPANIES = ["東和工機", "三葉メッキ工業", "北斗樹脂", "丸八鋼材", "大成ゴム化工", "光洋ベアリング販売", "新日向塗装",
             "アサヒ精密ばね", "共栄熱処理", "山城パッケージ", "富岳電装", "協和ボルト", "中央研削", "みなと運輸"]


def _company_phone(rng: random.Random) -> object:
    return decoy("PHONE", ids.phone(rng, False), "company_contact")


def factory_suppliers(rng: random.Random, n: int):
    grid = Grid("取引先", "法人番号", "代表電話", "所在地", "設立", "取引区分")
    for name in rng.sample(COMPANIES, rng.randint(9, 13)):
        grid.add(f"株式会社{name}", c.corporate(rng), _company_phone(rng),
                 decoy("ADDRESS", people.address(rng, building=0.0), "company_contact"), c.founded(rng),
                 rng.choice(["外注加工", "材料仕入", "運送", "梱包資材"]))
    return f.xlsx(f"factory_health/取引先一覧_{n:02d}.xlsx", [("取引先", grid, f"{FACTORY} 取引先一覧")])


def _plate(rng: random.Random) -> str:
    return (f"{rng.choice(['品川', '多摩', '相模'])} {rng.randint(100, 999)} {rng.choice('あかさた')} "
            f"{rng.randint(10, 99)}-{rng.randint(10, 99)}")


def plant_receipts(rng: random.Random, n: int):
    grid = Grid("受付番号", "搬入日", "事業者", "連絡先", "車両", "重量(kg)")
    for _ in range(rng.randint(18, 28)):
        grid.add(c.ticket(rng), c.visit_day(rng, "slash"), f"{rng.choice(COMPANIES)}（事業系）", _company_phone(rng),
                 _plate(rng),
                 str(rng.randint(120, 4800)))
    return f.csv(f"waste_plant/搬入受付_{n:02d}.csv", grid, encoding="cp932")


MEETING = (("犯罪歴", "。就労先の選定では保護司と連携する"), ("人種・民族", "。母語での説明資料を用意する"),
           ("信条", "。行事への参加は本人の意向を尊重する"), ("労働組合", "。前職の組合とのやり取りが続いている"),
           ("障害", "。作業台の高さを調整した"), ("病歴", "。服薬時間に配慮する"))


def shuro_meeting(rng: random.Random, n: int):
    lines = Lines().put(f"{SHURO} ケース会議録").put("日時：", c.visit_day(rng, "era"), " 15:00〜16:30")
    staff = people.people(rng, 3, young=25, old=60)
    lines.put("出席：", c.name(staff[0], "sur"), "（サビ管）、", c.name(staff[1], "sur"), "、", c.name(staff[2], "sur")).gap()
    for category, plan in rng.sample(MEETING, rng.randint(3, 4)):
        p = people.person(rng, 19, 65, abroad=0.15)
        lines.put("■", c.name(p), "さん")
        lines.put("　", c.sens(rng, category), plan, "。")
    lines.gap().put("次回：", c.visit_day(rng, "era"))
    return f.odt(f"sheltered_work/ケース会議_{n:02d}.odt", lines)


def forest_minutes(rng: random.Random, n: int):
    lines = Lines().put(f"{FOREST} 班会議 議事録").put(c.visit_day(rng, "west"), "　於 事務所2階").gap()
    chair = people.person(rng, 40, 70)
    lines.put("司会：", c.name(chair))
    lines.put("1. 安全：", c.place_name(rng, "沢"), "付近の作業道で落石あり。ヘルメット着用を再徹底。")
    p, q = people.person(rng, 20, 70), people.person(rng, 20, 70)
    lines.put("2. 人事：", c.name(p), "さんは", c.sens(rng, "労働組合"), "のため、交渉日は作業を外す。")
    lines.put("3. ", c.name(q, "tight"), "さんから、", c.sens(rng, rng.choice(["信条", "病歴"])), "との申し出。班で了承。")
    lines.put("4. ", c.notice(rng))
    lines.put("記録：", c.name(people.person(rng, 25, 60), "sur"))
    return f.rtf(f"forestry/班会議_{n:02d}.rtf", lines)


DEPENDANTS = {"配偶者": ("spouse", 25, 64), "長男": ("M", 1, 22), "長女": ("F", 1, 22), "次男": ("M", 1, 18),
              "母": ("F", 70, 92)}


def factory_dependents(rng: random.Random, n: int):
    """The year-end form (扶養控除等申告書) as the office types it up: the employee and the family."""
    p = people.person(rng, 40, 64, abroad=0.04)
    lines = Lines().put(f"令和{rng.choice([7, 8])}年分 給与所得者の扶養控除等（異動）申告書　控").gap()
    lines.put("提出日：", c.visit_day(rng, "era"), "　受付：総務 ", c.name(people.person(rng, 25, 60), "sur"))
    form = Grid("区分", "氏名", "個人番号", "生年月日", "続柄・住所")
    form.add("本人", c.name(p), c.ident(rng, "MY_NUMBER"), c.born(rng, p, "era"), c.address(rng))
    for relation in rng.sample(list(DEPENDANTS), rng.randint(1, 3)):
        sex, young, old = DEPENDANTS[relation]
        kin = people.of_sex(rng, sex if sex != "spouse" else ("F" if p.sex == "M" else "M"), young, old)
        kin_name = f"{p.surname} {kin.given}" if not p.abroad else kin.name()
        form.add("控除対象" if relation != "母" else "老人扶養", c.val("PERSON", kin_name), c.ident(rng, "MY_NUMBER"),
                 c.born(rng, kin, rng.choice(["era", "west"])), relation)
    if rng.random() < 0.4:
        form.add("障害者控除", c.name(p, "tight"), "", "", c.sens(rng, "障害"))
    return f.docx(f"factory_health/扶養控除申告_{n:03d}.docx", lines, (form,), heading=FACTORY)
