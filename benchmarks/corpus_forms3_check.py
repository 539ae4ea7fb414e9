"""Check corpus of issue 12's HR forms and rosters (forms3), written by another
hand than benchmarks/corpus_forms3_dev.py: no template, name list, word list or
layout in common with it or with the other generators. A 家族情報登録シート with a
block a dependant, a payroll office's dependants' list with a two-row header, a
身上調書 in Word, a 申出事項 CSV, a supporters' list of a council member, a union's
member list in CSV and its convention minutes, a 門徒台帳; and their empty forms
and public notices as clean files. Never tuned on.
"""

from __future__ import annotations

import random
from datetime import date

from benchmarks.corpus import Doc, _docx
from samples import writers as w
from samples.synth import valid_my_number

FAMILY = ["宮本", "北村", "堀内", "望月", "富田", "浅野", "川口", "片山", "横田", "大川"]
FIRST = ["蒼", "陽菜", "湊", "結衣", "大翔", "凛", "颯太", "芽依", "隆之", "典子"]
CITIES = ["長野県松本市中央", "岐阜県大垣市郭町", "三重県津市大門", "滋賀県彦根市京町", "奈良県橿原市八木町"]
SCORED = {("*", "MY_NUMBER"), ("*", "DATE_OF_BIRTH"), ("*", "SENSITIVE")}


class CheckForms:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 7 + 11)

    def one(self, items):
        return self.rng.choice(items)

    def day(self, low: int, high: int) -> date:
        return date(self.rng.randint(low, high), self.rng.randint(1, 12), self.rng.randint(1, 28))

    def person(self) -> str:
        return f"{self.one(FAMILY)} {self.one(FIRST)}"

    def birth_text(self, d: date) -> str:
        heisei = d >= date(1989, 1, 8)
        year = d.year - (1988 if heisei else 1925)
        return self.one([f"{d.year}/{d.month}/{d.day}", f"{d.year}-{d.month:02d}-{d.day:02d}", f"{d.year}年{d.month:02d}月{d.day:02d}日",
                         f"{'H' if heisei else 'S'}.{year}.{d.month}.{d.day}", f"{'平成' if heisei else '昭和'}{year}年{d.month}月{d.day}日",
                         f"{'平' if heisei else '昭'}{year}.{d.month:02d}.{d.day:02d}"])

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.family_sheet, self.payroll_list, self.personal_history, self.requests_csv, self.backers_list,
                 self.union_csv, self.convention_minutes, self.monto_register]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.empty_family_sheet, self.convention_notice, self.backers_invitation]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- dependants ---------------------------------------------------------------------
    def family_sheet(self, i: int) -> Doc:
        """A block of label | value rows a dependant, the number in twelve boxes beside its label."""
        rows, truth = [["家族情報登録シート（年末調整用）"], ["社員コード", f"E-{self.rng.randint(1000, 9999)}"]], set()
        for n in range(self.rng.randint(1, 3)):
            born, number = self.day(1995, 2012), valid_my_number(self.rng)
            rows += [[f"■扶養親族{n + 1}"], ["氏名", self.person()], ["続柄", self.one(["子", "母", "妻"])],
                     ["生年月日", self.birth_text(born)], ["マイナンバー", *number]]
            truth |= {("MY_NUMBER", number), ("DATE_OF_BIRTH", born.isoformat())}
            if n == 0 and self.rng.random() < 0.5:
                rows.append(["障害者控除", "☑ 特別障害者", "☐ 一般障害者", "☐ 該当なし"])
                truth.add(("SENSITIVE", "障害:特別障害者"))
            else:
                rows.append(["障害者控除", "☐ 特別障害者", "☐ 一般障害者", "☑ 該当なし"])
        rows.append(["※障害者控除は、障害者手帳等の交付を受けている方が対象です。"])
        return Doc(f"c3_family{i:03d}.xlsx", w.xlsx_bytes({"登録": rows}), truth | SCORED)

    def payroll_list(self, i: int) -> Doc:
        """Dependants of several staff, a two-row header (扶養親族 over its columns)."""
        rows = [["扶養親族一覧（給与課）"], ["社員", "", "扶養親族", "", "", ""],
                ["社員名", "所属", "親族氏名", "続き柄", "生年月日", "個人番号"]]
        truth = set()
        for _ in range(self.rng.randint(4, 7)):
            born, number = self.day(1940, 2015), valid_my_number(self.rng)
            rows.append([self.person(), self.one(["総務", "施設課", "看護部"]), self.person(), self.one(["長男", "父", "配偶者"]),
                         self.birth_text(born), f"{number[:4]} {number[4:8]} {number[8:]}"])
            truth |= {("MY_NUMBER", number), ("DATE_OF_BIRTH", born.isoformat())}
        return Doc(f"c3_payroll{i:03d}.xlsx", w.xlsx_bytes({"一覧": rows}), truth | SCORED)

    def personal_history(self, i: int) -> Doc:
        born = self.day(1980, 1999)
        penalty = self.one([("特になし", ""), ("令和3年 窃盗罪により懲役10月（執行猶予付）", "窃盗罪により懲役10月"),
                            ("平成31年 業務上過失傷害で罰金50万円", "業務上過失傷害で罰金50万円"), ("永年勤続表彰（令和4年）", "")])
        table = [["ふりがな", "きたむら りん"], ["氏名", self.person()], ["生年月日", self.birth_text(born)],
                 ["賞罰", penalty[0]], ["既往症", self.one(["なし", "特記事項なし"])]]
        truth = {("DATE_OF_BIRTH", born.isoformat())} | ({("SENSITIVE", f"犯罪歴:{penalty[1]}")} if penalty[1] else set())
        return Doc(f"c3_history{i:03d}.docx", _docx(["身上調書", "人事課提出用"], table), truth | SCORED)

    # --- requests for accommodation ------------------------------------------------------
    ASKS = [("コーシャ（ユダヤ教の戒律）に沿った食事を希望", "宗教"), ("ヒンドゥー教徒のため牛肉を使わない弁当", "宗教"),
            ("琉球民族の祖先供養（シーミー）のため4月に休暇", "人種・民族"), ("朝鮮籍であることへの配慮を希望", "人種・民族"),
            ("反戦の信念から軍需関連の取引先を担当しない", "信条"), ("宗教観上の理由で飲酒を伴う懇親会は欠席", "信条"),
            ("クローン病のため勤務中のトイレ休憩を柔軟に", "病歴"), ("人工透析のため火・木・土は定時退社", "病歴"),
            ("聴覚障害があり会議では文字通訳を使用", "障害")]
    OTHER = ["介護中の親がいるため出張は日帰り", "通勤経路の変更を希望", "特記事項なし", "育休明けのため時短勤務"]

    def requests_csv(self, i: int) -> Doc:
        lines, truth = ["職員ID,職員名,申出内容,必要な配慮,受付者"], set()
        for _ in range(self.rng.randint(5, 8)):
            if self.rng.random() < 0.6:
                ask, category = self.one(self.ASKS)
                truth.add(("SENSITIVE", f"{category}:{ask}"))
            else:
                ask = self.one(self.OTHER)
            lines.append(f"K{self.rng.randint(100, 999)},{self.person()},{ask},{self.one(['席配置', '勤務時間', '食事'])},人事 望月")
        return Doc(f"c3_requests{i:03d}.csv", "\n".join(lines).encode("cp932"), truth | {("*", "SENSITIVE")})

    # --- rosters -------------------------------------------------------------------------
    def backers_list(self, i: int) -> Doc:
        rows = [["市議会議員 浅野たかし を支える会　支援者リスト"], ["No", "お名前", "ご住所", "会員種別", "備考"]]
        truth = set()
        for n in range(self.rng.randint(5, 10)):
            kind = self.one(["正会員", "賛助会員", "役員", "事務局"])
            rows.append([str(n + 1), self.person(), self.one(CITIES) + f"{n + 4}-2", kind, ""])
            truth.add(("SENSITIVE", f"信条:{kind}"))
        return Doc(f"c3_backers{i:03d}.xlsx", w.xlsx_bytes({"リスト": rows}), truth | {("*", "SENSITIVE")})

    def union_csv(self, i: int) -> Doc:
        lines, truth = ["松本市職員組合 組合員一覧", "氏名,所属支部,組合役職,加入日"], set()
        for _ in range(self.rng.randint(5, 9)):
            post = self.one(["支部長", "執行委員", "組合員", "青年部長", "組合員"])
            lines.append(f"{self.person()},{self.one(['本庁支部', '病院支部'])},{post},2019/4/1")
            truth.add(("SENSITIVE", f"労働組合:{post}"))
        return Doc(f"c3_union{i:03d}.csv", "\r\n".join(lines).encode("cp932"), truth | {("*", "SENSITIVE")})

    def convention_minutes(self, i: int) -> Doc:
        chair, clerk, speaker = self.person(), self.person(), self.person()
        lines = ["大垣化成ユニオン 第20回定期大会 議事録", f"議長：{chair}（本社分会）", f"書記：{clerk}",
                 f"書記長 {speaker} から2026年度運動方針案の提案があった。", "質疑の後、拍手で承認された。"]
        truth = {("SENSITIVE", f"労働組合:書記長 {speaker}")}
        return Doc(f"c3_convention{i:03d}.docx", _docx(lines), truth | {("*", "SENSITIVE")})

    def monto_register(self, i: int) -> Doc:
        rows = [["浄土真宗 願行寺 門徒台帳"], ["世帯主名", "住所", "門徒区分", "法名"]]
        truth = set()
        for n in range(self.rng.randint(4, 8)):
            kind = self.one(["門徒", "門徒総代", "准門徒"])
            rows.append([self.person(), self.one(CITIES) + f"{n + 1}", kind, f"釋{self.one(['浄', '誓', '願'])}{self.one(['信', '心'])}"])
            truth.add(("SENSITIVE", f"宗教:{kind}"))
        return Doc(f"c3_monto{i:03d}.xlsx", w.xlsx_bytes({"台帳": rows}), truth | {("*", "SENSITIVE")})

    # --- clean files -------------------------------------------------------------------------
    def empty_family_sheet(self, i: int) -> Doc:
        rows = [["家族情報登録シート（年末調整用）"], ["■扶養親族1"], ["氏名", ""], ["生年月日", "昭和・平成・令和　年　月　日"],
                ["マイナンバー"], ["障害者控除", "☐ 特別障害者", "☐ 一般障害者", "☐ 該当なし"],
                ["※障害者控除は、障害者手帳等の交付を受けている方が対象です。"]]
        return Doc(f"c3n_family{i:03d}.xlsx", w.xlsx_bytes({"登録": rows}), SCORED)

    def convention_notice(self, i: int) -> Doc:
        lines = ["組合員各位", "大垣化成ユニオン 執行部", "第21回定期大会を下記のとおり開催します。", "会場：大垣市民会館",
                 "議長団・書記は当日選出します。"]
        return Doc(f"c3n_notice{i:03d}.docx", _docx(lines), {("*", "SENSITIVE")})

    def backers_invitation(self, i: int) -> Doc:
        rows = [["浅野たかし を支える会　市政報告会"], ["日時", "2027年2月7日 14時"], ["会場", "橿原文化会館"], ["会費", "無料"]]
        return Doc(f"c3n_invite{i:03d}.xlsx", w.xlsx_bytes({"案内": rows}), {("*", "SENSITIVE")})
