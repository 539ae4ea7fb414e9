"""Check corpus of health14 (issue 12), another writer's placements and words: a two-row
header whose lower row names the condition's column, a YAML export with romaji keys, an
xlsx form whose label is two cells to the left, a checklist whose mark follows the condition
(■ on a line of □), a referral letter (紹介状), a family member's care notebook, an
application's 健康状態欄 in a PDF; conditions of every ICD chapter by their head (〜異形成,
〜脱臼, 〜変性, 〜嚢胞, 〜ポリープ, 〜炎, 〜病), treatments (胚移植, 〜バイパス術, 血液透析) and
findings; look-alikes: a hospital's outpatient timetable, a pharmacy's leaflet, a seminar's
programme, a horse's veterinary note, a network fault ticket.

No template, label, condition or value is shared with benchmarks/corpus_health14_dev.py.
Synthetic people only.
"""

from __future__ import annotations

from benchmarks.corpus import Corpus, Doc, _written
from benchmarks.sens6_layouts import ONLY, encoded, lines_file
from benchmarks.sens7_writers import Parts
from samples import writers as w

SURNAMES = ["宮崎", "内田", "菅原", "野口", "桜井", "堀", "工藤", "横山"]
GIVEN = ["俊介", "千尋", "康弘", "早苗", "拓真", "陽子", "直樹", "舞"]
CONDITIONS = ["子宮頸部異形成", "男性不妊症", "血友病", "帯状疱疹後神経痛", "強迫性障害", "先天性股関節脱臼",
              "尋常性白斑", "根尖性歯周炎", "加齢黄斑変性", "滲出性中耳炎", "クローン病", "後縦靱帯骨化症", "膵嚢胞",
              "腎盂腎炎", "脳動脈瘤", "鼠径ヘルニア", "胃ポリープ", "心筋症"]
TREATMENTS = ["胚移植", "冠動脈バイパス術", "血液透析", "乳房部分切除", "インスリン自己注射", "抗てんかん薬の服用"]
UPPER_HEAD = ["職員情報", "", "健康管理", ""]
LOWER_HEADS = [["職員番号", "職員名", "基礎疾患", "通院先"], ["職員番号", "職員名", "既往症", "通院先"],
               ["職員番号", "職員名", "内服中の薬", "通院先"]]
CLINICS = ["駅前内科", "市立病院", "県立医療センター", "みなと医院"]
YAML_KEYS = ["byoreki", "kioureki", "shikkan"]
FORM_LABELS = ["罹患中の疾病", "通院中の病名", "治療歴"]
REFERRAL = ["診療情報提供書", "紹介先：市民病院 内科 御侍史", "患者氏名：{n} 様",
            "上記の方、{c}にて当院で加療中です。精査加療をお願い申し上げます。"]
NOTEBOOK = ["介護ノート（家族記入）", "{d}/12 父（{n}）の様子", "先週から{c}の薬が変わり、ふらつきが減った。"]
APPLICATION = ["ボランティア登録申込書", "氏名　{n}", "健康状態（治療中の病気など）", "{c}あり、定期通院中"]
CHECKLIST = "保健室 既往調査\n生徒氏名　{n}\n{options}"
CHECK_OTHERS = ["心臓病", "腎臓病", "てんかん"]
# look-alikes
TIMETABLE = [["外来担当表", "月", "火"], ["消化器内科", "クローン病外来", "胃ポリープ内視鏡"], ["心臓血管外科", "心筋症外来", "休診"]]
LEAFLET = ["お薬のしおり", "この薬は血友病の出血予防に用いられます。", "使用前に医師の説明をお読みください。"]
SEMINAR = ["看護研修プログラム", "10:00 脳動脈瘤の周術期看護", "13:00 血液透析患者の生活指導"]
HORSE = ["獣医往診メモ", "馬名：サクラフブキ（牝 5歳）", "所見：蹄葉炎の疑い、装蹄師と相談"]
FAULT = ["ネットワーク障害チケット #{d}", "事象：ルータ障害により東棟の通信断", "影響：電子カルテ端末 12台"]


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "h14c", SURNAMES, GIVEN, "　")

    def positives(self, count: int) -> list[Doc]:
        makers = [self._two_rows, self._yaml, self._form, self._checklist, self._referral, self._notebook,
                  self._application]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers = [self._timetable, self._leaflet, self._seminar, self._horse, self._fault]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _condition(self) -> str:
        return self.c.pick(CONDITIONS + TREATMENTS)

    def _two_rows(self, i: int) -> Doc:
        picked = [self._condition() for _ in range(3)]
        rows = [UPPER_HEAD, self.c.pick(LOWER_HEADS)] + [
            [f"E{500 + n}", self.w.name(), value, self.c.pick(CLINICS)] for n, value in enumerate(picked)]
        fmt = self.c.pick(["xlsx", "csv"])
        return Doc(f"h14c_tworows{i:03d}.{fmt}", encoded(rows, fmt), _truth(picked))

    def _yaml(self, i: int) -> Doc:
        picked = [self._condition() for _ in range(2)]
        key = self.c.pick(YAML_KEYS)
        text = "".join(f"- shimei: {self.w.name()}\n  nenrei: {30 + n}\n  {key}: {value}\n" for n, value in enumerate(picked))
        return Doc(f"h14c_yaml{i:03d}.yaml", text.encode(), _truth(picked))

    def _form(self, i: int) -> Doc:
        value = self._condition()
        rows = [["健康申告書", "", ""], ["申告者", "", self.w.name()], [self.c.pick(FORM_LABELS), "", value], ["記入日", "", "6月3日"]]
        return Doc(f"h14c_form{i:03d}.xlsx", w.xlsx_bytes({"申告": rows}), _truth([value]))

    def _checklist(self, i: int) -> Doc:
        value = self.c.pick(CONDITIONS)
        options = [f"{value}■"] + [f"{other}□" for other in CHECK_OTHERS]
        self.c.rng.shuffle(options)
        text = CHECKLIST.format(n=self.w.name(), options=" ".join(options))
        fmt = self.c.pick(["txt", "odt"])
        return Doc(f"h14c_checklist{i:03d}.{fmt}", lines_file(text.split("\n"), fmt), _truth([value]))

    def _referral(self, i: int) -> Doc:
        value = self._condition()
        lines = [line.format(n=self.w.name(), c=value) for line in REFERRAL]
        data = _written(".pdf", lambda path: w.write_pdf(path, [lines]))
        return Doc(f"h14c_referral{i:03d}.pdf", data, _truth([value]))

    def _notebook(self, i: int) -> Doc:
        value = self.c.pick(CONDITIONS)
        lines = [line.format(n=self.w.name(), c=value, d=1 + i % 28) for line in NOTEBOOK]
        fmt = self.c.pick(["docx", "md"])
        return Doc(f"h14c_notebook{i:03d}.{fmt}", lines_file(lines, fmt), _truth([value]))

    def _application(self, i: int) -> Doc:
        value = self.c.pick(CONDITIONS)
        lines = [line.format(n=self.w.name(), c=value) for line in APPLICATION]
        data = _written(".pdf", lambda path: w.write_pdf(path, [lines]))
        return Doc(f"h14c_application{i:03d}.pdf", data, _truth([value]))

    def _signed(self, lines: list[str], i: int) -> list[str]:
        return [line.format(d=1000 + i) for line in lines] + [f"記入者：{self.w.name()}"]

    def _timetable(self, i: int) -> Doc:
        return Doc(f"h14c_neg_timetable{i:03d}.xlsx", w.xlsx_bytes({"外来": TIMETABLE + [["連絡", self.w.name(), ""]]}),
                   {ONLY})

    def _leaflet(self, i: int) -> Doc:
        return self.w.about_no_one(i, "leaflet", self._signed(LEAFLET, i), self.c.pick(["docx", "txt"]))

    def _seminar(self, i: int) -> Doc:
        return self.w.about_no_one(i, "seminar", self._signed(SEMINAR, i), self.c.pick(["odt", "docx"]))

    def _horse(self, i: int) -> Doc:
        return self.w.about_no_one(i, "horse", self._signed(HORSE, i), self.c.pick(["txt", "docx"]))

    def _fault(self, i: int) -> Doc:
        return self.w.about_no_one(i, "fault", self._signed(FAULT, i), self.c.pick(["txt", "md"]))


def _truth(values: list[str]) -> set:
    return {ONLY} | {("SENSITIVE", f"病歴:{value}") for value in values}
