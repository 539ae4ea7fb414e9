"""Development corpus of issue 12's names11 work on PERSON: the rules are corrected on it.
No template, label, name or word list in common with corpus_names11_check.py
(tests/benchmarks/test_names11_corpora.py). Each document places a name the dictionary
cannot know (hiragana, romaji, Vietnamese in katakana, Chinese in kanji) under a
person's label outside a composed table — a key-value line of a text form, a label on
the line above its value in a PDF form, a one-line JSON export keyed in Japanese — or
names animals and days beside people: a dog-grooming list (名前 | 犬種 | ワクチン | 飼い主),
a pet-hotel form (愛犬の名前：, then the dog by name in a note), a day-care plan titled
with its weekdays (月水金), a reception list whose カナ column glues a rare surname's
reading to the given name's, Chinese names whose surname is a Japanese word (何, 于). Clean files: a weekday timetable, a pet food price list.

Truth: PERSON only; an animal's name or a run of weekdays is `~PERSON`.
"""

from __future__ import annotations

import json
import random
import re
import tempfile
from pathlib import Path

from benchmarks.corpus import Doc
from samples import writers as w

HIRAGANA = ["ふじさわ ゆうと", "かねこ みなみ", "いしかわ りょう", "まつした あおい"]
ROMAJI = ["Haruto Fujisawa", "Minami Kaneko", "Ryo Ishikawa", "Aoi Matsushita"]
VIET = ["グエン・ヴァン・ハイ", "チャン・ヴァン・ロン", "ファム・ミン・トゥアン"]
HAN = ["張 偉明", "劉 美玲", "金 智秀"]
KANJI = ["藤沢 悠斗", "金子 美波", "石川 涼", "松下 葵"]
LABELS = ["受講者", "保証人", "被保険者", "世帯主", "宿泊者", "患者名", "申請者"]
DOGS = ["ココ", "チョコ", "レオ", "ソラ", "むぎ", "こてつ"]
BREEDS = ["柴犬", "ミニチュアダックス", "ポメラニアン", "トイプードル"]
DAYS = ["月水金", "火金", "月木"]
RARE = [("小鳥遊", "タカナシ"), ("東海林", "ショウジ"), ("一口", "イモアライ")]
GIVEN = [("翔太", "ショウタ"), ("圭介", "ケイスケ"), ("愛美", "マナミ")]
WORD_SURNAMES = ["何 麗娟", "于 海濤"]
SCORED = {("*", "PERSON")}


def truth_of(people: list[str], others: list[str] = ()) -> set:
    """Values as the scanner reports them: without spaces or ・ (its canonical form)."""
    return {("PERSON", canonical(p)) for p in people} | {("~PERSON", canonical(o)) for o in others} | SCORED


def canonical(name: str) -> str:
    return re.sub(r"[\s・,]+", "", name)


def pdf_of(lines: list[str]) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        w.write_pdf(path, [lines])
        return path.read_bytes()


class DevNames11:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 53 + 11)

    def pick(self, items):
        return self.rng.choice(items)

    def someone(self) -> str:
        return self.pick(self.pick([HIRAGANA, ROMAJI, VIET, HAN]))

    def form_txt(self, i: int) -> Doc:
        """A key-value text form: two people under role labels."""
        labels = self.rng.sample(LABELS, 2)
        people = [self.someone() for _ in labels]
        lines = ["受付票", f"受付番号：{1000 + i}"] + [f"{label}：{p}" for label, p in zip(labels, people)]
        lines += ["受付日：2026年4月1日", "備考：書類不備なし"]
        return Doc(f"n11d_form{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth_of(people))

    def above_pdf(self, i: int) -> Doc:
        """A PDF form: each label on its own line, its value on the next."""
        label, person = self.pick(LABELS), self.someone()
        lines = ["届出書", label, person, "届出日", "2026年5月12日", "電話番号", "090-3456-7812"]
        return Doc(f"n11d_above{i:03d}.pdf", pdf_of(lines), truth_of([person]))

    def export_json(self, i: int) -> Doc:
        """One line of JSON keyed in Japanese, as a web form's export writes it."""
        people = self.rng.sample(HIRAGANA + VIET + HAN, 2)
        rows = [{"番号": k + 1, self.pick(LABELS): p, "受付日": f"2026-06-0{k + 1}"} for k, p in enumerate(people)]
        return Doc(f"n11d_export{i:03d}.json", json.dumps(rows, ensure_ascii=False).encode("utf-8"), truth_of(people))

    def grooming_csv(self, i: int) -> Doc:
        """A grooming list: the dog under 名前, its owner under 飼い主."""
        dogs, owners = self.rng.sample(DOGS, 3), self.rng.sample(KANJI + HIRAGANA, 3)
        rows = ["名前,犬種,ワクチン,飼い主"] + [f"{d},{self.pick(BREEDS)},済,{o}" for d, o in zip(dogs, owners)]
        return Doc(f"n11d_grooming{i:03d}.csv", "\n".join(rows).encode("utf-8"), truth_of(owners, dogs))

    def hotel_txt(self, i: int) -> Doc:
        """A pet hotel's form: the dog's own label, then the dog by name in a note."""
        dog, owner = self.pick(DOGS), self.pick(KANJI)
        lines = ["ペットホテル お預かり票", f"愛犬の名前：{dog}", f"犬種：{self.pick(BREEDS)}", f"飼い主：{owner}",
                 f"{dog}ちゃんは散歩の後に必ず水を飲ませてください。"]
        return Doc(f"n11d_hotel{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth_of([owner], [dog]))

    def plan_xlsx(self, i: int) -> Doc:
        """A day-care plan titled with its weekdays; users under 利用者."""
        days, people = self.pick(DAYS), self.rng.sample(KANJI, 2)
        rows = [[f"通所計画（{days}）"], ["利用者", "送迎"]] + [[p, "あり"] for p in people]
        return Doc(f"n11d_plan{i:03d}.xlsx", w.xlsx_bytes({"計画": rows}), truth_of(people, [days]))

    def reception_tsv(self, i: int) -> Doc:
        """A reception list: rare surnames with their readings glued in a カナ column,
        Chinese names whose surname is a Japanese word too."""
        rows, people = ["番号\t氏名\tカナ\t国籍"], []
        for k, ((sei, sei_kana), (mei, mei_kana)) in enumerate(zip(self.rng.sample(RARE, 2), self.rng.sample(GIVEN, 2))):
            rows.append(f"{k + 1}\t{sei}{mei}\t{sei_kana}{mei_kana}\t日本")
            people += [sei + mei, sei_kana + mei_kana]
        name = self.pick(WORD_SURNAMES).replace(" ", "")
        rows.append(f"3\t{name}\t\t中国")
        return Doc(f"n11d_reception{i:03d}.tsv", "\n".join(rows).encode("utf-8"), truth_of(people + [name]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.form_txt, self.above_pdf, self.export_json, self.grooming_csv, self.hotel_txt, self.plan_xlsx,
                 self.reception_tsv]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def timetable_txt(self, i: int) -> Doc:
        return Doc(f"n11d_clean_timetable{i:03d}.txt", f"体操教室（{self.pick(DAYS)}）\n10時から11時".encode("utf-8"))

    def food_csv(self, i: int) -> Doc:
        return Doc(f"n11d_clean_food{i:03d}.csv", "商品,対象,価格\nドライフード,成犬,1980\nおやつ,子犬,450".encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.timetable_txt, self.food_csv]
        return [kinds[n % len(kinds)](n) for n in range(count)]
