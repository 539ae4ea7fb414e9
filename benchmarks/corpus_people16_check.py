"""Check corpus of issue 12's people16 work on PERSON (written apart from
corpus_people16_dev.py, never tuned on): a care home's handover whose staff are named in
full on a rota line and by surname in its notes, a go club's bulletin in HTML whose
players include Chinese and Korean names, a tutoring school's list of successful pupils
in TSV addressed with さん (surnames that are common words), a school's call log whose
guardians have a hiragana given name. Clean files: a railway's notice of named trains
(〇〇号), a bakery's list of its branches (〇〇堂, 〇〇屋 with さん).
No template, label, name or word list in common with corpus_people16_dev.py.

Truth: PERSON; a train's or a shop's name is `~PERSON`.
"""

from __future__ import annotations

import random
import re

from benchmarks.corpus import Doc

STAFF = [("古屋", "美月"), ("照屋", "航"), ("長屋", "瑞希"), ("大屋", "陽介"), ("豊田", "結衣"), ("川口", "和樹")]
PLAYERS = ["韓東赫", "張北辰", "陳国強", "鄭南姫", "楊学良", "呉西林", "片桐 悠", "鳴海 凛"]
PUPILS = [("水野辺", "陽葵"), ("馬場口", "湊斗"), ("石臼", "心春"), ("砂金", "結翔"), ("沖田", "咲良")]
GUARDIANS = [("佐々木", "みのり"), ("五十嵐", "かえで"), ("八ツ橋", "ひかり"), ("宇佐美", "あやめ")]
TRAINS = ["つばめ号", "かもめ号", "山田あさかぜ号"]
BRANCHES = ["千草堂", "木村屋", "鶴亀堂"]
SCORED = {("*", "PERSON")}


def _truth(people, things=()) -> set:
    return ({("PERSON", re.sub(r"[\s・,]+", "", p)) for p in people}
            | {("~PERSON", t) for t in things} | SCORED)


class CheckPeople16:
    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed * 53 + 1616)

    def handover_txt(self, i: int) -> Doc:
        (a, x), (b, y), (c, z) = self.random.sample(STAFF, 3)
        text = (f"申し送り（{i % 12 + 1}月）\n日勤：{a}{x}、{b}{y}、{c}{z}\n"
                f"{a}が入浴介助を担当。{b}と{c}は居室の見守り。\n記入：{c}\n")
        return Doc(f"p16c_handover{i:03d}.txt", text.encode("utf-8"), _truth([a + x, b + y, c + z, a, b, c, c]))

    def bulletin_html(self, i: int) -> Doc:
        first, second, third, fourth = self.random.sample(PLAYERS, 4)
        body = (f"<h1>囲碁の会 だより</h1><p>第{i + 1}回例会：{first}さんが{second}さんに中押し勝ち。</p>"
                f"<p>{third}さんと{fourth}さんは持碁。</p>")
        return Doc(f"p16c_bulletin{i:03d}.html", f"<html><body>{body}</body></html>".encode("utf-8"),
                   _truth([first, second, third, fourth]))

    def passed_tsv(self, i: int) -> Doc:
        chosen = self.random.sample(PUPILS, 3)
        rows = ["合格速報"] + [f"{s}{g}さん\t{school}" for (s, g), school in zip(chosen, ("県立北高", "市立南高", "私立東高"))]
        return Doc(f"p16c_passed{i:03d}.tsv", "\n".join(rows).encode("utf-8"), _truth([s + g for s, g in chosen]))

    def calls_txt(self, i: int) -> Doc:
        (s1, g1), (s2, g2) = self.random.sample(GUARDIANS, 2)
        text = f"電話連絡簿\n保護者の{s1}{g1}氏から欠席連絡。\n{s2}{g2}が迎えに来る予定。\n"
        return Doc(f"p16c_calls{i:03d}.txt", text.encode("utf-8"), _truth([s1 + g1, s2 + g2]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.handover_txt, self.bulletin_html, self.passed_tsv, self.calls_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def trains_txt(self, i: int) -> Doc:
        text = "運行のご案内\n" + "".join(f"臨時列車{t}は運休します。\n" for t in self.random.sample(TRAINS, 2))
        return Doc(f"p16c_clean_trains{i:03d}.txt", text.encode("utf-8"))

    def bakery_txt(self, i: int) -> Doc:
        text = "店舗一覧\n" + "".join(f"{b}さんでも買えます。\n" for b in self.random.sample(BRANCHES, 2))
        return Doc(f"p16c_clean_bakery{i:03d}.txt", text.encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.trains_txt, self.bakery_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]
