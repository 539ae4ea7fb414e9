"""A 在日 community association: its members' register (Korean names in kanji with
their everyday Japanese names, 特別永住者証明書, 本籍 in Korea, origin) and the
consultation desk's notes (hate speech, immigration papers)."""

from __future__ import annotations

import random

from benchmarks.corpus10 import ids
from benchmarks.corpus10.common import domicile, other_date, phrase
from benchmarks.corpus10.model import Doc, Mark, sensitive, value
from benchmarks.corpus10.people import birth_text, random_day
from benchmarks.corpus10.persons import person
from benchmarks.corpus10.render_office import xlsx
from benchmarks.corpus10.render_text import txt

FAMILY = (("金", "キム"), ("朴", "パク"), ("李", "イ"), ("崔", "チェ"), ("鄭", "チョン"), ("姜", "カン"), ("尹", "ユン"),
          ("韓", "ハン"))
GIVEN = (("英哲", "ヨンチョル"), ("順子", "スンジャ"), ("成勲", "ソンフン"), ("美花", "ミファ"), ("泰植", "テシク"),
         ("貞姫", "チョンヒ"), ("在民", "ジェミン"), ("恩淑", "ウンスク"))
HOMETOWNS = ("慶尚南道晋州市", "慶尚北道安東市", "全羅南道木浦市", "済州特別自治道済州市", "忠清南道公州市")
ORIGINS = ("在日韓国人二世", "在日韓国人三世", "在日朝鮮人一世", "在日コリアン三世")
WRONGS = ("ヘイトスピーチの街宣で名指しされ脅迫を受けた", "自宅の壁に差別的な落書きをされた",
          "ネット上で出自を暴露され名誉を毀損された")


def korean(rng: random.Random) -> tuple[Mark, Mark]:
    (family, f_kana), (given, g_kana) = rng.choice(FAMILY), rng.choice(GIVEN)
    return value("PERSON", f"{family}{given}", kind="korean"), value("PERSON", f"{f_kana}・{g_kana}", kind="korean")


def register(rng: random.Random, n: int) -> Doc:
    rows = [["氏名", "読み", "通称名", "生年月日", "住所", "電話", "特別永住者証明書番号", "本籍", "出自"]]
    for _ in range(rng.randint(12, 18)):
        name, kana = korean(rng)
        alias = person(rng)
        day = random_day(rng, 1935, 2000)
        rows.append([name, kana, alias.name(3), value("DATE_OF_BIRTH", birth_text(day, rng.choice((0, 1, 3))),
                                                      date=day.isoformat()),
                     alias.address(), alias.phone(), value("RESIDENCE_CARD", ids.residence_card(rng)),
                     sensitive("本籍", "韓国" + rng.choice(HOMETOWNS)), sensitive("人種・民族", rng.choice(ORIGINS))])
    return xlsx(f"在日コリアン協会/会員名簿_{n}.xlsx", [("会員", rows, 1, [])], "association_register")


def consultations(rng: random.Random, n: int) -> Doc:
    name, _ = korean(rng)
    helper = person(rng, 1950, 1990)
    lines = ["相談記録（人権・生活相談）", ["受付日：", other_date(rng, "consultation_date")], ["相談者：", name, "さん"],
             ["本籍：", domicile(rng)], "",
             ["相談者は", sensitive("人種・民族", rng.choice(ORIGINS)), "。", sensitive("犯罪被害", rng.choice(WRONGS)),
              "として、警察への被害届の提出を希望。"],
             ["弁護士会の", helper.name(3), "弁護士につなぐ。"],
             ["本人は", phrase(rng, "病歴"), "のため、次回は電話で対応する。"] if rng.random() < 0.4 else "次回は来所。"]
    return txt(f"在日コリアン協会/相談/相談_{n:03d}.txt", lines, "consultation")


def documents(rng: random.Random, scale: float) -> list[Doc]:
    count = lambda base: max(1, round(base * scale))  # noqa: E731
    return [register(rng, i) for i in range(count(2))] + [consultations(rng, i) for i in range(count(8))]
