"""Development corpus for structured exports (issue 12, exports3): a web form's
submissions as pretty-printed JSON with English keys, a phone tree in Markdown with a
pipe table, a reservation confirmation saved as HTML, a customer master exported
with romaji headers and packed dates, a shift roster with surname and given name in
two columns, an application sheet whose labels stand above the values, a guest
export with English headers, a UTF-16 note, a tab-separated sheet in half-width
kana inside a mail, and a club list with unusual headers and 和暦 births in kanji
numerals. The rules are tuned on it; benchmarks/corpus_exports3_check.py is written
apart (no template or word list in common) and never tuned on.

Truth: PERSON, ADDRESS, POSTAL_CODE, PHONE, DATE_OF_BIRTH (`("*", type)`); dates
that are not births (a booking, a shift, a sending date) are look-alikes
`("~DATE_OF_BIRTH", iso)`; clean files hold none of the scored types.
"""

from __future__ import annotations

import json
import random
import unicodedata
from datetime import date

import phonenumbers

from benchmarks.corpus import Doc, _e164, address_key
from samples import writers as w

SCORED = ("PERSON", "ADDRESS", "POSTAL_CODE", "PHONE", "DATE_OF_BIRTH")
_SCORED = {("*", t) for t in SCORED}
SEI = {"河合": ("カワイ", "Kawai"), "杉浦": ("スギウラ", "Sugiura"), "野々村": ("ノノムラ", "Nonomura"),
       "篠田": ("シノダ", "Shinoda"), "堀江": ("ホリエ", "Horie"), "矢島": ("ヤジマ", "Yajima"),
       "浜口": ("ハマグチ", "Hamaguchi"), "小笠原": ("オガサワラ", "Ogasawara"), "三宅": ("ミヤケ", "Miyake"),
       "松浦": ("マツウラ", "Matsuura"), "戸田": ("トダ", "Toda"), "古賀": ("コガ", "Koga")}
MEI = {"陽菜": ("ヒナ", "Hina"), "健太": ("ケンタ", "Kenta"), "千尋": ("チヒロ", "Chihiro"),
       "翔": ("ショウ", "Sho"), "真由美": ("マユミ", "Mayumi"), "浩二": ("コウジ", "Koji"),
       "沙織": ("サオリ", "Saori"), "隆之": ("タカユキ", "Takayuki"), "奈々": ("ナナ", "Nana"),
       "俊介": ("シュンスケ", "Shunsuke"), "恵理": ("エリ", "Eri"), "大輔": ("ダイスケ", "Daisuke")}
TOWNS = [("埼玉県", "川越市新富町"), ("静岡県", "浜松市中区元城町"), ("岡山県", "倉敷市阿知"),
         ("宮城県", "仙台市青葉区一番町"), ("愛媛県", "松山市大街道"), ("長野県", "松本市中央")]
KANJI = "〇一二三四五六七八九"


def kanji_numeral(n: int) -> str:
    if n < 10:
        return KANJI[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else KANJI[tens]) + "十" + (KANJI[ones] if ones else "")


class DevExports:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed * 53 + 11)

    def person(self) -> tuple[str, str]:
        return self.r.choice(sorted(SEI)), self.r.choice(sorted(MEI))

    def birth(self) -> date:
        return date(self.r.randint(1950, 2003), self.r.randint(1, 12), self.r.randint(1, 28))

    def other_day(self) -> date:
        return date(2026, self.r.randint(1, 12), self.r.randint(1, 28))

    def postal(self) -> str:
        return f"{self.r.randint(100, 989)}{self.r.randint(1, 9999):04d}"

    def home(self) -> str:
        pref, town = self.r.choice(TOWNS)
        return f"{pref}{town}{self.r.randint(1, 5)}-{self.r.randint(1, 20)}-{self.r.randint(1, 15)}"

    def phone(self) -> str:
        while True:
            number = self.r.choice([f"0{self.r.choice('789')}0-{self.r.randint(1000, 9999)}-{self.r.randint(1000, 9999)}",
                                    f"0{self.r.randint(3, 9)}-{self.r.randint(2000, 9899)}-{self.r.randint(1000, 9999)}"])
            if phonenumbers.is_valid_number(phonenumbers.parse(number, "JP")):
                return number

    def entry(self) -> tuple[dict, set]:
        """One person's values and their truth."""
        (sei, mei), b, z, addr, tel = self.person(), self.birth(), self.postal(), self.home(), self.phone()
        values = {"sei": sei, "mei": mei, "birth": b, "zip": z, "addr": addr, "tel": tel}
        truth = {("PERSON", sei + mei), ("DATE_OF_BIRTH", b.isoformat()), ("POSTAL_CODE", z),
                 ("ADDRESS", address_key(addr)), ("PHONE", _e164(tel))}
        return values, truth

    def many(self, low: int = 3, high: int = 7) -> tuple[list[dict], set]:
        rows, truth = [], set()
        for _ in range(self.r.randint(low, high)):
            values, t = self.entry()
            rows.append(values)
            truth |= t
        return rows, truth

    # --- positives -------------------------------------------------------------

    def form_json(self, i: int) -> Doc:
        rows, truth = self.many(2, 5)
        sent = self.other_day()
        items = [{"id": 1000 + k, "submitted_at": f"{sent.isoformat()}T10:{k:02d}:00+09:00",
                  "fields": {"name": f"{v['sei']} {v['mei']}", "birthday": v["birth"].isoformat(),
                             "zip": f"{v['zip'][:3]}-{v['zip'][3:]}", "address": v["addr"], "tel": v["tel"],
                             "message": "資料を送ってください。"}} for k, v in enumerate(rows)]
        data = json.dumps({"form": "資料請求", "entries": items}, ensure_ascii=False, indent=2)
        return Doc(f"ex_form{i:03d}.json", data.encode(), truth | {("~DATE_OF_BIRTH", sent.isoformat())} | _SCORED)

    def phone_tree_md(self, i: int) -> Doc:
        rows, truth = self.many()
        lines = ["# 緊急連絡網（2026年度）", "", "上から順に電話してください。", "",
                 "| 順 | 氏名 | 携帯 | 住所 | 生年月日 |", "|---|---|---|---|---|"]
        lines += [f"| {k + 1} | {v['sei']} {v['mei']} | {v['tel']} | 〒{v['zip'][:3]}-{v['zip'][3:]} {v['addr']} "
                  f"| {v['birth']:%Y/%m/%d} |" for k, v in enumerate(rows)]
        return Doc(f"ex_tree{i:03d}.md", "\n".join(lines).encode(), truth | _SCORED)

    def booking_html(self, i: int) -> Doc:
        v, truth = self.entry()
        stay = self.other_day()
        cells = [("ご予約者名", f"{v['sei']} {v['mei']} 様"), ("生年月日", f"{v['birth']:%Y年%m月%d日}"),
                 ("郵便番号", f"{v['zip'][:3]}-{v['zip'][3:]}"), ("ご住所", v["addr"]), ("電話番号", v["tel"]),
                 ("チェックイン", f"{stay:%Y年%m月%d日}")]
        rows = "".join(f"<tr><th>{k}</th><td>{x}</td></tr>" for k, x in cells)
        html = (f"<html><head><meta charset='utf-8'><title>ご予約確認</title></head><body><h1>ご予約確認</h1>"
                f"<p>以下の内容でご予約を承りました。</p><table>{rows}</table></body></html>")
        return Doc(f"ex_booking{i:03d}.html", html.encode(), truth | {("~DATE_OF_BIRTH", stay.isoformat())} | _SCORED)

    def master_csv(self, i: int) -> Doc:
        rows, truth = self.many(4, 8)
        lines = ["kokyaku_no,sei,mei,seinengappi,yubin_no,jusho,denwa"]
        lines += [f"{5000 + k},{v['sei']},{v['mei']},{v['birth']:%Y%m%d},{v['zip']},{v['addr']},{v['tel']}"
                  for k, v in enumerate(rows)]
        return Doc(f"ex_master{i:03d}.csv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def roster_xlsx(self, i: int) -> Doc:
        rows, truth = self.many(4, 8)
        sheet = [["シフト表　12月"], ["姓", "名", "携帯", "勤務日"]]
        sheet += [[v["sei"], v["mei"], v["tel"], f"{self.other_day():%m/%d}"] for v in rows]
        truth = {t for t in truth if t[0] in ("PERSON", "PHONE")}
        return Doc(f"ex_roster{i:03d}.xlsx", w.xlsx_bytes({"シフト": sheet}), truth | _SCORED)

    def application_xlsx(self, i: int) -> Doc:
        v, truth = self.entry()
        sheet = [["会員申込書"], [], ["フリガナ", None, "生年月日"],
                 [SEI[v["sei"]][0] + " " + MEI[v["mei"]][0], None, f"{v['birth']:%Y年%m月%d日}"],
                 ["お名前", None, "電話番号"], [f"{v['sei']}　{v['mei']}", None, v["tel"]],
                 ["郵便番号", None, "ご住所"], [f"{v['zip'][:3]}-{v['zip'][3:]}", None, v["addr"]]]
        reading = ("PERSON", SEI[v["sei"]][0] + MEI[v["mei"]][0])
        return Doc(f"ex_apply{i:03d}.xlsx", w.xlsx_bytes({"申込書": sheet}), truth | {reading} | _SCORED)

    def guests_csv(self, i: int) -> Doc:
        rows, truth = self.many(3, 6)
        lines = ["Guest ID,Last Name,First Name,Date of Birth,Postcode,Address,Mobile,Arrival"]
        for k, v in enumerate(rows):
            arrival = self.other_day()
            truth.add(("~DATE_OF_BIRTH", arrival.isoformat()))
            lines.append(f"G{k + 31},{v['sei']},{v['mei']},{v['birth']:%Y-%m-%d},{v['zip'][:3]}-{v['zip'][3:]},"
                         f"\"{v['addr']}\",{v['tel']},{arrival:%Y-%m-%d}")
        return Doc(f"ex_guests{i:03d}.csv", "\n".join(lines).encode(), truth | _SCORED)

    def note_utf16(self, i: int) -> Doc:
        v, truth = self.entry()
        text = (f"相談受付メモ\r\n相談者：{v['sei']} {v['mei']}\r\n生年月日：{v['birth']:%Y年%m月%d日}\r\n"
                f"住所：〒{v['zip'][:3]}-{v['zip'][3:]} {v['addr']}\r\n連絡先：{v['tel']}\r\n")
        return Doc(f"ex_note{i:03d}.txt", text.encode("utf-16"), truth | _SCORED)

    def kana_tsv_eml(self, i: int) -> Doc:
        rows, truth = self.many(3, 6)
        lines = ["ｼﾒｲ\tｾｲﾈﾝｶﾞｯﾋﾟ\tﾃﾞﾝﾜ"]
        truth = {t for t in truth if t[0] == "PHONE" or t[0] == "DATE_OF_BIRTH"}
        for v in rows:
            kana = unicodedata.normalize("NFKC", SEI[v["sei"]][0] + " " + MEI[v["mei"]][0])
            half = "".join(_half(ch) for ch in kana)
            lines.append(f"{half}\t{v['birth']:%Y%m%d}\t{v['tel']}")
            truth.add(("PERSON", (SEI[v["sei"]][0] + MEI[v["mei"]][0])))
        body = "お疲れ様です。振込先の一覧です。\n\n" + "\n".join(lines) + "\n\nよろしくお願いします。"
        return Doc(f"ex_kana{i:03d}.eml", w.make_eml("一覧送付", "a@example.jp", "b@example.jp", body), truth | _SCORED)

    def club_list_xlsx(self, i: int) -> Doc:
        rows, truth = self.many(3, 6)
        sheet = [["ひまわり会　名簿"], ["会員さま", "おところ", "れんらく先", "お誕生日"]]
        for v in rows:
            b = v["birth"]
            era, y = ("平成", b.year - 1988) if b >= date(1989, 1, 8) else ("昭和", b.year - 1925)
            born = f"{era}{kanji_numeral(y)}年{kanji_numeral(b.month)}月{kanji_numeral(b.day)}日"
            sheet.append([f"{v['sei']} {v['mei']}", v["addr"], v["tel"], born])
        truth = {t for t in truth if t[0] != "POSTAL_CODE"}
        return Doc(f"ex_club{i:03d}.xlsx", w.xlsx_bytes({"名簿": sheet}), truth | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        makers = (self.form_json, self.phone_tree_md, self.booking_html, self.master_csv, self.roster_xlsx,
                  self.application_xlsx, self.guests_csv, self.note_utf16, self.kana_tsv_eml, self.club_list_xlsx)
        return [makers[k % len(makers)](k) for k in range(count)]

    # --- clean files -----------------------------------------------------------

    def products_json(self, i: int) -> Doc:
        items = [{"sku": f"SK-{self.r.randint(1000, 9999)}", "name": self.r.choice(["卓上ライト", "收納ボックス", "保温ポット"]),
                  "release_date": self.other_day().isoformat(), "price": self.r.randint(8, 90) * 100} for _ in range(4)]
        return Doc(f"ex_clean_items{i:03d}.json", json.dumps(items, ensure_ascii=False, indent=2).encode())

    def schedule_md(self, i: int) -> Doc:
        lines = ["# 点検予定", "", "| 日付 | 設備 | 場所 |", "|---|---|---|"]
        lines += [f"| {self.other_day():%Y/%m/%d} | 空調 | 第{k + 1}会議室 |" for k in range(4)]
        return Doc(f"ex_clean_check{i:03d}.md", "\n".join(lines).encode())

    def negatives(self, count: int) -> list[Doc]:
        makers = (self.products_json, self.schedule_md)
        return [makers[k % len(makers)](k) for k in range(count)]


def _half(ch: str) -> str:
    """A full-width katakana as half-width kana (a voiced one in two characters)."""
    from unicodedata import decomposition
    parts = decomposition(ch).split()
    if len(parts) == 2 and parts[1] in ("3099", "309A"):
        base = _half(chr(int(parts[0], 16)))
        return base + ("ﾞ" if parts[1] == "3099" else "ﾟ")
    table = dict(zip("アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンャュョッー ",
                     "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｬｭｮｯｰ "))
    return table.get(ch, ch)
