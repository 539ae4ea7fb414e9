"""Check corpus of issue 12's dates10 work on PERSON false findings, written apart from
corpus_people10_dev.py (no template, label, name or word list in common) and never tuned
on: a 委任状 whose title is spaced with full-width blanks, a member list of text lines
under a header line that follows its 名前 label, a school's hiragana bulletin, an order
mail with an apartment's name before its 号 or 号室, a shift sheet whose 責任者 column holds
a post (店長) or a person, a family's mail about their cat (うちの猫：…（三毛猫・2歳）), a
booking sheet whose venue is a katakana name glued to ホテル or センター, a dues list whose
払込人 column ends with the club's own account line. Clean files: a spaced title alone,
a bulletin's heading.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from benchmarks.corpus import Doc
from samples import writers as w

PEOPLE = [("西村", "優子"), ("竹内", "雄一"), ("片山", "里奈"), ("服部", "大樹"), ("菅原", "明美"), ("横田", "隼")]
HEADINGS = ["委　任　状", "同　意　書", "誓　約　書", "確　認　書"]
BULLETINS = ["ほけんしつだより", "きゅうしょくだより", "がくねんだより", "がっきゅうつうしん"]
APARTMENTS = ["コーポ・エトワール", "レジデンス・カメリア", "パレ・ソフィア", "ハイム・リーベ"]
POSTS = ["店長", "部長", "室長"]
ANIMALS = ["まめ太", "虎之助", "大吉", "福丸"]
VENUES = ["サンライズホテル", "ハーモニーセンター", "リバーサイドホール"]
LABELLED_FOR = {("*", "PERSON")}


def full(person: tuple[str, str]) -> str:
    return f"{person[0]}　{person[1]}"


def truth(persons: list[tuple[str, str]]) -> set:
    return {("PERSON", family + given) for family, given in persons} | LABELLED_FOR


class CheckPeople10:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 61 + 1010)

    def proxy_docx(self, i: int) -> Doc:
        giver, taker = self.rng.sample(PEOPLE, 2)
        paragraphs = [self.rng.choice(HEADINGS), f"委任者　{full(giver)}", f"代理人　{full(taker)}", "以上の者に一切を委任します。"]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "d.docx"
            w.write_docx(path, paragraphs)
            data = path.read_bytes()
        return Doc(f"p10c_proxy{i:03d}.docx", data, truth([giver, taker]))

    def members_txt(self, i: int) -> Doc:
        members = self.rng.sample(PEOPLE, 3)
        lines = ["会員名簿", "名前 住所 電話番号"] + [f"{full(m)} 横浜市港北区{k + 1}-2-3 045-{k + 3}12-3456"
                                               for k, m in enumerate(members)]
        return Doc(f"p10c_members{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth(members))

    def bulletin_txt(self, i: int) -> Doc:
        teacher, heading = self.rng.choice(PEOPLE), self.rng.choice(BULLETINS)
        lines = [f"{heading}　{i + 1}がつごう", f"{heading}をおとどけします。", f"文責　{full(teacher)}"]
        return Doc(f"p10c_bulletin{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth([teacher]))

    def order_mail(self, i: int) -> Doc:
        buyer, flat = self.rng.choice(PEOPLE), self.rng.choice(APARTMENTS)
        room = self.rng.choice([f"{self.rng.randint(1, 30)}号", f"{self.rng.randint(101, 505)}号室"])
        body = f"{full(buyer)} 様\n\nご注文ありがとうございます。\n配送先：大阪府吹田市山田東1-4-8　{flat}　{room}\n"
        data = w.make_eml("ご注文確認", "shop@example.jp", "buyer@example.jp", body)
        return Doc(f"p10c_order{i:03d}.eml", data, truth([buyer]))

    def shifts_xlsx(self, i: int) -> Doc:
        person = self.rng.choice(PEOPLE)
        rows = [["日付", "シフト", "責任者"]] + [[f"12/{k + 1}", "早番", full(person) if k == 2 else self.rng.choice(POSTS)]
                                            for k in range(4)]
        return Doc(f"p10c_shifts{i:03d}.xlsx", w.xlsx_bytes({"シフト": rows}), truth([person]))

    def cat_mail(self, i: int) -> Doc:
        owner = self.rng.choice(PEOPLE)
        body = (f"動物病院 御中\n\nうちの猫：{self.rng.choice(ANIMALS)}（三毛猫・{self.rng.randint(1, 12)}歳）の予約をお願いします。"
                f"\n\n{full(owner)}")
        data = w.make_eml("診察予約", "owner@example.jp", "clinic@example.jp", body)
        return Doc(f"p10c_cat{i:03d}.eml", data, truth([owner]))

    def booking_txt(self, i: int) -> Doc:
        guest = self.rng.choice(PEOPLE)
        lines = ["会場予約票", f"会場 {self.rng.choice(VENUES)}", f"予約者 {full(guest)}"]
        return Doc(f"p10c_booking{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth([guest]))

    def dues_csv(self, i: int) -> Doc:
        payers = self.rng.sample(PEOPLE, 2)
        rows = ["払込人,金額,方法"] + [f"{full(p)},3000,振込" for p in payers]
        rows.append(f"{self.rng.choice(['なのはな信用組合', 'しおかぜ労働金庫'])} 駅前支店 普通,-,会の口座")
        return Doc(f"p10c_dues{i:03d}.csv", "\n".join(rows).encode("utf-8"), truth(payers))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.proxy_docx, self.members_txt, self.bulletin_txt, self.order_mail, self.shifts_xlsx, self.cat_mail,
                 self.booking_txt, self.dues_csv]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def heading_txt(self, i: int) -> Doc:
        return Doc(f"p10c_clean_heading{i:03d}.txt", f"{self.rng.choice(HEADINGS)}\n（様式第3号）".encode("utf-8"))

    def bulletin_heading_txt(self, i: int) -> Doc:
        return Doc(f"p10c_clean_bulletin{i:03d}.txt", f"{self.rng.choice(BULLETINS)}\nこんげつのよてい".encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.heading_txt, self.bulletin_heading_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]
