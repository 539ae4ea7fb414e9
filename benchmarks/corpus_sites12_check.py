"""Check corpus for issue 12's sites12 work, written apart from
benchmarks/corpus_sites12_dev.py (no town, label, name, key or kind of document in
common): a building contractor's and a vocational school's records — a slide of
trainees and their 実習先, an odt visit sheet (訪問先 then 同所在地 / 同電話), an HTML
crew list whose group row 現場 stands over 名称 | 住所 | 電話, a YAML ticket (genba: /
sagyoin:), a camelCase JSON (siteAddress, workerMobile), a TSV of 納品先 with a driver's
own phone, a fixed-width export with 工場 columns, a mail from a plant's office.
Clean files: a safety meeting's minutes naming no one, a price list of a builder's
merchant, a notice of a trade fair with its venue, a directory of 事業所 in an RTF.
Never tuned on.
"""

from __future__ import annotations

import json

from benchmarks.corpus import Doc, _e164, _written, address_key
from benchmarks.corpus_orgown3_dev import OrgNumbers
from benchmarks.ids5_formats import odf_bytes, rtf_bytes
from samples import writers as w

SCORED = ("PHONE", "ADDRESS", "POSTAL_CODE")
_SCORED = {("*", entity) for entity in SCORED}
WARDS = [("福岡県", "久留米市", "東合川"), ("宮城県", "石巻市", "大街道北"), ("岡山県", "倉敷市", "玉島乙島"),
         ("滋賀県", "彦根市", "小泉町"), ("北海道", "帯広市", "西十八条南")]
BODIES = ["ひまわりデイサービス", "北斗精機 第二工場", "みどり台小学校", "東和建設 資材センター", "さくら保育園"]
TRAINEES = ["川端 悠斗", "吉岡 結衣", "新井 大地", "北村 玲奈", "宮崎 颯太"]
CAMEL = ["Yuto Kawabata", "Yui Yoshioka", "Daichi Arai"]


class CheckSites12(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 122)

    def place(self) -> str:
        pref, city, town = self.pick(WARDS)
        return f"{pref}{city}{town}{self.n(12)}丁目{self.n(30)}番{self.n(20)}号"

    @staticmethod
    def truth(mine=(), my_phones=(), theirs=(), their_phones=()) -> set:
        return ({("ADDRESS", address_key(a)) for a in mine} | {("PHONE", _e164(p)) for p in my_phones}
                | {("~ADDRESS", address_key(a)) for a in theirs} | {("~PHONE", _e164(p)) for p in their_phones}
                | _SCORED)

    def _pairs(self, count: int) -> list[tuple[str, str, str, str, str, str]]:
        """(trainee, own address, own phone, body, body's address, body's phone)."""
        return [(who, self.place(), self.pick([self.mobile(), self.landline()]), self.pick(BODIES), self.place(),
                 self.landline()) for who in self.rng.sample(TRAINEES, count)]

    def _truth_of(self, pairs) -> set:
        return self.truth([p[1] for p in pairs], [p[2] for p in pairs], [p[4] for p in pairs], [p[5] for p in pairs])

    def slide_pptx(self, i: int) -> Doc:
        pairs = self._pairs(3)
        table = [["実習生", "現住所", "本人連絡先", "実習先", "実習先住所", "実習先TEL"]]
        table += [[p[0], p[1], p[2], p[3], p[4], p[5]] for p in pairs]
        data = _written(".pptx", lambda path: w.write_pptx(path, "校外実習 配置表", table))
        return Doc(f"s12c_slide{i:03d}.pptx", data, self._truth_of(pairs))

    def visit_odt(self, i: int) -> Doc:
        (who, home, phone, body, where, tel), = self._pairs(1)
        lines = ["訪問記録票", f"学生氏名　{who}", f"帰省先住所　{home}", f"本人TEL　{phone}", f"訪問先　{body}",
                 f"同所在地　{where}", f"同電話　{tel}", "所見：実習態度は良好。"]
        return Doc(f"s12c_visit{i:03d}.odt", odf_bytes("text", lines), self.truth([home], [phone], [where], [tel]))

    def crew_html(self, i: int) -> Doc:
        pairs = self._pairs(3)
        rows = ['<tr><th colspan="3">作業員</th><th colspan="3">現場</th></tr>',
                "<tr><th>氏名</th><th>自宅</th><th>携帯</th><th>名称</th><th>住所</th><th>電話</th></tr>"]
        rows += ["<tr>" + "".join(f"<td>{c}</td>" for c in p) + "</tr>" for p in pairs]
        html = f'<html><head><meta charset="utf-8"></head><body><table>{"".join(rows)}</table></body></html>'
        return Doc(f"s12c_crew{i:03d}.html", html.encode("utf-8"), self._truth_of(pairs))

    def ticket_yaml(self, i: int) -> Doc:
        (who, home, phone, body, where, tel), = self._pairs(1)
        lines = ["ticket: 2026-118", "genba:", f"  meisho: {body}", f"  jusho: {where}", f"  tel: {tel}", "sagyoin:",
                 f"  shimei: {who}", f"  jusho: {home}", f"  keitai: {phone}"]
        return Doc(f"s12c_ticket{i:03d}.yaml", "\n".join(lines).encode("utf-8"),
                   self.truth([home], [phone], [where], [tel]))

    def camel_json(self, i: int) -> Doc:
        (_, home, phone, body, where, tel), = self._pairs(1)
        data = {"workerName": self.pick(CAMEL), "workerHomeAddress": home, "workerMobile": phone,
                "siteName": body, "siteAddress": where, "sitePhone": tel}
        return Doc(f"s12c_posting{i:03d}.json", json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"),
                   self.truth([home], [phone], [where], [tel]))

    def deliveries_tsv(self, i: int) -> Doc:
        pairs = self._pairs(3)
        lines = ["配送員\t配送員住所\t配送員電話\t納品先\t納品先住所\t納品先電話"] + ["\t".join(p) for p in pairs]
        return Doc(f"s12c_deliveries{i:03d}.tsv", "\n".join(lines).encode("utf-8"), self._truth_of(pairs))

    def factory_txt(self, i: int) -> Doc:
        """A fixed-width export: the worker's own, then the plant's columns."""
        pairs = self._pairs(2)
        widths = (12, 56, 16, 56, 16)  # bytes of Shift_JIS, as a host pads its fields
        rows = [("氏名", "住所", "電話", "工場所在地", "工場電話")] + [(p[0], p[1], p[2], p[4], p[5]) for p in pairs]
        lines = ["".join(c + " " * (width - len(c.encode("cp932"))) for c, width in zip(row, widths)) for row in rows]
        return Doc(f"s12c_factory{i:03d}.txt", "\n".join(lines).encode("cp932"),
                   self.truth([p[1] for p in pairs], [p[2] for p in pairs], [p[4] for p in pairs], [p[5] for p in pairs]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.slide_pptx, self.visit_odt, self.crew_html, self.ticket_yaml, self.camel_json,
                 self.deliveries_tsv, self.factory_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- a body's own contacts and clean files ------------------------------------

    def plant_eml(self, i: int) -> Doc:
        where, tel = self.place(), self.landline()
        body = (f"明日の搬入は午前10時からです。正門から入り、守衛所で受付をしてください。\n\n"
                f"＿＿＿＿＿＿＿＿＿＿\n北斗精機 第二工場 総務課\n所在地：{where}\n電話：{tel}\n")
        data = w.make_eml("搬入のご案内", "soumu@hokuto.example.co.jp", "butsuryu@example.jp", body)
        return Doc(f"s12c_plant{i:03d}.eml", data, self.truth(theirs=[where], their_phones=[tel]))

    def fair_txt(self, i: int) -> Doc:
        where, tel = self.place(), self.landline()
        lines = ["建設技能フェア開催のお知らせ", "日時：6月14日（日）10時〜16時", f"体験会場：東和建設 資材センター（{where}）",
                 f"問合せ：フェア実行委員会 {tel}", "入場無料・事前申込不要"]
        return Doc(f"s12c_fair{i:03d}.txt", "\n".join(lines).encode("utf-8"), self.truth(theirs=[where], their_phones=[tel]))

    def offices_rtf(self, i: int) -> Doc:
        table, places, phones = [["事業所名", "住所", "代表電話"]], [], []
        for body in self.rng.sample(BODIES, 3):
            where, tel = self.place(), self.landline()
            table.append([body, where, tel])
            places.append(where)
            phones.append(tel)
        return Doc(f"s12c_offices{i:03d}.rtf", rtf_bytes(["協力事業所一覧（令和8年度）"], table),
                   self.truth(theirs=places, their_phones=phones))

    def minutes_txt(self, i: int) -> Doc:
        lines = ["安全衛生委員会 議事録", f"開催：{self.n(12)}月{self.n(28)}日 第二会議室", "出席：工場長、安全管理者、各班長",
                 "1. 先月のヒヤリハット報告は4件。", "2. 熱中症対策として休憩所にスポットクーラーを設置する。"]
        return Doc(f"s12c_clean_minutes{i:03d}.txt", "\n".join(lines).encode("utf-8"))

    def prices_csv(self, i: int) -> Doc:
        lines = ["品番,品名,規格,単価"] + [f"K-{100 + n},コンパネ,12mm×910×1820,{self.n(3000)}" for n in range(4)]
        return Doc(f"s12c_clean_prices{i:03d}.csv", "\n".join(lines).encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.plant_eml, self.fair_txt, self.offices_rtf, self.minutes_txt, self.prices_csv]
        return [kinds[i % len(kinds)](i) for i in range(count)]
