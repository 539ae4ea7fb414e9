"""Documents that carry 要配慮 information as people write it, for the quality
benchmark's SENSITIVE score: 健診事後措置 sheets, 面談記録, 身上書 with 本籍,
union member lists, 相談記録 case notes, 配慮事項 in HR lists, HR mails — and
documents that name people next to 要配慮 words without saying anything about
them (a health column signed by its author, IT 障害 logs with the staff on duty,
rosters whose 既往歴 column says なし).

These documents are labelled for SENSITIVE only: the truth holds ("*", "SENSITIVE")
and (SENSITIVE, "category:phrase") pairs; a detection counts when its category is
the same and its text overlaps the phrase (benchmarks/quality.py).
"""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import TYPE_CHECKING, Callable

from benchmarks import corpus_sensitive_phrases as ph
from benchmarks.corpus import mail_charset
from benchmarks.corpus_people import wareki
from samples import writers as w

if TYPE_CHECKING:
    from benchmarks.corpus import Corpus, Doc

ONLY_SENSITIVE = {("*", "SENSITIVE")}
NONE_VALUES = ["なし", "特記事項なし", "-", "異常なし", "無", "特になし", "ー"]


class SensitiveDocuments:
    def __init__(self, corpus: "Corpus") -> None:
        self.c = corpus
        self.rng = corpus.rng

    def _doc(self, name: str, data: bytes, truth: set) -> "Doc":
        from benchmarks.corpus import Doc

        return Doc(name, data, truth | ONLY_SENSITIVE)

    def positives(self, count: int) -> list["Doc"]:
        makers: list[Callable[[int], "Doc"]] = [
            self._checkup_xlsx, self._interview_docx, self._personal_history_docx, self._union_roster_csv,
            self._case_notes_txt, self._accommodations_xlsx, self._hr_mail_eml, self._health_column_txt,
            self._incident_log_xlsx, self._notices_docx, self._temple_list_csv]
        return [makers[i % len(makers)](i) for i in range(count)]

    def _sentence(self, name: str) -> tuple[str, set]:
        return ph.marked(self.c.pick(ph.NOTE_SENTENCES), n=name, **ph.slots(self.rng))

    # --- 健診事後措置: item columns hold results, 判定 A and "なし" are not findings ---
    def _checkup_xlsx(self, i: int) -> "Doc":
        items = self.rng.sample(ph.CHECK_ITEMS, 3)
        header = ["社員番号", "氏名", "所属"] + [item for item, *_ in items] + ["総合判定", "事後措置"]
        rows, truth = [header], set()
        for _ in range(self.rng.randint(8, 20)):
            p = self.c.person()
            row = [str(self.rng.randint(10000, 99999)), p.name, self.c.pick(["営業部", "総務部", "製造部"])]
            for _, _, low, high in items:
                value = ph._value(self.rng, low * 0.6, high)
                row.append(value)
                truth.add(("SENSITIVE", f"健康診断結果:{value}"))
            grade = self.c.pick(["A", "B", "C", "D1", "D2", "E"])
            action = "-" if grade in "AB" else self.c.pick(["要精密検査（受診勧奨）", "保健指導", "要再検査", "就業制限（残業禁止）"])
            row += [grade, action]
            if grade != "A":
                truth.add(("SENSITIVE", f"健康診断結果:{grade}"))
            if action != "-":
                truth.add(("SENSITIVE", f"健康診断結果:{action}"))
            rows.append(row)
        title = [[f"定期健康診断 事後措置一覧（{wareki(date(2026, 9, 30), 'era')}実施分）"], []]
        return self._doc(f"sens_checkup{i:03d}.xlsx", w.xlsx_bytes({"事後措置": title + rows}), truth)

    # --- 面談記録: free text about one person ---
    def _interview_docx(self, i: int) -> "Doc":
        from benchmarks.corpus import _docx

        p, staff = self.c.person(), self.c.person()
        lines = ["産業医面談記録", f"対象者：{p.name}（{self.c.pick(['営業部', '開発部', '経理部'])}）",
                 f"面談日：{wareki(date(2026, 10, self.rng.randint(1, 28)), 'era')}　面談者：{staff.name}（産業医）"]
        truth: set = set()
        for _ in range(self.rng.randint(2, 4)):
            text, found = self._sentence(self.c.pick(["本人", f"{p.surname}さん", "同氏"]))
            lines.append(text)
            truth |= found
        lines.append("次回面談：1か月後")
        return self._doc(f"sens_interview{i:03d}.docx", _docx(lines), truth)

    # --- 身上書: a key/value form with 本籍 and health and religion rows ---
    def _personal_history_docx(self, i: int) -> "Doc":
        from benchmarks.corpus import _docx

        p = self.c.person()
        honseki = self.c.pick(ph.HONSEKI)
        health_value, health_truth = self.c.pick([
            ("良好", set()), ph.cell("病歴", f"{self.c.pick(ph.DISEASES)}（通院中）"),
            ph.cell("病歴", f"{self.c.pick(ph.DISEASES)}の既往あり")])
        rows = [["氏名", p.name], ["生年月日", wareki(p.birth, "era")], ["本籍", honseki],
                ["現住所", p.address], ["健康状態", health_value]]
        truth = {("SENSITIVE", f"本籍:{honseki}")} | health_truth
        if self.c.chance(0.4):
            sect, _ = self.c.pick(ph.RELIGIONS)
            rows.append(["宗教", sect])
            truth.add(("SENSITIVE", f"宗教:{sect}"))
        offence, sentence = self.c.pick(ph.OFFENCES)
        record = self.c.pick(["なし", f"{self.rng.randint(2005, 2020)}年 {offence}により{sentence}"])
        rows.append(["賞罰", record])
        if record != "なし":
            truth.add(("SENSITIVE", f"犯罪歴:{record}"))
        return self._doc(f"sens_shinjo{i:03d}.docx", _docx(["身　上　書", "記入日：2026年10月1日"], rows), truth)

    # --- 組合員名簿 ---
    def _union_roster_csv(self, i: int) -> "Doc":
        union = self.c.pick(ph.UNIONS)
        rows, truth = [[f"{union} 組合員名簿"], ["氏名", "所属", "組合役職", "加入日"]], set()
        for _ in range(self.rng.randint(10, 25)):
            p = self.c.person()
            role = self.c.pick(ph.UNION_ROLES + ["組合員"] * 6)
            rows.append([p.name, self.c.pick(["製造一課", "物流センター", "本社総務"]), role,
                         f"{self.rng.randint(2001, 2025)}/4/1"])
            truth.add(("SENSITIVE", f"労働組合:{role}"))
        text = "\r\n".join(",".join(row) for row in rows)
        return self._doc(f"sens_union{i:03d}.csv", text.encode("cp932"), truth)

    # --- 相談記録: dated case notes, one person per entry ---
    def _case_notes_txt(self, i: int) -> "Doc":
        lines, truth = ["相談記録（人事部 相談窓口）", ""], set()
        for n in range(self.rng.randint(3, 6)):
            p = self.c.person()
            text, found = self._sentence(self.c.pick(["本人", f"{p.surname}さん"]))
            lines += [f"2026/10/{n + 3:02d}　相談者：{p.name}", text, "対応：継続して経過を確認する。", ""]
            truth |= found
        return self._doc(f"sens_casenotes{i:03d}.txt", "\r\n".join(lines).encode(self.c.pick(["utf-8", "cp932"])),
                         truth)

    # --- 配慮事項 in an HR list ---
    def _accommodations_xlsx(self, i: int) -> "Doc":
        options = [("障害", "車椅子を使用（段差への配慮）"), ("障害", "聴覚障害あり、筆談で対応"),
                   ("障害", "療育手帳B2"), ("障害", "視覚障害（拡大文字の資料）"), ("障害", "補聴器を使用"),
                   ("病歴", "人工透析のため週3回早退"), ("病歴", "てんかんの持病あり（服薬中）"),
                   ("宗教", "ハラール食を希望（イスラム教）"), ("宗教", "金曜昼に礼拝の時間が必要（ムスリム）"),
                   ("病歴", "妊娠高血圧症候群で通院中"), ("障害", "発達障害（ASD）の診断あり")]
        rows, truth = [["氏名", "所属", "配慮事項"]], set()
        for _ in range(self.rng.randint(8, 16)):
            p = self.c.person()
            if self.c.chance(0.5):
                category, value = self.c.pick(options)
                truth.add(("SENSITIVE", f"{category}:{value}"))
            else:
                value = self.c.pick(NONE_VALUES + ["在宅勤務を希望", "時短勤務（育児）"])
            rows.append([p.name, self.c.pick(["営業部", "総務部"]), value])
        return self._doc(f"sens_hr{i:03d}.xlsx", w.xlsx_bytes({"配慮事項": rows}), truth)

    def _hr_mail_eml(self, i: int) -> "Doc":
        p, staff = self.c.person(), self.c.person()
        text, truth = self._sentence(f"{p.surname}さん")
        body = "\n".join([f"{staff.surname}部長", "", "お疲れ様です。人事部の総務担当です。",
                          f"{self.c.pick(['営業部', '製造部'])}の{p.name}さんの件でご報告します。", text,
                          "今後の対応についてご相談させてください。", "", "人事部"])
        data = w.make_eml("【社外秘】社員の件", "hr@example.co.jp", "manager@example.co.jp", body,
                          charset=mail_charset(self.c.pick, body))
        return self._doc(f"sens_mail{i:03d}.eml", data, truth)

    # --- people next to 要配慮 words, nothing said about them ---
    def _health_column_txt(self, i: int) -> "Doc":
        author = self.c.person()
        disease = self.c.pick(ph.DISEASES)
        lines = [f"健康コラム　第{i + 1}回　{disease}について", f"文：産業医　{author.name}",
                 f"{disease}と診断された方は、医師の指示に従って治療を続けることが大切です。",
                 "健康診断で要精密検査と判定された場合は、早めに医療機関を受診しましょう。",
                 "障害者手帳をお持ちの方への支援制度については人事部までお問い合わせください。",
                 f"次回は睡眠と生活習慣病の関係について{author.surname}がお届けします。"]
        return self._doc(f"sens_column{i:03d}.txt", "\n".join(lines).encode("utf-8"), set())

    def _incident_log_xlsx(self, i: int) -> "Doc":
        rows = [["発生日時", "障害内容", "影響範囲", "対応者", "状態"]]
        for n in range(self.rng.randint(5, 12)):
            staff = self.c.person()
            rows.append([f"2026/10/{n + 1} 09:{n:02d}", self.c.pick(["システム障害によりログイン不可", "通信障害（拠点間VPN）",
                                                                       "電波障害で無線LANが不安定", "サーバー障害",
                                                                       "メール配信障害"]),
                         self.c.pick(["全社", "大阪支店", "一部利用者"]), staff.name, self.c.pick(["復旧済", "対応中"])])
        return self._doc(f"sens_incident{i:03d}.xlsx", w.xlsx_bytes({"障害管理台帳": rows}), set())

    def _notices_docx(self, i: int) -> "Doc":
        from benchmarks.corpus import _docx

        staff = self.c.person()
        lines = [f"{self.c.pick(ph.UNIONS)}からのお知らせ", "組合員の皆様へ",
                 "第12回定期大会を下記のとおり開催します。執行委員長の挨拶の後、春闘方針を審議します。",
                 "浄土真宗の門徒の方も参加できる合同法要のご案内を同封します。",
                 "犯罪被害者支援のための募金にご協力ください。", f"問い合わせ：総務部 {staff.name}（内線2345）"]
        rows = [["氏名", "既往歴", "本籍"]] + [[self.c.person().name, self.c.pick(NONE_VALUES), "-"] for _ in range(4)]
        return self._doc(f"sens_notice{i:03d}.docx", _docx(lines, rows), set())

    def _temple_list_csv(self, i: int) -> "Doc":
        rows = [["寺院名", "宗派", "所在地", "電話"]]
        for name, sect in [("西光寺", "浄土真宗本願寺派"), ("長福寺", "曹洞宗"), ("妙法寺", "日蓮宗"), ("金剛院", "真言宗")]:
            rows.append([name, sect, f"京都府京都市下京区{self.rng.randint(1, 9)}丁目", f"075-{self.rng.randint(200, 999)}-0000"])
        text = "\n".join(",".join(row) for row in rows)
        return self._doc(f"sens_temples{i:03d}.csv", unicodedata.normalize("NFC", text).encode("utf-8"), set())
