"""Check corpus for 要配慮 in office prose (issue 12, prose3), another author's words: a
休職届 with its reason, a hospital's 紹介状, a 健康相談記録 in UTF-16, a school's 生徒指導記録,
an applicant's record with a 賞罰 column, a fleet manager's CSV of drivers' offences, a
mentor's mail on a colleague's convictions and troubles, a check-up CSV (normal rows
optional); about no one: a 健康コラム, a police notice of burglaries, a shrine's notice and
a union's call to a meeting.

No template, sentence, name or word list is shared with benchmarks/corpus_prose3_dev.py;
no rule is tuned on it (benchmarks/quality_prose3.py scores it). Synthetic people only.
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc, _docx, _pdf

ONLY = {("*", "SENSITIVE")}
FAMILY = ["久我", "御手洗", "仁科", "早乙女", "東雲", "柊木", "鷲尾", "千賀"]
FIRST = ["良平", "千晶", "壮一", "文香", "大河", "菜緒", "恭介", "志保"]
# the reason of a leave: (reason, category, phrase of truth)
LEAVE_REASONS = [("双極性障害の治療に専念するため", "病歴", "双極性障害の治療"),
                 ("乳がんの手術と抗がん剤治療のため", "病歴", "乳がんの手術と抗がん剤治療"),
                 ("パニック障害の症状が悪化し、主治医の指示により", "病歴", "パニック障害の症状が悪化"),
                 ("椎間板ヘルニアの手術を受けるため", "病歴", "椎間板ヘルニアの手術")]
# a referral letter's lines: (line, category, phrase of truth)
REFERRAL = [("傷病名：2型糖尿病、糖尿病性腎症", "病歴", "2型糖尿病、糖尿病性腎症"),
            ("既往歴：40歳時 心筋梗塞(PCI施行)", "病歴", "心筋梗塞(PCI施行)"),
            ("紹介目的：肺腺癌疑いにて精査をお願いします", "病歴", "肺腺癌疑い")]
# a health consultation's notes: (note, category, phrase of truth)
CONSULTED = [("健診でALTが基準の2倍、脂肪肝を指摘", "健康診断結果", "ALTが基準の2倍"),
             ("パートナーから殴る蹴るの暴力を受けていると相談", "犯罪被害", "殴る蹴るの暴力を受けて"),
             ("気分の落ち込みが続き心療内科を受診中", "病歴", "心療内科を受診中"),
             ("尿酸値が8.4で痛風発作の既往あり", "健康診断結果", "尿酸値が8.4")]
# a school's guidance record: (entry, category, phrase of truth)
GUIDANCE = [("コンビニでの万引きにより補導(警察から連絡)", "犯罪歴", "万引きにより補導"),
            ("上級生から金銭を脅し取られていたことが判明", "犯罪被害", "金銭を脅し取られて"),
            ("SNS上で裸の画像を拡散されたと保護者から相談", "犯罪被害", "画像を拡散された"),
            ("宗教上の信念から武道の授業を見学したいと申し出", "信条", "信念から武道の授業を見学")]
# an applicant's 賞罰 column: (cell, phrase of truth)
RECORDS = [("傷害罪にて懲役2年6月(執行猶予4年)", "傷害罪にて懲役2年6月"), ("窃盗で罰金50万円(平成31年)", "窃盗で罰金50万円"),
           ("覚醒剤取締法違反 実刑(出所済)", "覚醒剤取締法違反 実刑")]
# a fleet manager's offence column: (cell, phrase of truth)
VIOLATIONS = [("無免許運転 罰金20万", "無免許運転 罰金20万"), ("過失運転致傷 禁錮1年 猶予3年", "過失運転致傷 禁錮1年"),
              ("一時不停止 反則金7千円", "")]  # a 反則金: optional
# a mentor's mail: (sentence, category, phrase of truth)
MENTOR = [("彼は若いころ学生運動に身を投じ、今も反戦平和の立場を崩さない", "信条", "反戦平和の立場"),
          ("菜食主義の信条から社員食堂の肉料理には手をつけない", "信条", "菜食主義の信条"),
          ("先月、投資話の詐欺で三百万円をだまし取られた", "犯罪被害", "詐欺で三百万円をだまし取られた"),
          ("帰宅途中に痴漢の被害に遭ったと打ち明けてくれた", "犯罪被害", "痴漢の被害に遭った")]
# check-up CSV rows: (item, value, phrase of truth or "" for a normal row)
CSV_ROWS = [("中性脂肪", "312 H", "312 H"), ("AST(GOT)", "58 H", "58 H"), ("心電図", "洞調律 所見なし", ""),
            ("ヘモグロビン", "9.8 L", "9.8 L"), ("視力(右)", "1.2", "")]


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._leave, self._referral, self._consultation, self._guidance,
                                              self._applicant, self._fleet, self._mentor_mail, self._checkup_csv]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._column, self._police, self._shrine, self._union_call]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _who(self) -> str:
        return f"{self.c.pick(FAMILY)}{self.c.pick(FIRST)}"

    @staticmethod
    def _doc(name: str, data: bytes, truth: set) -> Doc:
        return Doc(name, data, truth | ONLY)

    def _leave(self, i: int) -> Doc:
        reason, category, phrase = self.c.pick(LEAVE_REASONS)
        lines = ["休職届", "人事部長 殿", f"所属 製造第一課　氏名 {self._who()}", f"私は、{reason}、下記の期間休職いたしたく届け出ます。",
                 "期間：2026年11月1日から2027年1月31日まで"]
        return self._doc(f"p3c_leave{i:03d}.docx", _docx(lines), {("SENSITIVE", f"{category}:{phrase}")})

    def _referral(self, i: int) -> Doc:
        line, category, phrase = self.c.pick(REFERRAL)
        lines = ["診療情報提供書", "〇〇大学病院 呼吸器内科 御侍史", f"患者氏名：{self._who()} 様", line,
                 "ご高診のほどよろしくお願い申し上げます。", "さくら台クリニック 院長"]
        return self._doc(f"p3c_referral{i:03d}.pdf", _pdf(lines), {("SENSITIVE", f"{category}:{phrase}")})

    def _consultation(self, i: int) -> Doc:
        note, category, phrase = self.c.pick(CONSULTED)
        lines = ["健康相談記録", f"相談者\t{self._who()}", "相談日\t2026/09/30", f"内容\t{note}", "対応\t保健師より助言、次回予約"]
        return self._doc(f"p3c_consult{i:03d}.txt", "\n".join(lines).encode("utf-16"), {("SENSITIVE", f"{category}:{phrase}")})

    def _guidance(self, i: int) -> Doc:
        entry, category, phrase = self.c.pick(GUIDANCE)
        table = [["生徒氏名", self._who()], ["学年・組", "2年3組"], ["記録", entry], ["担当", "学年主任"]]
        return self._doc(f"p3c_guidance{i:03d}.docx", _docx(["生徒指導記録"], table), {("SENSITIVE", f"{category}:{phrase}")})

    def _applicant(self, i: int) -> Doc:
        cell, phrase = self.c.pick(RECORDS)
        table = [["氏名", self._who()], ["学歴", "県立高校卒"], ["賞罰", cell], ["志望動機", "地元で長く働きたい"]]
        return self._doc(f"p3c_applicant{i:03d}.docx", _docx(["応募者記録"], table), {("SENSITIVE", f"犯罪歴:{phrase}")})

    def _fleet(self, i: int) -> Doc:
        rows, truth = ["運転者,車両番号,過去の違反"], set()
        for n in range(self.c.rng.randint(2, 4)):
            cell, phrase = self.c.pick(VIOLATIONS)
            rows.append(f"{self._who()},品川400さ{1200 + n},{cell}")
            truth.add(("SENSITIVE", f"犯罪歴:{phrase}") if phrase else ("SENSITIVE?", f"犯罪歴:{cell}"))
        return self._doc(f"p3c_fleet{i:03d}.csv", "\n".join(rows).encode("cp932"), truth)

    def _mentor_mail(self, i: int) -> Doc:
        sentence, category, phrase = self.c.pick(MENTOR)
        body = (f"課長\n\n{self._who()}さんの件、念のため共有します。\n{sentence}とのことです。\n"
                "本人の了解なく広めないようお願いします。\n")
        data = (f"From: mentor@example.jp\nTo: kacho@example.jp\nSubject: 共有\nContent-Type: text/plain; charset=utf-8\n\n{body}")
        return self._doc(f"p3c_mentor{i:03d}.eml", data.encode("utf-8"), {("SENSITIVE", f"{category}:{phrase}")})

    def _checkup_csv(self, i: int) -> Doc:
        rows, truth = ["受診者,項目,値"], set()
        for _ in range(self.c.rng.randint(2, 3)):
            who = self._who()
            for item, value, phrase in self.c.rng.sample(CSV_ROWS, 3):
                rows.append(f"{who},{item},{value}")
                truth.add(("SENSITIVE", f"健康診断結果:{phrase}") if phrase else ("SENSITIVE?", f"健康診断結果:{value}"))
        return self._doc(f"p3c_checkup{i:03d}.csv", "\n".join(rows).encode("utf-8"), truth)

    def _column(self, i: int) -> Doc:
        lines = ["健康コラム", "脂肪肝は自覚症状がないまま進みます。", "がん検診は2年に1回を目安に。", "産業保健スタッフ一同"]
        return self._doc(f"p3c_neg_column{i:03d}.docx", _docx(lines), set())

    def _police(self, i: int) -> Doc:
        lines = ["空き巣被害多発のお知らせ", "管内で窃盗事件が続いています。", "外出時は必ず施錠を。", "中央警察署 生活安全課"]
        return self._doc(f"p3c_neg_police{i:03d}.pdf", _pdf(lines), set())

    def _shrine(self, i: int) -> Doc:
        lines = ["秋祭り 神輿渡御のお知らせ", "氏子の皆様のご協力をお願いいたします。", "八幡神社 社務所"]
        return self._doc(f"p3c_neg_shrine{i:03d}.txt", "\n".join(lines).encode("utf-8"), set())

    def _union_call(self, i: int) -> Doc:
        lines = ["職場集会のご案内", "組合員は全員参加を。賃上げとハラスメント防止を議題とします。", "支部書記長"]
        return self._doc(f"p3c_neg_union{i:03d}.txt", "\n".join(lines).encode("utf-8"), set())
