"""The dimensions of births14's matrix (benchmarks/births14_matrix.py): a birth's labels as
writers put them (Japanese, abbreviated, English, keys, romaji), the shapes a date is written
in, the labels of other days of the same records written in the same shapes, and whose
record it is (a person's, a pet's, a company's)."""

from __future__ import annotations

import datetime as dt
import random

# whose record: a member of staff (name, reading, sex), a pet (name, breed), a company (name, trade)
PEOPLE = (["氏名", "フリガナ", "性別"], [["岩崎 真由美", "イワサキ マユミ", "女"], ["大友 健吾", "オオトモ ケンゴ", "男"],
                                       ["篠田 理沙", "シノダ リサ", "女"]])
PETS = (["ペット名", "犬種"], [["ポチ", "柴犬"], ["モカ", "トイプードル"], ["ハナ", "ダックスフンド"]])
FIRMS = (["法人名", "業種"], [["株式会社港北精機", "製造業"], ["有限会社ひばり企画", "広告業"],
                            ["合同会社緑ヶ丘農園", "農業"]])

BIRTH_LABELS = ["生年月日", "生年", "誕生日", "出生日", "生まれ", "生", "生年月日(西暦)", "生年月日（和暦）", "DOB",
                "D.O.B.", "birth", "birthday", "date_of_birth", "birthDate", "seinengappi", "tanjobi", "生年月",
                "Date of Birth", "出生年月日", "ｾｲﾈﾝｶﾞｯﾋﾟ", "生年月日（満年齢）"]
OTHER_LABELS = ["受診日", "健診日", "検査日", "記入日", "契約日", "開催日", "入社日", "退社日", "有効期限", "死亡日",
                "出産予定日", "作成日", "面談日", "入場日", "退場日", "次回予約日", "checkup_date", "visitDate"]
# whose record and which of its labels say birth: a pet's and a company's are no person's birth
NOT_PERSONS = [(PETS, "生年月日"), (PETS, "誕生日"), (FIRMS, "設立年月日"), (FIRMS, "設立日"), (FIRMS, "創業")]

_ERAS = (("令和", "R", dt.date(2019, 5, 1)), ("平成", "H", dt.date(1989, 1, 8)), ("昭和", "S", dt.date(1926, 12, 25)))
_KANJI = "〇一二三四五六七八九"
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def _era(date: dt.date) -> tuple[str, str, int]:
    name, initial, start = next(e for e in _ERAS if date >= e[2])
    return name, initial, date.year - start.year + 1


def _kanji_number(n: int) -> str:
    tens, ones = divmod(n, 10)
    return ("" if tens < 2 else _KANJI[tens]) + ("十" if tens else "") + (_KANJI[ones] if ones else "")


def _era_year(n: int) -> str:
    return "元" if n == 1 else str(n)


def written(date: dt.date, shape: str) -> str:
    """The date written in one shape."""
    y, m, d = date.year, date.month, date.day
    era, initial, ey = _era(date)
    return {
        "slash": f"{y}/{m:02d}/{d:02d}", "kanji": f"{y}年{m}月{d}日", "era": f"{era}{_era_year(ey)}年{m}月{d}日",
        "initial": f"{initial}{ey}.{m}.{d}", "initial_slash": f"{initial}{ey}/{m}/{d}",
        "era_short": f"{era[0]}{ey}.{m}.{d}", "gannen": f"{era}{_era_year(ey)}年{m}月{d}日",
        "kansuji": f"{era}{'元' if ey == 1 else _kanji_number(ey)}年{_kanji_number(m)}月{_kanji_number(d)}日",
        "wide": f"{y}年{m}月{d}日".translate(str.maketrans("0123456789", "０１２３４５６７８９")),
        "yy": f"{y % 100:02d}/{m:02d}/{d:02d}", "compact": f"{y}{m:02d}{d:02d}", "dot": f"{y}.{m}.{d}",
        "mdy": f"{m}/{d}/{y}", "english": f"{_MONTHS[m - 1]} {d} {y}", "dmy2": f"{d}-{_MONTHS[m - 1]}-{y % 100:02d}",
        "spaced": f"{y} 年 {m} 月 {d} 日", "era_spaced": f"{era} {ey} 年 {m} 月 {d} 日",
        "hyphen": f"{y}-{m:02d}-{d:02d}", "weekday": f"{y}年{m}月{d}日（{'月火水木金土日'[date.weekday()]}）",
    }[shape]


SHAPES = ("slash", "kanji", "era", "initial", "initial_slash", "era_short", "gannen", "kansuji", "wide", "yy",
          "compact", "dot", "mdy", "english", "dmy2", "spaced", "era_spaced", "hyphen", "weekday")


def draw(rng: random.Random, shape: str, birth: bool = True) -> dt.date:
    """A date for one shape: a birth between 1950 and 2008, another day between 2020 and
    2026 (a day past 12, so that 3/24/1980 is read one way only)."""
    if shape == "gannen":  # 平成元年 for a birth, 令和元年 for another day
        return dt.date(1989 if birth else 2019, rng.randint(2 if birth else 5, 12), rng.randint(13, 28))
    first, last = (1950, 2008) if birth else (2020, 2026)
    if shape == "yy" and birth:
        last = 1999  # 03/05/14 could be any order
    return dt.date(rng.randint(first, last), rng.randint(1, 12), rng.randint(13, 28))
