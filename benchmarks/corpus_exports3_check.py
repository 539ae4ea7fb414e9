"""Check corpus for structured exports (issue 12, exports3), written apart from
benchmarks/corpus_exports3_dev.py by another "author" (no template, header set or
word list in common): an event sign-up API dump in JSON with Japanese or
snake_case keys, a team page in Markdown, a reservation page with a definition
list or a two-cell table, a mail-order customer file with English headers and
packed births, a part-timer list with kanji and kana name columns, a sheet form
with three labels over their values, a hotel's guest register as UTF-16 TSV, a
transfer list in half-width kana as a .txt, and a neighbourhood club's 名簿 with
homely headers and 和暦 births. No rule is tuned on it.

Truth as in the dev corpus: the five scored types; other dates are look-alikes.
"""

from __future__ import annotations

import json
import random
import unicodedata
from datetime import date

from benchmarks.corpus import Doc, _e164, address_key
from samples import writers as w

SCORED = ("PERSON", "ADDRESS", "POSTAL_CODE", "PHONE", "DATE_OF_BIRTH")
_SCORED = {("*", t) for t in SCORED}
FAMILIES = {"片桐": ("カタギリ", "Katagiri"), "新田": ("ニッタ", "Nitta"), "相沢": ("アイザワ", "Aizawa"),
            "久保田": ("クボタ", "Kubota"), "森本": ("モリモト", "Morimoto"), "武藤": ("ムトウ", "Muto"),
            "菅原": ("スガワラ", "Sugawara"), "宮内": ("ミヤウチ", "Miyauchi"), "平野": ("ヒラノ", "Hirano"),
            "中西": ("ナカニシ", "Nakanishi")}
GIVENS = {"美穂": ("ミホ", "Miho"), "和也": ("カズヤ", "Kazuya"), "里奈": ("リナ", "Rina"),
          "雄一": ("ユウイチ", "Yuichi"), "花音": ("カノン", "Kanon"), "孝": ("タカシ", "Takashi"),
          "友美": ("トモミ", "Tomomi"), "康平": ("コウヘイ", "Kohei"), "麻衣": ("マイ", "Mai"),
          "正樹": ("マサキ", "Masaki")}
PLACES = [("福岡県", "北九州市小倉北区魚町"), ("新潟県", "長岡市大手通"), ("岐阜県", "大垣市郭町"),
          ("北海道", "旭川市四条通"), ("熊本県", "熊本市中央区上通町"), ("三重県", "津市大門")]
NUMERAL = "〇一二三四五六七八九"


def in_kanji(n: int) -> str:
    tens, ones = divmod(n, 10)
    return (("" if tens < 2 else NUMERAL[tens]) + ("十" if tens else "") + (NUMERAL[ones] if ones else "")) or "〇"


def half_width(text: str) -> str:
    """Full-width katakana as half-width kana (as host systems print it)."""
    small = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｬｭｮｯｰ "
    full = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンャュョッー "
    out = []
    for ch in unicodedata.normalize("NFD", text):
        out.append({"\u3099": "ﾞ", "\u309a": "ﾟ"}.get(ch) or dict(zip(full, small)).get(ch, ch))
    return "".join(out)


class CheckExports:
    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed * 71 + 3)

    def who(self) -> tuple[str, str]:
        return self.r.choice(sorted(FAMILIES)), self.r.choice(sorted(GIVENS))

    def record(self) -> tuple[dict, set]:
        fam, giv = self.who()
        born = date(self.r.randint(1948, 2004), self.r.randint(1, 12), self.r.randint(1, 28))
        code = f"{self.r.randint(100, 989)}{self.r.randint(0, 9999):04d}"
        pref, town = self.r.choice(PLACES)
        addr = f"{pref}{town}{self.r.randint(1, 8)}丁目{self.r.randint(1, 25)}番{self.r.randint(1, 12)}号"
        tel = f"0{self.r.choice(['90', '80'])}-{self.r.randint(2000, 9999)}-{self.r.randint(1000, 9999)}"
        rec = {"fam": fam, "giv": giv, "born": born, "code": code, "addr": addr, "tel": tel}
        truth = {("PERSON", fam + giv), ("DATE_OF_BIRTH", born.isoformat()), ("POSTAL_CODE", code),
                 ("ADDRESS", address_key(addr)), ("PHONE", _e164(tel))}
        return rec, truth

    def records(self, low: int = 3, high: int = 6) -> tuple[list[dict], set]:
        out, truth = [], set()
        for _ in range(self.r.randint(low, high)):
            rec, t = self.record()
            out.append(rec)
            truth |= t
        return out, truth

    def day(self) -> date:
        return date(2026, self.r.randint(1, 12), self.r.randint(1, 28))

    def only(self, truth: set, *kinds: str) -> set:
        return {t for t in truth if t[0] in kinds}

    # --- positives ---------------------------------------------------------------

    def signup_json(self, i: int) -> Doc:
        recs, truth = self.records(2, 4)
        held = self.day()
        if i % 2:
            body = [{"受付番号": f"R-{k:04d}", "お名前": f"{x['fam']}　{x['giv']}", "生年月日": f"{x['born']:%Y/%m/%d}",
                     "郵便番号": f"〒{x['code'][:3]}-{x['code'][3:]}", "ご住所": x["addr"], "電話番号": x["tel"]}
                    for k, x in enumerate(recs)]
        else:
            body = [{"last_name": x["fam"], "first_name": x["giv"], "dob": f"{x['born']:%Y%m%d}",
                     "postcode": x["code"], "addr": x["addr"], "mobile": x["tel"]} for x in recs]
        data = json.dumps({"event": "秋の清掃ボランティア", "event_date": held.isoformat(), "applicants": body},
                          ensure_ascii=False, indent=4)
        return Doc(f"xc_signup{i:03d}.json", data.encode(), truth | {("~DATE_OF_BIRTH", held.isoformat())} | _SCORED)

    def team_md(self, i: int) -> Doc:
        recs, truth = self.records()
        lines = ["## 支援チーム　メンバー", "", "| 名前 | 誕生日 | 電話 | 〒 | お住まい |", "|:--|:--|:--|:--|:--|"]
        lines += [f"| {x['fam']}{x['giv']} | {x['born']:%Y年%m月%d日} | {x['tel']} | {x['code'][:3]}-{x['code'][3:]} "
                  f"| {x['addr']} |" for x in recs]
        return Doc(f"xc_team{i:03d}.md", ("\n".join(lines) + "\n\n更新担当：庶務\n").encode(), truth | _SCORED)

    def reservation_html(self, i: int) -> Doc:
        x, truth = self.record()
        visit = self.day()
        pairs = [("氏名", f"{x['fam']}{x['giv']}"), ("お誕生日", f"{x['born']:%Y/%m/%d}"),
                 ("〒", f"{x['code'][:3]}-{x['code'][3:]}"), ("住所", x["addr"]), ("携帯番号", x["tel"]),
                 ("ご来店日", f"{visit:%Y/%m/%d}")]
        if i % 2:
            inner = "<dl>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in pairs) + "</dl>"
        else:
            inner = "<table border=1>" + "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in pairs) + "</table>"
        page = f"<!DOCTYPE html><html><body><h2>ご来店予約の控え</h2>{inner}<p>当日はお気をつけてお越しください。</p></body></html>"
        return Doc(f"xc_reserve{i:03d}.html", page.encode("utf-8"), truth | {("~DATE_OF_BIRTH", visit.isoformat())} | _SCORED)

    def mailorder_csv(self, i: int) -> Doc:
        recs, truth = self.records(4, 7)
        head = "CustomerNo,FamilyName,GivenName,Birthdate,ZIP,Addr1,Tel,LastOrder"
        rows = [head]
        for k, x in enumerate(recs):
            last = self.day()
            truth.add(("~DATE_OF_BIRTH", last.isoformat()))
            rows.append(f"C{7700 + k},{x['fam']},{x['giv']},{x['born']:%Y%m%d},{x['code']},{x['addr']},{x['tel']},"
                        f"{last:%Y%m%d}")
        return Doc(f"xc_mailorder{i:03d}.csv", "\r\n".join(rows).encode("utf-8-sig"), truth | _SCORED)

    def parttimers_xlsx(self, i: int) -> Doc:
        recs, truth = self.records(4, 7)
        sheet = [["アルバイト一覧"], ["No", "姓（漢字）", "名（漢字）", "セイ", "メイ", "電話"]]
        for k, x in enumerate(recs):
            sheet.append([k + 1, x["fam"], x["giv"], FAMILIES[x["fam"]][0], GIVENS[x["giv"]][0], x["tel"]])
            truth.add(("PERSON", FAMILIES[x["fam"]][0] + GIVENS[x["giv"]][0]))
        return Doc(f"xc_parttime{i:03d}.xlsx", w.xlsx_bytes({"一覧": sheet}), self.only(truth, "PERSON", "PHONE") | _SCORED)

    def sheet_form_xlsx(self, i: int) -> Doc:
        x, truth = self.record()
        sheet = [["入会申込書", None, None, None], [None, None, None, "記入日"], [None, None, None, f"{self.day():%Y/%m/%d}"],
                 ["氏名", None, "生年月日", "携帯電話"], [f"{x['fam']} {x['giv']}", None, f"{x['born']:%Y/%m/%d}", x["tel"]],
                 ["郵便番号", "住所", None, None], [x["code"], x["addr"], None, None]]
        return Doc(f"xc_form{i:03d}.xlsx", w.xlsx_bytes({"申込": sheet}), truth | _SCORED)

    def guests_tsv(self, i: int) -> Doc:
        recs, truth = self.records(3, 5)
        rows = ["宿泊者名\t生年月日\t郵便番号\t住所\t電話\t到着日"]
        for x in recs:
            arrive = self.day()
            truth.add(("~DATE_OF_BIRTH", arrive.isoformat()))
            rows.append(f"{x['fam']} {x['giv']}\t{x['born']:%Y-%m-%d}\t{x['code'][:3]}-{x['code'][3:]}\t{x['addr']}\t"
                        f"{x['tel']}\t{arrive:%Y-%m-%d}")
        return Doc(f"xc_guests{i:03d}.txt", "\r\n".join(rows).encode("utf-16"), truth | _SCORED)

    def kana_txt(self, i: int) -> Doc:
        recs, truth = self.records(3, 5)
        rows = ["ﾌﾘｶﾞﾅ\tﾕｳﾋﾞﾝ\tｾｲﾈﾝｶﾞｯﾋﾟ"]
        people = set()
        for x in recs:
            kana = FAMILIES[x["fam"]][0] + " " + GIVENS[x["giv"]][0]
            rows.append(f"{half_width(kana)}\t{x['code']}\t{x['born']:%Y%m%d}")
            people.add(("PERSON", kana.replace(" ", "")))
        body = "各位\n口座振替の対象者です。\n\n" + "\n".join(rows) + "\n\n経理課"
        return Doc(f"xc_kana{i:03d}.txt", body.encode("cp932"),
                   self.only(truth, "POSTAL_CODE", "DATE_OF_BIRTH") | people | _SCORED)

    def club_xlsx(self, i: int) -> Doc:
        recs, truth = self.records()
        sheet = [["若葉クラブ会員名簿"], ["おなまえ", "お住まい", "でんわ", "生まれ"]]
        for x in recs:
            b = x["born"]
            era, y = ("平成", b.year - 1988) if b >= date(1989, 1, 8) else ("昭和", b.year - 1925)
            sheet.append([x["fam"] + x["giv"], x["addr"], x["tel"],
                          f"{era}{in_kanji(y)}年{in_kanji(b.month)}月{in_kanji(b.day)}日生"])
        return Doc(f"xc_club{i:03d}.xlsx", w.xlsx_bytes({"会員": sheet}), self.only(
            truth, "PERSON", "ADDRESS", "PHONE", "DATE_OF_BIRTH") | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        makers = (self.signup_json, self.team_md, self.reservation_html, self.mailorder_csv, self.parttimers_xlsx,
                  self.sheet_form_xlsx, self.guests_tsv, self.kana_txt, self.club_xlsx)
        return [makers[k % len(makers)](k) for k in range(count)]

    # --- clean files -------------------------------------------------------------

    def catalogue_json(self, i: int) -> Doc:
        goods = [{"code": f"P{self.r.randint(100, 999)}", "name": self.r.choice(["ミニ扇風機", "ハンディ掃除機", "電気ケトル"]),
                  "title": "季節のおすすめ", "arrival": self.day().isoformat()} for _ in range(3)]
        return Doc(f"xc_clean_goods{i:03d}.json", json.dumps(goods, ensure_ascii=False, indent=4).encode())

    def rooms_html(self, i: int) -> Doc:
        rows = "".join(f"<tr><th>会議室{k}</th><td>{self.day():%m/%d} 午後</td></tr>" for k in range(1, 4))
        return Doc(f"xc_clean_rooms{i:03d}.html", f"<html><body><table>{rows}</table></body></html>".encode())

    def negatives(self, count: int) -> list[Doc]:
        makers = (self.catalogue_json, self.rooms_html)
        return [makers[k % len(makers)](k) for k in range(count)]
