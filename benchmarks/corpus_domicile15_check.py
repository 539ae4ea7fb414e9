"""Check corpus of domicile15 (issue 12), another writer's habits, never tuned on: a person's 本籍
in a member register exported as TSV, a YAML export with English keys, a PDF form with the
label over its value, a workbook form with the label two cells left of its value, a copy of a
婚姻届's entries (夫の本籍 / 妻の本籍), a 住民票's entries (本籍・筆頭者), a mail with a roster
attached, an RTF interview memo. Values: prefectures, towns, lots in kanji or digits, a
nationality, "same as the address". Look-alikes: a factory's 工場所在地, an inn's 所在地 and 最寄駅,
a harvest's 産地, members' 勤務地, a registry office's notice on 転籍, a local history page.

No template, sentence, label or word list is shared with benchmarks/corpus_domicile15_dev.py.
Synthetic people only; truth for SENSITIVE only.
"""

from __future__ import annotations

from typing import Callable

from benchmarks.corpus import Corpus, Doc, _pdf
from benchmarks.sens5_writers import rtf_bytes
from benchmarks.sens6_layouts import encoded, truth_of
from benchmarks.sens7_writers import Parts
from samples import writers as w

FAMILY = ["桐生", "鮫島", "蓮見", "小野田", "有馬", "白鳥", "雲井", "梶原"]
FIRST = ["勇作", "香織", "亮介", "千鶴", "和樹", "由紀子", "悠真", "沙耶"]
DOMICILES = ["富山県", "高知県", "宮城県石巻市", "福岡県久留米市", "大阪府大阪市北区中之島三丁目二番地", "京都府京都市上京区玄武町5番地",
             "兵庫県姫路市本町68番地", "佐賀県唐津市東城内八番", "茨城県つくば市吾妻一丁目", "住所に同じ", "現住所と同じ"]
NATIONALITIES = ["ベトナム", "フィリピン", "朝鮮"]
TSV_HEADS = ["本 籍 地", "Registered Domicile", "本籍又は国籍"]
TSV_OTHER = [["正会員", "2009"], ["賛助会員", "2017"], ["正会員", "2022"]]
YAML_KEYS = ["honseki_pref", "domicile", "permanent_domicile"]
PDF_LABELS = ["本籍（戸籍上）", "本 籍 地", "Honseki"]
LEFT_LABELS = ["本籍", "本籍地住所", "本籍所在地"]
# a 婚姻届's entries: who, the label its form prints
SPOUSES = [("夫", "夫の本籍"), ("妻", "妻の本籍")]
INTERVIEW = ["{v}が本籍で、転勤で当地に来たと話す。", "戸籍上の本籍地は{v}だと申告があった。"]
INTERVIEW_HEAD = ["面接記録", "応募者：{name}"]
INTERVIEW_REST = ["志望動機を確認。", "通勤経路を確認した。"]
ATTACH_BODY = ["皆様", "会員名簿を添付いたします。取扱いにご注意ください。"]
# look-alikes
FACTORY = ["工場案内", "工場所在地：静岡県富士市今泉1丁目", "操業開始：1992年", "従業員数：420名"]
INN = ["宿のご案内", "所在地：長野県下高井郡山ノ内町平穏", "最寄駅：湯田中駅", "客室：12室"]
HARVEST = ["入荷情報", "本日の産地：北海道十勝地方", "品目：馬鈴薯", "規格：L"]
MEMBER_HEAD = ["番号", "会員氏名", "勤務地"]
MEMBER_VALUES = ["愛知県名古屋市", "福井県", "東京都港区"]
REGISTRY = ["転籍届のご案内", "本籍を他の市区町村へ移すときは転籍届を提出します。", "届出人は戸籍の筆頭者とその配偶者です。"]
HISTORY = ["郷土の歴史", "唐津藩は肥前国の藩で、城下町として栄えた。", "石巻は北上川の河口に開けた港町である。"]


class CheckDocuments:
    def __init__(self, corpus: Corpus) -> None:
        self.c = corpus
        self.w = Parts(corpus, "dm15c", FAMILY, FIRST, "　")

    def positives(self, count: int) -> list[Doc]:
        makers: list[Callable[[int], Doc]] = [self._members_tsv, self._export_yaml, self._form_pdf, self._sheet_xlsx,
                                              self._marriage_docx, self._resident_txt, self._roster_eml, self._memo_rtf]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        pages = [FACTORY, INN, HARVEST, REGISTRY, HISTORY]
        docs = []
        for i in range(count):
            if i % (len(pages) + 1) == len(pages):
                docs.append(self.w.roster_of_no_one(i, "members", "会員一覧", MEMBER_HEAD, MEMBER_VALUES, "tsv"))
            else:
                docs.append(self.w.about_no_one(i, f"page{i % len(pages)}", pages[i % len(pages)], self.c.pick(["md", "odt"])))
        return docs

    def _item(self, nationality: bool = False, same: bool = True) -> tuple[str, str, str]:
        values = DOMICILES + (NATIONALITIES if nationality else [])
        value = self.c.pick(values if same else [v for v in values if "同" not in v])
        return value, "本籍", value

    def _members_tsv(self, i: int) -> Doc:
        head = TSV_HEADS[(i // 8) % len(TSV_HEADS)]
        items = [self._item(head.endswith("国籍")) for _ in range(5)]
        return self.w.table(i, "members", "会員台帳", ["番号", "氏名", "会員種別", "入会年", head], TSV_OTHER, items, "tsv")

    def _export_yaml(self, i: int) -> Doc:
        key, items = self.c.pick(YAML_KEYS), [self._item() for _ in range(3)]
        text = "".join(f"- id: {i}{n}\n  full_name: {self.w.name()}\n  {key}: {v}\n" for n, (v, _, _) in enumerate(items))
        return Doc(f"dm15c_export{i:03d}.yaml", text.encode("utf-8"), truth_of(items))

    def _form_pdf(self, i: int) -> Doc:
        item, label = self._item(), self.c.pick(PDF_LABELS)
        lines = ["入会申込書", "", "ふりがな", "", "お名前", "", self.w.name(), "", label, "", item[0], "", "ご職業", "", "会社員"]
        return Doc(f"dm15c_form{i:03d}.pdf", _pdf(lines), truth_of([item]))

    def _sheet_xlsx(self, i: int) -> Doc:
        item, label = self._item(True), self.c.pick(LEFT_LABELS)
        rows = [["職員調書"], [], ["氏名", "", self.w.name()], [label, "", item[0]], ["資格", "", "普通自動車免許"]]
        return Doc(f"dm15c_sheet{i:03d}.xlsx", w.xlsx_bytes({"調書": rows}), truth_of([item]))

    def _marriage_docx(self, i: int) -> Doc:
        items = [self._item(same=False) for _ in SPOUSES]
        table = [["", "夫になる人", "妻になる人"], ["氏名", self.w.name(), self.w.name()]]
        table.append(["本籍", items[0][0], items[1][0]])
        lines = ["婚姻届 記載事項の写し", f"届出日 令和{self.c.rng.randint(1, 7)}年5月10日"]
        doc = self.w.word(i, "marriage", lines, [], table)
        return Doc(doc.name.replace("_neg_", "_"), doc.data, truth_of(items))

    def _resident_txt(self, i: int) -> Doc:
        item, name = self._item(same=False), self.w.name()
        lines = ["住民票の写し（記載事項）", f"氏名　{name}", "生年月日　昭和61年9月30日", "住所　埼玉県所沢市並木6丁目",
                 f"本籍・筆頭者　{item[0]}　{name}"]
        return Doc(f"dm15c_resident{i:03d}.txt", "\r\n".join(lines).encode("cp932"), truth_of([item]))

    def _roster_eml(self, i: int) -> Doc:
        items = [self._item() for _ in range(4)]
        rows = [["会員氏名", "入会年", "本籍"]] + [[self.w.name(), "2019", v] for v, _, _ in items]
        mail = w.make_eml("会員名簿の送付", "office@example.jp", "board@example.jp", "\n".join(ATTACH_BODY),
                          attachments=[("meibo.csv", encoded(rows, "csv"))])
        return Doc(f"dm15c_roster{i:03d}.eml", mail, truth_of(items))

    def _memo_rtf(self, i: int) -> Doc:
        item = self._item(same=False)
        said = self.c.pick(INTERVIEW).replace("{v}", item[0])
        lines = [line.replace("{name}", self.w.name()) for line in INTERVIEW_HEAD] + INTERVIEW_REST[:1] + [said]
        return Doc(f"dm15c_memo{i:03d}.rtf", rtf_bytes(lines + INTERVIEW_REST[1:]), truth_of([(item[0], "本籍", item[2])]))
