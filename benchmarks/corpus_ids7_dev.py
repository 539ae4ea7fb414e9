"""Development corpus for issue 12's ids7 work: animals' births and names beside their
owners' (a veterinary clinic's chart list, a pet hotel's booking card, a trimming
salon's HTML bookings, a riding club's horses) and a company's own birth, people's births in an HTML table whose
header row stands above the cells, driving licences as forms and rosters write them
(第…号, 4-4-4, 全角, a column beside the licence's colour and class, an HTML table),
twelve-digit numbers passing the licence check under another number's label, and a
health-insurance card's numbers beside an insurance policy's or a member's eight
digits passing the Luhn check. The rules are tuned on this corpus only;
benchmarks/corpus_ids7_check.py (other documents, labels and words; no list in
common, tests/benchmarks/test_ids7_corpora.py) checks them.

Truth: `("*", type)` marks the scored types; a look-alike is `("~TYPE", value)`.
"""

from __future__ import annotations

import random
from datetime import date

from stdnum import luhn

from benchmarks.corpus import Doc, _docx
from benchmarks.ids5_formats import Numbers, wide
from samples import writers as w

SCORED = ("DATE_OF_BIRTH", "DRIVERS_LICENSE", "HEALTH_INSURANCE_NUMBER", "PERSON")
_SCORED = {("*", e) for e in SCORED}
OWNERS = ["真鍋 千尋", "久米 孝之", "新庄 綾乃", "穂積 賢治", "立花 由佳", "桐山 浩二", "沖田 美帆", "相良 伸也"]
PETS = ["モカ", "ココ", "ソラ", "マロン", "チョコ", "きなこ", "レオ", "ハナ"]
DOGS = ["柴犬", "トイプードル", "ミニチュアダックスフンド", "チワワ", "ゴールデンレトリバー"]
CATS = ["スコティッシュフォールド", "アメリカンショートヘア", "雑種", "マンチカン"]
HORSES = ["ハヤテオー", "ミドリノカゼ", "サクラボシ", "アオバクイーン"]
OTHER_NUMBER_LABELS = ["注文番号", "会員番号", "契約番号", "お客様番号", "受付番号"]
POLICY_LABELS = ["保険証券番号", "会員番号", "施設コード", "加入者番号"]


def _spaced(number: str) -> str:
    return " ".join(number[i:i + 4] for i in (0, 4, 8))


class DevIds7(Numbers):
    def __init__(self, seed: int) -> None:
        super().__init__(random.Random(seed * 47 + 7))

    def day(self, first: int, last: int) -> date:
        return date(self.rng.randint(first, last), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def owner(self) -> tuple[str, str]:
        name = self.pick(OWNERS)
        return name, name.replace(" ", "")

    def written_licence(self, number: str) -> str:
        return self.pick([number, f"{number[:4]}-{number[4:8]}-{number[8:]}", _spaced(number), wide(number)])

    def other_twelve(self) -> str:
        """Twelve digits that pass the licence's checks: an order or member number."""
        return self.licence()

    def insurer(self) -> str:
        body = f"{self.pick(['01', '06', '31', '32', '34'])}{self.rng.randint(1, 47):02d}{self.digits(3)}"
        return body + luhn.calc_check_digit(body)

    # --- animals --------------------------------------------------------------------

    def vet_xlsx(self, i: int) -> Doc:
        """A clinic's chart list: the pets' births in a 生年月日 column."""
        rows, truth = [["カルテ一覧"], ["診察券番号", "飼い主氏名", "ペット名", "種類", "品種", "生年月日", "性別", "体重(kg)"]], set()
        for n in range(5):
            owner, key = self.owner()
            dog = n % 2 == 0
            born = self.day(2010, 2024)
            rows.append([self.digits(6), owner, self.pick(PETS), "犬" if dog else "猫", self.pick(DOGS if dog else CATS),
                         born.strftime("%Y/%m/%d"), self.pick(["オス", "メス", "オス（去勢済）"]), f"{self.rng.randint(2, 30)}.4"])
            truth |= {("PERSON", key), ("~DATE_OF_BIRTH", born.isoformat())}
        return Doc(f"ids7_vet{i:03d}.xlsx", w.xlsx_bytes({"カルテ": rows}), truth | _SCORED)

    def hotel_docx(self, i: int) -> Doc:
        """A pet hotel's card: the owner's section, then the pet's with its birth."""
        owner, key = self.owner()
        mine, its = self.day(1955, 2000), self.day(2012, 2024)
        lines = ["ペットホテル 宿泊申込書", "■飼い主様情報", f"お名前：{owner}",
                 f"生年月日：{mine.year}年{mine.month}月{mine.day}日", "ご住所：東京都練馬区豊玉北二丁目",
                 "■ペット情報", f"お名前：{self.pick(PETS)}", f"種類：{self.pick(['犬', '猫'])}",
                 f"生年月日：{its.year}年{its.month}月{its.day}日", f"性別：{self.pick(['オス', 'メス（避妊済）'])}",
                 "ワクチン接種：済"]
        return Doc(f"ids7_hotel{i:03d}.docx", _docx(lines),
                   {("PERSON", key), ("DATE_OF_BIRTH", mine.isoformat()), ("~DATE_OF_BIRTH", its.isoformat())} | _SCORED)

    def salon_html(self, i: int) -> Doc:
        """A trimming salon's bookings saved from its web system."""
        cells, truth = [], set()
        for _ in range(4):
            owner, key = self.owner()
            born = self.day(2012, 2024)
            cells.append(f"<tr><td>{owner}</td><td>{self.pick(PETS)}</td><td>{self.pick(DOGS)}</td>"
                         f"<td>{born:%Y-%m-%d}</td><td>シャンプーコース</td></tr>")
            truth |= {("PERSON", key), ("~DATE_OF_BIRTH", born.isoformat())}
        html = ("<html><body><h1>トリミング予約</h1><table><tr><th>飼い主様</th><th>ワンちゃんのお名前</th><th>犬種</th>"
                "<th>誕生日</th><th>コース</th></tr>" + "".join(cells) + "</table></body></html>")
        return Doc(f"ids7_salon{i:03d}.html", html.encode("utf-8"), truth | _SCORED)

    def horses_csv(self, i: int) -> Doc:
        """A riding club's horses: their births, coats and sires."""
        lines, truth = ["馬名,性別,毛色,生年月日,父馬,母馬"], set()
        for name in self.rng.sample(HORSES, 3):
            born = self.day(2005, 2020)
            lines.append(f"{name},{self.pick(['牡', '牝', 'せん'])},{self.pick(['鹿毛', '栗毛', '芦毛'])},"
                         f"{born.year}年{born.month}月{born.day}日,{self.pick(HORSES)},{self.pick(HORSES)}")
            truth.add(("~DATE_OF_BIRTH", born.isoformat()))
        return Doc(f"ids7_horses{i:03d}.csv", "\n".join(lines).encode("cp932"), truth | _SCORED)

    def company_txt(self, i: int) -> Doc:
        """A company's history: its own birth beside its founder's."""
        owner, key = self.owner()
        founded, born = self.day(1960, 2010), self.day(1930, 1975)
        lines = ["会社沿革", f"当社は{founded.year}年{founded.month}月{founded.day}日に誕生しました。",
                 f"創業者 {owner}（{born.year}年{born.month}月{born.day}日生まれ）", "以来、地域の皆様に支えられてまいりました。"]
        return Doc(f"ids7_company{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("PERSON", key), ("DATE_OF_BIRTH", born.isoformat()), ("~DATE_OF_BIRTH", founded.isoformat())} | _SCORED)

    # --- people's births in an HTML table --------------------------------------------

    def checkup_html(self, i: int) -> Doc:
        """A check-up centre's day list: 生年月日 is a column whose header is a row above."""
        cells, truth = [], set()
        for slot in range(5):
            owner, key = self.owner()
            born = self.day(1950, 2003)
            shown = self.pick([f"{born:%Y/%m/%d}", f"{born:%Y-%m-%d}", f"{born.year}年{born.month}月{born.day}日"])
            cells.append(f"<tr><td>{9 + slot}:00</td><td>{owner}</td><td>{shown}</td><td>一般健診</td></tr>")
            truth |= {("PERSON", key), ("DATE_OF_BIRTH", born.isoformat())}
        html = ("<html><body><h2>健診予約一覧</h2><table><tr><th>時刻</th><th>氏名</th><th>生年月日</th><th>コース</th></tr>"
                + "".join(cells) + "</table></body></html>")
        return Doc(f"ids7_checkup{i:03d}.html", html.encode("utf-8"), truth | _SCORED)

    # --- licences --------------------------------------------------------------------

    def drivers_xlsx(self, i: int) -> Doc:
        """A company's roster of drivers: the licence beside its colour and class."""
        rows, truth = [["社用車運転者名簿"], ["氏名", "免許証番号", "免許の色", "種類", "有効期限"]], set()
        for n in range(4):
            owner, key = self.owner()
            number = self.licence()
            rows.append([owner, self.written_licence(number), self.pick(["ゴールド", "ブルー", "グリーン"]),
                         self.pick(["普通", "中型", "準中型", "大型・普通二輪"]), f"202{7 + n % 3}/0{n + 1}/15"])
            truth |= {("PERSON", key), ("DRIVERS_LICENSE", number)}
        return Doc(f"ids7_drivers{i:03d}.xlsx", w.xlsx_bytes({"名簿": rows}), truth | _SCORED)

    def licence_docx(self, i: int) -> Doc:
        """A form of key-value lines: the licence as forms write it."""
        owner, key = self.owner()
        number = self.licence()
        line = self.pick([f"運転免許証　第 {number} 号", f"運転免許証 番号：{self.written_licence(number)}",
                          f"免許証番号　{wide(_spaced(number))}"])
        lines = ["マイカー通勤許可申請書", f"氏名：{owner}", line, "免許の種類：普通", "有効期限：2029年3月31日"]
        return Doc(f"ids7_licence{i:03d}.docx", _docx(lines), {("PERSON", key), ("DRIVERS_LICENSE", number)} | _SCORED)

    def drivers_html(self, i: int) -> Doc:
        """An HTML table of drivers: the licence column's header a row above."""
        cells, truth = [], set()
        for _ in range(3):
            owner, key = self.owner()
            number = self.licence()
            cells.append(f"<tr><td>{owner}</td><td>{self.written_licence(number)}</td><td>2028/10/01</td></tr>")
            truth |= {("PERSON", key), ("DRIVERS_LICENSE", number)}
        html = ("<html><body><table><tr><th>運転者</th><th>運転免許証番号</th><th>有効期限</th></tr>" + "".join(cells)
                + "</table></body></html>")
        return Doc(f"ids7_drivershtml{i:03d}.html", html.encode("utf-8"), truth | _SCORED)

    def rentals_csv(self, i: int) -> Doc:
        """A rental shop's list: ID check by licence named, its own numbers passing the check."""
        label = self.pick(OTHER_NUMBER_LABELS)
        lines, truth = [f"{label},氏名,確認書類,貸出日"], set()
        for _ in range(4):
            owner, key = self.owner()
            other = self.other_twelve()
            lines.append(f"{other},{owner},運転免許証,2026/11/0{self.rng.randint(1, 9)}")
            truth |= {("PERSON", key), ("~DRIVERS_LICENSE", other)}
        return Doc(f"ids7_rentals{i:03d}.csv", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    # --- health insurance ------------------------------------------------------------

    def insurance_docx(self, i: int) -> Doc:
        """A patient's registration: the card's numbers, beside a policy's or member's eight digits."""
        owner, key = self.owner()
        insurer, other = self.insurer(), self.insurer()
        symbol, number = self.digits(4), str(self.rng.randint(1, 999))
        lines = ["初診受付票", f"氏名：{owner}", "健康保険証の内容", f"保険者番号：{insurer}",
                 f"記号・番号：{symbol}・{number}", f"{self.pick(POLICY_LABELS)}：{other}", "紹介状：なし"]
        return Doc(f"ids7_insurance{i:03d}.docx", _docx(lines),
                   {("PERSON", key), ("HEALTH_INSURANCE_NUMBER", insurer), ("HEALTH_INSURANCE_NUMBER", symbol + number),
                    ("~HEALTH_INSURANCE_NUMBER", other)} | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.vet_xlsx, self.hotel_docx, self.salon_html, self.horses_csv, self.company_txt, self.checkup_html,
                 self.drivers_xlsx, self.licence_docx, self.drivers_html, self.rentals_csv, self.insurance_docx]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- clean files -----------------------------------------------------------------

    def prices_xlsx(self, i: int) -> Doc:
        rows = [["部品価格表"], ["部品コード", "品名", "単価"]] + [[self.licence(), f"ブレーキパッド{n}", 4800 + n * 100]
                                                              for n in range(6)]
        return Doc(f"ids7_clean_prices{i:03d}.xlsx", w.xlsx_bytes({"価格": rows}))

    def manual_docx(self, i: int) -> Doc:
        lines = ["社用車の使い方", "運転免許証を携帯してください。", f"車両管理番号 {self.licence()} の車は点検中です。",
                 f"健康保険証の写しは不要です。施設コード {self.insurer()}"]
        return Doc(f"ids7_clean_manual{i:03d}.docx", _docx(lines))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.prices_xlsx, self.manual_docx]
        return [kinds[i % len(kinds)](i) for i in range(count)]
