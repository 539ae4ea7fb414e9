"""Development set of shipyard19 (issue 12): a check-up sheet, a site's minutes, a patrol roster,
a staff card and a mail to a clinic, as a factory's, a builder's and a haulier's offices write them —
in text as daicho's extraction gives it (a sheet's rows as tab-separated lines). Each document comes
with what it holds: (entity, value) pairs to be found, and values that must not be (a judgement cell
beside a result read with a value, a post alone, a katakana post in brackets).

No template, label, item or word list is shared with benchmarks/corpus_shipyard19_check.py.
Synthetic people only; kana readings are the dictionary's (森川 モリカワ)."""

from __future__ import annotations

import random

PEOPLE = [("森川", "りさ", "モリカワ", "リサ"), ("梅津", "公平", "ウメヅ", "コウヘイ"), ("三好", "淳", "ミヨシ", "ジュン"),
          ("石黒", "千秋", "イシグロ", "チアキ"), ("芹沢", "道彦", "セリザワ", "ミチヒコ"), ("久我", "彩花", "クガ", "アヤカ")]
RESULTS = [("聴力 4000Hz 45dB 低下", "要観察"), ("尿蛋白 (2+)", "要再検"), ("クレアチニン 1.6", "要精検"),
           ("尿潜血 陽性", "要再検査"), ("視力 右0.2 左0.3 低下", "経過観察")]
JUDGED = ["胸部X線 右中肺野に索状影 要精査", "心電図 ST低下 要経過観察", "腹部超音波 胆のうポリープ 経過観察",
          "胃部X線 ポリープ疑い 要精密検査"]
POSTS = ["工場長", "衛生管理者", "職長", "安全担当者", "班長"]
ILLNESS = [("気管支喘息で吸入薬を使用中", "ご確認いただけますでしょうか"), ("関節リウマチで月2回通院中", "ご配慮をお願いできますか")]


def _name(person, spaced=True):
    return f"{person[0]} {person[1]}" if spaced else person[0] + person[1]


def _sheet(rng):
    people = rng.sample(PEOPLE, 4)
    lines, want, avoid = ["作業者 特殊健診 結果", "氏名\t配属\t検査結果\t判定"], [], []
    for person in people:
        result, judgement = rng.choice(RESULTS)
        lines.append(f"{_name(person)}\t塗装ライン\t{result}\t{judgement}")
        want += [("PERSON", _name(person)), ("健康診断結果", result)]
        avoid.append(("健康診断結果", judgement))
    return "\n".join(lines) + "\n", want, avoid


def _minutes(rng):
    people = rng.sample(PEOPLE, 4)
    posts = rng.sample(POSTS, 2)
    lines = ["安全衛生委員会 議事メモ", f"出席：{people[0][0]}{posts[0]}、{people[1][0]}{posts[1]}、総務課長"]
    want = [("PERSON", people[0][0]), ("PERSON", people[1][0])]
    for person in people[2:]:
        finding = rng.choice(JUDGED)
        lines.append(f"・型枠班の{_name(person)}さんは{finding}のため、足場作業を外れる。")
        want += [("PERSON", _name(person)), ("健康診断結果", finding)]
    return "\n".join(lines) + "\n", want, [("PERSON", "総務課長")]


def _card(rng):
    person = rng.choice(PEOPLE)
    reading = person[2] + person[3] if rng.random() < 0.5 else f"{person[2]} {person[3]}"
    text = f"入社時確認票\n氏名：{_name(person)}（{reading}）\n配属：第二工場\n雇用形態：正社員\n"
    return text, [("PERSON", _name(person)), ("PERSON", reading)], []


def _mail(rng):
    person, (illness, request) = rng.choice(PEOPLE), rng.choice(ILLNESS)
    text = f"産業医 先生\n\nお世話になっております。\n特に{_name(person, False)}さんは{illness}とのことで、{request}。\n"
    return text, [("PERSON", _name(person, False)), ("病歴", illness)], []


def documents(count: int = 40, seed: int = 1906) -> list[tuple[str, str, list, list]]:
    rng = random.Random(seed)
    kinds = [_sheet, _minutes, _card, _mail]
    return [(f"dev{i:03d}_{kinds[i % 4].__name__[1:]}", *kinds[i % 4](rng)) for i in range(count)]
