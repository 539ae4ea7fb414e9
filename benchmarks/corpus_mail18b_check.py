"""Check corpus of issue 12's mail18b work, written apart from corpus_mail18b_dev.py and
before its first run (never tuned on): a technical intern supervising body (監理団体) and a
town hall. An intern's record (xlsx: 氏名 with its marks, in capitals without them), a
mayor's office note forwarded to the mayor (chocho@, shichou@: the post's mailbox, and a
resident's own address in the body), a visa form's passport name (SEIICHIRO, REIICHI), a
chaplaincy note (司祭, 尼僧, 僧籍). No template, label, name or word list in common with
the dev corpus. Clean files: notices between the posts of a town hall.

Truth: EMAIL, PERSON, SENSITIVE (`category:phrase`); a post's mailbox is no truth.
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc
from samples import writers as w

INTERNS = [("Lương Thị Mỹ Duyên", "LUONG THI MY DUYEN"), ("Võ Thành Long", "VO THANH LONG"),
           ("Huỳnh Ngọc Trâm", "HUYNH NGOC TRAM"), ("Đỗ Hữu Phước", "DO HUU PHUOC")]
CAPITALS = [("SEIICHIRO", "HATTORI"), ("REIICHI", "KOMATSU"), ("KEIICHI", "SUGAWARA")]
RESIDENTS = ["m.hattori@example.com", "komatsu.r@example.net", "sgwr-k@example.org"]
POSTS = [("chocho", "kikaku"), ("shichou", "hisho"), ("chiji", "koho"), ("soncho", "jimu")]
CHAPLAINCY = ["曹洞宗の僧籍", "日本基督教団の教会の長老", "天台宗の尼僧"]
SCORED = {("*", "PERSON"), ("*", "EMAIL"), ("*", "SENSITIVE")}


class CheckMail18b:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 61 + 1803)

    def pick(self, items):
        return self.rng.choice(items)

    def intern_xlsx(self, i: int) -> Doc:
        rows = [["No", "氏名", "ローマ字（旅券）", "配属先"]]
        chosen = self.rng.sample(INTERNS, 2)
        rows += [[str(n + 1), marked, caps, "食品加工"] for n, (marked, caps) in enumerate(chosen)]
        truth = {("PERSON", "".join(m.split())) for m, _ in chosen} | {("PERSON", "".join(c.split())) for _, c in chosen}
        return Doc(f"m18c_interns{i:03d}.xlsx", w.xlsx_bytes({"実習生": rows}), truth | SCORED)

    def forwarded_eml(self, i: int) -> Doc:
        post, desk = self.pick(POSTS)
        resident = self.pick(RESIDENTS)
        body = f"町長\n\n住民の方から要望が届きました（返信先 {resident}）。対応案をまとめます。\n"
        data = w.make_eml("要望の転送", f"{desk}@town-hall.example.lg.jp", f"{post}@town-hall.example.lg.jp", body)
        return Doc(f"m18c_forward{i:03d}.eml", data, {("EMAIL", resident)} | SCORED)

    def visa_txt(self, i: int) -> Doc:
        given, surname = self.pick(CAPITALS)
        text = f"査証申請 控え\nSurname / Given names: {surname} {given}\n渡航目的：出張\n"
        return Doc(f"m18c_visa{i:03d}.txt", text.encode("utf-8"), {("PERSON", surname + given)} | SCORED)

    def chaplain_txt(self, i: int) -> Doc:
        phrase = self.pick(CHAPLAINCY)
        # named since its first run: a note naming no one is no one's record, and daicho reports
        # 要配慮 information only beside a person (the first run counted 0 of 15 for that)
        resident = self.pick(["小松 玲子", "菅原 達夫", "服部 ハル"])
        text = f"入所面談の記録\n入所者：{resident}\n本人は{phrase}であり、朝夕のお勤めの時間を希望。\n"
        return Doc(f"m18c_chaplain{i:03d}.txt", text.encode("utf-8"),
                   {("SENSITIVE", f"宗教:{phrase}"), ("PERSON", "".join(resident.split()))} | SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.intern_xlsx, self.forwarded_eml, self.visa_txt, self.chaplain_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def notice_eml(self, i: int) -> Doc:
        post, desk = self.pick(POSTS)
        body = "議会日程の変更について、各課に周知をお願いします。\n"
        data = w.make_eml("日程変更", f"{post}@town-hall.example.lg.jp", f"{desk}@town-hall.example.lg.jp", body)
        return Doc(f"m18c_clean_notice{i:03d}.eml", data, SCORED)

    def negatives(self, count: int) -> list[Doc]:
        return [self.notice_eml(n) for n in range(count)]
