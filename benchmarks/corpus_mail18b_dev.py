"""Development corpus of issue 12's mail18b work on a small office's mail (EMAIL, PERSON,
SENSITIVE), the rules corrected on it: a guesthouse's booking desk receiving guests' mails
(a guest's own address in From:, a Vietnamese guest's name with its marks, a Japanese
guest's name in passport capitals whose given name doubles an i), a council member's office
writing to its member (giin@, gicho@: a post's mailbox, not a person's), a church's
member note (長老, 執事) and a temple's (僧籍). No template, label, name or word list in common
with corpus_mail18b_check.py. Clean files: the office's internal mails with post mailboxes.

Truth: EMAIL, PERSON, SENSITIVE (`category:phrase`); a post's mailbox is no truth.
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc
from samples import writers as w

VIET = ["Nguyễn Thị Thu Hà", "Trần Quang Vinh", "Phạm Thị Lan Anh", "Đặng Văn Khoa", "Bùi Thị Hồng Nhung",
        "Hoàng Minh Tuấn"]
DOUBLED = [("KUROSAWA", "KEIICHI", "黒沢 慶一"), ("MINAGAWA", "SEIICHI", "皆川 誠一"),
           ("OKABE", "EIICHI", "岡部 英一"), ("NOGUCHI", "KEIICHIRO", "野口 啓一郎")]
GUEST_BOXES = ["thuha.ng@example.net", "vinh.tq@example.org", "k.kurosawa@example.ne.jp", "s-minagawa@example.com"]
POSTS = [("giin", "jimusho"), ("gicho", "hisho"), ("shicho", "hisho"), ("kucho", "soumu")]
FAITH = [("宗教", "ルーテル教会の長老"), ("宗教", "バプテスト教会の執事"), ("宗教", "浄土宗の僧籍")]
SCORED = {("*", "PERSON"), ("*", "EMAIL"), ("*", "SENSITIVE")}


def _key(text: str) -> str:
    return "".join(text.split())


class DevMail18b:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 53 + 1802)

    def pick(self, items):
        return self.rng.choice(items)

    def booking_eml(self, i: int) -> Doc:
        name, box = self.pick(VIET), self.pick(GUEST_BOXES)
        body = f"宿泊予約のお願い\n\n宿泊者名：{name}\n人数：2名\n到着：夕方の予定です。\n"
        data = w.make_eml("予約", box, "yoyaku@minpaku.example.jp", body)
        return Doc(f"m18d_booking{i:03d}.eml", data, {("PERSON", _key(name)), ("EMAIL", box)} | SCORED)

    def passport_eml(self, i: int) -> Doc:
        surname, given, kanji = self.pick(DOUBLED)
        box = self.pick(GUEST_BOXES)
        body = f"チェックイン事前登録\n\nお名前：{kanji}\nパスポート表記：{surname} {given}\n"
        data = w.make_eml("事前登録", box, "frontdesk@minpaku.example.jp", body)
        return Doc(f"m18d_passport{i:03d}.eml", data,
                   {("PERSON", _key(kanji)), ("PERSON", surname + given), ("EMAIL", box)} | SCORED)

    def faith_txt(self, i: int) -> Doc:
        category, phrase = self.pick(FAITH)
        text = f"面談メモ\n\n相談者 野口 啓一郎 様は{phrase}を務めておられる。日曜の予定に配慮する。\n"
        return Doc(f"m18d_faith{i:03d}.txt", text.encode("utf-8"),
                   {("PERSON", "野口啓一郎"), ("SENSITIVE", f"{category}:{phrase}")} | SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.booking_eml, self.passport_eml, self.faith_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def post_eml(self, i: int) -> Doc:
        post, desk = self.pick(POSTS)
        body = "先生\n\n明日の委員会資料を添付の予定です。ご確認ください。\n事務所\n"
        data = w.make_eml("資料の件", f"{desk}@gikai.example.jp", f"{post}@gikai.example.jp", body)
        return Doc(f"m18d_clean_post{i:03d}.eml", data, SCORED)

    def negatives(self, count: int) -> list[Doc]:
        return [self.post_eml(n) for n in range(count)]
