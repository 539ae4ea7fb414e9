"""Development corpus for issue 12's contacts18b work: a client's home and phone on a work
order's 現場 line, a member's address after their affiliation on a roster's row, a phone on a
log's line whose later words name a landmark, and a 本籍 in brackets (no address).

Clean files: a work order for a company client (依頼者 株式会社… 御中) and a list of
dispatch sites (就業場所), whose contacts are the bodies'.
"""

from __future__ import annotations

import random

from benchmarks.corpus import Doc, _e164, address_key

SCORED = {("*", "ADDRESS"), ("*", "PHONE")}
NAMES = ["森下 千秋", "石倉 陽斗", "大貫 沙織", "立石 悠真", "宮内 結衣", "笹原 大輝", "三好 美咲", "黒木 颯"]
TOWNS = ["長野県上田市常田", "秋田県横手市大雄", "愛媛県今治市片原町", "栃木県小山市城山町", "福井県敦賀市元町"]
ROLES = ["カトリック教会の信徒", "町内会の役員", "後援会の会員", "自治会の世話人"]
LANDMARKS = ["市役所前方面", "市民会館方面", "総合病院前", "中央公民館前行き"]
JOBS = ["鍵の交換", "浴室の水漏れ修理", "エアコン取付", "網戸の張替え"]


class DevContacts18b:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 7 + 18)

    def home(self) -> tuple[str, str, set]:
        address = f"{self.rng.choice(TOWNS)}{self.rng.randint(1, 6)}丁目{self.rng.randint(1, 30)}番{self.rng.randint(1, 20)}号"
        phone = f"0{self.rng.choice(['268', '182', '898', '285'])}-{self.rng.randint(20, 89)}-{self.rng.randint(1000, 9999)}"
        return address, phone, {("ADDRESS", address_key(address)), ("PHONE", _e164(phone))}

    def work_order(self, i: int) -> Doc:
        address, phone, truth = self.home()
        text = (f"作業指示書 No.{i + 100}\n依頼者 {self.rng.choice(NAMES)} 様\n現場 {address}\n連絡先 {phone}\n"
                f"内容：{self.rng.choice(JOBS)}\n")
        return Doc(f"c18bd_order{i:03d}.txt", text.encode(), truth | SCORED)

    def roster(self, i: int) -> Doc:
        lines, truth = ["協力者名簿", ""], set()
        for name in self.rng.sample(NAMES, 3):
            address, phone, one = self.home()
            lines.append(f"登録者 {name}　{self.rng.choice(ROLES)}　{address}　{phone}")
            truth |= one
        return Doc(f"c18bd_roster{i:03d}.txt", "\n".join(lines).encode(), truth | SCORED)

    def log(self, i: int) -> Doc:
        address, phone, truth = self.home()
        text = (f"受付簿\n{self.rng.choice(NAMES)}様（{address}）来訪。転居の相談。\n"
                f"　連絡先 {phone}。{self.rng.choice(LANDMARKS)}の担当へ回付。\n")
        return Doc(f"c18bd_log{i:03d}.txt", text.encode(), truth | SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.work_order, self.roster, self.log]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        docs = []
        for i in range(count):
            address, phone, _ = self.home()
            text = (f"作業指示書\n依頼者 株式会社みなと建装 御中\n現場 {address}\n連絡先 {phone}\n" if i % 2 else
                    f"派遣先一覧（{i}月）\n就業場所 {address}\n就業場所TEL {phone}\n")
            docs.append(Doc(f"c18bd_clean{i:03d}.txt", text.encode()))
        return docs
