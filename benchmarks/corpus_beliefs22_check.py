"""Check corpus for the belief group (issue 12, beliefs22), written apart from
benchmarks/corpus_beliefs22_dev.py with no template or word list in common: a probation
volunteer's case log, a tenant consultation sheet under 相手方/当事者, a staff union's
officer list in a mail body, an English booking reply, a parish register form — and near
misses of its own. Same document shape as the dev corpus: (name, bytes, expected).
"""

from __future__ import annotations

import random

FAMILY = ["宇佐美", "日置", "舘", "能登谷", "比嘉", "小豆沢", "西園寺", "汐見"]
FIRST = ["奏太", "絢音", "周平", "小雪", "拓真", "紬", "義和", "朋香"]
LATIN = [("Ayane", "Usami"), ("Shuhei", "Hioki"), ("Tsumugi", "Higa"), ("Yoshikazu", "Shiomi")]

PAST = ["覚醒剤取締法違反で服役した過去", "強盗致傷で懲役4年の判決", "住居侵入の前科一犯", "器物損壊で略式起訴され罰金刑",
        "業務上横領で執行猶予付き判決"]
HOW = ["を雇用主にどう伝えるか", "を地域の人にどこまで話すか", "をいつ家族に打ち明けるか"]
HARMS = {"自転車を盗まれた": "盗まれ", "投資詐欺で200万円をだまし取られた": "だまし取られ",
         "元配偶者から暴力を振るわれ保護命令を受けた": "暴力を振るわれ", "ひったくりに遭い、バッグごと約3万円の被害": "ひったくり"}
UNION_SEATS = ["執行委員（市職労）", "青年部長(ユニオン)", "書記次長（教職員組合）", "副支部長(○○労組 東支部)"]
FAITH_LINES = ["浄土真宗本願寺派の門徒", "エホバの証人の信者", "仏教徒（曹洞宗）", "ユダヤ教徒"]
STANCES = ["反捕鯨団体の地域代表", "選択的夫婦別姓の請願活動に参加", "ヴィーガン思想から革製品を使わない"]
ROOTS = ["朝鮮族", "アイヌの血を引く", "クルド人"]
GUEST = ["you are a Sikh and wear a turban at all times", "you are a strict Muslim and cannot take alcohol",
         "you are Jewish and keep a kosher diet"]

QUIET = [
    "保護司会だより\n前科のある人の社会復帰を支える仕組みについて学びました。",
    "申込前の確認\n・逮捕歴がありますか（はい・いいえ）",
    "防犯講座のお知らせ：空き巣被害を防ぐ戸締まりのコツを紹介します。",
    "マンション管理組合 総会\n副理事長（組合） 選任の件は継続審議。",
    "信教の自由は憲法で保障されています。礼拝室は3階にあります。",
    "外国籍の方も参加できます。民族衣装での参加も歓迎します。",
]


class CheckBeliefs:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 131 + 5)

    def pick(self, items):
        return self.rng.choice(items)

    def person(self) -> str:
        return self.pick(FAMILY) + self.pick(FIRST)

    def case_log(self) -> tuple[str, str, list]:
        out, want = ["更生支援ケース記録（抜粋）"], []
        for _ in range(self.rng.randint(2, 3)):
            past = self.pick(PAST)
            out.append(f"{self.person()}氏　{past}があること{self.pick(HOW)}について助言を求められた。")
            want.append(("犯罪歴", past[:3]))
        return "case_log.txt", "\n".join(out) + "\n", want

    def consultation(self) -> tuple[str, str, list]:
        harm, faith, root = self.pick(list(HARMS)), self.pick(FAITH_LINES), self.pick(ROOTS)
        text = (f"入居相談票\n受付日 2026/02/14\n当事者：{self.person()}\n\n"
                "住み替え先として駅から徒歩圏の物件を希望。家賃の上限は月7万円程度、敷金礼金なしの物件を優先したい。\n"
                "内見は平日の夕方以降が都合よく、勤務先までの通勤時間は四十分以内を望んでいる。ペットは飼っていない。\n"
                f"昨年、{harm}。現在の住まいを離れたいとの意向。\n"
                f"宗派は{faith}、自宅に仏壇などを置けるか確認したいとのこと。\n家族は{root}で、親族の集まりが多い。\n"
                f"保証人連絡先 {self.person()}（兄） 080-3317-2290\n")
        return "soudan.txt", text, [("犯罪被害", HARMS[harm]), ("宗教", faith[:3]), ("人種・民族", root[:2])]

    def officers_mail(self) -> tuple[str, str, list]:
        lines, want = ["各位", "今期の役員は次のとおりです。"], []
        for _ in range(self.rng.randint(3, 5)):
            seat = self.pick(UNION_SEATS)
            lines.append(f"　{self.person()}　{seat}")
            want.append(("労働組合", seat[:4]))
        body = "\n".join(lines) + "\n以上\n"
        mail = ("From: kumiai@example.org\nTo: soumu@example.co.jp\nSubject: officers\n"
                "Content-Type: text/plain; charset=utf-8\n\n" + body)
        return "officers.eml", mail, want

    def reply(self) -> tuple[str, str, list]:
        first, last = self.pick(LATIN)
        guest = self.pick(GUEST)
        text = (f"Dear Ms {last},\n\nMany thanks for your booking at Restaurant Kuroshio on 18 June.\n"
                f"We note that {guest}; the chef will plan the menu accordingly.\nKind regards\n")
        return "reply.txt", text, [("宗教", guest.split(" and ")[0].split()[-1])]

    def stance(self) -> tuple[str, str, list]:
        stance = self.pick(STANCES)
        text = f"会員カード\n会員名：{self.person()}\n自己紹介：{stance}。よろしくお願いします。\n"
        return "card.txt", text, [("信条", stance[:3])]

    def documents(self, count: int) -> list[tuple[str, bytes, list]]:
        makers = [self.case_log, self.consultation, self.officers_mail, self.reply, self.stance]
        return [(f"b22chk_{i:03d}_{name}", text.encode("utf-8"), want)
                for i in range(count) for name, text, want in [makers[i % len(makers)]()]]

    def negatives(self, count: int) -> list[tuple[str, bytes, list]]:
        return [(f"b22chk_neg{i:03d}.txt", f"{self.pick(QUIET)}\n文責：{self.person()}\n".encode("utf-8"), [])
                for i in range(count)]
