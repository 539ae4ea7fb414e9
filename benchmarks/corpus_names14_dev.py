"""Development corpus of issue 12's names14 work on PERSON: animals and storms named like
people beside the people of their records (the rules are corrected on it). No template,
label, name or word list in common with corpus_names14_check.py
(tests/benchmarks/test_names14_corpora.py). A shelter's adoption list (愛称 | 毛色 | 性別 |
里親), a vet's JSON export (名前 | 犬種 | 飼い主), a breeder's workbook (呼び名 | 品種 |
飼育者), a pet-sitter's mail naming the animal with its kind in brackets, an office's notice
of a storm (台風, サイクロン・, タイフーン before its name) signed by its writer, an applicant's
letter naming them by role in capitals and a reading, a client's mail saying their name in capitals. Clean files: a shelter's list with no adopter, a storm notice.

Truth: PERSON; an animal's or a storm's name is `~PERSON`.
"""

from __future__ import annotations

import json
import random
import re

from benchmarks.corpus import Doc
from samples import writers as w

PETS = ["健太", "美咲", "小太郎", "はな", "さくら", "レオ", "モモ", "銀次郎", "ジョン", "マリア"]
COATS = ["茶白", "黒", "キジトラ", "三毛"]
BREEDS = ["柴犬", "トイプードル", "ミニチュアダックス", "雑種"]
STORMS = ["ハイエン", "ルーシー", "エリサ", "マイサック"]
# people from abroad as a passport and a reading write them (person_foreign)
ABROAD = [("PRADHAN ANIL", "プラダン・アニル"), ("SILVA BRUNO", "シルバ・ブルーノ"), ("BAUTISTA JOY", "バウティスタ・ジョイ"),
          ("RAI MANISHA", "ライ・マニシャ"), ("SOUZA LARISSA", "ソウザ・ラリッサ")]
PEOPLE = ["宮城 直子", "大森 貴之", "神田 里美", "坂本 千秋", "平井 悠斗", "石田 友香"]
SCORED = {("*", "PERSON")}


def truth_of(people, things=()) -> set:
    return {("PERSON", _key(p)) for p in people} | {("~PERSON", _key(t)) for t in things} | SCORED


def _key(name: str) -> str:
    return re.sub(r"[\s・]+", "", name)


class DevNames14:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 67 + 14)

    def pick(self, items):
        return self.rng.choice(items)

    def adoption_csv(self, i: int) -> Doc:
        pets, people = self.rng.sample(PETS, 3), self.rng.sample(PEOPLE, 3)
        rows = ["愛称,毛色,性別,里親"] + [f"{a},{self.pick(COATS)},{self.pick(['オス', 'メス'])},{p}" for a, p in zip(pets, people)]
        return Doc(f"n14d_adoption{i:03d}.csv", "\n".join(rows).encode("utf-8"), truth_of(people, pets))

    def vet_json(self, i: int) -> Doc:
        pets, person = self.rng.sample(PETS, 2), self.pick(PEOPLE)
        rows = [{"名前": a, "犬種": self.pick(BREEDS), "飼い主": person} for a in pets]
        return Doc(f"n14d_vet{i:03d}.json", json.dumps(rows, ensure_ascii=False).encode("utf-8"), truth_of([person], pets))

    def breeder_xlsx(self, i: int) -> Doc:
        pets, person = self.rng.sample(PETS, 3), self.pick(PEOPLE)
        rows = [["呼び名", "品種", "飼育者"]] + [[a, self.pick(BREEDS), person] for a in pets]
        return Doc(f"n14d_breeder{i:03d}.xlsx", w.xlsx_bytes({"台帳": rows}), truth_of([person], pets))

    def sitter_eml(self, i: int) -> Doc:
        pet, person = self.pick(PETS), self.pick(PEOPLE)
        body = (f"{person}様\n\nお世話になっております。\n本日お預かりした{pet}（{self.pick(BREEDS)}・{self.pick(['オス', 'メス'])}）"
                "は食欲もあり元気に過ごしています。\nペットシッター こもれび")
        data = w.make_eml("本日のご報告", "sitter@example.jp", "client@example.jp", body)
        return Doc(f"n14d_sitter{i:03d}.eml", data, truth_of([person], [pet]))

    def storm_txt(self, i: int) -> Doc:
        storm, person = self.pick(STORMS), self.pick(PEOPLE)
        kind = self.pick(["台風", "サイクロン・", "タイフーン "])
        lines = ["お知らせ", f"{kind}{storm}の接近に伴い、明日は臨時休業とします。", f"総務課 {person}"]
        return Doc(f"n14d_storm{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth_of([person], [storm]))

    def letter_txt(self, i: int) -> Doc:
        """An application's letter: the applicant by role, in capitals with the reading in brackets."""
        roman, kana = self.pick(ABROAD)
        lines = ["理由書", f"申請人 {roman}（{kana}）は、来日後、製造業に従事しています。", f"作成者 {self.pick(PEOPLE)}"]
        return Doc(f"n14d_letter{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth_of([roman, kana, lines[2][4:]]))

    def self_eml(self, i: int) -> Doc:
        """A client's mail whose writer says their name in capitals."""
        roman, _ = self.pick(ABROAD)
        body = f"行政書士 {self.pick(PEOPLE)}先生\n\nお世話になっております。{roman} です。\n書類を添付します。"
        data = w.make_eml("書類の件", "client@example.net", "office@example.jp", body)
        return Doc(f"n14d_self{i:03d}.eml", data, truth_of([roman, body.split("\n")[0][5:-2]]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.adoption_csv, self.vet_json, self.breeder_xlsx, self.sitter_eml, self.storm_txt, self.letter_txt,
                 self.self_eml]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def shelter_csv(self, i: int) -> Doc:
        rows = ["愛称,毛色,性別"] + [f"{a},{self.pick(COATS)},メス" for a in self.rng.sample(PETS, 3)]
        return Doc(f"n14d_clean_shelter{i:03d}.csv", "\n".join(rows).encode("utf-8"))

    def notice_txt(self, i: int) -> Doc:
        text = f"台風{self.pick(STORMS)}の影響により、本日の営業は午後3時までとします。\n"
        return Doc(f"n14d_clean_notice{i:03d}.txt", text.encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.shelter_csv, self.notice_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]
