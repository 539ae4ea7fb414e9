"""Development corpus for 労働組合, 宗教 and 人種・民族 in an organisation's own lists, and
要配慮 in care, law-office and intake documents (issue 12, sens5): a union's dues list in
semicolon CSV (CP932), a temple's 護持会費 list in semicolon CSV, a payroll sheet whose 組合
column holds roles, a trainees' sheet with 民族 and 宗教 columns, a law office's case memo in
RTF, a care plan in ODT, a chiropractor's intake sheet; about no one: a union's notice, a
temple's event poster, a crime-news digest, a care facility's menu.

No template, sentence, name or word list is shared with benchmarks/corpus_sens5_check.py
(tests/benchmarks/test_sens5_corpora.py checks the lists). The rules of sens5 were tuned
on it. Synthetic people only; truth is labelled for SENSITIVE only; a plain 「組合員」 in a
union's own list is optional (SENSITIVE?), as is a nationality cell.
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc, _docx
from benchmarks.sens5_writers import odt_bytes, rtf_bytes, semicolon_csv
from samples import writers as w

ONLY = {("*", "SENSITIVE")}
SURNAMES = ["梶浦", "早乙女", "雨宮", "帯刀", "百瀬", "鬼塚", "漆原", "九鬼"]
GIVEN = ["辰彦", "紬", "泰造", "小百合", "航平", "麻耶", "善治", "朋絵"]
UNIONS = ["東和精機労働組合", "北陽運輸ユニオン", "みなと市職員組合"]
ROLES = ["執行委員", "書記長", "分会長", "職場委員", "青年部長", "副委員長"]
TEMPLES = [("光照寺", "浄土真宗本願寺派"), ("雲龍院", "曹洞宗"), ("妙法寺", "日蓮宗")]
TEMPLE_RANKS = ["檀家", "檀家総代", "門徒"]
# a trainee's (民族, 宗教, 食事) cells: the first two are the truth, a meal need told of faith too
TRAINEES = [("キン族", "仏教", "制限なし"), ("ムオン族", "カトリック", "制限なし"), ("ジャワ人", "イスラム教", "ハラール食"),
            ("漢族", "なし", "制限なし")]
NATIONS = ["ベトナム", "インドネシア", "中国"]
# a case memo's sentence: (sentence, category, phrase of truth)
CASES = [("依頼者は投資名目の詐欺被害に遭い、約300万円を失った", "犯罪被害", "詐欺被害に遭い"),
         ("相手方には傷害罪による前科がある", "犯罪歴", "傷害罪による前科がある"),
         ("依頼者は窃盗罪で懲役1年執行猶予3年の判決を受けている", "犯罪歴", "執行猶予3年の判決を受けて"),
         ("依頼者は元交際相手からのストーカー被害を受けている", "犯罪被害", "ストーカー被害を受けて"),
         ("依頼者は信号待ちの際に追突され、車両が大破した", "犯罪被害", "追突され"),
         ("依頼者は前件で起訴猶予処分となった", "犯罪歴", "起訴猶予処分となった"),
         ("依頼者は夫から暴力を受け、子と避難している", "犯罪被害", "暴力を受け")]
# a care plan's lines: (line, category, phrase of truth)
CARE = [("主病名：アルツハイマー型認知症", "病歴", "アルツハイマー型認知症"), ("脳梗塞後遺症による右片麻痺あり", "障害", "右片麻痺"),
        ("糖尿病のためインスリン注射を毎朝実施", "病歴", "糖尿病"), ("身体障害者手帳2級（下肢）を所持", "障害", "身体障害者手帳2級"),
        ("左上肢に麻痺が残っている", "障害", "左上肢に麻痺が残って"), ("会話は手話通訳を希望", "障害", "手話通訳を希望"),
        ("基礎疾患：慢性心不全", "病歴", "慢性心不全"), ("昨年の健診で再検査になったが未受診", "健康診断結果", "健診で再検査になった")]
# an intake sheet's answers: (question, answer, category, phrase of truth)
INTAKE = [("既往歴", "腰椎すべり症", "病歴", "腰椎すべり症"), ("治療中の病気", "高血圧（服薬中）", "病歴", "高血圧"),
          ("その他", "ペースメーカー装着", "病歴", "ペースメーカー装着")]
UNITS = ["組立課", "検査課", "出荷課", "保全課"]
# a faith told in a care record: (sentence, phrase of truth)
FAITH_TOLD = [("毎月教会に献金しており、日曜は家族が迎えに来る", "毎月教会に献金して"), ("菩提寺は雲龍院で、月命日に住職が来訪", "菩提寺は雲龍院"),
              ("若い頃に洗礼を受けており、食前に祈りを捧げる", "洗礼を受けて"), ("実家は天台宗で、仏壇の花を毎朝替える", "実家は天台宗")]
# a trainee's 備考 naming an ethnic group: (note, phrase of truth)
GROUP_NOTES = [("ヌン族。日本語N4", "ヌン族"), ("ザオ族、寮は2階", "ザオ族"), ("ブギス族", "ブギス族"), ("満州族。調理補助希望", "満州族")]
ROMAJI = ["NGUYEN VAN KHOA", "LE THI MAI", "DEWI LESTARI", "ZHANG LEI"]
# a union told in an interview memo: (sentence, phrase of truth)
UNION_TOLD = [("東工場分会の書記長を務めており、異動には配慮が必要", "分会の書記長"), ("入社時から組合に加入している", "組合に加入している"),
              ("給与から組合費を天引きしている", "組合費を天引きしている"), ("組合活動に熱心で夜の会合が多い", "組合活動に熱心")]
LOCAL_NAMES = ["東和精機労働組合 本社支部", "北陽運輸ユニオン 港分会", "自治労 みなと市職員組合"]
TEMPLE_MEMBERS = ["護持会員", "檀家", "門徒"]
# an applicant's remark: (remark, category, phrase of truth)
ORIGINS = [("在日コリアン二世", "人種・民族", "在日コリアン二世"), ("中国系マレーシア人。日本語N1", "人種・民族", "中国系マレーシア人"),
           ("琉球民族の出自。那覇から転居", "人種・民族", "琉球民族"), ("クルド人。家族で来日", "人種・民族", "クルド人"),
           ("礼拝の時間を勤務中に確保したい", "宗教", "礼拝の時間"), ("断食月は夜勤を希望", "宗教", "断食月")]


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus

    def name(self) -> str:
        return f"{self.c.pick(SURNAMES)} {self.c.pick(GIVEN)}"

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._union_dues, self._temple_dues, self._payroll, self._trainees,
                                              self._case_memo, self._care_plan, self._intake, self._union_roll,
                                              self._temple_roll, self._staff_master, self._applicants, self._interview,
                                              self._care_record, self._trainee_notes]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._union_notice, self._temple_poster, self._crime_news, self._menu,
                                              self._seats]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _doc(self, name: str, data: bytes, truth: set) -> Doc:
        return Doc(name, data, truth | ONLY)

    def _union_dues(self, i: int) -> Doc:
        rows, truth = [["組合員番号", "氏名", "職場", "役職", "組合費"]], set()
        for n in range(self.c.rng.randint(4, 6)):
            role = self.c.pick(ROLES) if n % 2 == 0 else "組合員"
            rows.append([f"U{2100 + n}", self.name(), self.c.pick(UNITS), role, "3,200"])
            truth.add(("SENSITIVE", f"労働組合:{role}") if role != "組合員" else ("SENSITIVE?", "労働組合:組合員"))
        title = [f"{self.c.pick(UNIONS)} 2026年{i % 12 + 1}月分 組合費控除一覧"]
        return self._doc(f"s5d_union{i:03d}.csv", semicolon_csv(rows, title), truth)

    def _temple_dues(self, i: int) -> Doc:
        temple, school = self.c.pick(TEMPLES)
        rows, truth = [["No", "氏名", "区分", "護持会費", "備考"]], set()
        for n in range(self.c.rng.randint(3, 5)):
            rank = self.c.pick(TEMPLE_RANKS)
            rows.append([str(n + 1), self.name(), rank, "10,000", ""])
            truth.add(("SENSITIVE", f"宗教:{rank}"))
        title = [f"{school} {temple} 令和8年度 護持会費納入者一覧"]
        return self._doc(f"s5d_temple{i:03d}.csv", semicolon_csv(rows, title), truth)

    def _payroll(self, i: int) -> Doc:
        rows, truth = [["社員番号", "氏名", "所属", "組合", "組合費控除"]], set()
        for n in range(self.c.rng.randint(3, 5)):
            role = self.c.pick(ROLES)
            rows.append([f"E{5300 + n}", self.name(), self.c.pick(UNITS), role, "2,500"])
            truth.add(("SENSITIVE", f"労働組合:{role}"))
        return self._doc(f"s5d_payroll{i:03d}.xlsx", w.xlsx_bytes({"控除": rows}), truth)

    def _trainees(self, i: int) -> Doc:
        rows, truth = [["No", "氏名", "国籍", "民族", "宗教", "食事"]], set()
        for n in range(self.c.rng.randint(3, 4)):
            ethnic, faith, meal = self.c.pick(TRAINEES)
            rows.append([str(n + 1), self.name(), self.c.pick(NATIONS), ethnic, faith, meal])
            truth.add(("SENSITIVE", f"人種・民族:{ethnic}"))
            if faith != "なし":
                truth.add(("SENSITIVE", f"宗教:{faith}"))
            if meal == "ハラール食":
                truth.add(("SENSITIVE", f"宗教:{meal}"))
        return self._doc(f"s5d_trainees{i:03d}.xlsx", w.xlsx_bytes({"実習生": rows}), truth)

    def _case_memo(self, i: int) -> Doc:
        sentence, category, phrase = self.c.pick(CASES)
        lines = ["事件メモ", f"依頼者：{self.name()}", f"受任日：2026年{i % 12 + 1}月5日", f"{sentence}。", "次回打合せで証拠を確認する。"]
        return self._doc(f"s5d_case{i:03d}.rtf", rtf_bytes(lines), {("SENSITIVE", f"{category}:{phrase}")})

    def _care_plan(self, i: int) -> Doc:
        picked = self.c.rng.sample(CARE, 2)
        lines = ["居宅サービス計画書（1）", f"利用者名：{self.name()} 様", "要介護度：要介護2"] + [line for line, _, _ in picked]
        truth = {("SENSITIVE", f"{category}:{phrase}") for _, category, phrase in picked}
        return self._doc(f"s5d_careplan{i:03d}.odt", odt_bytes(lines, tail=["担当ケアマネジャー：" + self.name()]), truth)

    def _intake(self, i: int) -> Doc:
        question, answer, category, phrase = self.c.pick(INTAKE)
        table = [["お名前", self.name()], ["来院日", "2026/11/02"], ["主訴", "肩こり"], [question, answer]]
        return self._doc(f"s5d_intake{i:03d}.docx", _docx(["問診票"], table), {("SENSITIVE", f"{category}:{phrase}")})

    def _union_roll(self, i: int) -> Doc:
        rows, truth = [["氏名", "職場", "組合役職", "月額"]], set()
        for n in range(self.c.rng.randint(3, 5)):
            role = self.c.pick(ROLES)
            rows.append([self.name(), self.c.pick(UNITS), role, "3000"])
            truth.add(("SENSITIVE", f"労働組合:{role}"))
        data = "\r\n".join(";".join(f'"{cell}"' for cell in row) for row in rows).encode("cp932")
        return self._doc(f"s5d_unionroll{i:03d}.csv", data, truth)

    def _temple_roll(self, i: int) -> Doc:
        rows, truth = [["番号", "施主", "住所", "種別", "金額", "納入日"]], set()
        for n in range(self.c.rng.randint(3, 5)):
            member = self.c.pick(TEMPLE_MEMBERS)
            rows.append([str(n + 1), self.name(), f"中央区寺町{n + 1}-{i % 9 + 1}-3", member, "8000", "2026/04/10"])
            truth.add(("SENSITIVE", f"宗教:{member}"))
        return self._doc(f"s5d_templeroll{i:03d}.csv", semicolon_csv(rows), truth)

    def _staff_master(self, i: int) -> Doc:
        local = self.c.pick(LOCAL_NAMES)
        rows = [["社員番号", "氏名", "入社日", "所属組合"], [f"E{6100 + i}", self.name(), "2012/04/01", local],
                [f"E{6200 + i}", self.name(), "2018/10/01", "未加入"]]
        return self._doc(f"s5d_staff{i:03d}.xlsx", w.xlsx_bytes({"台帳": rows}), {("SENSITIVE", f"労働組合:{local}")})

    def _applicants(self, i: int) -> Doc:
        rows, truth = [["応募者", "応募職種", "面接日", "特記"]], set()
        for _ in range(2):
            remark, category, phrase = self.c.pick(ORIGINS)
            rows.append([self.name(), "製造スタッフ", "2026/11/12", remark])
            truth.add(("SENSITIVE", f"{category}:{phrase}"))
        return self._doc(f"s5d_applicants{i:03d}.xlsx", w.xlsx_bytes({"応募者": rows}), truth)

    def _interview(self, i: int) -> Doc:
        sentence, phrase = self.c.pick(UNION_TOLD)
        lines = ["異動面談メモ", f"対象：{self.name()}（{self.c.pick(UNITS)}）", f"本人は{sentence}。", "希望勤務地は現状のまま。"]
        return self._doc(f"s5d_interview{i:03d}.txt", "\r\n".join(lines).encode("cp932"), {("SENSITIVE", f"労働組合:{phrase}")})

    def _care_record(self, i: int) -> Doc:
        sentence, phrase = self.c.pick(FAITH_TOLD)
        lines = [f"介護記録 2026/11/{i % 28 + 1:02d}", f"利用者：{self.name()} 様", f"9:30 {sentence}。（記録：{self.c.pick(SURNAMES)}）",
                 "12:00 昼食全量摂取。"]
        return self._doc(f"s5d_record{i:03d}.txt", "\r\n".join(lines).encode("cp932"), {("SENSITIVE", f"宗教:{phrase}")})

    def _trainee_notes(self, i: int) -> Doc:
        rows, truth = [["No", "氏名（パスポート表記）", "国籍", "入国日", "備考"]], set()
        for n in range(self.c.rng.randint(2, 4)):
            note, phrase = self.c.pick(GROUP_NOTES)
            rows.append([str(n + 1), self.c.pick(ROMAJI), self.c.pick(NATIONS), "2025/06/02", note])
            truth.add(("SENSITIVE", f"人種・民族:{phrase}"))
        return self._doc(f"s5d_notes{i:03d}.xlsx", w.xlsx_bytes({"名簿": rows}), truth)

    def _seats(self, i: int) -> Doc:
        rows = [[f"{self.c.pick(UNIONS)} 役員選挙 公示"], ["No", "役職", "定数", "届出締切"], ["1", "執行委員長", "1名", "3月10日"],
                ["2", "書記長", "1名", "3月10日"], ["3", "執行委員", "8名", "3月10日"]]
        return self._doc(f"s5d_neg_seats{i:03d}.xlsx", w.xlsx_bytes({"公示": rows}), set())

    def _union_notice(self, i: int) -> Doc:
        lines = [f"{self.c.pick(UNIONS)} 組合ニュース", "執行委員会を毎月第2水曜日に開催します。",
                 "組合費の改定について職場委員から説明があります。", "組合員の皆さんの参加をお待ちしています。",
                 "組合活動に参加しましょう。組合に加入した新入社員の歓迎会も開きます。"]
        return self._doc(f"s5d_neg_union{i:03d}.txt", "\n".join(lines).encode("utf-8"), set())

    def _temple_poster(self, i: int) -> Doc:
        temple, school = self.c.pick(TEMPLES)
        lines = [f"{school} {temple}", "盂蘭盆会法要のご案内", "檀家の皆様、ご家族そろってお参りください。", "護持会費の納入は寺務所まで。"]
        return self._doc(f"s5d_neg_temple{i:03d}.odt", odt_bytes(lines), set())

    def _crime_news(self, i: int) -> Doc:
        lines = ["地域ニュースまとめ", "市内で還付金詐欺の被害が相次いでいる。", "窃盗事件の容疑者が逮捕され、起訴された。",
                 "ストーカー被害の相談窓口が開設された。"]
        return self._doc(f"s5d_neg_news{i:03d}.rtf", rtf_bytes(lines), set())

    def _menu(self, i: int) -> Doc:
        rows = [["曜日", "主菜", "備考"], ["月", "鶏の照り焼き", "糖尿病食は減塩"], ["火", "白身魚の煮付け", "ハラール対応可"]]
        return self._doc(f"s5d_neg_menu{i:03d}.xlsx", w.xlsx_bytes({"献立": rows}), set())

