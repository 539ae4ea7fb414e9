"""Check corpus for issue 12's contacts18b work, another writer's (no template or word list in
common with corpus_contacts18b_dev): a reform company's estimate (施主 …様, 工事場所), a
cleaning service's visit card (お客様, 作業場所, TEL), a temple's 檀家 list (寺院の総代 before an
address) and a post office's counter log whose later words give a bus stop (…ホール前).

Clean files: an estimate for a company's shop (施主 有限会社…), whose site is the shop's.
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc, _e164, address_key

SCORED = {("*", "ADDRESS"), ("*", "PHONE")}
FAMILY = ["楠本", "芦田", "仁科", "久我", "早乙女", "井筒"]
GIVEN = ["和樹", "紗季", "慎吾", "朋美", "遼", "千尋"]
PLACES = ["岐阜県高山市花川町", "鳥取県倉吉市東町", "山口県萩市江向", "佐賀県唐津市北城内"]
HOLDERS = ["浄土寺院の総代", "氏子会の幹事", "保存会の副会長"]
STOPS = ["文化ホール前", "県立病院前", "支所前方面"]


class CheckContacts18b:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 11 + 5)

    def person(self) -> str:
        return f"{self.rng.choice(FAMILY)}　{self.rng.choice(GIVEN)}"

    def contacts(self) -> tuple[str, str, set]:
        address = f"{self.rng.choice(PLACES)}{self.rng.randint(100, 2999)}番地{self.rng.randint(1, 9)}"
        phone = f"0{self.rng.choice(['577', '858', '838', '955'])}({self.rng.randint(20, 79)}){self.rng.randint(1000, 9999)}"
        return address, phone, {("ADDRESS", address_key(address)), ("PHONE", _e164(phone))}

    def estimate(self, i: int) -> Doc:
        address, phone, truth = self.contacts()
        text = f"御見積書\n\n施主　{self.person()}様\n工事場所：{address}\nTEL：{phone}\n工事内容　外壁塗装一式\n"
        return Doc(f"c18bk_mitsumori{i:03d}.txt", text.encode("cp932"), truth | SCORED)

    def visit_card(self, i: int) -> Doc:
        address, phone, truth = self.contacts()
        text = f"【訪問カード】\nお客様：{self.person()} 様\n作業場所：{address}\nTEL：{phone}\n備考：午前希望\n"
        return Doc(f"c18bk_visit{i:03d}.txt", text.encode(), truth | SCORED)

    def danka(self, i: int) -> Doc:
        rows, truth = ["檀家名簿（抜粋）"], set()
        for _ in range(3):
            address, phone, one = self.contacts()
            rows.append(f"{self.person()}　{self.rng.choice(HOLDERS)}　{address}　{phone}")
            truth |= one
        return Doc(f"c18bk_danka{i:03d}.txt", "\n".join(rows).encode(), truth | SCORED)

    def counter_log(self, i: int) -> Doc:
        address, phone, truth = self.contacts()
        text = f"窓口記録\n{self.person()}様 来局（{address}）\n　電話 {phone}。{self.rng.choice(STOPS)}の区を案内。\n"
        return Doc(f"c18bk_log{i:03d}.txt", text.encode(), truth | SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.estimate, self.visit_card, self.danka, self.counter_log]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        docs = []
        for i in range(count):
            address, phone, _ = self.contacts()
            text = f"御見積書\n施主　有限会社くすもと商店 御中\n工事場所：{address}\nTEL：{phone}\n"
            docs.append(Doc(f"c18bk_clean{i:03d}.txt", text.encode()))
        return docs
