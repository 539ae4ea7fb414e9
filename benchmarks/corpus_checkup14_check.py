"""Check corpus of checkup14 (issue 12), another writer's habits: look-alikes of a check-up
result that are no person's — a cat's chart at a rescue group, a horse's or a hen flock's
test, a pool's and a school's water, a food lot's test, fire equipment and a lift, an air
survey, a clinic's test catalogue, a department's averages, a thermometer's manual, a
newsletter's column, a reminder of a screening, an empty 問診票, a donation's conditions and a
list of who still has to be examined — written as key-value lines, tab tables and mails;
beside a person's result in a mail, a follow-up list, a doctor's letter and a donation's
record; and a person's disability told in a support plan, a staff card, a mail and a
consideration column, its certificate written otherwise than the development corpus does.

Written apart from benchmarks/corpus_checkup14_dev.py: no template, label, item or value in
common (tests/benchmarks/test_checkup14_corpora.py). Synthetic people only.
"""

from __future__ import annotations

import re

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import ONLY, encoded, lines_file
from benchmarks.sens7_writers import Parts

RESULT, DISABILITY = "健康診断結果", "障害"
SURNAMES = ["藤枝", "五十嵐", "日向", "石動", "真壁", "葛西", "久保田", "南雲"]
GIVEN = ["陽向", "明日香", "颯太", "佳奈", "湊", "若菜", "健吾", "詩織"]
# (item, measured, mark)
FOLLOW_UP = [("LDL-C", "188mg/dl", "↑"), ("尿酸値", "8.9mg/dl", "要精検"), ("AST", "92IU/L", "高値"),
             ("eGFR", "52mL/分/1.73㎡", "↓"), ("血色素量", "10.2g/dl", "要医療")]
# (text, phrase of truth)
CONDITIONS = [("身体障害者手帳 1種2級（視覚）", "身体障害者手帳 1種2級"), ("療育手帳（A判定）", "療育手帳（A判定）"),
              ("精神障害者保健福祉手帳 2級", "精神障害者保健福祉手帳 2級"), ("区分3（障害支援区分）", "障害支援区分"),
              ("自閉スペクトラム症", "自閉スペクトラム症"), ("学習障害（LD）", "学習障害"),
              ("両耳の感音性難聴、補聴器を装用", "感音性難聴"), ("右片麻痺があり車いす移動", "右片麻痺"),
              ("聴覚障害（筆談対応）", "聴覚障害"), ("ASD・ADHDの診断", "ASD"), ("精神2級", "精神2級"), ("療育 A", "療育 A")]
CAT = ["保護猫カルテ", "名前：ミント（三毛・推定2歳）", "FIV検査：陽性", "FeLV検査：陰性", "体重：3.4kg",
       "避妊手術：済", "健康状態：良好"]
HORSE = ["乗馬クラブ 馬体検査", "馬名\tGT値\t判定", "アオバ号\t88 ↑\t要観察", "サクラ号\t31\t正常"]
HENS = ["養鶏場 鳥インフルエンザ簡易検査", "鶏舎\t検体数\t結果", "第2鶏舎\t20\t陰性", "第3鶏舎\t20\t陰性"]
POOL = ["プール水質 日常点検記録", "遊離残留塩素\t0.3mg/L\t0.4以上\t×", "pH値\t7.1\t5.8〜8.6\t○",
        "濁度\t3.2度\t2度以下\t×"]
FOOD = ["製品ロット 微生物検査成績書", "ロット：250611-B", "大腸菌：陽性（不合格）", "一般生菌数：3.2×10⁴/g",
        "判定：出荷保留"]
FIRE = ["消防用設備 点検結果報告", "消火器（2F東）：圧力計 指針低下 → 要交換", "自動火災報知設備：作動良好",
        "誘導灯：バッテリー不良 判定 D"]
AIR = ["室内空気環境測定", "測定場所\tホルムアルデヒド(mg/m³)\t評価", "会議室A\t0.12 H\t不適", "応接室\t0.04\t適"]
CATALOGUE = ["検査案内（外注検査項目）", "コード\t項目名\t参考基準範囲\t所要日数", "1021\tTSH\t0.50-5.00 μIU/mL\t2日",
             "1044\tフェリチン\t12-60 ng/mL\t3日"]
AVERAGES = ["部署別 健診データ平均", "部署\t平均BMI\t平均収縮期血圧\t有所見者割合", "営業部\t24.1\t128 mmHg\t46%",
            "開発部\t22.8\t119 mmHg\t31%"]
MANUAL = ["非接触体温計 取扱説明書", "測定範囲：32.0〜42.9℃", "37.5℃以上で赤色表示（発熱の目安）",
          "測定精度：±0.2℃"]
COLUMN = ["社内報 けんこうコラム", "尿酸値が7.0mg/dlを超えると高尿酸血症と呼ばれます。", "痛風を防ぐには水分をしっかり取りましょう。"]
REMINDER = ["【リマインド】胃がん検診の受付について", "対象：40歳以上の社員", "申込締切：7月末",
            "結果は本人宛に封書で届きます。"]
INTERVIEW = ["問診票", "お名前：", "現在治療中の病気：　□ない　□ある", "前回の判定：　A ・ B ・ C ・ D"]
CONDITIONS_OF_GIVING = ["成分献血の条件", "血色素量：12.0g/dl以上", "年齢：18〜54歳", "服薬中の方は受付でお申し出ください"]
PENDING = ["未受診者リスト", "社員番号\t名前\t状況", "A1023\t{name}\t未受診", "A1077\t{name}\t予約済"]


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "c14c", SURNAMES, GIVEN, "")

    def positives(self, count: int) -> list[Doc]:
        """A person's result or disability, and a look-alike in turn."""
        people = [self._follow_up, self._referral, self._result_mail, self._giving,
                  self._plan, self._card, self._support_mail, self._considerations]
        alike = [self._cat, self._horse, self._hens, self._pool, self._food, self._fire, self._air,
                 self._catalogue, self._averages, self._manual, self._column, self._reminder,
                 self._interview, self._conditions_of_giving, self._pending]
        makers = [m for pair in zip(people * 2, alike) for m in pair]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        return []

    def _of_no_one(self, i: int, kind: str, lines: list[str]) -> Doc:
        lines = [line.replace("{name}", self.w.name()) for line in lines] + [f"記録者：{self.w.name()}"]
        fmt = "tsv" if any("\t" in line for line in lines) else self.c.pick(["txt", "docx", "odt"])
        data = encoded([line.split("\t") for line in lines], fmt) if fmt == "tsv" else lines_file(lines, fmt)
        return Doc(f"c14c_neg_{kind}{i:03d}.{fmt}", data, {ONLY})

    def _follow_up(self, i: int) -> Doc:
        """A follow-up list: one person a row, the item, its value and mark in cells."""
        rows = [["要再検者フォローアップ一覧"], ["社員番号", "名前", "項目", "値", "区分", "受診確認"]]
        truth = {ONLY}
        for n in range(3):
            item, measured, mark = self.c.pick(FOLLOW_UP)
            rows.append([f"B{2041 + n}", self.w.name(), item, measured, mark, "未"])
            truth.add(("SENSITIVE", f"{RESULT}:{re.match(r'[0-9.]+', measured).group()}"))  # keyed item:number
        return Doc(f"c14c_followup{i:03d}.tsv", encoded(rows, "tsv"), truth)

    def _referral(self, i: int) -> Doc:
        item, measured, mark = self.c.pick(FOLLOW_UP)
        lines = ["紹介状", f"患者氏名　{self.w.name()} 殿", f"職場健診にて{item} {measured}と{mark}を指摘されました。",
                 "ご高診のほどお願い申し上げます。"]
        return Doc(f"c14c_referral{i:03d}.rtf", lines_file(lines, "rtf"), {ONLY, ("SENSITIVE", f"{RESULT}:{measured}")})

    def _result_mail(self, i: int) -> Doc:
        item, measured, mark = self.c.pick(FOLLOW_UP)
        body = [f"{self.w.name()}様", "人間ドックの結果、以下の所見がありました。", f"{item}：{measured}（{mark}）",
                "お早めに受診をお願いします。"]
        return self.w.mail(i, "resultmail", "ドック結果について", body, [("", RESULT, measured)])

    def _giving(self, i: int) -> Doc:
        lines = ["成分献血 受付記録", f"ドナー：{self.w.name()}", "血色素量 11.4g/dl 基準未満のため採血せず"]
        return Doc(f"c14c_giving{i:03d}.odt", lines_file(lines, "odt"), {ONLY, ("SENSITIVE", f"{RESULT}:11.4g/dl")})

    def _plan(self, i: int) -> Doc:
        text, said = self.c.pick(CONDITIONS)
        lines = ["サービス等利用計画", f"利用者：{self.w.name()}", f"障がいの状態　{text}", "希望：日中活動の場がほしい"]
        return Doc(f"c14c_plan{i:03d}.docx", lines_file(lines, "docx"), {ONLY, ("SENSITIVE", f"{DISABILITY}:{said}")})

    def _card(self, i: int) -> Doc:
        text, said = self.c.pick(CONDITIONS)
        lines = ["職員カード", f"氏名\t{self.w.name()}", "入社\t2019年10月", f"手帳・障がい\t{text}"]
        return Doc(f"c14c_card{i:03d}.tsv", encoded([line.split("\t") for line in lines], "tsv"),
                   {ONLY, ("SENSITIVE", f"{DISABILITY}:{said}")})

    def _support_mail(self, i: int) -> Doc:
        text, said = self.c.pick(CONDITIONS)
        body = ["支援員各位", f"来週から実習に来る{self.w.name()}さんは{text}です。", "作業手順は紙でもお渡しください。"]
        return self.w.mail(i, "supportmail", "実習生について", body, [("", DISABILITY, said)])

    def _considerations(self, i: int) -> Doc:
        picked = self.c.rng.sample(CONDITIONS, 3)
        rows = [["研修参加者名簿"], ["名前", "部署", "必要な配慮"]]
        rows += [[self.w.name(), "品質保証部", text] for text, _ in picked]
        return Doc(f"c14c_considerations{i:03d}.xlsx", encoded(rows, "xlsx"),
                   {("SENSITIVE", f"{DISABILITY}:{said}") for _, said in picked} | {ONLY})

    def _cat(self, i: int) -> Doc:
        return self._of_no_one(i, "cat", CAT)

    def _horse(self, i: int) -> Doc:
        return self._of_no_one(i, "horse", HORSE)

    def _hens(self, i: int) -> Doc:
        return self._of_no_one(i, "hens", HENS)

    def _pool(self, i: int) -> Doc:
        return self._of_no_one(i, "pool", POOL)

    def _food(self, i: int) -> Doc:
        return self._of_no_one(i, "food", FOOD)

    def _fire(self, i: int) -> Doc:
        return self._of_no_one(i, "fire", FIRE)

    def _air(self, i: int) -> Doc:
        return self._of_no_one(i, "air", AIR)

    def _catalogue(self, i: int) -> Doc:
        return self._of_no_one(i, "catalogue", CATALOGUE)

    def _averages(self, i: int) -> Doc:
        return self._of_no_one(i, "averages", AVERAGES)

    def _manual(self, i: int) -> Doc:
        return self._of_no_one(i, "manual", MANUAL)

    def _column(self, i: int) -> Doc:
        return self._of_no_one(i, "column", COLUMN)

    def _reminder(self, i: int) -> Doc:
        return self._of_no_one(i, "reminder", REMINDER)

    def _interview(self, i: int) -> Doc:
        return self._of_no_one(i, "interview", INTERVIEW)

    def _conditions_of_giving(self, i: int) -> Doc:
        return self._of_no_one(i, "giving_conditions", CONDITIONS_OF_GIVING)

    def _pending(self, i: int) -> Doc:
        return self._of_no_one(i, "pending", PENDING)
