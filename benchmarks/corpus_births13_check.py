"""Check corpus of issue 12's births13 work, written by another hand (never tuned on): no
template, label, name or word list in common with corpus_births13_dev.py. A 戸籍 extract
whose 身分事項 hold 【出生日】 and 【死亡日】 with its time, an undertaker's HTML table (故人,
生年月日, ご逝去, 告別式), a family tree in YAML (born/died), an English obituary in prose, a
memorial card with a 生歿 pair of dates, a life story in a PDF (…で生まれ、…歳で亡くなりました),
an XML export with romaji elements (seinengappi, shibou_bi), a CSV of memorial tablets whose
生没 column holds both dates, a profile giving the Western year with the era's in brackets
(1960（昭和35）年…生), a baby's record in a slide table (生まれたとき, with the time), a tablet's
text with 享年 after the pair. Look-alikes (`~DATE_OF_BIRTH`) are the deaths and the other days
of the same records. Clean files: a cemetery's fee ledger, a memorial service's programme.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from benchmarks.corpus import Doc
from benchmarks.corpus_births12_check import truth, written
from samples import writers as w

PEOPLE = [("森本", "勝"), ("大塚", "キヨ"), ("久保", "忠雄"), ("千葉", "ハル"), ("杉山", "茂"), ("宮崎", "ヨシ子")]


def jp(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slashed(d: date) -> str:
    return f"{d.year}/{d.month}/{d.day}"


class CheckBirths13:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 43 + 1313)

    def day(self, start: int, stop: int) -> date:
        return date(start, 1, 1) + timedelta(days=self.rng.randrange((stop - start) * 365))

    def lived(self) -> tuple[date, date]:
        born = self.day(1920, 1948)
        return born, self.day(born.year + 45, 2025)

    def who(self) -> str:
        family, given = self.rng.choice(PEOPLE)
        return f"{family}　{given}"

    def koseki_txt(self, k: int) -> Doc:
        born, died = self.lived()
        filed = died + timedelta(days=3)
        rows = ["全部事項証明", f"【名】{self.who()}", "身分事項", f"　出　生　【出生日】{jp(born)}",
                f"　死　亡　【死亡日】{jp(died)}", "　　　　　【死亡時分】午前4時20分", f"　　　　　【届出日】{jp(filed)}"]
        return Doc(f"b13c_koseki{k:03d}.txt", "\r\n".join(rows).encode("cp932"), truth([born], [died, filed]))

    def undertaker_html(self, k: int) -> Doc:
        cells, born, other = [], [], []
        for _ in range(self.rng.randint(2, 4)):
            (b, d), rite = self.lived(), self.day(2025, 2026)
            cells.append(f"<tr><td>{self.who()}</td><td>{slashed(b)}</td><td>{slashed(d)}</td><td>{slashed(rite)}</td></tr>")
            born.append(b)
            other += [d, rite]
        page = ("<html><body><table><tr><th>故人</th><th>生年月日</th><th>ご逝去</th><th>告別式</th></tr>"
                + "".join(cells) + "</table></body></html>")
        return Doc(f"b13c_undertaker{k:03d}.html", page.encode("utf-8"), truth(born, other))

    def tree_yaml(self, k: int) -> Doc:
        born, died = self.lived()
        text = f"person:\n  name: {self.who()}\n  born: {born:%Y-%m-%d}\n  died: {died:%Y-%m-%d}\n"
        return Doc(f"b13c_tree{k:03d}.yaml", text.encode("utf-8"), truth([born], [died]))

    def obituary_txt(self, k: int) -> Doc:
        born, died = self.lived()
        text = (f"In memoriam\nBorn on {born.day} {born:%B} {born.year} in Sendai. "
                f"Passed away on {died.day} {died:%B} {died.year}, surrounded by family.\n")
        return Doc(f"b13c_obituary{k:03d}.txt", text.encode("utf-8"), truth([born], [died]))

    def card_docx(self, k: int) -> Doc:
        born, died = self.lived()
        paras = ["偲ぶ会", self.who(), f"生歿　{jp(born)}〜{jp(died)}"]
        return Doc(f"b13c_card{k:03d}.docx", written(".docx", lambda t: w.write_docx(t, paras)), truth([born], [died]))

    def story_pdf(self, k: int) -> Doc:
        born, died = self.lived()
        age = died.year - born.year - ((died.month, died.day) < (born.month, born.day))
        page = ["父の思い出", f"父は{jp(born)}に宮城県の農家で生まれ、{jp(died)}に{age}歳で亡くなりました。"]
        return Doc(f"b13c_story{k:03d}.pdf", written(".pdf", lambda t: w.write_pdf(t, [page])), truth([born], [died]))

    def romaji_xml(self, k: int) -> Doc:
        born, died = self.lived()
        text = (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kojin><shimei>{self.who()}</shimei>"
                f"<seinengappi>{born:%Y-%m-%d}</seinengappi><shibou_bi>{died:%Y-%m-%d}</shibou_bi></kojin>\n")
        return Doc(f"b13c_romaji{k:03d}.xml", text.encode("utf-8"), truth([born], [died]))

    def tablets_csv(self, k: int) -> Doc:
        rows, born, died = ["戒名,俗名,生没,享年"], [], []
        for n in range(self.rng.randint(2, 4)):
            b, d = self.lived()
            rows.append(f"釋{'浄善'[n % 2]}{'信'*(n+1)},{self.who()},{slashed(b)}～{slashed(d)},{d.year - b.year + 1}")
            born.append(b)
            died.append(d)
        return Doc(f"b13c_tablets{k:03d}.csv", "\n".join(rows).encode("utf-8"), truth(born, died))

    def profile_docx(self, k: int) -> Doc:
        born, since = self.day(1955, 1970), self.day(2015, 2025)
        era = f"昭和{born.year - 1925}"
        paras = ["略歴", f"{self.who()}　{born.year}（{era}）年{born.month}月{born.day}日生", f"{jp(since)}　理事長に就任"]
        return Doc(f"b13c_profile{k:03d}.docx", written(".docx", lambda t: w.write_docx(t, paras)), truth([born], [since]))

    def baby_pptx(self, k: int) -> Doc:
        born, noted = self.day(2023, 2025), self.day(2025, 2026)
        table = [["項目", "記録"], ["生まれたとき", f"{jp(born)} 午前3時12分"], ["体重", "3,100g"], ["記入日", jp(noted)]]
        return Doc(f"b13c_baby{k:03d}.pptx", written(".pptx", lambda t: w.write_pptx(t, "母子健康手帳 出産の状態", table)),
                   truth([born], [noted]))

    def tablet_txt(self, k: int) -> Doc:
        born, died = self.lived()
        text = f"位牌　{self.who()}\n{jp(born)}～{jp(died)}（享年{died.year - born.year + 1}歳）\n"
        return Doc(f"b13c_tablet{k:03d}.txt", text.encode("utf-8"), truth([born], [died]))

    def positives(self, count: int) -> list[Doc]:
        makers = [self.koseki_txt, self.undertaker_html, self.tree_yaml, self.obituary_txt, self.card_docx,
                  self.story_pdf, self.romaji_xml, self.tablets_csv, self.profile_docx, self.baby_pptx, self.tablet_txt]
        return [makers[k % len(makers)](k) for k in range(count)]

    def fees_txt(self, k: int) -> Doc:
        rows = ["管理料納入記録　区画　金額"] + [f"{slashed(self.day(2020, 2026))}　{k}-{n}区　12,000円" for n in range(5)]
        return Doc(f"b13c_clean_fees{k:03d}.txt", "\n".join(rows).encode("utf-8"))

    def programme_docx(self, k: int) -> Doc:
        paras = ["追悼式次第", f"開式　{jp(self.day(2026, 2027))}　午後1時", "黙祷", "献花", "閉式"]
        return Doc(f"b13c_clean_programme{k:03d}.docx", written(".docx", lambda t: w.write_docx(t, paras)))

    def negatives(self, count: int) -> list[Doc]:
        makers = [self.fees_txt, self.programme_docx]
        return [makers[k % len(makers)](k) for k in range(count)]
