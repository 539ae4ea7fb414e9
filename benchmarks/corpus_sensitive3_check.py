"""Check corpus for 要配慮 told in words (issue 12, third round): another author, who
writes free text — a 保健師's follow-up mails on check-up findings, a manager's notes
on a colleague's disability and the support asked for, a mentor's notes of a new hire's
origins, a colleague's note of someone's politics, a mail retelling what the doctor
said; about no one: a health column, a guide to welfare services, a diversity message,
an election-day mail and a union newsletter, each signed by a contact person.

No template, sentence or word list is shared with benchmarks/corpus_sensitive3_dev.py
or any other corpus; no rule is tuned on it (benchmarks/quality_sensitive3.py scores it
once). Truth is labelled for SENSITIVE only. A nationality or a residence status alone
(国籍, 特別永住者, 在留資格) is a legal status, not 人種・民族: it is not in the truth, and
a finding on it counts as false.
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc, _docx, _pdf
from samples import writers as w

ONLY = {("*", "SENSITIVE")}
# a finding of the check-up said in a sentence: (sentence, phrase of truth)
SEEN_AT_CHECKUP = [("心電図で右脚ブロックの所見がありました", "心電図で右脚ブロックの所見"),
                   ("胸のレントゲン写真に小さな結節の影が写っていたそうです", "結節の影が写って"),
                   ("眼底写真で網膜に出血の跡があると書かれていました", "網膜に出血の跡"),
                   ("腹部エコーで胆のうにポリープが見つかっています", "胆のうにポリープが見つか"),
                   ("聴力検査で左耳の4000Hzが聞き取れていません", "聴力検査で左耳の4000Hzが聞き取れて"),
                   ("バリウム検査で胃の粘膜に不整な部分があり、胃カメラを受けるよう勧められています",
                    "胃の粘膜に不整な部分があり")]
# what a doctor told the person, retold: (sentence, category, phrase of truth)
DOCTOR_SAID = [("かかりつけ医から不整脈の一種だと言われた", "病歴", "不整脈の一種だと言われた"),
               ("整形外科で脊柱管狭窄症と診断されたらしい", "病歴", "脊柱管狭窄症と診断された"),
               ("人間ドックで肺気腫の傾向を指摘された", "健康診断結果", "肺気腫の傾向を指摘された"),
               ("皮膚科で乾癬だと言われたと話していた", "病歴", "乾癬だと言われた"),
               ("耳鼻科でメニエール病を指摘された", "病歴", "メニエール病を指摘された")]
# a disability told in words: (sentence, phrase of truth)
DISABILITY_TOLD = [("通勤は電動車いすで、エレベーター前の席を希望しています", "電動車いすで"),
                   ("外出時は白い杖を持って歩いており、通路に物を置かないよう周知しました", "白い杖を持って歩いて"),
                   ("会話は手話が中心なので、会議には手話通訳を手配します", "手話が中心"),
                   ("療育手帳はB判定で、作業手順は写真付きで渡しています", "療育手帳はB判定"),
                   ("自閉スペクトラム症があり、急な予定変更が苦手とのことです", "自閉スペクトラム症があり"),
                   ("注意欠如・多動症の診断を受けており、静かな席への移動を申し出ています",
                    "注意欠如・多動症の診断を受けて"),
                   ("以前は就労継続支援A型の事業所に通っていました", "就労継続支援A型の事業所に通って"),
                   ("聴覚に障がいがあり、補聴器をつけていても電話は難しいです", "聴覚に障がいがあり")]
# origin told in words: (sentence, phrase of truth or "" when it is a legal status alone)
ORIGIN_TOLD = [("お父さんが中国の朝鮮族の出身で、家では朝鮮語も使うそうです", "朝鮮族の出身"),
               ("祖父母の代にペルーへ渡った家の日系三世です", "日系三世"),
               ("フィリピンにルーツがあり、母語はタガログ語です", "フィリピンにルーツ"),
               ("高校生のときに韓国籍から日本国籍に帰化したと聞きました", "帰化した"),
               ("職場では日本名ですが、民族名は朴（パク）です", "民族名は朴"),
               ("国籍はネパールで、在留資格は技術・人文知識・国際業務です", ""),
               ("特別永住者なので在留カードではなく特別永住者証明書を持っています", "")]
# a political or philosophical belief told in words: (sentence, phrase of truth)
BELIEF_TOLD = [("週末は原発再稼働に反対するデモに毎回参加している", "原発再稼働に反対するデモに毎回参加"),
               ("地元の市議の後援会に入っていて、選挙の前は電話かけを手伝うらしい", "市議の後援会に入って"),
               ("支持しているのは日本共産党だと本人が話していた", "支持しているのは日本共産党"),
               ("死刑制度の廃止を求める署名を職場でも集めている", "死刑制度の廃止を求める署名"),
               ("去年、社民党に入党したそうだ", "社民党に入党"),
               ("ヴィーガンを信条としていて、動物由来の製品は使わない", "ヴィーガンを信条として")]


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._nurse_mail, self._doctor_said_mail, self._support_note,
                                              self._mentor_note, self._politics_note, self._accommodation_mail]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._health_column, self._welfare_guide, self._diversity_message,
                                              self._election_mail, self._union_newsletter]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _doc(self, name: str, data: bytes, truth: set) -> Doc:
        return Doc(name, data, truth | ONLY)

    def _nurse_mail(self, i: int) -> Doc:
        p, truth = self.c.person(), set()
        picked = self.c.rng.sample(SEEN_AT_CHECKUP, 2)
        said = "。また、".join(sentence for sentence, _ in picked)
        body = (f"{p.surname}さん\n\n保健室の川端です。先日の健診の結果が届きました。\n{said}。\n"
                f"念のため、専門の病院で詳しく調べてもらってください。紹介状はこちらで用意します。\n\n川端 真理子（内線2231）\n")
        truth = {("SENSITIVE", f"健康診断結果:{phrase}") for _, phrase in picked}
        data = w.make_eml("健診結果のフォローについて", "kawabata@example.co.jp", p.email, body)
        return self._doc(f"s3c_nurse{i:03d}.eml", data, truth)

    def _doctor_said_mail(self, i: int) -> Doc:
        p, (sentence, category, phrase) = self.c.person(), self.c.pick(DOCTOR_SAID)
        body = (f"課長\n\n{p.name}さんから午後休の連絡がありました。{sentence}とのことで、今日は再診だそうです。\n"
                f"明日は通常どおり出社予定です。\n")
        data = w.make_eml(f"{p.surname}さん 午後休", "leader@example.co.jp", "kacho@example.co.jp", body)
        return self._doc(f"s3c_doctor{i:03d}.eml", data, {("SENSITIVE", f"{category}:{phrase}")})

    def _support_note(self, i: int) -> Doc:
        p, truth = self.c.person(), set()
        lines = [f"{p.name}さん 受け入れメモ", "配属先: 経理課"]
        for sentence, phrase in self.c.rng.sample(DISABILITY_TOLD, 2):
            lines.append(f"{sentence}。")
            truth.add(("SENSITIVE", f"障害:{phrase}"))
        lines.append("何かあれば私まで。")
        return self._doc(f"s3c_support{i:03d}.docx", _docx(lines), truth)

    def _mentor_note(self, i: int) -> Doc:
        p, truth = self.c.person(), set()
        lines = [f"新人面談の覚え書き（{p.surname} {p.given}さん）", "出身大学のゼミで国際経済を学んだ。"]
        for sentence, phrase in self.c.rng.sample(ORIGIN_TOLD, 2):
            lines.append(f"{sentence}。")
            if phrase:
                truth.add(("SENSITIVE", f"人種・民族:{phrase}"))
        lines.append("配属の希望は海外営業。")
        return self._doc(f"s3c_mentor{i:03d}.pdf", _pdf(lines), truth)

    def _politics_note(self, i: int) -> Doc:
        p, (sentence, phrase) = self.c.person(), self.c.pick(BELIEF_TOLD)
        lines = [f"{p.surname}さんについて（人事部への申し送り）",
                 f"{p.surname}さんは、{sentence}。業務への支障は今のところない。", "昼休みの勧誘は控えるよう話した。"]
        return self._doc(f"s3c_politics{i:03d}.txt", "\r\n".join(lines).encode("cp932"),
                         {("SENSITIVE", f"信条:{phrase}")})

    def _accommodation_mail(self, i: int) -> Doc:
        p = self.c.person()
        body = (f"人事部 ご担当者様\n\n{p.name}です。強い光やざわざわした音がつらい感覚過敏があり、合理的配慮として"
                f"窓際から離れた席とイヤーマフの使用をお願いしたく、ご相談します。\n主治医の意見書を添付します。\n")
        data = w.make_eml("席についてのご相談", p.email, "jinji@example.co.jp", body)
        return self._doc(f"s3c_accommodation{i:03d}.eml", data, {("SENSITIVE", "障害:感覚過敏があり、合理的配慮として")})

    def _health_column(self, i: int) -> Doc:
        lines = ["保健だより 11月号", "冬は血圧が上がりやすい季節です。健診で心電図の所見を指摘された方は、寒い朝の外出に気をつけましょう。",
                 "睡眠時無呼吸症候群は、いびきの大きい人に多い病気です。気になる方は産業保健スタッフへ。",
                 "担当: 健康管理室 保健師 川端 真理子（内線2231）"]
        return self._doc(f"s3c_neg_column{i:03d}.docx", _docx(lines), set())

    def _welfare_guide(self, i: int) -> Doc:
        body = ("社員の皆さんへ\n\nご家族に障がいのある方がいる社員向けに、使える制度をまとめました。\n"
                "身体障害者手帳や療育手帳の申請は市区町村の窓口で行います。就労継続支援や生活介護などのサービスは、"
                "障害支援区分の認定を受けてから利用できます。\n介護休業・短時間勤務は会社の制度で利用できます。\n\n"
                "問い合わせ先：総務課 吉岡 拓海 03-5211-4470\n")
        data = w.make_eml("障がい福祉サービスのご案内", "soumu@example.co.jp", "all@example.co.jp", body)
        return self._doc(f"s3c_neg_welfare{i:03d}.eml", data, set())

    def _diversity_message(self, i: int) -> Doc:
        lines = ["多様な仲間と働くために（社長メッセージ）",
                 "当社には、外国にルーツを持つ社員や、手話で話す社員、車いすを使う社員が働いています。",
                 "政治的な立場や信仰の違いを理由にした差別は許されません。採用面接で本籍や支持政党を尋ねることも禁止です。",
                 "相談窓口: ダイバーシティ推進室 長谷部 綾（03-5211-4490）"]
        return self._doc(f"s3c_neg_diversity{i:03d}.pdf", _pdf(lines), set())

    def _election_mail(self, i: int) -> Doc:
        body = ("全社員各位\n\n来週日曜日は衆議院議員選挙の投票日です。当日出勤の方は期日前投票をご利用ください。\n"
                "なお、社内での特定の政党や候補者への投票の呼びかけ、ビラの配布はご遠慮ください。\n\n"
                "総務課 吉岡 拓海（内線1102）\n")
        data = w.make_eml("選挙の投票について", "soumu@example.co.jp", "all@example.co.jp", body)
        return self._doc(f"s3c_neg_election{i:03d}.eml", data, set())

    def _union_newsletter(self, i: int) -> Doc:
        lines = ["ユニオンニュース 第58号", "今年の春闘では、障がいのある組合員の通院休暇と、がん治療と仕事の両立支援を要求します。",
                 "健診で再検査になった組合員が勤務時間内に受診できるよう、会社と協議中です。",
                 "編集・連絡先: 村岡 健 090-3318-2207"]
        return self._doc(f"s3c_neg_union{i:03d}.txt", "\n".join(lines).encode("utf-8"), set())
