"""Files with no personal data: menus, timetables, price lists, procedures,
settings, minutes that name no one."""

from __future__ import annotations

import json
import random

from benchmarks.corpus7 import formats
from benchmarks.corpus7.common import pick
from benchmarks.corpus7.model import Blob

DISHES = ("鶏の照り焼き", "豚汁", "ひじきの煮物", "鮭の塩焼き", "きんぴらごぼう", "麻婆豆腐", "肉じゃが", "白和え",
          "かぼちゃの煮付け", "わかめご飯", "ミネストローネ", "さばの味噌煮")
STEPS = ("受付で番号札を取る", "問診票を記入する", "体温を測定する", "待合室で待つ", "会計で次回予約を取る",
         "書類を所定の棚に戻す", "鍵を事務室に返却する", "空調を切って退出する")
ITEMS = (("コピー用紙A4", 520), ("トナー（黒）", 8800), ("クリアファイル", 35), ("ゴム手袋M", 1200),
         ("マスク50枚", 640), ("消毒用アルコール", 980), ("紙コップ", 310), ("ボールペン", 90), ("封筒長3", 12))


def lunch_menu(rng: random.Random) -> tuple[str, Blob]:
    lines = ["今月の給食献立表", ""] + [f"{d}日（{pick(rng, '月火水木金')}） {pick(rng, DISHES)}・{pick(rng, DISHES)}・"
                                    f"ごはん・牛乳  {rng.randint(480, 620)}kcal" for d in range(1, rng.randint(12, 22))]
    choice = rng.randrange(3)
    return ("txt", "pdf", "odt")[choice], (formats.text_lines, formats.pdf, formats.odt)[choice](lines)


def procedure(rng: random.Random) -> tuple[str, Blob]:
    steps = rng.sample(STEPS, 5)
    blocks = [("p", pick(rng, ("来院時の流れ", "閉館時の手順", "書類の取扱い手順")))] + \
        [("p", f"{i}. {s}") for i, s in enumerate(steps, 1)]
    return "docx", formats.docx(blocks)


def price_list(rng: random.Random) -> tuple[str, Blob]:
    rows = [["品名", "単価", "数量", "金額"]]
    for item, price in rng.sample(ITEMS, rng.randint(4, 8)):
        q = rng.randint(1, 30)
        rows.append([item, str(price), str(q), str(price * q)])
    if rng.random() < 0.5:
        return "xlsx", formats.xlsx({"発注": rows})
    return "csv", formats.delimited(rows)


def timetable(rng: random.Random) -> tuple[str, Blob]:
    rows = [["便", "発", "着", "経由"]] + [[f"{n}", f"{7 + n}:{rng.randint(0, 5)}0", f"{7 + n}:{rng.randint(3, 5)}5",
                                         pick(rng, ("市民病院前", "駅北口", "運動公園", "図書館前"))] for n in range(1, 9)]
    return "html", formats.html("送迎バス時刻表", [("table", rows)])


def settings(rng: random.Random) -> tuple[str, Blob]:
    data = {"version": rng.randint(1, 9), "backup": {"hour": rng.randint(0, 5), "keep_days": 30},
            "printer": pick(rng, ("PR-3F-01", "PR-2F-02")), "paper": "A4", "language": "ja"}
    return "json", Blob(json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))


def minutes(rng: random.Random) -> tuple[str, Blob]:
    lines = ["第3回 施設運営会議 議事要旨", "", "1. 来年度の予算案について説明があり、了承された。",
             f"2. 駐車場の区画線を{rng.randint(2, 9)}月に引き直す。", "3. 防災訓練は年2回とする。",
             "4. 次回は翌月第2水曜日に開催する。"]
    if rng.random() < 0.5:
        return "rtf", formats.rtf(lines)
    return "txt", formats.text_lines(lines)


def slides(rng: random.Random) -> tuple[str, Blob]:
    return "pptx", formats.pptx([("年間行事予定", ["4月 入園式", "7月 夏祭り", "10月 運動会", "3月 卒園式"], None),
                                 ("お願い", ["持ち物には記名を", "駐輪場は北側をご利用ください"], None)])


KINDS = (lunch_menu, procedure, price_list, timetable, settings, minutes, slides)


def clean_file(rng: random.Random, index: int) -> tuple[str, Blob]:
    suffix, blob = KINDS[index % len(KINDS)](rng)
    return suffix, blob
