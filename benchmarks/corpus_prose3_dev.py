"""Development corpus for 要配慮 in office prose (issue 12, prose3): a manager's 人事考課
comments that say too much, an occupational doctor's findings in half sentences, a
recruiter's interview memo with a 賞罰 line, a company-car drivers' ledger with
offences, a near-miss report whose reporter was robbed, a residents' association's
board memo, a check-up result list (normal rows optional); about no one: a health
column, a crime-prevention notice, a temple's notice and a union's notice.

No template, sentence, name or word list is shared with benchmarks/corpus_prose3_check.py
(tests/benchmarks/test_prose3_corpora.py checks the lists). The rules of prose3 were
tuned on it. Synthetic people only; truth is labelled for SENSITIVE only.
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc, _docx, _pdf
from samples import writers as w

ONLY = {("*", "SENSITIVE")}
SURNAMES = ["堀之内", "栗林", "宍戸", "箕輪", "雨宮", "鰐淵", "真壁", "樋渡"]
GIVEN = ["晴彦", "美千代", "啓太", "沙耶", "信吾", "瑞穂", "和真", "初音"]
# a conviction or a stance told in an appraisal or a memo: (sentence, category, phrase of truth)
APPRAISAL = [("護憲の立場から改憲の話題になると強く反発する", "信条", "護憲の立場"),
             ("良心的兵役拒否の考えから防衛関連の案件を断った", "信条", "良心的兵役拒否の考え"),
             ("動物愛護の信念から毛皮商品の担当を辞退した", "信条", "動物愛護の信念"),
             ("昨年から適応障害で通院しており残業は免除している", "病歴", "適応障害で通院"),
             ("持病のクローン病で月1回休むことがある", "病歴", "クローン病"),
             ("昨年は特殊詐欺の被害に遭い精神的に落ち込んでいた", "犯罪被害", "特殊詐欺の被害に遭い"),
             ("ネットで誹謗中傷を受けていると相談があった", "犯罪被害", "誹謗中傷を受けて"),
             ("前職で傷害事件を起こして退職したと自ら話した", "犯罪歴", "傷害事件を起こし")]
# an occupational doctor's findings in half sentences: (line, category, phrase of truth)
HALF_SENTENCES = [("肝機能やや高値→再検", "健康診断結果", "肝機能やや高値"),
                  ("うつ状態、通院中", "病歴", "うつ状態、通院中"),
                  ("血糖高め、HbA1c 6.9 要受診", "健康診断結果", "HbA1c 6.9"),
                  ("不眠の訴えあり、睡眠薬服用中", "病歴", "睡眠薬服用中"),
                  ("腰痛悪化、整形外科通院中", "病歴", "腰痛悪化、整形外科通院中"),
                  ("血圧高値(162/98)→内科受診勧奨", "健康診断結果", "血圧高値(162/98)"),
                  ("糖尿病コントロール不良", "病歴", "糖尿病コントロール不良"), ("不整脈 経過観察", "病歴", "不整脈 経過観察"),
                  ("パニック発作あり、頓服処方", "病歴", "パニック発作あり"), ("アルコール依存の疑い", "病歴", "アルコール依存の疑い"),
                  ("人工透析を週3回受けている", "病歴", "人工透析を週3回受けている"), ("#1 高血圧症 #2 脂質異常症", "病歴", "高血圧症"),
                  ("胃潰瘍で2週間入院、復職可", "病歴", "胃潰瘍で2週間入院"), ("抗不安薬を飲んでいる", "病歴", "抗不安薬を飲んでいる"),
                  ("うつで休職歴あり", "病歴", "うつで休職歴"), ("禁煙外来に通っている", "病歴", "禁煙外来に通って"),
                  ("右耳が聞こえにくい、電話は左で", "障害", "右耳が聞こえにくい"), ("昨年脳梗塞を起こし、言葉がやや出にくい", "病歴", "脳梗塞を起こし")]
# a 賞罰 line of an interview memo: (line, phrase of truth)
SANCTIONS = [("賞罰：平成29年 道路交通法違反(酒気帯び運転)で罰金刑", "酒気帯び運転)で罰金刑"),
             ("賞罰：執行猶予付き判決あり(令和2年、本人申告)", "執行猶予付き判決"),
             ("賞罰：前職で横領により懲戒解雇、略式起訴", "横領により懲戒解雇、略式起訴")]
# offences in a drivers' ledger: (cell, phrase of truth; "" for a 反則金, no criminal record: optional)
OFFENCES = [("R5 信号無視 反則金9000円", ""), ("R4 酒気帯び 罰金30万円 免停90日", "酒気帯び 罰金30万円"),
            ("R6 速度超過(35km/h) 罰金8万円", "速度超過(35km/h) 罰金"), ("R3 ひき逃げ 懲役1年 執行猶予3年", "ひき逃げ 懲役1年"),
            ("R2 酒気帯び(罰金)", "酒気帯び(罰金)")]
# how a reporter or a resident was wronged: (sentence, phrase of truth)
WRONGED = [("帰社途中に自転車でひったくりに遭い、社用携帯を奪われた", "ひったくりに遭い"),
           ("駐車場で見知らぬ男に殴られ、全治2週間のけが", "見知らぬ男に殴られ"),
           ("元交際相手からのつきまといが続いており警察に相談済み", "つきまといが続いており"),
           ("車上荒らしに遭い、ノートPCを盗まれた", "車上荒らしに遭い")]
# a resident's stance told at a board meeting: (sentence, phrase of truth)
STANCES = [("は選挙のたびに自民党の候補を応援すると話している", "自民党の候補を応援"),
           ("は反原発の市民運動を支援しており、回覧にビラを挟みたいとのこと", "反原発の市民運動を支援"),
           ("は信念から町内会の神社費の徴収には協力しないと表明", "信念から町内会の神社費の徴収には協力しない"),
           ("は原発反対の署名を集めて回っている", "原発反対の署名を集め"), ("は死刑廃止を訴える市民団体の会員", "市民団体の会員"),
           ("は式典での国歌斉唱を拒否したことがある", "国歌斉唱を拒否")]
# check-up rows: (item, value, judgement, phrase of truth or "" for a normal row)
CHECKUP_ROWS = [("血圧", "158/94", "要経過観察", "158/94"), ("LDLコレステロール", "182", "要再検", "182"),
                ("γ-GTP", "141", "要精密検査", "141"), ("胸部X線", "異常なし", "A", ""), ("尿蛋白", "(-)", "A", ""),
                ("空腹時血糖", "131", "要受診", "131")]
# why a leave is asked for: (reason, phrase of truth)
LEAVE_WHY = [("うつ病の療養のため", "うつ病の療養のため"), ("甲状腺がんの手術のため", "甲状腺がんの手術のため"),
             ("統合失調症の治療を優先するため", "統合失調症の治療を優先"), ("メンタルクリニックに通院中で", "メンタルクリニックに通院中")]
UNITS = ["営業二課", "資材課", "品質保証課", "施設管理課"]


class DevDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._appraisal, self._doctor_notes, self._interview_memo,
                                              self._drivers, self._near_miss, self._board_memo, self._checkup,
                                              self._leave_request]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._health_column, self._crime_notice, self._temple_notice,
                                              self._union_notice]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _name(self) -> str:
        return f"{self.c.pick(SURNAMES)} {self.c.pick(GIVEN)}"

    @staticmethod
    def _doc(name: str, data: bytes, truth: set) -> Doc:
        return Doc(name, data, truth | ONLY)

    def _appraisal(self, i: int) -> Doc:
        sentence, category, phrase = self.c.pick(APPRAISAL)
        lines = ["人事考課 評価者コメント", f"被評価者：{self._name()}（{self.c.pick(UNITS)}）", "総合評価：B",
                 f"コメント：業務知識は十分。{sentence}。チーム内の調整力は今後の課題。"]
        return self._doc(f"p3d_appraisal{i:03d}.docx", _docx(lines), {("SENSITIVE", f"{category}:{phrase}")})

    def _doctor_notes(self, i: int) -> Doc:
        lines, truth = ["産業医面談 所見メモ(10月分)", ""], set()
        for _ in range(self.c.rng.randint(2, 4)):
            line, category, phrase = self.c.pick(HALF_SENTENCES)
            lines += [f"■{self._name()}さん", f"・{line}", "・就業制限なし", ""]
            truth.add(("SENSITIVE", f"{category}:{phrase}"))
        return self._doc(f"p3d_doctor{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth)

    def _interview_memo(self, i: int) -> Doc:
        line, phrase = self.c.pick(SANCTIONS)
        lines = ["中途採用 一次面接メモ", f"応募者：{self._name()}", "職歴：物流会社で配車担当 8年", "資格：大型免許、フォークリフト",
                 line, "所感：受け答えは明瞭。二次面接へ。"]
        return self._doc(f"p3d_interview{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("SENSITIVE", f"犯罪歴:{phrase}")})

    def _drivers(self, i: int) -> Doc:
        rows, truth = [["社用車運転者台帳"], ["氏名", "所属", "免許種別", "違反・処分歴"]], set()
        for _ in range(self.c.rng.randint(3, 5)):
            cell, phrase = self.c.pick(OFFENCES)
            rows.append([self._name(), self.c.pick(UNITS), "普通", cell])
            truth.add(("SENSITIVE", f"犯罪歴:{phrase}") if phrase else ("SENSITIVE?", f"犯罪歴:{cell}"))
        rows.append([self._name(), self.c.pick(UNITS), "中型", "なし"])
        return self._doc(f"p3d_drivers{i:03d}.xlsx", w.xlsx_bytes({"台帳": rows}), truth)

    def _near_miss(self, i: int) -> Doc:
        sentence, phrase = self.c.pick(WRONGED)
        lines = ["事故・ヒヤリハット報告書", f"報告者：{self._name()}（{self.c.pick(UNITS)}）", "発生日時：2026年10月8日 19時頃",
                 f"内容：{sentence}。", "対策：夜間の単独移動を避ける。"]
        return self._doc(f"p3d_nearmiss{i:03d}.pdf", _pdf(lines), {("SENSITIVE", f"犯罪被害:{phrase}")})

    def _board_memo(self, i: int) -> Doc:
        sentence, phrase = self.c.pick(WRONGED)
        stance, stance_phrase = self.c.pick(STANCES)
        lines = ["第7回 役員会メモ", "出席：会長、副会長、会計、班長4名", f"1. 防犯：{self._name()}さん宅で、{sentence}とのこと。",
                 f"2. 回覧：{self._name()}さん{stance}。", "3. 次回は11月第2日曜"]
        truth = {("SENSITIVE", f"犯罪被害:{phrase}"), ("SENSITIVE", f"信条:{stance_phrase}")}
        return self._doc(f"p3d_board{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth)

    def _checkup(self, i: int) -> Doc:
        rows, truth = [["健診結果一覧"], ["氏名", "検査項目", "結果", "判定"]], set()
        for _ in range(self.c.rng.randint(2, 4)):
            name = self._name()
            for item, value, grade, phrase in self.c.rng.sample(CHECKUP_ROWS, 3):
                rows.append([name, item, value, grade])
                truth.add(("SENSITIVE", f"健康診断結果:{item} {phrase} {grade}") if phrase
                          else ("SENSITIVE?", f"健康診断結果:{item}"))
        return self._doc(f"p3d_checkup{i:03d}.xlsx", w.xlsx_bytes({"結果": rows}), truth)

    def _leave_request(self, i: int) -> Doc:
        reason, phrase = self.c.pick(LEAVE_WHY)
        lines = ["休職願", f"{self.c.pick(UNITS)} {self._name()}", f"{reason}、医師の意見書を添えて休職をお願いいたします。",
                 "希望期間：3か月"]
        return self._doc(f"p3d_leave{i:03d}.txt", "\n".join(lines).encode("utf-8"), {("SENSITIVE", f"病歴:{phrase}")})

    def _health_column(self, i: int) -> Doc:
        lines = ["保健室だより 11月号", "今月のテーマは糖尿病の予防です。", "うつ病は誰でもかかりうる病気です。眠れない日が続いたら相談を。",
                 "高血圧の人は塩分を1日6g未満に。", "担当：保健師 栗林"]
        return self._doc(f"p3d_neg_column{i:03d}.docx", _docx(lines), set())

    def _crime_notice(self, i: int) -> Doc:
        lines = ["防犯のお知らせ", "最近、地域でひったくりや車上荒らしの被害が相次いでいます。", "特殊詐欺の電話にもご注意ください。",
                 "不審者を見かけたら110番を。", "自治会 防犯部"]
        return self._doc(f"p3d_neg_crime{i:03d}.txt", "\n".join(lines).encode("utf-8"), set())

    def _temple_notice(self, i: int) -> Doc:
        lines = ["秋季彼岸会のご案内", "浄土真宗のみ教えに触れるひとときを。", "檀家の皆様、お誘いあわせのうえお参りください。",
                 "法話：住職", "寺務所 0859-22-4471"]
        return self._doc(f"p3d_neg_temple{i:03d}.pdf", _pdf(lines), set())

    def _union_notice(self, i: int) -> Doc:
        lines = ["組合ニュース 第42号", "労働組合は春闘に向けた要求案をまとめました。", "組合員の皆さんの声を職場委員まで。",
                 "執行委員会"]
        return self._doc(f"p3d_neg_union{i:03d}.docx", _docx(lines), set())
