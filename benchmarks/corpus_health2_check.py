"""Check corpus for 健康診断結果, 病歴 and 犯罪被害 (issue 12, second round): another
author, who writes free text — an 産業医's interview notes, mails between HR and a
manager about a check-up, a leave and a return to work, a 労災 report in sentences,
a counsellor's notes of people who were robbed, cheated, stalked or beaten (told in
passive verbs), and, about no one, a health column of the staff newsletter, a mail
announcing the check-up, a 健康経営 report in prose and a security warning.

No template, sentence or word list is shared with benchmarks/corpus_health2_dev.py
or any other corpus; no rule is tuned on it (benchmarks/quality_health2.py scores it
once). Truth is labelled for SENSITIVE only; ("SENSITIVE?", …) counts neither way.
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc, _docx, _pdf
from samples import writers as w

ONLY = {("*", "SENSITIVE")}
# what the doctor writes of a value: (sentence with {v}, the abnormal value, the phrase of truth)
FINDINGS = [("肝機能の値がかなり高く（GPT {v}）、禁酒を強く勧めた。", "118", "GPT {v}"),
            ("血糖のコントロールが悪く、HbA1cは{v}%まで上がっている。", "8.1", "HbA1cは{v}%"),
            ("尿酸値{v}で、痛風発作の既往もある。", "9.4", "尿酸値{v}"),
            ("中性脂肪が{v}と高値。", "412", "中性脂肪が{v}"),
            ("心電図で期外収縮を指摘され、循環器の受診を指示した。", "", "心電図で期外収縮を指摘"),
            ("胸部レントゲンに影があり、二次検査の結果待ち。", "", "胸部レントゲンに影")]
CALM = [("血圧は{v}で落ち着いている。", "126/80"), ("体重は前回から2kg減った。", ""), ("睡眠は取れているとのこと。", "")]
LEAVE_STORIES = [("パニック障害で、通勤電車に乗れない状態が続いている", "パニック障害"),
                 ("持病の潰瘍性大腸炎が悪化し、入院することになった", "潰瘍性大腸炎が悪化"),
                 ("甲状腺の手術を受けるため、二か月ほど休む", "甲状腺の手術を受ける"),
                 ("医師から双極性障害と言われ、しばらく療養が必要", "双極性障害")]
ACCIDENTS = [("梱包ラインでローラーに指を挟まれ、左中指を骨折した", "左中指を骨折"),
             ("倉庫の床で滑って転び、右膝の靱帯を損傷した", "右膝の靱帯を損傷"),
             ("溶剤を扱っていて両手に化学熱傷を負った", "化学熱傷")]
# a victim's story in the victim's or a counsellor's words: (sentence, phrase of truth)
VICTIM_STORIES = [("夜道で後ろから来たバイクにバッグを奪われた", "バッグを奪われた"),
                  ("フリマアプリで代金だけ払わされ、品物が届かない。相手とは連絡がつかない", "代金だけ払わされ"),
                  ("元の交際相手に毎晩のように家の前で待ち伏せされている", "待ち伏せされている"),
                  ("夫に顔を叩かれ、子どもを連れて実家に避難している", "顔を叩かれ"),
                  ("通勤の満員電車で体を触られ、駅員に突き出した", "体を触られ"),
                  ("孫を名乗る電話を信じて、キャッシュカードを渡してしまった", "キャッシュカードを渡してしまった"),
                  ("駐車場に停めていた車のタイヤを切り裂かれた", "タイヤを切り裂かれた"),
                  ("取引先の男に「ばらすぞ」と脅され、金を要求された", "脅され"),
                  ("留守中に家に入られ、貴金属を持ち去られた", "貴金属を持ち去られた"),
                  ("飲み会の帰りに見知らぬ男から殴る蹴るの暴行を受けた", "暴行を受けた")]
AFTER = ["交番に届け出て、受理番号をもらったそうです。", "警察にはまだ相談していないとのこと。", "加害者側と示談の話が進んでいる。",
         "刑事裁判で被害者参加をするか迷っている。"]


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._interview_note, self._result_mail, self._leave_mail,
                                              self._accident_report, self._victim_note, self._victim_mail]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._newsletter, self._announcement, self._wellness_report,
                                              self._warning_mail]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _doc(self, name: str, data: bytes, truth: set) -> Doc:
        return Doc(name, data, truth | ONLY)

    def _interview_note(self, i: int) -> Doc:
        p = self.c.person()
        lines, truth = [f"産業医面談メモ（{p.surname} {p.given}さん）", "同席：所属長"], set()
        for sentence, value, phrase in self.c.rng.sample(FINDINGS, 2):
            lines.append(sentence.format(v=value))
            truth.add(("SENSITIVE", f"健康診断結果:{phrase.format(v=value)}"))
        calm, value = self.c.pick(CALM)
        lines += [calm.format(v=value), "次回は3か月後に面談予定。"]
        if value:
            truth.add(("SENSITIVE?", f"健康診断結果:{value}"))
        return self._doc(f"h2c_interview{i:03d}.docx", _docx(lines), truth)

    def _result_mail(self, i: int) -> Doc:
        p = self.c.person()
        body = (f"{p.surname}課長\n\nお疲れさまです。人事の小田です。\n{p.surname}さんの部下の件ではなく、ご本人の結果のご連絡です。\n"
                f"今年の健診で、便潜血が陽性となり、精密検査が必要と判定されています。\n"
                f"昨年は問題ありませんでした。大腸の検査は近くの病院で予約できます。\n\nよろしくお願いします。\n")
        data = w.make_eml("健診結果について（親展）", "oda@example.co.jp", p.email, body)
        truth = {("SENSITIVE", "健康診断結果:便潜血が陽性"), ("SENSITIVE", "健康診断結果:精密検査が必要")}
        return self._doc(f"h2c_resultmail{i:03d}.eml", data, truth)

    def _leave_mail(self, i: int) -> Doc:
        p, (story, phrase) = self.c.person(), self.c.pick(LEAVE_STORIES)
        body = (f"各位（部内限り）\n\n{p.surname} {p.given}さんですが、{story}とのことです。\n"
                f"業務は当面、隣の島の皆さんで分担をお願いします。復帰の時期は改めてお知らせします。\n")
        data = w.make_eml(f"{p.surname}さんのお休みについて", "manager@example.co.jp", "team@example.co.jp", body)
        return self._doc(f"h2c_leavemail{i:03d}.eml", data, {("SENSITIVE", f"病歴:{phrase}")})

    def _accident_report(self, i: int) -> Doc:
        p, (story, phrase) = self.c.person(), self.c.pick(ACCIDENTS)
        lines = [f"労災報告（速報）", f"本日午前10時ごろ、{p.name}（入社3年目）が{story}。",
                 "すぐに近くの外科へ搬送し、処置を受けた。休業の見込みは医師の診断待ち。", "再発防止策は別途報告する。"]
        return self._doc(f"h2c_accident{i:03d}.txt", "\r\n".join(lines).encode("cp932"), {("SENSITIVE", f"病歴:{phrase}")})

    def _victim_note(self, i: int) -> Doc:
        p = self.c.person()
        lines, truth = [f"面接メモ　{p.name}様（来所）"], set()
        for story, phrase in self.c.rng.sample(VICTIM_STORIES, 2):
            lines.append(f"ご本人の話では、{story}。")
            truth.add(("SENSITIVE", f"犯罪被害:{phrase}"))
        lines.append(self.c.pick(AFTER))
        return self._doc(f"h2c_victimnote{i:03d}.docx", _docx(lines), truth)

    def _victim_mail(self, i: int) -> Doc:
        p, (story, phrase) = self.c.person(), self.c.pick(VICTIM_STORIES)
        body = (f"総務 石原さん\n\n営業の{p.surname}です。私事で恐縮ですが、週末に{story}。\n"
                f"{self.c.pick(AFTER)}\n月曜は午前休をいただけますでしょうか。\n\n{p.name}\n")
        data = w.make_eml("休暇のご相談", p.email, "ishihara@example.co.jp", body)
        return self._doc(f"h2c_victimmail{i:03d}.eml", data, {("SENSITIVE", f"犯罪被害:{phrase}")})

    def _newsletter(self, i: int) -> Doc:
        lines = ["社内報 からだのはなし 第12回「健診結果の読み方」", "文・保健師 望月 由紀",
                 "上の血圧が140を超えると高血圧と判定されます。LDLコレステロールは140mg/dL以上で要注意です。",
                 "「要再検査」や「要精密検査」と書かれていたら、放置せずに受診しましょう。",
                 "γ-GTPが高い人は、まずお酒の量を見直してみてください。糖尿病は自覚症状のないまま進みます。"]
        return self._doc(f"h2c_neg_newsletter{i:03d}.docx", _docx(lines), set())

    def _announcement(self, i: int) -> Doc:
        body = ("社員各位\n\n今年の定期健康診断を10月7日から11日まで本社7階で行います。\n"
                "受けていただく項目は身長、体重、血圧、採血、心電図、胸のレントゲンです。35歳以上は胃の検査も加わります。\n"
                "結果で二次検査が必要となった場合、受診費用は会社が負担します。\n\n健康推進チーム 望月（内線3310）\n")
        data = w.make_eml("定期健康診断のご案内", "kenshin@example.co.jp", "all@example.co.jp", body)
        return self._doc(f"h2c_neg_announce{i:03d}.eml", data, set())

    def _wellness_report(self, i: int) -> Doc:
        lines = ["健康経営の取り組み報告（2024年度）", "報告者：人事部長 竹内 修",
                 "定期健診の受診率は99.2%、血圧・脂質・肝機能のいずれかに所見のあった社員は全体の46%でした。",
                 "特定保健指導の実施率は58%にとどまり、来年度は就業時間内の面談枠を増やします。",
                 "メンタルヘルス不調による休業者は前年より3名減りました。"]
        return self._doc(f"h2c_neg_wellness{i:03d}.pdf", _pdf(lines), set())

    def _warning_mail(self, i: int) -> Doc:
        body = ("全社員の皆さま\n\n最近、社長の名前をかたって送金を指示するメールで、取引先が金銭をだまし取られる事件が起きています。\n"
                "また、駅周辺でひったくりが続いていると警察から連絡がありました。夜間は人通りの多い道を選んでください。\n\n"
                "総務部 防犯担当 石原 和也\n")
        data = w.make_eml("【注意喚起】詐欺メールとひったくり", "ishihara@example.co.jp", "all@example.co.jp", body)
        return self._doc(f"h2c_neg_warning{i:03d}.eml", data, set())

