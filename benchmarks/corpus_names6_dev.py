"""Development corpus of names6 (issue 12, PERSON): names as offices write them beyond
a 氏名 cell — foreign residents' names with middle names (katakana with ・ or spaces,
romaji), married names with the former surname in brackets, half-width katakana and
hiragana, mail display names and signatures, names split over columns (姓 | 名,
Last | First), JSON keys, vCard N / FN, a guardian beside a child, a guest book, a
teacher's or nurse's sentence (君が, ちゃん, さんのお母様), Chinese, Korean and
Vietnamese names; beside them shops, clinics, ships, horses, typhoons, mascots,
streets and companies named like people.
The rules are tuned on it; benchmarks/corpus_names6_check.py (other words, names and
layouts, no list in common) checks them.

Truth: PERSON only (the value as NFKC and the scanner's canonical form read it: no
spaces, no ・); a look-alike is `~PERSON`.
"""

from __future__ import annotations

import random
import unicodedata

from benchmarks.names5_documents import Names5Documents

# (surname, reading, romaji)
FAMILY = [("小田切", "オダギリ", "Odagiri"), ("石黒", "イシグロ", "Ishiguro"), ("野々村", "ノノムラ", "Nonomura"),
          ("古川", "フルカワ", "Furukawa"), ("大槻", "オオツキ", "Otsuki"), ("宮下", "ミヤシタ", "Miyashita"),
          ("浜口", "ハマグチ", "Hamaguchi"), ("杉浦", "スギウラ", "Sugiura")]
GIVEN = [("陽菜", "ヒナ", "Hina"), ("結衣", "ユイ", "Yui"), ("悠真", "ユウマ", "Yuma"), ("美穂", "ミホ", "Miho"),
         ("智也", "トモヤ", "Tomoya"), ("颯太", "ソウタ", "Sota"), ("咲良", "サクラ", "Sakura"), ("康介", "コウスケ", "Kosuke")]
# foreign residents: katakana parts in the order written, romaji as a passport writes it
ABROAD = [(("マリア", "クリスティーナ", "サントス"), "SANTOS MARIA CRISTINA"),
          (("ガブリエル", "シルバ", "ソウザ"), "SOUZA GABRIEL SILVA"),
          (("ジョン", "パウロ", "レイエス"), "REYES JOHN PAULO"),
          (("アナ", "ルシア", "フェレイラ"), "FERREIRA ANA LUCIA")]
# (kanji, katakana reading) of Chinese, Korean and Vietnamese names
HAN = [(("王", "小明"), ("ワン", "シャオミン")), (("金", "敏俊"), ("キム", "ミンジュン")),
       (("張", "麗華"), ("ジャン", "リーファ")), (("朴", "智恩"), ("パク", "ジウン"))]
VIET = [("グエン", "ヴァン", "ナム"), ("ファム", "クアン", "フイ"), ("レ", "ミン", "トゥアン")]
VIET_ROMAJI = ["Nguyen Van Nam", "Pham Quang Huy", "Le Minh Tuan"]
SHOPS = ["美容室 ゆかり", "スナック 京子", "理容 かずお"]
CLINICS = ["ひろし歯科医院", "まさこ皮膚科クリニック"]
SHIPS = ["第三健太丸", "漁船 幸福丸"]
HORSES = ["ハルノヒカリ", "サクラノツバサ"]
TYPHOONS = ["台風ハイシェン", "台風ノウル"]
MASCOTS = ["たまちゃん", "かっぱくん"]
STREETS = ["ジョン万次郎通り", "龍馬通り"]
FIRMS = ["株式会社 健太郎商店", "有限会社 まりこ"]
HIRAGANA_GIVEN = ["ひなた", "ゆうま", "みほ", "そうた"]
SHOP_ROWS = ["お食事処 よしこ", "ネイルサロン 美香", "居酒屋 たけし", "ヘアーサロン スギウラ", "たなか内科", "ゆうき不動産"]
VESSELS = ["第八 康介丸", "第十八 大輝丸"]
RUNNERS = ["サトノハヤテ", "ミヤシタノユメ"]
CLASSES = ["ひまわり組", "さくら組", "1年2組"]
EVENTS = ["運動会", "遠足", "発表会"]


class DevNames6(Names5Documents):
    prefix = "n6_dev"

    def __init__(self, seed: int) -> None:
        super().__init__(random.Random(seed * 43 + 6))

    def person(self) -> tuple[tuple, tuple]:
        return self.pick(FAMILY), self.pick(GIVEN)

    def foreign_roster(self) -> tuple[str, str, set]:
        """外国人従業員名簿: names with middle names in katakana (・ or spaces) and romaji."""
        rows, truth = ["No,氏名,ローマ字,国籍"], set()
        for i, (parts, romaji) in enumerate(self.rng.sample(ABROAD, 3)):
            written = self.pick(["・".join(parts), " ".join(parts), " ".join(parts[-1:] + parts[:-1])])
            rows.append(f"{i + 1},{written},{romaji},{self.pick(['フィリピン', 'ブラジル'])}")
            truth |= {("PERSON", "".join(written.replace("・", " ").split())), ("PERSON", romaji.replace(" ", ""))}
        viet = self.pick(VIET)
        rows.append(f"4,{self.pick(['・', ' ']).join(viet)},,ベトナム")
        truth.add(("PERSON", "".join(viet)))
        return "\n".join(rows) + "\n", ".csv", truth

    def married(self) -> tuple[str, str, set]:
        """職員名簿: a married name with the former surname in brackets."""
        lines, truth = ["職員名簿（旧姓併記）"], set()
        for _ in range(self.rng.randint(2, 3)):
            (family, _, _), (given, _, _) = self.person()
            old = self.pick(FAMILY)[0]
            if old == family:
                continue
            layout = self.pick(["{f} {g}（旧姓 {o}）", "{f} {g}（旧姓：{o}）", "{f}{g}（{o}）"])
            lines.append("氏名：" + layout.format(f=family, g=given, o=old) + "　所属：総務課")
            truth |= {("PERSON", family + given), ("PERSON", old)}
        return "\n".join(lines) + "\n", ".txt", truth

    def transfers(self) -> tuple[str, str, set]:
        """振込明細: the payer in half-width katakana, as a bank's export writes it."""
        rows, truth = ["取引日,振込依頼人名,金額"], set()
        for day in range(1, self.rng.randint(3, 5)):
            (_, family, _), (_, given, _) = self.person()
            half = half_width(family + " " + given)
            rows.append(f"2026/11/{day:02d},{half},{self.rng.randint(2, 30)}000")
            truth.add(("PERSON", family + given))
        return "\n".join(rows) + "\n", ".csv", truth

    def mail(self) -> tuple[str, str, set]:
        """A mail: display names in the header, a salutation and a signature."""
        (fk, _, fr), (gk, _, gr) = self.person()
        (tk, _, tr), (tg, _, _) = self.person()
        sender = self.pick([f'"{gr} {fr}" <{gr.lower()}.{fr.lower()}@example.jp>',
                            f"{fk} {gk} <{fr.lower()}@example.jp>", f'"{fr.upper()} {gr.upper()}" <{fr.lower()}@example.jp>',
                            f'"{fr}, {gr}" <{gr[0].lower()}.{fr.lower()}@example.jp>'])
        truth = {("PERSON", sender.split(" <")[0].strip('"').replace(" ", "").replace(",", "")), ("PERSON", tk + tg)}
        text = (f"From: {sender}\nTo: {tk} {tg} <{tr.lower()}@example.co.jp>\nSubject: 研修日程の件\n\n"
                f"{tk}様\n\nいつもお世話になっております。研修の日程、承知いたしました。\n\n--\n{fk} {gk}\n")
        return text, ".eml", truth | {("PERSON", fk + gk)}

    def split_columns(self) -> tuple[str, str, set]:
        """姓 | 名 | セイ | メイ, or Last | First in romaji."""
        romaji = self.rng.random() < 0.5
        rows, truth = ["Last,First,Dept" if romaji else "姓,名,セイ,メイ,部署"], set()
        for _ in range(self.rng.randint(3, 5)):
            (fk, fr, fl), (gk, gr, gl) = self.person()
            rows.append(f"{fl},{gl},Sales" if romaji else f"{fk},{gk},{fr},{gr},営業")
            truth |= {("PERSON", fl + gl)} if romaji else {("PERSON", fk + gk), ("PERSON", fr + gr)}
        return "\n".join(rows) + "\n", ".csv", truth

    def json_keys(self) -> tuple[str, str, set]:
        """An app's export: name, family_name / given_name, vCard."""
        items, truth = [], set()
        for i in range(self.rng.randint(2, 3)):
            (fk, fr, _), (gk, gr, _) = self.person()
            if self.rng.random() < 0.5:
                items.append(f'{{"id": {i}, "name": "{fk} {gk}", "name_kana": "{fr} {gr}"}}')
                truth |= {("PERSON", fk + gk), ("PERSON", fr + gr)}
            else:
                items.append(f'{{"id": {i}, "family_name": "{fk}", "given_name": "{gk}"}}')
                truth |= {("PERSON", fk), ("PERSON", gk)}
        return "[" + ", ".join(items) + "]\n", ".json", truth

    def vcard(self) -> tuple[str, str, set]:
        (fk, _, _), (gk, _, _) = self.person()
        text = f"BEGIN:VCARD\nVERSION:3.0\nN:{fk};{gk};;;\nFN:{fk} {gk}\nORG:総務部\nEND:VCARD\n"
        return text, ".vcf", {("PERSON", fk + gk)}

    def guardians(self) -> tuple[str, str, set]:
        """保護者名 | 児童名, the child's name in hiragana now and then."""
        rows, truth = ["組,児童名,ふりがな,保護者名"], set()
        for _ in range(self.rng.randint(3, 4)):
            (fk, fr, _), (gk, gr, _) = self.person()
            parent = self.pick(GIVEN)[0]
            hira = (fr + " " + gr).translate(_HIRA)
            rows.append(f"{self.pick(CLASSES)},{fk} {gk},{hira},{fk} {parent}")
            truth |= {("PERSON", fk + gk), ("PERSON", hira.replace(" ", "")), ("PERSON", fk + parent)}
        return "\n".join(rows) + "\n", ".csv", truth

    def guest_book(self) -> tuple[str, str, set]:
        """芳名録: a name, 様, an amount."""
        lines, truth = ["芳名録"], set()
        for _ in range(self.rng.randint(3, 5)):
            (fk, _, _), (gk, _, _) = self.person()
            lines.append(f"{fk}　{gk} 様　御香典 {self.pick(['3,000', '5,000', '10,000'])}円")
            truth.add(("PERSON", fk + gk))
        return "\n".join(lines) + "\n", ".txt", truth

    def teacher_note(self) -> tuple[str, str, set]:
        """連絡帳: children by given name with 君 / ちゃん, a mother by her child's name."""
        (_, _, _), (a, _, _) = self.person()
        b, c = self.pick(GIVEN)[0], self.pick(GIVEN)[0]
        text = (f"{self.pick(EVENTS)}の練習\n今日は{a}君が鉄棒で逆上がりに初めて成功しました。\n"
                f"{b}ちゃんは少し熱があり、お迎えまで保健室で休みました。\n"
                f"{c}さんのお母様から、明日はお休みとの連絡がありました。\n")
        return text, ".txt", {("PERSON", a), ("PERSON", b), ("PERSON", c)}

    def han_names(self) -> tuple[str, str, set]:
        """留学生名簿: Chinese and Korean names in kanji with a reading, Vietnamese in romaji."""
        rows, truth = ["氏名,読み"], set()
        for kanji, kana in self.rng.sample(HAN, 2):
            rows.append(f"{' '.join(kanji)},{' '.join(kana)}")
            truth |= {("PERSON", "".join(kanji)), ("PERSON", "".join(kana))}
        viet = self.pick(VIET_ROMAJI)
        rows.append(f"{viet},")
        return "\n".join(rows) + "\n", ".csv", truth | {("PERSON", viet.replace(" ", ""))}

    def wedding(self) -> tuple[str, str, set]:
        """招待客リスト: side, relation, name with 様, and a firm that sent a telegram."""
        rows, truth = ["区分\t関係\tお名前\t出欠"], set()
        for _ in range(self.rng.randint(3, 4)):
            (fk, _, _), (gk, _, _) = self.person()
            rows.append(f"{self.pick(['新郎側', '新婦側'])}\t{self.pick(['友人', '親族', '会社'])}\t{fk} {gk} 様\t出席")
            truth.add(("PERSON", fk + gk))
        firm = self.pick(FIRMS)
        rows.append(f"新郎側\t取引先\t{firm} 御中\t祝電")
        return "\n".join(rows) + "\n", ".tsv", truth | {("~PERSON", firm.replace(" ", ""))}

    def ward_note(self) -> tuple[str, str, set]:
        """申し送り: children by a hiragana given name, a parent by the child's name."""
        a, b = self.rng.sample(HIRAGANA_GIVEN, 2)
        text = (f"申し送り（小児科外来）\n{a}ちゃん（3歳）が午後から38度台の発熱。\n"
                f"{b}くんのお母さんより電話、明日の受診時間を変更。\n")
        return text, ".txt", {("PERSON", a), ("PERSON", b)}

    def registers(self) -> tuple[str, set]:
        """A shop register, a fishing boat list and race results: names of things."""
        shops = self.rng.sample(SHOP_ROWS, 2)
        vessel, runner = self.pick(VESSELS), self.pick(RUNNERS)
        text = self.pick([f"店舗名,業種\n{shops[0]},飲食\n{shops[1]},サービス\n",
                          f"船名：{vessel}　総トン数 4.9t\n第3レース 1着 {runner}\n",
                          f"協賛：{shops[0]}、{shops[1]}\n"])
        return text, {("~PERSON", v.replace(" ", "")) for v in shops + [vessel, runner] if v in text}

    def places(self) -> tuple[str, set]:
        shop, clinic, ship = self.pick(SHOPS), self.pick(CLINICS), self.pick(SHIPS)
        text = self.pick([f"打ち上げは{shop}で。帰りに{clinic}へ寄ります。{ship}の見学も予定。\n",
                          f"商店会名簿\n{shop}　営業時間 18:00-24:00\n{clinic}　休診日 木曜\n"])
        return text, {("~PERSON", v.replace(" ", "")) for v in (shop, clinic, ship) if v in text}

    def named_things(self) -> tuple[str, set]:
        horse, typhoon, mascot, street, firm = (self.pick(x) for x in (HORSES, TYPHOONS, MASCOTS, STREETS, FIRMS))
        text = (f"{typhoon}の接近に伴い、{street}の祭りは延期します。\n"
                f"市のマスコット{mascot}も来場予定でした。競走馬{horse}の出走は未定。\n取引先：{firm}\n")
        return text, {("~PERSON", v.replace(" ", "")) for v in (horse, typhoon, mascot, street, firm)}

    def kinds(self) -> list:
        return [self.foreign_roster, self.married, self.transfers, self.mail, self.split_columns, self.json_keys,
                self.vcard, self.guardians, self.guest_book, self.teacher_note, self.han_names, self.wedding,
                self.ward_note]

    def look_alike_kinds(self) -> list:
        return [self.places, self.named_things, self.registers]


_HALF = {unicodedata.normalize("NFKC", chr(c)): chr(c) for c in range(0xFF61, 0xFFA0)}
_HIRA = str.maketrans({chr(c): chr(c - 0x60) for c in range(0x30A1, 0x30F7)})


def half_width(kana: str) -> str:
    """Full-width katakana as a bank's or a host's export writes it (ガ is ｶﾞ)."""
    marks = {"\u3099": "ﾞ", "\u309a": "ﾟ"}
    return "".join(marks.get(c) or _HALF.get(c, c) for c in unicodedata.normalize("NFD", kana))
