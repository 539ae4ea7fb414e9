"""Check corpus of names11 (issue 12, PERSON): the classes of benchmarks/corpus_names11_dev.py
written by another hand — other labels, layouts, names and words (no list in common:
tests/benchmarks/test_names11_corpora.py): a one-line XML record of a residence's
tenants, a Word form of bulleted fields (■ 相続人：…), a mail whose body lists 【label】
lines above their values, a cat salon's workbook (呼び名 | 猫種 | 毛色 | 飼主), a shelter's
adoption note (猫ちゃんのお名前：…), a shift sheet titled with its days in 【】, a members' workbook
with uncommon surnames and their glued フリガナ, Korean and Chinese names whose surname is a word.
Run for figures only; never tuned on.

Truth: PERSON only; an animal's name or a run of weekdays is `~PERSON`.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from benchmarks.corpus import Doc
from samples import writers as w

KANA_PEOPLE = ["おかだ はるか", "にしむら けんた", "よしだ ちひろ"]
LATIN_PEOPLE = ["Kenta Nishimura", "Chihiro Yoshida", "Sota Maeda"]
SOUTHEAST = ["レ・ティ・フオン", "ホアン・ドゥック・アイン", "ヴー・ティ・ラン"]
CJK_ABROAD = ["趙 麗華", "黄 志明", "尹 瑞妍"]
NATIVE = ["前田 蒼太", "岡田 遥", "吉田 千尋", "西村 健太"]
FIELDS = ["入居者", "代理人", "相続人", "搭乗者", "受給者", "契約者", "依頼者"]
CATS = ["ミルク", "マロン", "うに", "ぽてと", "クッキー"]
CAT_KINDS = ["アメリカンショートヘア", "スコティッシュフォールド", "雑種"]
COATS = ["キジトラ", "サバ白", "黒"]
SHIFTS = ["火木土", "水金", "火土"]
UNCOMMON = [("月見里", "ヤマナシ"), ("九十九", "ツクモ"), ("薬袋", "ミナイ")]
FORENAMES = [("裕貴", "ユウキ"), ("彩花", "アヤカ"), ("大輔", "ダイスケ")]
ABROAD_WORDS = ["全 恩惠", "包 俊傑"]
SCORED = {("*", "PERSON")}


def expected(names: list[str], lookalikes: list[str] = ()) -> set:
    """As the scanner keys a name: spaces and middle dots dropped."""
    return {("PERSON", "".join(n.replace("・", " ").split())) for n in names} | {
        ("~PERSON", "".join(x.replace("・", " ").split())) for x in lookalikes} | SCORED


def docx_of(paragraphs: list[str]) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.docx"
        w.write_docx(path, paragraphs)
        return path.read_bytes()


class CheckNames11:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 59 + 7)

    def anyone(self) -> str:
        return self.rng.choice(self.rng.choice([KANA_PEOPLE, LATIN_PEOPLE, SOUTHEAST, CJK_ABROAD]))

    def tenants_xml(self, i: int) -> Doc:
        first, second = self.rng.sample(FIELDS, 2)
        a, b = self.anyone(), self.anyone()
        xml = f"<record><室>{200 + i}</室><{first}>{a}</{first}><{second}>{b}</{second}><更新>2027-03-31</更新></record>"
        return Doc(f"n11c_tenants{i:03d}.xml", xml.encode("utf-8"), expected([a, b]))

    def bullets_docx(self, i: int) -> Doc:
        field, person = self.rng.choice(FIELDS), self.anyone()
        paragraphs = ["手続依頼書", f"■ {field}：{person}", "■ 手続：名義変更", "■ 期日：令和8年7月31日"]
        return Doc(f"n11c_bullets{i:03d}.docx", docx_of(paragraphs), expected([person]))

    def booking_eml(self, i: int) -> Doc:
        field, person = self.rng.choice(FIELDS), self.anyone()
        body = f"ご予約内容をお知らせします。\n\n【{field}】\n{person}\n\n【便名】\nNH{100 + i}\n\n以上"
        data = w.make_eml("ご予約内容", "info@travel.example.jp", "desk@example.jp", body)
        return Doc(f"n11c_booking{i:03d}.eml", data, expected([person]))

    def salon_xlsx(self, i: int) -> Doc:
        cats, keepers = self.rng.sample(CATS, 2), self.rng.sample(NATIVE, 2)
        rows = [["呼び名", "猫種", "毛色", "飼主"]] + [[c, self.rng.choice(CAT_KINDS), self.rng.choice(COATS), k]
                                                 for c, k in zip(cats, keepers)]
        return Doc(f"n11c_salon{i:03d}.xlsx", w.xlsx_bytes({"顧客": rows}), expected(keepers, cats))

    def adoption_txt(self, i: int) -> Doc:
        cat, family = self.rng.choice(CATS), self.rng.choice(NATIVE)
        lines = ["譲渡記録", f"猫ちゃんのお名前：{cat}", f"譲渡先：{family} 様", f"{cat}は人懐こく、先住猫とも仲良くできています。"]
        return Doc(f"n11c_adoption{i:03d}.txt", "\n".join(lines).encode("utf-8"), expected([family], [cat]))

    def shifts_tsv(self, i: int) -> Doc:
        days, staff = self.rng.choice(SHIFTS), self.rng.sample(NATIVE, 2)
        rows = [f"勤務表【{days}】", "職員\t時間"] + [f"{s}\t9:00-18:00" for s in staff]
        return Doc(f"n11c_shifts{i:03d}.tsv", "\n".join(rows).encode("utf-8"), expected(staff, [days]))

    def members_xlsx(self, i: int) -> Doc:
        sheet, names = [["会員番号", "お名前", "フリガナ"]], []
        for k in range(2):
            (family, family_kana), (given, given_kana) = self.rng.choice(UNCOMMON), self.rng.choice(FORENAMES)
            sheet.append([f"M{500 + k}", f"{family} {given}", family_kana + given_kana])
            names += [family + given, family_kana + given_kana]
        foreign = self.rng.choice(ABROAD_WORDS).replace(" ", "")
        sheet.append(["M502", foreign, ""])
        return Doc(f"n11c_members{i:03d}.xlsx", w.xlsx_bytes({"会員": sheet}), expected(names + [foreign]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.tenants_xml, self.bullets_docx, self.booking_eml, self.salon_xlsx, self.adoption_txt, self.shifts_tsv,
                 self.members_xlsx]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def menu_txt(self, i: int) -> Doc:
        return Doc(f"n11c_clean_menu{i:03d}.txt", "トリミングメニュー\nシャンプー 3,300円\n爪切り 550円".encode("utf-8"))

    def lessons_txt(self, i: int) -> Doc:
        return Doc(f"n11c_clean_lessons{i:03d}.txt", f"ヨガ講座【{self.rng.choice(SHIFTS)}】\n定員12名".encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.menu_txt, self.lessons_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]
