"""Check corpus for sens6 (issue 12), written apart from benchmarks/corpus_sens6_dev.py: an
employee master with a 労働組合 column (○ / ― / a role), a union's own 職場委員 roster, a
staffing agency's notes on its staff, a 後援会 入会申込書, an HR ハラスメント相談 and 内部通報
record, a pharmacist's 服薬指導記録, a dentist's 問診票, a 保護司's notes, a check-up result
sheet; look-alikes and clean files: a network outage notice, a festival's volunteers, a
party's public poster, a warehouse's theft report, an access guide (障害物), a 非組合員 list.

No template, sentence, label or word list is shared with the development corpus. The rules
were not tuned on it. Synthetic people only; truth for SENSITIVE only. A disease told with its medicine is
one phrase of truth, the clause (a medicine given is 調剤, 要配慮 as the disease is).
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import Layouts

FAMILY = ["姉小路", "柘植", "蔀", "乙部", "日下部", "万里小路", "猪俣", "東雲"]
FIRST = ["琴音", "庄吾", "芙美", "銀次", "詩織", "慎之介", "葵衣", "鉄平"]
MASTER_COLUMN = ["労働組合", "組合加入", "所属組合"]
MASTER_CELLS = [("○", "労働組合", "○"), ("―", None, ""), ("副分会長", "労働組合", "副分会長"), ("書記次長", "労働組合", "書記次長"),
                ("非組", None, ""), ("対象外（課長職）", None, ""), ("有", "労働組合", "有")]
SITES = [["第一工場"], ["本店営業部"], ["配送センター南"]]
# a union's own roster of 職場委員 and officers
ROSTER_ROLES = [("職場代表", "労働組合", "職場代表"), ("会計監事", "労働組合", "会計監事"), ("代議員", "労働組合", "代議員"),
                ("青年部長", "労働組合", "青年部長")]
# a staffing agency's notes on its staff
AGENCY = [("前の派遣先では組合の書記をしていたとのこと。", "労働組合", "組合の書記"),
          ("派遣先の労働組合に入って待遇改善を求めている。", "労働組合", "労働組合に入って"),
          ("毎年、春季生活闘争の交渉団に加わっていた。", "労働組合", "交渉団に加わって"),
          ("組合脱退届は未提出。", "労働組合", "組合脱退届"),
          ("社会民主党の党員で、選挙のたびに電話かけをしている。", "信条", "社会民主党の党員"),
          ("原発再稼働に反対する署名集めを続けている。", "信条", "署名集め"),
          ("マラソン大会の給水ボランティアに参加予定。", None, ""),
          ("チームワークを大切にするという信条がある。", None, "")]
AGENCY_FILLER = ["フォークリフト免許あり。", "希望勤務地は市内。", "時給の相談あり。"]
# a 後援会 入会申込書: (label, item)
SUPPORTERS = [("入会区分", ("後援会員（正会員）", "信条", "後援会員")), ("支持する政党", ("国民民主党", "信条", "国民民主党")),
              ("活動への協力", ("ポスター掲示に協力する", "信条", "ポスター掲示に協力")), ("紹介者", ("特にない", None, ""))]
# an HR ハラスメント相談 / 内部通報 record
HARASS = [("飲み会の帰りに上司に体を触られたと申告。", "犯罪被害", "体を触られた"),
          ("更衣室で同僚にスマートフォンで盗撮されたと相談。", "犯罪被害", "盗撮された"),
          ("通報対象者は過去に業務上横領で懲戒解雇され、有罪が確定している。", "犯罪歴", "有罪が確定"),
          ("通報者によると、対象者は取引先からの贈賄容疑で書類送検された。", "犯罪歴", "書類送検された"),
          ("倉庫のシステム障害で出荷が遅れた件は別途対応。", None, ""),
          ("会議室の予約方法について質問があった。", None, "")]
# a pharmacist's 服薬指導記録
PHARMACY = [("高血圧症に対しアムロジピン錠を継続。", "病歴", "高血圧症に対しアムロジピン錠を継続"), ("関節リウマチでメトトレキサートを服用中。", "病歴", "関節リウマチでメトトレキサートを服用中"),
            ("双極性障害のため炭酸リチウムを処方。", "病歴", "双極性障害のため炭酸リチウムを処方"), ("お薬手帳の持参を依頼。", None, ""),
            ("ジェネリックへの変更を希望された。", None, "")]
# a dentist's 問診票: (question, item)
DENTAL = [("現在治療中の病気", ("心臓弁膜症", "病歴", "心臓弁膜症")), ("服用中のお薬", ("骨粗しょう症の薬（ビスホスホネート）", "病歴", "骨粗しょう症の薬（ビスホスホネート）")),
          ("これまでにかかった病気", ("B型肝炎", "病歴", "B型肝炎")), ("麻酔で気分が悪くなったこと", ("ない", None, ""))]
# a 保護司's notes
PROBATION = [("仮釈放後、月2回の面接を継続している。", "犯罪歴", "仮釈放"), ("窃盗の前歴があり、再犯防止を話し合った。", "犯罪歴", "前歴があり"),
             ("詐欺罪で懲役2年の判決を受けた。", "犯罪歴", "懲役2年"), ("就労先の面接日を確認。", None, "")]
# a check-up result sheet: (item, item of truth)
RESULTS = [("血圧", ("168/102 mmHg　要医療", "健康診断結果", "168/102")), ("γ-GTP", ("215 U/L　要再検査", "健康診断結果", "215")),
           ("空腹時血糖", ("132 mg/dL　要精密検査", "健康診断結果", "132")), ("視力", ("右1.0 左1.2", None, ""))]
OUTAGE = ["ネットワーク障害のお知らせ", "本日午前、通信障害により社内メールが利用できませんでした。", "現在は復旧しています。"]
FESTIVAL = ["担当", ["駐車場整理", "テント設営", "救護所受付", "ゴミ分別"]]
POSTER = ["国政報告会のご案内", "国民民主党 衆議院議員による報告会を開催します。", "どなたでもご参加いただけます。"]
WAREHOUSE = ["盗難事故報告", "倉庫の資材が盗まれる被害があり、所轄署に届け出た。", "防犯カメラを増設する。"]
ACCESS = ["来館者の皆様へ", "通路に障害物を置かないでください。", "視覚障害者誘導用ブロックの上に荷物を置かないでください。"]


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Layouts(corpus, "s6c", FAMILY, FIRST, "　")

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._master, self._roster, self._agency, self._supporters, self._harass,
                                              self._pharmacy, self._dental, self._probation, self._results]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._outage, self._festival, self._poster, self._warehouse, self._access,
                                              self._outside]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _master(self, i: int) -> Doc:
        header = ["社員番号", "氏名", "事業所", self.c.pick(MASTER_COLUMN)]
        return self.w.table(i, "master", "従業員マスタ", header, SITES, MASTER_CELLS, self.c.pick(["tsv", "xlsx"]))

    def _roster(self, i: int) -> Doc:
        header = ["#", "氏名", "職場", "組合役職"]
        return self.w.table(i, "roster", "ひかり化成労働組合 役員・職場委員一覧", header, SITES, ROSTER_ROLES,
                            self.c.pick(["csv", "xlsx"]))

    def _agency(self, i: int) -> Doc:
        heads = ["スタッフ名：{name}", "担当コーディネーター：営業二課"]
        return self.w.record(i, "agency", "スタッフ対応メモ", heads, AGENCY, AGENCY_FILLER, self.c.pick(["md", "odt"]),
                             "2026-09-{d:02d} ")

    def _supporters(self, i: int) -> Doc:
        fields = [("お名前", ""), ("ご住所の地区", "北部")]
        fmt = self.c.pick(["tsv", "rtf"])
        return self.w.form(i, "supporters", "後援会入会申込書", fields, SUPPORTERS, fmt, "\t" if fmt == "tsv" else "：")

    def _harass(self, i: int) -> Doc:
        heads = ["受付番号 H-{d}", "相談者 {name}"]
        return self.w.record(i, "harass", "ハラスメント相談・内部通報記録", heads, HARASS, ["調査委員会へ回付。"],
                             self.c.pick(["docx", "txt"]), "受付{d}日目 ")

    def _pharmacy(self, i: int) -> Doc:
        heads = ["患者名 {name} 様"]
        return self.w.record(i, "pharmacy", "服薬指導記録", heads, PHARMACY, ["残薬なし。"], self.c.pick(["txt", "odt"]),
                             "11/{d} ")

    def _dental(self, i: int) -> Doc:
        fields = [("ふりがな・お名前", ""), ("来院理由", "歯ぐきの腫れ")]
        fmt = self.c.pick(["xlsx", "docx"])
        return self.w.form(i, "dental", "歯科問診票", fields, DENTAL, fmt, "\t" if fmt == "xlsx" else "：")

    def _probation(self, i: int) -> Doc:
        heads = ["対象者 {name}"]
        return self.w.record(i, "probation", "保護観察 面接メモ", heads, PROBATION, ["家族関係は安定。"],
                             self.c.pick(["rtf", "md"]), "面接{d}: ")

    def _results(self, i: int) -> Doc:
        fields = [("受診者", ""), ("受診日", "2026/06/08")]
        return self.w.form(i, "results", "定期健康診断 結果通知", fields, RESULTS, self.c.pick(["xlsx", "odt"]), "\t")

    def _outage(self, i: int) -> Doc:
        return self.w.about_no_one(i, "outage", OUTAGE, "md")

    def _festival(self, i: int) -> Doc:
        return self.w.roster_of_no_one(i, "festival", "夏祭り 当日スタッフ表", ["No", "氏名", FESTIVAL[0]], FESTIVAL[1], "tsv")

    def _poster(self, i: int) -> Doc:
        return self.w.about_no_one(i, "poster", POSTER, "rtf")

    def _warehouse(self, i: int) -> Doc:
        return self.w.about_no_one(i, "warehouse", WAREHOUSE, "odt")

    def _access(self, i: int) -> Doc:
        return self.w.about_no_one(i, "access", ACCESS, "txt")

    def _outside(self, i: int) -> Doc:
        return self.w.roster_of_no_one(i, "outside", "組合員範囲外の社員", ["#", "氏名", "区分"], ["非組合員（部長）", "組合員外"],
                                       "xlsx")
