"""Development corpus of issue 12's HR forms and rosters (forms3): the rules are
corrected on it. 扶養控除等（異動）申告書 sheets with their printed layout (a
multi-row table of dependants, the 個人番号 in one cell or in twelve, the 障害者
check boxes and notes), 身上書 sheets and documents with a family table and 賞罰,
an accommodations (配慮事項) sheet, a politician's 後援会 roster, a union's member
roster and its meeting minutes, a temple's 檀家 roster, and their blank or
organisation-only look-alikes. Its twin benchmarks/corpus_forms3_check.py shares
no template, list or layout with it.

Truth: each document is labelled for the types in its ("*", type) entries only;
SENSITIVE as `category:phrase`.
"""

from __future__ import annotations

import random
from datetime import date

from benchmarks.corpus import Doc, _docx
from samples import writers as w
from samples.synth import valid_my_number

SURNAMES = ["岩崎", "小松", "大塚", "野口", "菅原", "平田", "松尾", "杉山", "千葉", "桑原", "今井", "飯田"]
MEN = ["昌平", "悠真", "和也", "康介", "浩一", "修"]
WOMEN = ["美咲", "里奈", "恵子", "菜摘", "佳代", "真由美"]
KANA = {"岩崎": "イワサキ", "小松": "コマツ", "大塚": "オオツカ", "野口": "ノグチ", "菅原": "スガワラ", "平田": "ヒラタ",
        "松尾": "マツオ", "杉山": "スギヤマ", "千葉": "チバ", "桑原": "クワバラ", "今井": "イマイ", "飯田": "イイダ"}
TOWNS = ["埼玉県川越市脇田町", "千葉県船橋市本町", "神奈川県藤沢市鵠沼海岸", "東京都府中市寿町", "静岡県浜松市中区板屋町"]
FORM = ("*", "MY_NUMBER"), ("*", "DATE_OF_BIRTH"), ("*", "SENSITIVE")


def era(d: date) -> tuple[str, str, int]:
    """(era name, its letter, year in the era) of a date after 1926."""
    if d >= date(2019, 5, 1):
        return "令和", "R", d.year - 2018
    if d >= date(1989, 1, 8):
        return "平成", "H", d.year - 1988
    return "昭和", "S", d.year - 1925


class DevForms:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 31 + 3)

    def pick(self, items):
        return self.rng.choice(items)

    def born(self, first: int, last: int) -> date:
        return date(self.rng.randint(first, last), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def written(self, d: date) -> str:
        """A birth date as a clerk types it: western with separators, era letter, era words, western kanji."""
        name, letter, year = era(d)
        return self.pick([f"{d.year}/{d.month:02d}/{d.day:02d}", f"{d.year}-{d.month}-{d.day}", f"{d.year}.{d.month}.{d.day}",
                          f"{letter}{year}.{d.month}.{d.day}", f"{letter}{year}/{d.month:02d}/{d.day:02d}",
                          f"{name}{year}年{d.month}月{d.day}日", f"{name} {year}年 {d.month}月 {d.day}日",
                          f"{d.year}年{d.month}月{d.day}日"])

    def name(self, surname: str, female: bool) -> str:
        return f"{surname}　{self.pick(WOMEN if female else MEN)}"

    def positives(self, count: int) -> list[Doc]:
        makers = [self.dependants_form, self.shinjo_sheet, self.shinjo_docx, self.accommodations, self.supporters,
                  self.union_roster, self.union_minutes, self.temple_roster]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers = [self.blank_dependants_form, self.union_notice, self.supporters_flyer, self.temple_letter]
        return [makers[i % len(makers)](i) for i in range(count)]

    # --- 扶養控除等申告書 ------------------------------------------------------------

    def number_cells(self, number: str, split: bool) -> list[str]:
        return list(number) if split else [number]

    def dependants_form(self, i: int) -> Doc:
        surname, split = self.pick(SURNAMES), self.rng.random() < 0.5
        me, my_birth, my_number = self.name(surname, False), self.born(1965, 1990), valid_my_number(self.rng)
        width = 12 if split else 1
        rows = [["令和9年分　給与所得者の扶養控除等（異動）申告書"],
                ["所轄税務署長", "川越税務署長", "", "給与の支払者の名称", "株式会社アオバ精機"],
                ["給与の支払者の法人番号", "7030001098765", "", "給与の支払者の所在地", "埼玉県川越市南台1-5-3"],
                ["(フリガナ)", KANA[surname] + "　コウジ", "", "あなたの生年月日", self.written(my_birth)],
                ["あなたの氏名", me, "", "世帯主の氏名", me, "あなたとの続柄", "本人"],
                ["あなたの個人番号", *self.number_cells(my_number, split)],
                ["あなたの住所又は居所", f"〒350-1155 {self.pick(TOWNS)}2-14-8"], [],
                ["区分", "氏名", "フリガナ", "あなたとの続柄", "生年月日", "個人番号", *[""] * (width - 1),
                 "老人扶養親族", "特定扶養親族", "同居・別居の区分", "障害者区分"]]
        truth = {("MY_NUMBER", my_number), ("DATE_OF_BIRTH", my_birth.isoformat())}
        family = [("A 源泉控除対象配偶者", "妻", True, self.born(1966, 1992))]
        family += [("B 控除対象扶養親族", self.pick(["長男", "次男", "長女"]), False, self.born(2000, 2009))
                   for _ in range(self.rng.randint(1, 3))]
        disabled = self.rng.randrange(len(family) + 2)  # a dependant in two forms of three
        for k, (section, relation, female, birth) in enumerate(family):
            number = valid_my_number(self.rng)
            grade = self.pick(["一般障害者", "特別障害者"]) if k == disabled else ""
            rows.append([section if k < 2 else "", self.name(surname, female or relation == "長女"), KANA[surname],
                         relation, self.written(birth), *self.number_cells(number, split), "", "",
                         self.pick(["同居", "別居"]), grade])
            truth |= {("MY_NUMBER", number), ("DATE_OF_BIRTH", birth.isoformat())}
            if grade:
                truth.add(("SENSITIVE", f"障害:{grade}"))
        area = self.disability_area(disabled < len(family))
        if any("療育手帳" in cell for row in area for cell in row if "（内容）" in row):
            truth.add(("SENSITIVE", "障害:療育手帳B1の交付を受けている"))
        rows += area
        return Doc(f"f3d_fuyo{i:03d}.xlsx", w.xlsx_bytes({"申告書": rows}), truth | set(FORM))

    def disability_area(self, ticked: bool) -> list[list[str]]:
        if self.rng.random() < 0.5:
            return self.marked_area(ticked)
        box = "■" if ticked else "□"
        return [[], ["C 障害者、寡婦、ひとり親又は勤労学生"],
                ["障害者区分", "□一般の障害者", "□特別の障害者", "□同居特別障害者", "該当者", "□本人", "□同一生計配偶者",
                 f"{box}扶養親族"],
                ["寡婦", "□", "ひとり親", "□", "勤労学生", "□"],
                ["（注）上の該当する項目及び欄にチェックを付け、その内容を記載してください。"],
                ["障害者とは、身体障害者手帳、精神障害者保健福祉手帳又は療育手帳の交付を受けている人などをいいます。"],
                ["D 他の所得者が控除を受ける扶養親族等", "氏名", "あなたとの続柄", "生年月日", "住所又は居所"]]

    def marked_area(self, ticked: bool) -> list[list[str]]:
        """Captions in cells of their own, a mark (○) in the cell after the chosen one,
        and what the chosen box means written in a content cell."""
        mark = "○" if ticked else ""
        rows = [[], ["障害者、寡婦、ひとり親又は勤労学生"],
                ["障害者区分", "一般の障害者", mark, "特別の障害者", "", "同居特別障害者", ""],
                ["該当者", "本人", "", "同一生計配偶者", "", "扶養親族", mark],
                ["上の該当する項目及び欄に○を付け、その内容を記載してください。"]]
        if ticked:
            rows.append(["（内容）", "長男　療育手帳B1の交付を受けている"])
        return rows

    def blank_dependants_form(self, i: int) -> Doc:
        rows = [["令和9年分　給与所得者の扶養控除等（異動）申告書（記入用）"],
                ["あなたの氏名", "", "あなたの生年月日", "明・大・昭・平・令　　年　　月　　日"], ["あなたの個人番号", *[""] * 12],
                ["区分", "氏名", "あなたとの続柄", "生年月日", "個人番号", "同居・別居の区分", "障害者区分"],
                ["A 源泉控除対象配偶者", "", "", "昭・平　　.　　.", "", "□同居　□別居", "□該当なし"]]
        rows += self.disability_area(False)
        return Doc(f"f3n_fuyo{i:03d}.xlsx", w.xlsx_bytes({"申告書": rows}), set(FORM))

    # --- 身上書 -----------------------------------------------------------------------

    def family_rows(self, surname: str) -> tuple[list[list[str]], set]:
        rows, truth = [["続柄", "氏名", "生年月日", "年齢", "職業", "同居・別居"]], set()
        for relation, female, first, last in (("父", False, 1940, 1960), ("母", True, 1942, 1962),
                                              ("配偶者", True, 1965, 1995), ("長女", True, 1995, 2015)):
            if self.rng.random() < 0.75:
                birth = self.born(first, last)
                rows.append([relation, self.name(surname, female), self.written(birth), f"{2026 - birth.year}歳",
                             self.pick(["会社員", "無職", "自営業", "学生", "パート"]), self.pick(["同居", "別居"])])
                truth.add(("DATE_OF_BIRTH", birth.isoformat()))
        return rows, truth

    def shinjo_sheet(self, i: int) -> Doc:
        surname, birth = self.pick(SURNAMES), self.born(1970, 2000)
        health, note = self.pick([("良好", ""), ("特に問題なし", ""), ("気管支喘息で通院中", "気管支喘息で通院中"),
                                  ("腰椎椎間板ヘルニアの手術歴あり", "腰椎椎間板ヘルニアの手術歴")])
        rows = [["身　上　書"], ["氏名", self.name(surname, False), "生年月日", self.written(birth)],
                ["現住所", self.pick(TOWNS) + "3-2-1"], ["健康状態", health], ["趣味・特技", self.pick(["釣り", "囲碁", "料理"])],
                [], ["家族の状況"]]
        family, truth = self.family_rows(surname)
        truth |= {("DATE_OF_BIRTH", birth.isoformat())} | ({("SENSITIVE", f"病歴:{note}")} if note else set())
        return Doc(f"f3d_shinjo{i:03d}.xlsx", w.xlsx_bytes({"身上書": rows + family}),
                   truth | {("*", "DATE_OF_BIRTH"), ("*", "SENSITIVE")})

    def shinjo_docx(self, i: int) -> Doc:
        surname, birth = self.pick(SURNAMES), self.born(1975, 2000)
        record, crime = self.pick([("なし", ""), ("平成30年 社内表彰（業務改善賞）", ""),
                                   ("令和2年 道路交通法違反（酒気帯び運転）により罰金30万円", "道路交通法違反（酒気帯び運転）により罰金30万円"),
                                   ("平成27年 傷害罪で懲役1年執行猶予3年", "傷害罪で懲役1年執行猶予3年")])
        table = [["氏名", self.name(surname, True)], ["生年月日", self.written(birth)], ["賞罰", record],
                 ["最終学歴", "県立高校卒業"]]
        truth = {("DATE_OF_BIRTH", birth.isoformat())} | ({("SENSITIVE", f"犯罪歴:{crime}")} if crime else set())
        return Doc(f"f3d_shinjo{i:03d}.docx", _docx(["身上書", "記載事項に相違ありません。"], table),
                   truth | {("*", "DATE_OF_BIRTH"), ("*", "SENSITIVE")})

    # --- 配慮事項 -----------------------------------------------------------------------

    NEEDS = [("食事", "イスラム教徒のため豚肉・アルコールを含まない食事", "宗教"),
             ("宗教", "金曜日正午の礼拝のため30分の中抜けを認める", "宗教"),
             ("民族", "アイヌ民族の儀礼（イチャルパ）に参加するための休暇", "人種・民族"),
             ("その他", "在日コリアン三世であることを社内で公表しないでほしい", "人種・民族"),
             ("信条", "平和主義の信念から防衛関連案件を担当しない", "信条"),
             ("信条", "思想信条上の理由により国旗掲揚時の起立を控えたい", "信条"),
             ("健康", "1型糖尿病のため昼食前にインスリン注射の時間を確保", "病歴"),
             ("障害", "車椅子を使用するため座席を出入口付近にする", "障害"),
             ("健康", "パニック障害の治療中で満員電車を避けた時差出勤", "病歴")]
    PLAIN = [("家庭", "小学生の子の送迎のため16時退社"), ("通勤", "遠方のため在宅勤務を週2日"), ("食事", "特になし"),
             ("その他", "左利きのため座席配置に配慮"), ("食事", "ヴィーガン（本人の好み）"), ("家庭", "親の介護のため月2回の在宅勤務"),
             ("その他", "英語ネイティブのため社内文書に英訳を添付")]

    def accommodations(self, i: int) -> Doc:
        header = self.pick([["社員番号", "氏名", "所属", "区分", "配慮事項", "対応状況"],
                            ["社員番号", "氏名", "所属", "区分", "健康状態・配慮事項", "対応状況"]])
        rows = [["配慮事項一覧（人事部）"], ["※食事（宗教上の制限・アレルギー）、礼拝、障害、疾病、その他の配慮を具体的に記入"], header]
        truth = set()
        for k in range(self.rng.randint(5, 8)):
            surname = self.pick(SURNAMES)
            if self.rng.random() < 0.65:
                kind, need, category = self.pick(self.NEEDS)
                truth.add(("SENSITIVE", f"{category}:{need}"))
            else:
                kind, need = self.pick(self.PLAIN)
            person = self.name(surname, k % 2 == 0)
            rows.append([f"S{self.rng.randint(10000, 99999)}", person, self.pick(["経理部", "製造課", "営業一課"]), kind,
                         need, self.pick(["対応済", "検討中", "継続"])])
            truth.add(("PERSON", person.replace("　", "")))
        return Doc(f"f3d_hairyo{i:03d}.xlsx", w.xlsx_bytes({"配慮事項": rows}),
                   truth | {("*", "SENSITIVE"), ("*", "PERSON")})

    # --- rosters of a politician's 後援会, a union, a temple -------------------------------

    def supporters(self, i: int) -> Doc:
        politician = f"{self.pick(SURNAMES)}まさと"
        rows = [[f"{politician}後援会　会員名簿"], [f"事務所：{politician}後援会事務所 {self.pick(TOWNS)}1-1"],
                ["会員番号", "氏名", "住所", "入会日", "区分", "紹介者"]]
        truth = set()
        for n in range(self.rng.randint(6, 12)):
            role = self.pick(["一般会員", "幹事", "世話人", "青年部", "女性部", "顧問"])
            rows.append([f"{n + 1:04d}", self.name(self.pick(SURNAMES), n % 3 == 0), self.pick(TOWNS) + f"{n + 1}-3",
                         f"2024/{n % 12 + 1}/1", role, self.name(self.pick(SURNAMES), False)])
            truth.add(("SENSITIVE", f"信条:{role}"))
        data = "\r\n".join(",".join(r) for r in rows).encode("cp932")
        return Doc(f"f3d_koenkai{i:03d}.csv", data, truth | {("*", "SENSITIVE")})

    def union_roster(self, i: int) -> Doc:
        union = self.pick(["アオバ精機労働組合", "川越市職員労働組合", "東和交通労組"])
        rows = [[f"{union}　組合員名簿"], [f"組合事務所：{self.pick(TOWNS)}5-5 {union}会館"],
                ["組合員番号", "氏名", "職場", "組合役職", "加入年月日"]]
        truth = set()
        for n in range(self.rng.randint(6, 12)):
            role = self.pick(["執行委員長", "書記長", "執行委員", "職場委員", "組合員", "組合員", "会計監査"])
            rows.append([f"U{n + 101}", self.name(self.pick(SURNAMES), n % 2 == 0), self.pick(["第一工場", "本社", "物流"]),
                         role, f"2015/4/{n + 1}"])
            truth.add(("SENSITIVE", f"労働組合:{role}"))
        return Doc(f"f3d_kumiai{i:03d}.xlsx", w.xlsx_bytes({"名簿": rows}), truth | {("*", "SENSITIVE")})

    def union_minutes(self, i: int) -> Doc:
        union = self.pick(["アオバ精機労働組合", "東和交通労働組合"])
        names = [self.name(s, False) for s in self.rng.sample(SURNAMES, 4)]
        roles = ["執行委員長", "書記長", "執行委員", "職場委員"]
        lines = [f"{union}　第{i + 3}回執行委員会 議事録", "日時：2026年11月12日 18:00〜19:30", "場所：組合事務所",
                 "出席者：" + "、".join(f"{r} {n}" for r, n in zip(roles, names)),
                 "議題1 年末一時金要求について", f"{names[0]}委員長から要求案の説明があり、全員で確認した。",
                 f"議題2 職場の声", f"{names[3]}（職場委員）から残業時間の報告があった。", "以上"]
        truth = {("SENSITIVE", f"労働組合:{r} {n}") for r, n in zip(roles, names)} | {("SENSITIVE", f"労働組合:{names[0]}委員長")}
        return Doc(f"f3d_minutes{i:03d}.docx", _docx(lines), truth | {("*", "SENSITIVE")})

    def temple_roster(self, i: int) -> Doc:
        temple = self.pick(["曹洞宗 龍泉寺", "浄土宗 西方寺", "真言宗 金剛院"])
        bare = i % 4 == 3  # a header without any field label: the layout is not taken for a table
        rows = [[f"{temple}　檀家名簿"], [f"所在地：{self.pick(TOWNS)}7-1　住職 {self.pick(SURNAMES)}快道"],
                ["番号", "戸主", "檀家区分", "墓所"] if bare else ["No", "施主", "住所", "電話", "区分", "墓所"]]
        truth = set()
        for n in range(self.rng.randint(5, 10)):
            role = self.pick(["檀家", "檀家総代", "信徒", "檀家"])
            person = self.name(self.pick(SURNAMES), False)
            rows.append([str(n + 1), person, role, f"{self.pick('ABC')}区{n + 1}"] if bare else
                        [str(n + 1), person, self.pick(TOWNS) + f"{n + 2}-1", f"049-22{n}-{1000 + n}", role,
                         f"{self.pick('ABC')}区{n + 1}"])
            truth.add(("SENSITIVE", f"宗教:{role}"))
        if i % 2:
            return Doc(f"f3d_danka{i:03d}.xlsx", w.xlsx_bytes({"檀家": rows}), truth | {("*", "SENSITIVE")})
        data = "\n".join(",".join(r) for r in rows).encode("utf-8")
        return Doc(f"f3d_danka{i:03d}.csv", data, truth | {("*", "SENSITIVE")})

    # --- look-alikes with nobody's information ---------------------------------------

    def union_notice(self, i: int) -> Doc:
        lines = ["組合員の皆様へ", "アオバ精機労働組合 執行委員会", "年末一時金の交渉状況をお知らせします。",
                 "組合事務所：埼玉県川越市南台1-5-3 組合会館2階", "執行委員会は毎月第2木曜日に開催します。"]
        return Doc(f"f3n_union{i:03d}.docx", _docx(lines), {("*", "SENSITIVE")})

    def supporters_flyer(self, i: int) -> Doc:
        rows = [["小松まさと後援会　新春のつどい"], ["日時", "2027年1月10日"], ["会場", "川越市民会館"],
                ["連絡先", "小松まさと後援会事務所"], ["会費", "1,000円"]]
        data = "\r\n".join(",".join(r) for r in rows).encode("cp932")
        return Doc(f"f3n_koenkai{i:03d}.csv", data, {("*", "SENSITIVE")})

    def temple_letter(self, i: int) -> Doc:
        rows = [["曹洞宗 龍泉寺　年間行事予定"], ["月", "行事"], ["3月", "春彼岸法要"], ["8月", "施餓鬼会"],
                ["所在地", "埼玉県川越市脇田町7-1"]]
        return Doc(f"f3n_temple{i:03d}.xlsx", w.xlsx_bytes({"行事": rows}), {("*", "SENSITIVE")})
