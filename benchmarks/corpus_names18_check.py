"""Check corpus of issue 12's names18 work on PERSON, written apart from
corpus_names18_dev.py and before its first run (never tuned on): the records of an English
conversation school (英会話スクール) for children and adults. A lesson report (html: a
teacher with 先生, students in romaji family name first in capitals, children by their given
names with ちゃん/くん), a 回覧 (odt: 講師各位, 回覧順 of surnames joined by →, 閲覧後は … まで),
a register of pupils (xlsx, 姓 | 名 | セイ | メイ in four cells), a parent's mail (eml, a Cc:
line, a signature with the sender's romaji family first), a LINE group's talk history (txt,
date, time, speaker, text, tab-separated), a staff meeting's memo (rtf, 〇〇先生 and a surname
alone after a role). No template, label, name or word list in common with the dev corpus.
Clean files: a lesson plan on historical figures and authors of books cited, a notice naming
the school's rooms after cities and the cats of the lobby.

Truth: PERSON; a figure of history, an author, a city or a cat is `~PERSON`.
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc
from benchmarks.corpus_names15_dev import truth_of
from benchmarks.sens6_layouts import lines_file
from samples import writers as w

PUPILS = [("藤原", "さくら", "フジワラ", "サクラ", "FUJIWARA", "Sakura"),
          ("今井", "翔太", "イマイ", "ショウタ", "IMAI", "Shota"),
          ("秋山", "陽葵", "アキヤマ", "ヒマリ", "AKIYAMA", "Himari"),
          ("上野", "湊斗", "ウエノ", "ミナト", "UENO", "Minato"),
          ("浅野", "芽依", "アサノ", "メイ", "ASANO", "Mei"),
          ("新井", "悠真", "アライ", "ユウマ", "ARAI", "Yuma")]
TEACHERS = ["Emily Carter", "Daniel Brooks", "Grace Whitfield", "Owen Patterson"]
CLERKS = [("大西", "真理子"), ("松岡", "修"), ("永井", "香織"), ("杉山", "拓也"), ("高野", "綾乃")]
PARENTS = [("藤原", "智子", "FUJIWARA", "Tomoko"), ("今井", "誠", "IMAI", "Makoto"),
           ("秋山", "由紀", "AKIYAMA", "Yuki"), ("上野", "剛", "UENO", "Tsuyoshi")]
FIGURES = ["織田信長", "坂本龍馬", "リンカーン", "ナイチンゲール", "野口英世"]
BOOKS = ["夏目漱石の『こころ』", "宮沢賢治の『銀河鉄道の夜』", "太宰治の『走れメロス』"]
ROOMS = ["長野ルーム", "福井ルーム", "岡山ルーム", "熊本ルーム"]
CATS = ["三毛猫のミケ", "黒猫のクロ", "茶トラのチャチャ"]


class CheckNames18:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 89 + 1818)

    def pick(self, items):
        return self.rng.choice(items)

    def _date(self) -> str:
        return f"2025/{self.rng.randint(1, 12):02d}/{self.rng.randint(1, 28):02d}"

    def lesson_html(self, i: int) -> Doc:
        teacher, (a, b) = self.pick(TEACHERS), self.rng.sample(PUPILS, 2)
        romaji = [f"{p[4]} {p[5]}" for p in (a, b)]
        body = (f"<h2>Lesson Report {self._date()}</h2><p>Teacher: {teacher}先生</p>"
                f"<p>Students: {romaji[0]}, {romaji[1]}</p>"
                f"<p>{a[1]}ちゃんは発音がとても良くなりました。{b[1]}くんは宿題を忘れました。</p>")
        html = f"<html><body>{body}</body></html>".encode("utf-8")
        return Doc(f"n18c_lesson{i:03d}.html", html, truth_of([teacher, a[1], b[1]] + romaji))

    def circular_odt(self, i: int) -> Doc:
        order = self.rng.sample(CLERKS, 3)
        lines = ["回覧", "講師各位", "夏期講習の時間割を回覧します。",
                 "回覧順：" + "→".join(c[0] for c in order), f"閲覧後は{order[0][0]}まで戻してください。"]
        return Doc(f"n18c_circular{i:03d}.odt", lines_file(lines, "odt"), truth_of([c[0] for c in order]))

    def register_xlsx(self, i: int) -> Doc:
        pupils = self.rng.sample(PUPILS, 4)
        rows = [["No.", "姓", "名", "セイ", "メイ", "コース"]]
        rows += [[str(n + 1), p[0], p[1], p[2], p[3], self.pick(["キッズA", "キッズB", "ジュニア"])]
                 for n, p in enumerate(pupils)]
        truth = [f"{p[0]}{p[1]}" for p in pupils] + [f"{p[2]}{p[3]}" for p in pupils]
        return Doc(f"n18c_register{i:03d}.xlsx", w.xlsx_bytes({"生徒名簿": rows}), truth_of(truth))

    def parent_eml(self, i: int) -> Doc:
        parent, clerk, other = self.pick(PARENTS), *self.rng.sample(CLERKS, 2)
        body = (f"{clerk[0]}先生\nCc: {other[0]} {other[1]}\n\n"
                f"いつも子どもがお世話になっております。来週の振替レッスンをお願いできますでしょうか。\n\n"
                f"{parent[0]} {parent[1]}\n{parent[2]} {parent[3]}\n")
        data = w.make_eml("振替のお願い", "parent@example.ne.jp", "school@eikaiwa-example.jp", body)
        truth = [clerk[0], f"{other[0]}{other[1]}", f"{parent[0]}{parent[1]}", f"{parent[2]}{parent[3]}"]
        return Doc(f"n18c_parent{i:03d}.eml", data, truth_of(truth))

    def talk_txt(self, i: int) -> Doc:
        a, b = self.rng.sample(CLERKS, 2)
        pupil = self.pick(PUPILS)
        lines = ["[LINE] 講師グループのトーク履歴", f"保存日時：{self._date()} 21:04", "", f"{self._date()}(水)",
                 f"10:02\t{a[0]} {a[1]}\tお疲れ様です。{pupil[0]}{pupil[1]}さんの保護者から欠席連絡がありました。",
                 f"10:05\t{b[0]} {b[1]}\t了解です、{a[0]}さんありがとうございます。"]
        data = "\n".join(lines).encode("utf-8")
        return Doc(f"n18c_talk{i:03d}.txt", data, truth_of([f"{a[0]}{a[1]}", f"{b[0]}{b[1]}", f"{pupil[0]}{pupil[1]}"]))

    def staff_rtf(self, i: int) -> Doc:
        a, b = self.rng.sample(CLERKS, 2)
        teacher = self.pick(TEACHERS).split()[0]
        lines = ["講師ミーティング メモ", f"司会：{a[0]}、記録：{b[0]}",
                 f"{teacher}先生の後任は未定。教室長の{b[0]}から本部へ連絡する。"]
        return Doc(f"n18c_staff{i:03d}.rtf", lines_file(lines, "rtf"), truth_of([a[0], b[0], teacher]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.lesson_html, self.circular_odt, self.register_xlsx, self.parent_eml, self.talk_txt,
                 self.staff_rtf]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def history_txt(self, i: int) -> Doc:
        first, second = self.rng.sample(FIGURES, 2)
        text = (f"指導案（中学生コース）\n{first}と{second}について英語で紹介する。\n"
                f"読書課題は{self.pick(BOOKS)}の英訳版。\n")
        return Doc(f"n18c_clean_history{i:03d}.txt", text.encode("utf-8"))

    def rooms_txt(self, i: int) -> Doc:
        first, second = self.rng.sample(ROOMS, 2)
        text = (f"教室変更のお知らせ\n火曜のクラスは{first}から{second}へ移ります。\n"
                f"ロビーの{self.pick(CATS)}にはえさを与えないでください。\n")
        return Doc(f"n18c_clean_rooms{i:03d}.txt", text.encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.history_txt, self.rooms_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]
