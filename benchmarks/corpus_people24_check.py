"""Check corpus for people24's classes (PERSON): the same structures as corpus_people24_dev, in other
offices' words and layouts, no template or word list in common — a clinic's section signing a
request, a farm's and a riding club's labels, a recital's and a shamisen society's programmes, a
tea school's lineage, a ferry's return, a night-school's notes naming a person again, a roster
parted by bars, a family court's form with an age after the name, a city council's 議員, a shop's
hiragana greeting. Made-up people.

Run: PYTHONPATH=. python benchmarks/corpus_people24_dev.py --check [--errors]
"""

from __future__ import annotations

import random

MEMBERS = ["長谷川 亮介", "森下 千秋", "藤井 晴香", "大野 拓海", "岩崎 沙織", "内田 慎吾", "菅原 真央"]
SHORT_FAMILIES = [("林", "大輔"), ("朴", "瑞妍"), ("森", "葵")]
PARTED = ["トラン・ヴァン・フン", "ホアン・ティ・トゥー"]
LATIN = ["MENDOZA JOSE", "THAPA SABIN", "KHAN AYESHA"]
SECTIONS = ["北浜病院 医療相談課", "南町病院 医事係", "西区病院 総務課"]
MOUNTS = ["ハヤテノジロウ", "サクラノハナコ", "ユキノタロウ"]
PIECES = ["荒城の月", "越天楽", "江差追分"]
MASTERS = ["千利休", "小堀遠州", "松尾芭蕉"]
VESSELS = ["福丸", "大吉丸", "金比羅丸"]
STORES = ["ひだまり", "あおぞら", "つむぎ"]
ASSEMBLY = ["甲斐", "石黒", "北原"]


def _signed_request(rng) -> tuple[str, set, set]:
    section, member = rng.choice(SECTIONS), rng.choice(MEMBERS)
    return f"差出人：{section}\n件名：受診者のご案内\n受診者：{member}\n", {member}, {section}


def _riding_club(rng) -> tuple[str, set, set]:
    rows, people, mounts = ["会員\t騎乗馬\t入会日"], set(), set()
    for member in rng.sample(MEMBERS, 4):
        mount = rng.choice(MOUNTS)
        rows.append(f"会員: {member}\t騎乗馬: {mount}\t入会日: 2024/04/01")
        people.add(member)
        mounts.add(mount)
    return "\n".join(rows) + "\n", people, mounts


def _recital(rng) -> tuple[str, set, set]:
    lines, people, pieces = ["おさらい会 番組"], set(), set()
    for n, member in enumerate(rng.sample(MEMBERS, 3), 1):
        piece = rng.choice(PIECES)
        lines.append(f"{n}. {piece}／三味線：{member}")
        people.add(member)
        pieces.add(piece)
    return "\n".join(lines) + "\n", people, pieces


def _mount_log(rng) -> tuple[str, set, set]:
    mount, member = rng.choice(MOUNTS), rng.choice(MEMBERS)
    return f"乗馬日誌\n{mount}：鞍上 {member}、速歩良好。\n", {member}, {mount}


def _tea_school(rng) -> tuple[str, set, set]:
    master, member = rng.choice(MASTERS), rng.choice(MEMBERS)
    return f"教室のご案内\n当教室は{master}の流れを汲む流派です。\n講師：{member}\n", {member}, {master}


def _ferry(rng) -> tuple[str, set, set]:
    vessel, member = rng.choice(VESSELS), rng.choice(MEMBERS)
    return f"乗客名簿　{vessel}　帰港 2025年8月2日\n1 {member}　080-2222-3333\n", {member}, {f"{vessel}\u3000帰港"}


def _night_school(rng) -> tuple[str, set, set]:
    family, given = rng.choice(SHORT_FAMILIES)
    parted = rng.choice(PARTED)
    text = (f"夜間学級 記録\n出席：{family} {given}、欠席なし。\n{family}が作文を発表した。\n"
            f"新入生 {parted} が見学。\n{parted.split('・')[0]}が質問した。\n")
    return text, {f"{family} {given}", family, parted, parted.split("・")[0]}, set()


def _bar_roster(rng) -> tuple[str, set, set]:
    people = rng.sample(MEMBERS, 3) + [f"{rng.choice(SHORT_FAMILIES)[0]} 真央", rng.choice(PARTED)]
    rows = ["講師名簿"] + [f"{p}｜080-55{n:02d}-1200｜{1960 + n}年4月1日" for n, p in enumerate(people)]
    return "\n".join(rows) + "\n", set(people), set()


def _family_court(rng) -> tuple[str, set, set]:
    person = rng.choice(LATIN)
    return f"申立書（写し）\n申立人：{person}　38歳\n相手方：同居の親族\n", {person}, set()


def _city_council(rng) -> tuple[str, set, set]:
    member = rng.choice(ASSEMBLY)
    return f"市議会 会議録\n{member}議員の質問に対し、市長が答弁した。\n", {member}, set()


def _shop_greeting(rng) -> tuple[str, set, set]:
    store, member = rng.choice(STORES), rng.choice(MEMBERS)
    return f"{member} 様\n\nまた {store} でお待ちしております。\n", {member}, {f"また {store}"}


def docs(seed: int = 2024, count: int = 44) -> list[tuple[str, set, set]]:
    rng = random.Random(seed)
    kinds = [_signed_request, _riding_club, _recital, _mount_log, _tea_school, _ferry, _night_school, _bar_roster,
             _family_court, _city_council, _shop_greeting]
    return [kinds[n % len(kinds)](rng) for n in range(count)]
