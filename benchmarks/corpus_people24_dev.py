"""Development corpus for people24's classes (PERSON), read by where a name stands: a desk as a
mail's sender, a kept horse under a stable's label, a piece before its performer's part, a mount
before its rider, a school's lineage, a boat's name before its sailing, a surname of one character
or in katakana said again, a roster typed as text with slashes, a case's party with a birth after
the name, a council member by 委員, two hiragana words opening with a word of the sentence. The rules
are tuned on it; benchmarks/corpus_people24_check.py (other words, no template or list in common)
checks them. Made-up people.

Run: PYTHONPATH=. python benchmarks/corpus_people24_dev.py [--check] [--errors]
"""

from __future__ import annotations

import random
import sys

from corpus_people20_dev import main  # the same scoring: names found, missed, look-alikes found

PEOPLE = ["矢吹 智也", "今泉 美緒", "梶原 千尋", "羽田 健吾", "宇野 美咲", "古賀 澄江", "桐生 陸斗"]
ONE_CHARACTER = [("筧", "伸也"), ("陳", "建国"), ("呉", "美玲")]
KATAKANA = ["ファム・ミン・トゥアン", "グエン・ティ・ラン"]
CAPITALS = ["OKAFOR CHIDI", "SILVA LUCAS", "PEREIRA ANA"]
DESKS = ["中央病院 医事課", "港北病院 相談室", "市民病院 地域連携課"]
HORSES = ["キタノマサオ", "ホシノカズオ", "ミドリノヨシコ"]
SONGS = ["黒田節", "八木節", "花笠音頭"]
FIGURES = ["種田山頭火", "正岡子規", "坂本龍馬"]
BOATS = ["吉丸", "千代丸", "勝丸"]
SHOPS = ["いとぐるま", "ほしぞら", "こもれび"]
COUNCIL = ["尾崎", "服部", "松浦"]


def _desk_mail(rng) -> tuple[str, set, set]:
    desk, person = rng.choice(DESKS), rng.choice(PEOPLE)
    return (f"From: {desk} <desk@hospital.example.jp>\nTo: info@example.jp\nSubject: 通訳のお願い\n\n"
            f"患者：{person}\n予約日 2025年9月4日\n"), {person}, {desk}


def _stable(rng) -> tuple[str, set, set]:
    rows, people, horses = ["厩務員\t担当馬\t携帯"], set(), set()
    for person in rng.sample(PEOPLE, 4):
        horse = rng.choice(HORSES)
        rows.append(f"厩務員: {person}\t担当馬: {horse}\t携帯: 090-1234-5678")
        people.add(person)
        horses.add(horse)
    return "\n".join(rows) + "\n", people, horses


def _programme(rng) -> tuple[str, set, set]:
    lines, people, songs = ["発表会 第一部"], set(), set()
    for person in rng.sample(PEOPLE, 3):
        song = rng.choice(SONGS)
        lines.append(f"{song}　唄：{person}")
        people.add(person)
        songs.add(song)
    return "\n".join(lines) + "\n", people, songs


def _training(rng) -> tuple[str, set, set]:
    horse, person = rng.choice(HORSES), rng.choice(PEOPLE)
    return f"調教メモ\n{horse}：騎乗 {person}。追い切り良好。\n", {person}, {horse}


def _circle(rng) -> tuple[str, set, set]:
    figure, person = rng.choice(FIGURES), rng.choice(PEOPLE)
    return f"同人名簿\n俳号 青嵐　本名 {person}\n師系：{figure}に連なる\n", {person}, {figure}


def _boat(rng) -> tuple[str, set, set]:
    boat, person = rng.choice(BOATS), rng.choice(PEOPLE)
    return f"乗船名簿　{boat}　出航 令和6年7月23日\n01 {person}  090-699-7814\n", {person}, {f"{boat}\u3000出航"}


def _again(rng) -> tuple[str, set, set]:
    family, given = rng.choice(ONE_CHARACTER)
    katakana = rng.choice(KATAKANA)
    text = (f"調教メモ\nA号：騎乗 {family} {given}。脚元に熱あり。\n  {family}は通院中。\n"
            f"B号：騎乗 {katakana}。\n  {katakana.split('・')[0]}は投薬中。\n")
    return text, {f"{family} {given}", family, katakana, katakana.split("・")[0]}, set()


def _slashed(rng) -> tuple[str, set, set]:
    people = rng.sample(PEOPLE, 3) + [f"{rng.choice(ONE_CHARACTER)[0]} 一輝", rng.choice(KATAKANA)]
    rows = ["所属司会者一覧"] + [f"{p}／090-{n:04d}-4298／普通 665{n:04d}／1990.5.21" for n, p in enumerate(people)]
    return "\n".join(rows) + "\n", set(people), set()


def _case(rng) -> tuple[str, set, set]:
    person = rng.choice(CAPITALS)
    return f"相談受付票\n被疑者：{person}　S40.12.23生\n本籍：鳥取県米子市\n", {person}, set()


def _council(rng) -> tuple[str, set, set]:
    member = rng.choice(COUNCIL)
    return f"総務委員会 記録\n紹介議員は{member}委員です。\n", {member}, set()


def _greeting(rng) -> tuple[str, set, set]:
    shop, person = rng.choice(SHOPS), rng.choice(PEOPLE)
    return f"{person}様\n\nいつも {shop} の教室をご利用いただきありがとうございます。\n", {person}, {f"いつも {shop}"}


def docs(seed: int = 24, count: int = 44) -> list[tuple[str, set, set]]:
    rng = random.Random(seed)
    kinds = [_desk_mail, _stable, _programme, _training, _circle, _boat, _again, _slashed, _case, _council, _greeting]
    return [kinds[n % len(kinds)](rng) for n in range(count)]


if __name__ == "__main__":
    if "--check" in sys.argv:
        from corpus_people24_check import docs as check_docs  # noqa: E402

        main(check_docs())
    else:
        main(docs())
