"""Check corpus for issue 12's contacts24 work (another writer than corpus_contacts24_dev: no
template or word list in common): a lesson school's staff list typed with commas or full-width
bars, bare numbers among written ones; a club's log naming a player with 選手 or くん and a bare
number in brackets; a loan file whose line above the number names the person's post in a union;
a reply quoting the office's signature; a notice whose desk stands in its middle. An
organisation's value is a look-alike `("~TYPE", value)`. Clean files: a price list under a desk.
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc, _e164, address_key

SCORED = {("*", "ADDRESS"), ("*", "POSTAL_CODE"), ("*", "PHONE"), ("*", "EMAIL")}
SCHOOLS = [("そろばん塾 たまいし", "tamaishi-soroban"), ("少年野球 東郷ファイターズ", "togo-fighters"),
           ("フラダンス教室 レフア", "lehua-hula")]
PEOPLE = ["新田 朋美", "樋口 蒼汰", "三宅 結衣", "沢井 陸", "浜口 千夏", "寺西 颯", "戸川 葵"]
PLACES = [("910-0006", "福井県福井市中央"), ("514-0004", "三重県津市栄町"), ("640-8156", "和歌山県和歌山市七番丁")]
DIALS = [("0776", 2), ("059", 3), ("073", 3)]
BODY_POSTS = ["組合の分会長", "連合の支部執行委員", "労組の支部長"]


def _dialable(number: str) -> bool:
    import phonenumbers

    return bool(number) and phonenumbers.is_valid_number(phonenumbers.parse(number, "JP"))


class CheckContacts24:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 17 + 2424)

    def _number(self, bare: bool) -> tuple[str, str]:
        dashed = ""
        while not _dialable(dashed):  # an exchange no plan allots (073-3xx) is no number
            dial, width = self.rng.choice(DIALS)
            middle, last = str(self.rng.randint(2 * 10 ** (width - 1), 10 ** width - 1)), str(self.rng.randint(1000, 9999))
            dashed = f"{dial}-{middle}-{last}"
        return (dial + middle + last if bare else dashed), _e164(dashed)

    def _cell(self) -> tuple[str, str]:
        dashed = f"080-{self.rng.randint(1000, 9999)}-{self.rng.randint(1000, 9999)}"
        return dashed, _e164(dashed)

    def _desk(self) -> tuple[str, str, set]:
        school, slug = self.rng.choice(SCHOOLS)
        postal, street = self.rng.choice(PLACES)
        where = f"{street}{self.rng.randint(1, 30)}-{self.rng.randint(1, 15)}"
        tel, key = self._number(bare=False)
        block = f"{school}\n〒{postal}　{where}\n電話 {tel}（平日10時〜17時）"
        return block, slug, {("~POSTAL_CODE", postal.replace("-", "")), ("~ADDRESS", address_key(where)), ("~PHONE", key)}

    def staff_list(self, i: int) -> Doc:
        bar = ["，", "｜", ","][i % 3]
        rows, truth = ["講師一覧", bar.join(["氏名", "担当", "連絡先", "備考"])], set()
        for n, person in enumerate(self.rng.sample(PEOPLE, 4)):
            number, key = self._number(bare=n == 2)
            rows.append(bar.join([person, self.rng.choice(["初級", "中級", "上級"]), number, "週2回"]))
            truth.add(("PHONE", key))
        return Doc(f"c24c_staff{i:03d}.txt", "\n".join(rows).encode(), truth | SCORED)

    def game_log(self, i: int) -> Doc:
        number, key = self._number(bare=True)
        who = self.rng.choice(PEOPLE).replace(" ", "") + self.rng.choice(["選手", "くん", "隊員"])
        text = f"練習日誌\n4回裏の守備中、{who}（{number}）が打球を受けて退場。保護者へ連絡済み。\n"
        return Doc(f"c24c_log{i:03d}.txt", text.encode(), {("PHONE", key)} | SCORED)

    def loan_file(self, i: int) -> Doc:
        cell, key = self._cell()
        text = (f"◇ {self.rng.choice(PEOPLE)} 様\n　勤務先への確認で「本人は{self.rng.choice(BODY_POSTS)}」との回答。\n"
                f"　連絡先：{cell}\n")
        return Doc(f"c24c_loan{i:03d}.txt", text.encode(), {("PHONE", key)} | SCORED)

    def quoted_reply(self, i: int) -> Doc:
        block, slug, looks = self._desk()
        cell, key = self._cell()
        quoted = "\n".join("> " + line for line in block.splitlines())
        text = (f"From: {self.rng.choice(PEOPLE)} <p{i}@example.ne.jp>\nTo: uketsuke@{slug}.example.jp\nSubject: Re: 振替\n\n"
                f"振替の件、了解しました。当日は{cell}へお願いします。\n\n> 振替日のご案内です。\n{quoted}\n")
        sender = {("EMAIL", f"p{i}@example.ne.jp")}  # a correspondent's own mailbox in From: is theirs (a kept choice)
        return Doc(f"c24c_reply{i:03d}.eml", text.encode(), {("PHONE", key)} | sender | looks | SCORED)

    def desk_middle(self, i: int) -> Doc:
        block, _, looks = self._desk()
        cell, key = self._cell()
        text = (f"発表会のお知らせ\n日時は追って連絡します。\n■お問合せ\n{block}\n\n"
                f"■当日の緊急連絡先（{self.rng.choice(PEOPLE)}）：{cell}\n")
        return Doc(f"c24c_notice{i:03d}.txt", text.encode(), {("PHONE", key)} | looks | SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.staff_list, self.game_log, self.loan_file, self.quoted_reply, self.desk_middle]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        docs = []
        for i in range(count):
            block, _, _ = self._desk()
            docs.append(Doc(f"c24c_clean{i:03d}.txt", f"月謝のご案内\n入会金 3,000円\n{block}\n".encode()))
        return docs
