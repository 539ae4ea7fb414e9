"""Development corpus of issue 12's people16 work on PERSON: names in passing (the rules
were corrected on it). A cleaning crew's daily report that names its workers by surname
after their full names (a surname read as a place, one ending as a shop's name does), a
headerless booking export whose names include Chinese and Korean ones whose given names
begin with a direction (姜東元 kind), a delivery list addressed with 様 to people whose
surname is a common word, a note whose people have a hiragana given name after a
three-character surname. Clean files: a shopping street's notice of shops named 〇〇屋 and
〇〇堂, a stable's list of horses named 〇〇号.
No template, label, name or word list in common with corpus_people16_check.py.

Truth: PERSON; a shop's or a horse's name is `~PERSON`.
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc
from benchmarks.corpus_names15_dev import truth_of
from samples import writers as w

CREW = [("二階堂", "恵美"), ("津久井", "拓真"), ("設楽", "奈緒"), ("土屋", "大樹"), ("守屋", "千夏"), ("桐生", "修平")]
CJK = ["姜東元", "朴南秀", "金東浩", "李学明", "崔西英", "馬雪梅"]
JAPANESE = ["大貫 啓介", "羽田 奈央", "嶋村 陸", "戸塚 真由"]
COMMON_WORD_SURNAMES = [("温水", "颯真"), ("井筒", "柚葉"), ("浮田", "蒼空"), ("角銅", "莉子")]
THREE_CHARACTERS = [("三ツ矢", "ひなた"), ("小野寺", "あかね"), ("一ノ瀬", "しのぶ"), ("長谷部", "さくら")]
SHOPS = ["丸井屋", "栄泉堂", "松風堂", "福田屋"]
HORSES = ["宮本むさし号", "佐藤はやて号", "鈴木ほまれ号"]
TASKS = ["床のワックスがけ", "窓ガラス清掃", "トイレ清掃", "階段の拭き上げ"]


class DevPeople16:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 37 + 16)

    def pick(self, items):
        return self.rng.choice(items)

    def crew_txt(self, i: int) -> Doc:
        (s1, g1), (s2, g2), (s3, g3) = self.rng.sample(CREW, 3)
        lines = [f"作業日報　{i % 28 + 1}日", f"班長の{s1}{g1}ほか2名で{self.pick(TASKS)}を実施。",
                 f"{s2}と{s3}は{self.pick(TASKS)}。", f"明日は{s2}{g2}が休み。", f"報告者 {s1}"]
        return Doc(f"p16d_crew{i:03d}.txt", "\n".join(lines).encode("cp932"),
                   truth_of([s1 + g1, s2, s3, s2 + g2, s1]))

    def bookings_csv(self, i: int) -> Doc:
        people = self.rng.sample(CJK, 2) + self.rng.sample(JAPANESE, 2)
        self.rng.shuffle(people)
        rows = [f"2026/07/{n + 3:02d},{8000 + n},{p},090-12{n}4-56{n}8,{n + 2}名" for n, p in enumerate(people)]
        return Doc(f"p16d_bookings{i:03d}.csv", "\n".join(rows).encode("utf-8"), truth_of(people))

    def delivery_eml(self, i: int) -> Doc:
        people = self.rng.sample(COMMON_WORD_SURNAMES, 2)
        body = "本日の配達先です。\n" + "\n".join(f"{s}{g}様 横浜市中区山下町{n + 1}-2 045-20{n}-33{n}1"
                                              for n, (s, g) in enumerate(people)) + "\n"
        data = w.make_eml("配達ルート", "route@example.jp", "driver@example.jp", body)
        return Doc(f"p16d_delivery{i:03d}.eml", data, truth_of([s + g for s, g in people]))

    def note_txt(self, i: int) -> Doc:
        people = self.rng.sample(THREE_CHARACTERS, 2)
        lines = ["連絡ノート"] + [f"{s}{g}は午後から面談。" for s, g in people[:1]] + [
            f"家族の{s}{g}氏より電話あり。" for s, g in people[1:]]
        return Doc(f"p16d_note{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth_of([s + g for s, g in people]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.crew_txt, self.bookings_csv, self.delivery_eml, self.note_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def shops_txt(self, i: int) -> Doc:
        text = "商店街のお知らせ\n" + "\n".join(f"{s}さんは水曜定休です。" for s in self.rng.sample(SHOPS, 2)) + "\n"
        return Doc(f"p16d_clean_shops{i:03d}.txt", text.encode("utf-8"))

    def horses_txt(self, i: int) -> Doc:
        text = "厩舎だより\n" + "\n".join(f"{h}の蹄鉄を交換。" for h in self.rng.sample(HORSES, 2)) + "\n"
        return Doc(f"p16d_clean_horses{i:03d}.txt", text.encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.shops_txt, self.horses_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]
