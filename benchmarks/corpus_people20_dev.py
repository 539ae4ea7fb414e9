"""Development corpus for people20's classes (PERSON): a language school's mail in English and a
student export, a homestay office's notes, a day-care log and a dormitory's register — names in
Latin letters of many lands after a greeting, a role, a label, or before an honorific or a paper;
a surname in capitals beside a given name; a writer's surname before the record's date; a post
before a signing surname; a surname and a given name in hiragana. The rules are tuned on it;
benchmarks/corpus_people20_check.py (other words, no template or list in common) checks them.
Look-alikes in each document: a course, a firm, a place, a greeting's audience in capitals or
title case. Made-up people.

Run: PYTHONPATH=. python benchmarks/corpus_people20_dev.py [--check] [--errors]
"""

from __future__ import annotations

import random
import sys

JAPANESE = [("KOMINE", "Haruka"), ("TSUJIMURA", "Ren"), ("ODAGIRI", "Sayuri"), ("HIGASHINO", "Kaito"),
            ("MAKIHARA", "Yui"), ("SHIRAKAWA", "Minato")]
ABROAD = ["THAPA SABINA", "DELA CRUZ JOSEFINA", "WULANDARI DEWI", "BUI THI LAN", "ZHANG WEIHUA", "KIM DOYUN",
          "ADHIKARI PRAKASH", "MENDOZA CARLO"]
TITLED = ["Dewi Wulandari", "Josefina Dela Cruz", "Prakash Adhikari", "Carlo Mendoza", "Sabina Thapa"]
COURSES = ["Business English", "TOEIC Intensive", "Kids Phonics", "Conversation Plus"]
SURNAMES = ["小峰", "辻村", "小田切", "東野", "牧原", "白川"]
KANA_GIVEN = ["はるか", "さくら", "みのり", "あかり", "ひなた"]
POSTS = ["施設長", "工場長", "寮長", "事務長", "支配人"]


def _mail(rng) -> tuple[str, set, set]:
    surname, given = rng.choice(JAPANESE)
    teacher = rng.choice(ABROAD)
    course = rng.choice(COURSES)
    greeting = rng.choice(["Dear", "Hello", "Hi"])
    title = rng.choice(["", "Ms. ", "Mr. "])
    text = (f"{greeting} {title}{surname} {given},\n\nThank you for joining {course}.\n"
            f"Your lessons this month are with instructor {teacher}.\nBest regards,\n"
            f"Harbor Lane English 受付\n")
    return text, {f"{surname} {given}", teacher}, {course, "Harbor Lane English"}


def _notes(rng) -> tuple[str, set, set]:
    guest = rng.choice(ABROAD)
    titled = rng.choice(TITLED)
    surname, given = rng.choice(JAPANESE)
    text = (f"ホームステイ受入メモ\n記録者：{rng.choice(SURNAMES)}　令和7年{rng.randint(1, 12)}月{rng.randint(1, 28)}日\n\n"
            f"{guest} の在留カードの期限を確認した。\n{titled}さんは朝食不要。\n"
            f"ゲスト {surname} {given}（カナダ）は門限について質問あり。\nTOKYO STATION 集合。\n")
    return text, {guest, titled, f"{surname} {given}"}, {"TOKYO STATION"}


def _care_log(rng) -> tuple[str, set, set]:
    child = f"{rng.choice(SURNAMES)} {rng.choice(KANA_GIVEN)}"
    post, signer = rng.choice(POSTS), rng.choice(SURNAMES)
    text = (f"ひまわり保育室 連絡帳\n15:20 {child}のお迎えは祖母に変更。\n午睡は13時から。\n"
            f"以上、確認済み。\n{post} {signer}\n")
    return text, {child.replace(" ", ""), signer}, set()


def _register(rng) -> tuple[str, set, set]:
    rows = ["No\t氏名\tName\tCourse\t"]
    people = set()
    for n in range(3):
        surname = rng.choice(SURNAMES)
        romaji = rng.choice(["Kana Komine", "Mei Odagiri", "Sei Tsujimura", "Yui Makihara"])
        rows.append(f"No: {n + 1}\t氏名: {surname} 太郎\tName: {romaji}\tCourse: {rng.choice(COURSES)}\t")
        people |= {romaji}
    return "\n".join(rows) + "\n", people, set(COURSES)


def docs(seed: int = 20, count: int = 32) -> list[tuple[str, set, set]]:
    rng = random.Random(seed)
    kinds = [_mail, _notes, _care_log, _register]
    return [kinds[n % len(kinds)](rng) for n in range(count)]


def _key(value: str) -> str:
    return value.replace(" ", "").replace("\u3000", "").replace("・", "")


def score(corpus, detector) -> tuple[int, int, int, list[str]]:
    """(names found, names missed, PERSON findings on a look-alike, the error lines)."""
    found = missed = wrong = 0
    lines = []
    for text, people, things in corpus:
        names = {_key(d.text) for d in detector.detect(text) if d.entity_type == "PERSON"}
        for person in sorted(people):
            hit = _key(person) in names
            found, missed = found + hit, missed + (not hit)
            lines += [] if hit else [f"MISS {person}"]
        for thing in sorted(things):
            if any(_key(thing) in name or name in _key(thing) for name in names):
                wrong += 1
                lines.append(f"FALSE {thing}")
    return found, missed, wrong, lines


def main(corpus) -> None:
    from detectors import Detector, build_analyzer, load_ja_nlp

    found, missed, wrong, lines = score(corpus, Detector(build_analyzer(load_ja_nlp())))
    if "--errors" in sys.argv:
        print(*sorted(set(lines)), sep="\n")
    print(f"names {found + missed}: found {found}, missed {missed}; look-alikes found {wrong}; "
          f"recall {found / max(1, found + missed):.3f}")


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.path.insert(0, __file__.rsplit("/", 1)[0])
        from corpus_people20_check import docs as check_docs  # noqa: E402

        main(check_docs())
    else:
        main(docs())
