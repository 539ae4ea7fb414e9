"""Check corpus of health13 (issue 12), another writer's habits: a clinic's referral letter
whose diagnoses are English abbreviations after a clinician's marker (h/o, r/o), a visiting
nurse's JSON export with a problem list, a pharmacist's 薬歴 telling a disease by the drug
it is taken for, a person's own mail about an illness (〜をやって, 〜の持病で), a welfare
roster where a disability comes with its cause; look-alikes: a hotel's accessibility page, a
seminar's programme, a network incident mail, an annual report's employment rate, a JSON of
welfare providers, a numbered to-do list.

No template, label, condition or value is shared with benchmarks/corpus_health13_dev.py.
Synthetic people only.
"""

from __future__ import annotations

import json

from benchmarks.corpus import Corpus, Doc
from benchmarks.sens6_layouts import ONLY, encoded, lines_file
from benchmarks.sens7_writers import Parts

SURNAMES = ["真鍋", "吉川", "野々村", "相沢", "栗田", "堀内", "片桐", "今泉"]
GIVEN = ["恵介", "千尋", "光太郎", "佳代子", "悠斗", "麻衣", "哲也", "七海"]
# a referral letter's diagnoses: (line, phrase)
REFERRAL = [("h/o OMI、PCI後", "OMI"), ("r/o 肺炎（右下葉）", "肺炎"), ("T2DM（HbA1c 8.1%）", "T2DM"),
            ("HTN、CHFにて加療中", "HTN")]
REFERRAL_HEAD = ["診療情報提供書", "紹介目的：精査加療のお願い", "傷病名・経過"]
# a visiting nurse's export: each record's problems
NURSE_PROBLEMS = ["#1 CHF #2 BA", "#1 GERD", "#1 OA（両膝） #2 HTN"]
NURSE_TRUTH = {"#1 CHF #2 BA": ("CHF", "BA"), "#1 GERD": ("GERD",), "#1 OA（両膝） #2 HTN": ("OA", "HTN")}
# a pharmacist's record: the disease the drug is taken for
DRUG_LINES = [("バセドウ病に対しメルカゾール継続", "バセドウ病"), ("関節リウマチでメトトレキサート週1回", "関節リウマチ"),
              ("骨粗鬆症の治療として週1回の内服薬あり", "骨粗鬆症")]
DRUG_HEAD = ["薬剤服用歴", "患者名"]
# one's own words in a mail
OWN_WORDS = [("昨年、尿路結石をやってしまい、今も時々痛みます。", "尿路結石をやって"),
             ("実は片頭痛の持病があり、月に数日は寝込みます。", "片頭痛の持病"),
             ("心筋梗塞の既往があるので、出張は控えたいです。", "心筋梗塞の既往")]
MAIL_SUBJECT = "来月の出張について"
# a disability with its cause, in a welfare roster
WELFARE = [("網膜色素変性症による視覚障害2級", "視覚障害2級"), ("頸髄損傷のため電動車いす", "電動車いす"),
           ("LDの診断を受け通級を利用", "LD")]
WELFARE_HEAD = ["利用者番号", "利用者氏名", "手帳・障害の状況"]
# look-alikes
HOTEL = ["ユニバーサルルームのご案内", "客室は車いすのままご利用いただけます。", "大浴場には手すりを設置しております。",
         "盲導犬・介助犬同伴可"]
SEMINAR = ["人権啓発セミナー プログラム", "第1部 精神障害の基礎知識", "第2部 合理的配慮の事例", "会場：市民会館3F"]
INCIDENT = "本日未明のネットワーク障害について、原因はルータの故障でした。障害発生中はVPN接続ができませんでした。"
REPORT = ["統合報告書 2026", "障害のある社員の雇用率は2.6％となりました。", "障害者手帳の有無を問わず働きやすい職場を目指します。"]
PROVIDERS = [{"office": "ふれあいホーム", "serviceType": "共同生活援助"}, {"office": "あゆみ舎", "serviceType": "就労継続支援A型"}]
TODO = ["今週のToDo", "#1 見積書の再送", "#2 RA（リスクアセスメント）シート回収", "#3 OAフロアの配線確認"]


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "h13c", SURNAMES, GIVEN, "　")

    def positives(self, count: int) -> list[Doc]:
        makers = [self._referral, self._nurse, self._drugs, self._mail, self._welfare]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        makers = [self._hotel, self._seminar, self._incident, self._report, self._providers, self._todo]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _referral(self, i: int) -> Doc:
        picked = self.c.rng.sample(REFERRAL, 2)
        lines = [REFERRAL_HEAD[0], f"{self.w.name()} 殿", *REFERRAL_HEAD[1:], *(text for text, _ in picked)]
        fmt = self.c.pick(["docx", "rtf", "txt"])
        truth = {ONLY} | {("SENSITIVE", f"病歴:{phrase}") for _, phrase in picked}
        return Doc(f"h13c_referral{i:03d}.{fmt}", lines_file(lines, fmt), truth)

    def _nurse(self, i: int) -> Doc:
        picked = [self.c.pick(NURSE_PROBLEMS) for _ in range(2)]
        records = [{"patientName": self.w.name(), "visitDate": f"2026-04-{10 + n}", "problems": p} for n, p in enumerate(picked)]
        data = json.dumps(records, ensure_ascii=False, indent=1).encode("utf-8")
        return Doc(f"h13c_nurse{i:03d}.json", data, {ONLY} | {("SENSITIVE", f"病歴:{t}") for p in picked for t in NURSE_TRUTH[p]})

    def _drugs(self, i: int) -> Doc:
        text, phrase = self.c.pick(DRUG_LINES)
        lines = [DRUG_HEAD[0], f"{DRUG_HEAD[1]}　{self.w.name()}", f"4/8　{text}"]
        fmt = self.c.pick(["odt", "txt"])
        return Doc(f"h13c_drugs{i:03d}.{fmt}", lines_file(lines, fmt), {ONLY, ("SENSITIVE", f"病歴:{phrase}")})

    def _mail(self, i: int) -> Doc:
        text, phrase = self.c.pick(OWN_WORDS)
        signed = f"お疲れさまです。{self.c.pick(SURNAMES)}です。"  # a mail names its writer in its first line
        return self.w.mail(i, "mail", MAIL_SUBJECT, ["部長", signed], [(text, "病歴", phrase)])

    def _welfare(self, i: int) -> Doc:
        picked = [self.c.pick(WELFARE) for _ in range(3)]
        rows = [WELFARE_HEAD] + [[f"W{500 + n}", self.w.name(), text] for n, (text, _) in enumerate(picked)]
        fmt = self.c.pick(["tsv", "xlsx"])
        truth = {ONLY} | {("SENSITIVE", f"障害:{text}") for text, _ in picked}
        return Doc(f"h13c_welfare{i:03d}.{fmt}", encoded(rows, fmt), truth)

    def _by(self, lines: list[str]) -> list[str]:
        return [*lines, f"担当 {self.w.name()}"]

    def _hotel(self, i: int) -> Doc:
        return self.w.about_no_one(i, "hotel", self._by(HOTEL), self.c.pick(["docx", "md"]))

    def _seminar(self, i: int) -> Doc:
        return self.w.about_no_one(i, "seminar", self._by(SEMINAR), self.c.pick(["odt", "txt"]))

    def _incident(self, i: int) -> Doc:
        return self.w.mail(i, "incident", "障害発生のお詫び", ["関係各位"], [(INCIDENT, None, "")])

    def _report(self, i: int) -> Doc:
        return self.w.about_no_one(i, "report", self._by(REPORT), self.c.pick(["docx", "txt"]))

    def _providers(self, i: int) -> Doc:
        data = json.dumps({"updatedBy": self.w.name(), "providers": PROVIDERS}, ensure_ascii=False).encode("utf-8")
        return Doc(f"h13c_neg_providers{i:03d}.json", data, {ONLY})

    def _todo(self, i: int) -> Doc:
        return self.w.about_no_one(i, "todo", self._by(TODO), self.c.pick(["txt", "md"]))
