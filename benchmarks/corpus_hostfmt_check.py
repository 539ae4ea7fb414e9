"""Check corpus for exports without a header (hostfmt), written apart from
corpus_hostfmt_dev.py by another hand: no template, word list, name list or layout
in common with it nor with the other generators. Never tune a rule on it.

Habits of this author's systems: a 住民 register export in UTF-8 with 和暦 births
(S45.04.12) and hyphenated postal codes; an insurer's CP932 contracts with contract
dates spread over decades beside the births and the phone between the postal code
and the address; a club's CSV of full-width katakana names, quoted in full, with
births as 1975/3/9; a TSV of kanji names with a half-width space and births as
digits; banners and 合計件数 trailers. Hard negatives: a stock file of half-width
product names, an accounting journal; among the positives, a branch master of
companies scored for PERSON only.
"""

from __future__ import annotations

import random
from datetime import date

import phonenumbers

from benchmarks.corpus import Doc

ONLY = {("*", kind) for kind in ("PERSON", "ADDRESS", "POSTAL_CODE", "DATE_OF_BIRTH", "PHONE")}
FAMILY = [("加藤", "かとう"), ("吉田", "よしだ"), ("斎藤", "さいとう"), ("松田", "まつだ"), ("中島", "なかじま"),
          ("原田", "はらだ"), ("小林", "こばやし"), ("近藤", "こんどう"), ("石井", "いしい"), ("坂本", "さかもと"),
          ("遠藤", "えんどう"), ("青木", "あおき"), ("藤井", "ふじい"), ("西村", "にしむら"), ("福田", "ふくだ"),
          ("太田", "おおた"), ("三浦", "みうら"), ("藤原", "ふじわら"), ("岡本", "おかもと"), ("野村", "のむら")]
PERSONAL = [("健一", "けんいち"), ("美香", "みか"), ("博", "ひろし"), ("香織", "かおり"), ("大輔", "だいすけ"),
            ("智子", "ともこ"), ("拓海", "たくみ"), ("結衣", "ゆい"), ("修", "おさむ"), ("彩", "あや"), ("一郎", "いちろう"),
            ("舞", "まい"), ("亮", "りょう"), ("奈々", "なな"), ("浩", "ひろし"), ("優子", "ゆうこ")]
STREETS = [("千葉県", "柏市柏", "277-0005"), ("兵庫県", "姫路市本町", "670-0012"), ("京都府", "宇治市宇治", "611-0021"),
           ("岡山県", "倉敷市阿知", "710-0055"), ("熊本県", "熊本市中央区花畑町", "860-0806"), ("長野県", "松本市中央", "390-0811"),
           ("茨城県", "水戸市宮町", "310-0015"), ("石川県", "金沢市広岡", "920-0031"), ("鹿児島県", "鹿児島市山之口町", "892-0844"),
           ("青森県", "八戸市番町", "031-0032"), ("群馬県", "高崎市八島町", "370-0849"), ("三重県", "津市羽所町", "514-0009")]
KANJI_DIGIT = "〇一二三四五六七八九"
ITEMS = ["ﾎﾞﾙﾄ M8", "ﾅｯﾄ M10", "ﾜｯｼｬｰ 大", "ｽﾌﾟﾘﾝｸﾞ 小", "ﾊﾟｲﾌﾟ 20A", "ｴﾙﾎﾞ 25A"]
ACCOUNTS = ["旅費交通費", "消耗品費", "通信費", "支払手数料", "会議費"]
FIRMS = ["株式会社 みなと物流", "有限会社 さくら印刷", "株式会社 東和精機", "合同会社 フジ企画", "株式会社 北斗建設"]
HALF = dict(zip("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォャュョッー",
                "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ"))
VOICED = dict(zip("ガギグゲゴザジズゼゾダヂヅデドバビブベボ", "カキクケコサシスセソタチツテトハヒフヘホ"))
SEMI = dict(zip("パピプペポ", "ハヒフヘホ"))


def katakana(hiragana: str) -> str:
    return "".join(chr(ord(ch) + 0x60) if "ぁ" <= ch <= "ゖ" else ch for ch in hiragana)


def hankaku(text: str) -> str:
    out = []
    for ch in text:
        if ch in VOICED:
            out.append(HALF[VOICED[ch]] + "ﾞ")
        elif ch in SEMI:
            out.append(HALF[SEMI[ch]] + "ﾟ")
        else:
            out.append(HALF.get(ch, " " if ch == "　" else ch))
    return "".join(out)


def field(text: str, size: int) -> str:
    """A field of size bytes in Shift_JIS: cut at a whole character, filled with blanks."""
    raw = text.encode("cp932")[:size].decode("cp932", errors="ignore").encode("cp932")
    return (raw + b" " * (size - len(raw))).decode("cp932")


def squeezed(text: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())


def e164(number: str) -> str:
    return "+81" + number.replace("-", "")[1:]


class CheckHostfmt:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 59 + 11)

    def one(self, items):
        return items[self.rng.randrange(len(items))]

    def resident(self) -> dict:
        (fam, fam_r), (per, per_r) = self.one(FAMILY), self.one(PERSONAL)
        pref, city, zipcode = self.one(STREETS)
        chome = self.rng.randint(1, 5)
        where = self.one([f"{pref}{city}{KANJI_DIGIT[chome]}丁目{self.rng.randint(1, 28)}番{self.rng.randint(1, 20)}号",
                          f"{pref}{city}{chome}丁目{self.rng.randint(1, 28)}-{self.rng.randint(1, 20)}",
                          f"{pref}{city}{self.rng.randint(100, 1999)}番地"])
        birthday = date(self.rng.randint(1938, 2006), self.rng.randint(1, 12), self.rng.randint(2, 28))
        tel = self.one([f"0{self.one(['45', '52', '75', '82', '92'])}-{self.rng.randint(200, 999)}-{self.rng.randint(1000, 9999)}",
                        f"0{self.one(['3', '6'])}-{self.rng.randint(3000, 6999)}-{self.rng.randint(1000, 9999)}",
                        f"0{self.one(['80', '90'])}-{self.rng.randint(1000, 9999)}-{self.rng.randint(1000, 9999)}"])
        return {"fam": fam, "per": per, "reading": f"{katakana(fam_r)} {katakana(per_r)}", "birthday": birthday,
                "zip": zipcode, "where": where, "tel": tel}

    def labels(self, r: dict, kanji=True, reading=False, zipcode=True, where=True, tel=False) -> set:
        out = {("DATE_OF_BIRTH", r["birthday"].isoformat())}
        if kanji:
            out.add(("PERSON", r["fam"] + r["per"]))
        if reading:
            out.add(("PERSON", squeezed(r["reading"])))
        if zipcode:
            out.add(("POSTAL_CODE", r["zip"].replace("-", "")))
        if where:
            out.add(("ADDRESS", squeezed(r["where"])))
        if tel and phonenumbers.is_valid_number(phonenumbers.parse(r["tel"], "JP")):
            out.add(("PHONE", e164(r["tel"])))
        return out

    def era(self, d: date) -> str:
        if d >= date(1989, 1, 8):
            return f"H{d.year - 1988:02d}.{d.month:02d}.{d.day:02d}"
        return f"S{d.year - 1925:02d}.{d.month:02d}.{d.day:02d}"

    def banner(self, title: str) -> list[str]:
        return [self.one([f"【{title}】 2026年11月30日現在", f"***** {title} *****", f"{title}　出力日時 2026-12-01 06:00"])]

    # --- positives ---------------------------------------------------------------

    def register_utf8(self, i: int) -> Doc:
        """住民 register: household, 続柄 code, kanji name (half-width space), 和暦 birth, sex, 〒, address, phone."""
        lines, truth = self.banner("住民異動連携データ"), set(ONLY)
        for _ in range(self.rng.randint(10, 35)):
            r = self.resident()
            lines.append(field(f"{self.rng.randint(10 ** 9, 10 ** 10 - 1)}", 11) + field(self.one(["01", "02", "03"]), 3)
                         + field(f"{r['fam']} {r['per']}", 16) + field(self.era(r["birthday"]), 10)
                         + field(self.one(["1", "2"]), 2) + field(r["zip"], 9) + field(r["where"], 52) + r["tel"])
            truth |= self.labels(r, tel=True)
        lines.append(f"合計件数：{len(lines) - 1}件")
        return Doc(f"hc_jumin{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth)

    def contracts_sjis(self, i: int) -> Doc:
        """Contracts: number, half-width kana name, birth digits, contract date, postal code, phone, address."""
        lines, truth = [], set(ONLY)
        for _ in range(self.rng.randint(10, 35)):
            r = self.resident()
            signed = date(self.rng.randint(1998, 2026), self.rng.randint(1, 12), self.rng.randint(1, 28))
            lines.append(field(f"K{self.rng.randint(10 ** 10, 10 ** 11 - 1)}", 13) + field(hankaku(r["reading"]), 24)
                         + field(f"{r['birthday']:%Y%m%d}", 10) + field(f"{signed:%Y%m%d}", 10)
                         + field(r["zip"].replace("-", ""), 9) + field(r["tel"].replace("-", ""), 13) + field(r["where"], 50))
            truth |= self.labels(r, kanji=False, reading=True, tel=True)
        lines += ["*** END OF DATA ***"]
        return Doc(f"hc_keiyaku{i:03d}.DAT", "\r\n".join(lines).encode("cp932"), truth)

    def club_csv(self, i: int) -> Doc:
        """Members in a CSV quoted in full: number, full-width katakana name, birth 1975/3/9, 〒 code, address."""
        rows, truth = [], set(ONLY)
        for n in range(self.rng.randint(6, 22)):
            r = self.resident()
            b = r["birthday"]
            rows.append([f"{n + 101}", r["reading"].replace(" ", "　"), f"{b.year}/{b.month}/{b.day}", r["zip"], r["where"],
                         self.one(["一般", "家族", "学生"])])
            truth |= self.labels(r, kanji=False, reading=True)
        text = "\r\n".join(",".join(f'"{cell}"' for cell in row) for row in rows)
        return Doc(f"hc_club{i:03d}.csv", text.encode(self.one(["cp932", "utf-8-sig"])), truth)

    def roster_tsv(self, i: int) -> Doc:
        """A TSV of kanji names, births as digits, 7-digit codes and addresses, unquoted."""
        rows, truth = [], set(ONLY)
        for _ in range(self.rng.randint(6, 22)):
            r = self.resident()
            rows.append("\t".join([f"{r['fam']} {r['per']}", f"{r['birthday']:%Y%m%d}", r["zip"].replace("-", ""), r["where"],
                                    self.one(["A", "B", "C"])]))
            truth |= self.labels(r)
        return Doc(f"hc_meibo{i:03d}.tsv", "\n".join(rows).encode("utf-8"), truth)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.register_utf8, self.contracts_sjis, self.club_csv, self.roster_tsv, self.branches_tsv]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- hard negatives ----------------------------------------------------------

    def stock_sjis(self, i: int) -> Doc:
        lines = self.banner("在庫移動明細")
        for _ in range(self.rng.randint(15, 40)):
            moved = date(2026, self.rng.randint(9, 11), self.rng.randint(1, 28))
            lines.append(field(f"{self.rng.randint(1000000, 9999999)}", 8) + field(self.one(ITEMS), 16)
                         + field(f"{self.rng.randint(1, 9999):07d}", 8) + field(f"{moved:%Y%m%d}", 9)
                         + f"{self.rng.randint(1, 99999999):09d}")
        return Doc(f"hc_zaiko{i:03d}.txt", "\r\n".join(lines).encode("cp932"))

    def journal_csv(self, i: int) -> Doc:
        rows = []
        for n in range(self.rng.randint(12, 30)):
            day = date(2026, self.rng.randint(4, 9), self.rng.randint(1, 28))
            rows.append(f"{n + 1},{day:%Y/%m/%d},{self.one(ACCOUNTS)},{self.rng.randint(300, 250000)},{self.one(FIRMS)}")
        return Doc(f"hc_shiwake{i:03d}.csv", "\r\n".join(rows).encode("cp932"))

    def branches_tsv(self, i: int) -> Doc:
        """Firms with their offices: scored for PERSON only (a firm is no person)."""
        rows = []
        for n in range(self.rng.randint(6, 15)):
            pref, city, zipcode = self.one(STREETS)
            rows.append("\t".join([f"{n + 1:03d}", self.one(FIRMS), zipcode.replace("-", ""),
                                    f"{pref}{city}{self.rng.randint(1, 5)}-{self.rng.randint(1, 9)}", "代表"]))
        return Doc(f"hc_torihiki{i:03d}.tsv", "\n".join(rows).encode("utf-8"), {("*", "PERSON")})

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.stock_sjis, self.journal_csv]
        return [kinds[i % len(kinds)](i) for i in range(count)]
