"""Check corpus of issue 12's names14 work on PERSON, written apart from
corpus_names14_dev.py and never tuned on: a zoo's keeper log in XML (ニックネーム |
動物種 | 担当飼育員), a pet hotel's booking form (ペットのお名前 under the owner's block), a
trimming salon's TSV (通称 | 猫種 | 去勢 | 申込者), a foster's report in a Word document
naming the cat with its sex in brackets, a mail about a hurricane signed by its writer, a school's
report naming a learner by role (受講者：, 届出人), a mail whose writer gives their name (…と申します).
Clean files: a zoo's animal list, a weather memo.

Truth: PERSON; an animal's or a storm's name is `~PERSON`.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from benchmarks.corpus import Doc
from benchmarks.corpus_names14_dev import truth_of
from samples import writers as w

CALLED = ["太郎", "花子", "ココ", "チョコ", "マロン", "ソラ", "アンナ", "桜", "吉宗", "Max"]
KINDS = ["レッサーパンダ", "キリン", "ペンギン"]
CATS = ["アメリカンショートヘア", "スコティッシュフォールド", "マンチカン"]
HURRICANES = ["カトリーナ", "サンディ", "イアン"]
FOREIGN = [("RAHMAN KARIM", "ラーマン・カリム"), ("GARCIA SOFIA", "ガルシア・ソフィア"), ("TAMANG PEMA", "タマン・ペマ"),
           ("KUSUMA DEWI", "クスマ・デウィ"), ("MENDOZA CARLO", "メンドーサ・カルロ")]
STAFF = ["水野 康介", "岡田 有希", "福島 亮", "今村 彩花", "安藤 誠", "松尾 由衣"]


class CheckNames14:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 71 + 41)

    def pick(self, items):
        return self.rng.choice(items)

    def zoo_xml(self, i: int) -> Doc:
        called, keeper = self.rng.sample(CALLED, 3), self.pick(STAFF)
        items = "".join(f"<個体><ニックネーム>{c}</ニックネーム><動物種>{self.pick(KINDS)}</動物種><担当飼育員>{keeper}</担当飼育員></個体>"
                        for c in called)
        data = f"<?xml version='1.0' encoding='UTF-8'?><飼育記録>{items}</飼育記録>".encode("utf-8")
        return Doc(f"n14c_zoo{i:03d}.xml", data, truth_of([keeper], called))

    def hotel_txt(self, i: int) -> Doc:
        called, owner = self.pick(CALLED), self.pick(STAFF)
        lines = ["ペットホテル ご予約票", "■ご依頼主", f"氏名：{owner}", "電話：03-5555-0142", "■ペット",
                 f"ペットのお名前：{called}", f"猫種：{self.pick(CATS)}", "ワクチン：接種済"]
        return Doc(f"n14c_hotel{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth_of([owner], [called]))

    def salon_tsv(self, i: int) -> Doc:
        called, clients = self.rng.sample(CALLED, 2), self.rng.sample(STAFF, 2)
        rows = ["通称\t猫種\t去勢\t申込者"] + [f"{c}\t{self.pick(CATS)}\t済\t{p}" for c, p in zip(called, clients)]
        return Doc(f"n14c_salon{i:03d}.tsv", "\n".join(rows).encode("utf-8"), truth_of(clients, called))

    def foster_docx(self, i: int) -> Doc:
        called, foster = self.pick(CALLED), self.pick(STAFF)
        paragraphs = ["預かりボランティア 月次報告", f"報告者：{foster}",
                      f"今月から預かっている{called}(猫/{self.pick(['♂', '♀'])})は、人に慣れてきました。"]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "r.docx"
            w.write_docx(path, paragraphs)
            data = path.read_bytes()
        return Doc(f"n14c_foster{i:03d}.docx", data, truth_of([foster], [called]))

    def hurricane_eml(self, i: int) -> Doc:
        storm, writer = self.pick(HURRICANES), self.pick(STAFF)
        body = f"各位\n\nハリケーン・{storm}の影響で、現地法人への出張は延期します。\n\n海外事業部 {writer}"
        data = w.make_eml("出張延期の件", "desk@example.co.jp", "all@example.co.jp", body)
        return Doc(f"n14c_hurricane{i:03d}.eml", data, truth_of([writer], [storm]))

    def course_docx(self, i: int) -> Doc:
        """A language school's report: the learner by role, a reading alone in prose."""
        roman, kana = self.pick(FOREIGN)
        teacher = self.pick(STAFF)
        paragraphs = ["受講状況報告", f"受講者：{roman}", f"講師 {teacher}", f"届出人 {kana}が欠席届を提出した。"]
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "c.docx"
            w.write_docx(path, paragraphs)
            data = path.read_bytes()
        return Doc(f"n14c_course{i:03d}.docx", data, truth_of([roman, kana, teacher]))

    def intro_eml(self, i: int) -> Doc:
        roman, _ = self.pick(FOREIGN)
        body = f"ご担当者様\n\n初めてご連絡いたします。{roman}と申します。\n面談の日程を伺いたく存じます。"
        data = w.make_eml("面談のお願い", "me@example.org", "hr@example.co.jp", body)
        return Doc(f"n14c_intro{i:03d}.eml", data, truth_of([roman]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.zoo_xml, self.hotel_txt, self.salon_tsv, self.foster_docx, self.hurricane_eml, self.course_docx,
                 self.intro_eml]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def animals_xml(self, i: int) -> Doc:
        items = "".join(f"<個体><ニックネーム>{c}</ニックネーム><動物種>キリン</動物種></個体>" for c in self.rng.sample(CALLED, 2))
        return Doc(f"n14c_clean_animals{i:03d}.xml", f"<?xml version='1.0' encoding='UTF-8'?><一覧>{items}</一覧>".encode("utf-8"))

    def memo_txt(self, i: int) -> Doc:
        return Doc(f"n14c_clean_memo{i:03d}.txt", f"ハリケーン・{self.pick(HURRICANES)}は今夜上陸の見込み。\n".encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.animals_xml, self.memo_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]
