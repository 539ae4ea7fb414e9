"""Check corpus for the third health round of issue 12, by another author than
benchmarks/corpus_health3_dev.py: a health-insurance society's and a retailer's habits —
CSV exports (CP932) of a 就業判定 list, the same list zipped and attached to a mail, a
vertical 健診成績表 with sections and marks written into the value (45↑, *212), an
accident report as a Word form, a shop's theft note, a call centre's 受付記録 — and
their documents about nobody (an empty 判定 input form, an 受診率 report, a leaflet of
judgement values, a till shortage report, a log of routine calls).

Written after the rules of detectors/jp/sensitive were tuned on the dev corpus; no
template, word list, name list or layout in common with it or with other corpora.
("SENSITIVE?", …) is counted neither way.
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc, _docx
from samples import writers as w

ONLY = {("*", "SENSITIVE")}
FAMILY = ["坂口", "緒方", "鶴田", "野々村", "安達", "三好", "柘植", "門脇", "西條", "奥寺", "葛西", "能登"]
FIRST = ["智也", "香織", "翔", "瑞穂", "大輝", "友梨", "慎吾", "葵", "隆之", "真由", "陸", "詩織"]
SITES = ["川崎物流センター", "仙台営業所", "本店 人事課", "福岡第二工場", "システム開発室"]
HOSPITALS = ["さくら通り診療所", "県央メディカルプラザ", "ひまわり総合健診"]
# (要精検項目, 医師判断, 就業上の措置)
CASES = [("尿蛋白(2+)", "腎臓内科へ紹介", "残業禁止 1か月"), ("眼底 KW IIa", "眼科受診を指示", "運転業務を控える"),
         ("血糖 178", "内服治療を開始", "夜勤シフトから外す"), ("便潜血 陽性", "大腸内視鏡検査を予約", "出張を見合わせる"),
         ("LDL 198/中性脂肪 402", "食事療法と3か月後再検", "就業制限なし・要保健指導")]
# item, reference, normal, abnormal, how this author marks it
TESTS = [("GOT", "13-30", "19", "45↑"), ("GPT", "10-42", "25", "*77"), ("γ-GT", "13-64", "40", "212↑"),
         ("血清クレアチニン", "0.6-1.1", "0.9", "1.8↑"), ("ヘマトクリット", "40.7-50.1", "44.2", "36.1↓"),
         ("赤血球数", "435-555", "480", "398↓"), ("総コレステロール", "142-219", "188", "*261"),
         ("随時血糖", "73-109", "96", "188↑"), ("BMI", "18.5-24.9", "22.1", "31.4↑")]


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus

    def who(self) -> str:
        return self.c.pick(FAMILY) + self.c.pick(["　", " "]) + self.c.pick(FIRST)

    def when(self) -> str:
        return f"R7.{self.c.rng.randint(4, 12)}.{self.c.rng.randint(1, 30)}"

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._judgement_csv, self._zipped_mail, self._grade_book,
                                              self._accident_form, self._shop_theft, self._call_log]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._input_form, self._uptake_report, self._leaflet,
                                              self._till_report, self._plain_calls]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _doc(self, name: str, data: bytes, truth: set) -> Doc:
        return Doc(name, data, truth | ONLY)

    def judgement_lines(self) -> tuple[str, set]:
        lines = ["No.,社員名,部署,健診実施日,判定結果,要精検項目,医師判断,就業上の措置,措置期間,再検状況,勧奨通知送付,面接実施日,フォロー担当"]
        truth = set()
        for n in range(self.c.rng.randint(5, 9)):
            base = [str(n + 1), self.who(), self.c.pick(SITES), self.when()]
            if self.c.chance(0.4):
                lines.append(",".join(base + ["異常なし", "", "", "通常勤務", "", "", "", "", ""]))
                continue
            item, doctor, measure = self.c.pick(CASES)
            grade = self.c.pick(["要精検", "要治療", "要再検"])
            lines.append(",".join(base + [grade, item, doctor, measure, f"{self.when()}〜{self.when()}",
                                          self.c.pick(["再検済", "未", "予約中"]), "済", self.when(), "保健師 吉野"]))
            truth |= {("SENSITIVE", f"健康診断結果:{grade}"), ("SENSITIVE", f"健康診断結果:{item}"),
                      ("SENSITIVE", f"健康診断結果:{measure}"), ("SENSITIVE", f"健康診断結果:{doctor}")}
        lines.append("注)判定結果は 異常なし/要再検/要精検/要治療 の4区分")
        return "\r\n".join(lines), truth

    def _judgement_csv(self, i: int) -> Doc:
        body, truth = self.judgement_lines()
        return self._doc(f"h3c_hantei{i:03d}.csv", body.encode("cp932"), truth)

    def _zipped_mail(self, i: int) -> Doc:
        body, truth = self.judgement_lines()
        archive = w.zip_bytes({"hantei_list.csv": body.encode("cp932")}, cp932_names=True)
        text = "お疲れ様です。\n就業判定リストをお送りします。ご確認ください。\n(解凍パスワードは後ほど)\n--\n健康保険組合 保健事業課"
        mail = w.make_eml("【要確認】就業判定リスト", "kenpo@example.or.jp", "jinji@example.co.jp", text,
                          attachments=[("list.zip", archive)])
        return self._doc(f"h3c_mail{i:03d}.eml", mail, truth)

    def _grade_book(self, i: int) -> Doc:
        """A vertical 成績表: sections, the mark written into the value, a doctor's remark."""
        rows = [["健診成績表", "", "", ""], ["受診者", self.who(), "実施日", self.when()], ["実施機関", self.c.pick(HOSPITALS)],
                ["【血液・身体計測】", "", "", ""], ["検査名", "今回値", "基準範囲", "備考"]]
        truth, bad = set(), []
        for test, reference, normal, abnormal in self.c.rng.sample(TESTS, 6):
            off = self.c.chance(0.4)
            rows.append([test, abnormal if off else normal, reference, ""])
            if off:
                bad.append(test)
                truth.add(("SENSITIVE", f"健康診断結果:{abnormal}"))
            else:
                truth.add(("SENSITIVE?", f"健康診断結果:{normal}"))
        remark = f"{'・'.join(bad)}が基準範囲外です。医療機関で再検査を受けてください。" if bad else "今回の結果に問題はありません。"
        rows += [["医師コメント", remark], ["※↑↓は基準範囲外、*は要注意を示します。"]]
        if bad:
            truth.add(("SENSITIVE", f"健康診断結果:{remark}"))
        return self._doc(f"h3c_seiseki{i:03d}.xlsx", w.xlsx_bytes({"成績表": rows}), truth)

    def _accident_form(self, i: int) -> Doc:
        person = self.who()
        injury = self.c.pick(["左足関節捻挫(全治2週間)", "右前腕裂創 5針縫合", "腰椎圧迫骨折の診断で入院"])
        table = [["発生日時", f"{self.when()} 14:20頃"], ["発生場所", self.c.pick(SITES)], ["被災者", person],
                 ["傷病の部位・程度", injury], ["発生状況", "荷台から降りる際に足を滑らせた"], ["報告者", self.who()]]
        return self._doc(f"h3c_saigai{i:03d}.docx", _docx(["労働災害 発生報告"], table), {("SENSITIVE", f"病歴:{injury}")})

    def _shop_theft(self, i: int) -> Doc:
        person = self.who()
        lines = ["件名: 店内での置き引きについて", f"日時: {self.when()} 夕方", f"内容: 来店客の{person}様が、試着中にカゴに入れていた"
                 "バッグを置き引きされたと申し出。店長が警察へ通報し、本人が被害届を出した。", "今後: 貴重品ロッカーの案内を徹底する。"]
        truth = {("SENSITIVE", "犯罪被害:置き引きされた"), ("SENSITIVE", "犯罪被害:被害届を出した")}
        return self._doc(f"h3c_okibiki{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth)

    def _call_log(self, i: int) -> Doc:
        calls = [("SNSで知り合った相手から、写真をばらまくと脅されているとのこと。", "犯罪被害:脅されている"),
                 ("不在中に自宅へ空き巣が入り、通帳を盗まれたため再発行を希望。", "犯罪被害:盗まれた"),
                 ("宅配業者を装うSMSのリンクを開き、ID・パスワードを抜き取られた。身に覚えのない購入あり。", "犯罪被害:抜き取られた")]
        plain = ["ログインできない", "引落日の変更希望", "キャンペーン内容の確認", "退会の手続き"]
        lines, truth = ["受付日時,お客様名,チャネル,相談内容,対応結果"], set()
        for _ in range(self.c.rng.randint(5, 8)):
            if self.c.chance(0.45):
                said, value = self.c.pick(calls)
                truth.add(("SENSITIVE", value))
            else:
                said = self.c.pick(plain)
            lines.append(",".join([f"{self.when()} 10:{self.c.rng.randint(10, 59)}", f"{self.who()}様",
                                   self.c.pick(["電話", "メール", "チャット"]), said, "一次回答済"]))
        return self._doc(f"h3c_call{i:03d}.csv", "\n".join(lines).encode("utf-8"), truth)

    def _input_form(self, i: int) -> Doc:
        table = [["社員名", ""], ["判定結果", "□異常なし □要再検 □要精検 □要治療"], ["要精検項目", ""],
                 ["就業上の措置", "□なし □時間外制限 □就業制限 □休業"], ["面接実施日", "  年  月  日"], ["記入者", ""]]
        return self._doc(f"h3c_neg_input{i:03d}.docx", _docx(["就業判定 入力票(記入用)"], table), set())

    def _uptake_report(self, i: int) -> Doc:
        lines = ["拠点,対象者,受診者,受診率,要精検者,精検受診率"]
        for site in SITES:
            n = self.c.rng.randint(30, 200)
            lines.append(f"{site},{n},{n - 3},{100 * (n - 3) / n:.1f}%,{n // 7},{self.c.rng.randint(40, 90)}%")
        return self._doc(f"h3c_neg_uptake{i:03d}.csv", "\n".join(lines).encode("cp932"), set())

    def _leaflet(self, i: int) -> Doc:
        rows = [["検査名", "基準範囲", "要再検", "要精検"]] + [[t, r, "範囲外", "著しく範囲外"] for t, r, _, _ in TESTS]
        rows.append(["お問い合わせ: 健康保険組合 保健事業課"])
        return self._doc(f"h3c_neg_leaflet{i:03d}.xlsx", w.xlsx_bytes({"判定値": rows}), set())

    def _till_report(self, i: int) -> Doc:
        lines = ["件名: レジ売上金の盗難について", f"日時: {self.when()} 閉店後", "内容: 事務所の手提げ金庫がこじ開けられ、売上金約12万円が盗まれた。",
                 f"報告者: 店長 {self.who()}", "対応: 警察に被害届を提出、鍵を交換した。"]
        return self._doc(f"h3c_neg_till{i:03d}.txt", "\n".join(lines).encode("utf-8"), set())

    def _plain_calls(self, i: int) -> Doc:
        lines = ["受付日時,お客様名,チャネル,相談内容,対応結果"]
        for said in ["不審なSMSが届いたが開いていない(被害なし)", "フィッシング詐欺の注意喚起ページの場所", "パスワード再設定"]:
            lines.append(",".join([f"{self.when()} 15:05", f"{self.who()}様", "電話", said, "案内済"]))
        return self._doc(f"h3c_neg_calls{i:03d}.csv", "\n".join(lines).encode("utf-8"), set())
