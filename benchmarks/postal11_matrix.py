"""The matrix of issue 12's postal11 work for POSTAL_CODE: one real file per cell of file
format × way a record places the code's label × shape of the value, run through the real
extractors and detector (ObjectScanner); prints every cell that finds nothing (NOTHING)
or finds a code that is not there (WRONG) and the counts. Made-up people and places; the
look-alike cells (an order number, an amount, a date of seven digits, an office's own
code in a letterhead) must find no postal code.

    .venv/bin/python benchmarks/postal11_matrix.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.contact10_matrix import found_by_cell  # noqa: E402
from benchmarks.corpus import _docx, _pdf, _written  # noqa: E402
from benchmarks.sens5_writers import odt_bytes, rtf_bytes  # noqa: E402
from samples import writers as w  # noqa: E402

CODE, ADDRESS, NAME, PHONE = "4100801", "静岡県沼津市大手町2-14-7", "山本 太一", "055-962-1234"
SHAPES = {"hyphen": "410-0801", "bare": "4100801", "fw": "４１０－０８０１", "choon": "410ー0801",
          "fwdash": "410－0801", "minus": "410−0801", "nbhyphen": "410‐0801", "mark": "〒410-0801",
          "markbare": "〒4100801", "space": "410 0801", "fwbare": "４１００８０１"}
LABELS = ["〒", "郵便番号", "郵便", "ZIP", "Zip Code", "Postal Code", "postcode", "zip", "zipcode", "zip_code",
          "postal_code", "postalCode", "yubin", "yubin_bango", "post_no", "〒番号", "郵便番号（7桁）", "POST"]
# a Hokkaido code with leading zeros as a sheet keeps it: 001-0010 stored as 10010, or written 1-0010
ZEROS = {"number5": ("10010", "0010010"), "short": ("1-0010", "0010010"), "number6": ("600001", "0600001")}
ZADDRESS = "北海道札幌市北区北十条西4丁目1番地"


def _code(truth: str = CODE) -> set:
    return {("POSTAL_CODE", truth)}


def label_cells() -> list:
    """Every label over a bare and a hyphenated code: key-value line, CSV and TSV header,
    JSON key, XML element, YAML key, xlsx header above and cell to the left."""
    cells = []
    for i, label in enumerate(LABELS):
        for kind, v in (("bare", "4100801"), ("hyphen", "410-0801")):
            tag = f"{i:02d}_{kind}"
            key = label.replace(" ", "_").replace("（", "").replace("）", "")  # an element of the label's own name
            cells += [
                (f"kv_{tag}.txt", f"氏名：{NAME}\n{label}：{v}\n住所：{ADDRESS}\n".encode(), _code()),
                (f"csv_{tag}.csv", f"氏名,{label},住所\n{NAME},{v},{ADDRESS}\n".encode(), _code()),
                (f"csvalone_{tag}.csv", f"氏名,{label},電話\n{NAME},{v},{PHONE}\n".encode(), _code()),
                (f"tsv_{tag}.tsv", f"氏名\t{label}\t住所\n{NAME}\t{v}\t{ADDRESS}\n".encode(), _code()),
                (f"json_{tag}.json", json.dumps({"name": NAME, label: v, "address": ADDRESS},
                                                ensure_ascii=False).encode(), _code()),
                (f"xml_{tag}.xml", f"<list><m><name>{NAME}</name><{key}>{v}</{key}></m></list>".encode(), _code()),
                (f"yaml_{tag}.yaml", f"member:\n  name: {NAME}\n  {label}: '{v}'\n".encode(), _code()),
                (f"xlsx_{tag}.xlsx", w.xlsx_bytes({"S": [["氏名", label, "住所"], [NAME, v, ADDRESS]]}), _code()),
                (f"xlsxleft_{tag}.xlsx", w.xlsx_bytes({"S": [["氏名", NAME], [label, v], ["住所", ADDRESS]]}), _code())]
    return cells


def shape_cells() -> list:
    """Every shape of the value under 郵便番号 and after 〒, in a line, a CSV column, a sheet."""
    cells = []
    for k, v in SHAPES.items():
        cells += [(f"shape_kv_{k}.txt", f"氏名　{NAME}\n郵便番号　{v}\n住所　{ADDRESS}\n".encode(), _code()),
                  (f"shape_csv_{k}.csv", f"氏名,郵便番号,住所\n{NAME},{v},{ADDRESS}\n".encode(), _code()),
                  (f"shape_mark_{k}.txt", f"{NAME} 様\n〒{v.lstrip('〒')}\n{ADDRESS}\n".encode(), _code()),
                  (f"shape_xlsx_{k}.xlsx", w.xlsx_bytes({"S": [["氏名", "〒", "住所"], [NAME, v, ADDRESS]]}), _code())]
    for k, (v, truth) in ZEROS.items():
        cells += [(f"zero_csv_{k}.csv", f"氏名,郵便番号,住所\n{NAME},{v},{ZADDRESS}\n".encode(), _code(truth)),
                  (f"zero_xlsx_{k}.xlsx", w.xlsx_bytes({"S": [["氏名", "郵便番号", "住所"], [NAME, int(v) if v.isdigit() else v,
                                                                                   ZADDRESS]]}), _code(truth))]
    return cells


def record_cells() -> list:
    """A code without a label: a headerless row, a fixed-width line, split cells, a letter, a vCard."""
    rows = [["氏名", "郵便番号", "", "住所"], ["", "上3桁", "下4桁", ""], [NAME, "410", "0801", ADDRESS]]
    return [
        ("noheader.csv", f"1001,{NAME},4100801,{ADDRESS},{PHONE}\n1002,北村 恵,4100801,{ADDRESS},090-1234-5678\n".encode(),
         _code()),
        ("noheader_hyphen.csv", f"1001,{NAME},410-0801,静岡県,沼津市大手町2-14-7\n".encode(), _code()),
        ("noheader_pref_col.csv", f"{NAME},4100801,静岡県,沼津市,大手町2-14-7\n".encode(), _code()),
        ("fixed.txt", f"0001 {NAME:<10}4100801 {ADDRESS:<24}{PHONE}\n0002 北村 恵   4100801 {ADDRESS:<24}{PHONE}\n".encode(), _code()),
        ("fixed_header.txt", f"番号 氏名      郵便番号 住所\n0001 {NAME}  4100801  {ADDRESS}\n".encode(), _code()),
        ("split_two_row.xlsx", w.xlsx_bytes({"S": rows}), _code()),
        ("split_xml.xml", f"<m><name>{NAME}</name><zip1>410</zip1><zip2>0801</zip2><addr>{ADDRESS}</addr></m>".encode(), _code()),
        ("split_json.json", json.dumps({"name": NAME, "zip1": "410", "zip2": "0801"}, ensure_ascii=False).encode(), _code()),
        ("label_sheet.txt", f"4100801\n{ADDRESS}\n{NAME} 様\n\n4100801\n{ADDRESS}\n北村 恵 様\n".encode(), _code()),
        ("letter_above.txt", f"410-0801\n{ADDRESS}\n{NAME} 様\n\n拝啓 時下ますますご清栄のことと…\n".encode(), _code()),
        ("signature.eml", w.make_eml("ご連絡", "a@example.jp", "b@example.jp",
                                     f"お世話になります。\n\n--\n{NAME}\n{ADDRESS}\n〒4100801\n携帯 090-1234-5678\n"), _code()),
        ("card.vcf", ("BEGIN:VCARD\nVERSION:3.0\nFN:" + NAME + "\nADR;TYPE=home:;;大手町2-14-7;沼津市;静岡県;410-0801;Japan\n"
                      "TEL;TYPE=cell:090-1234-5678\nEND:VCARD\n").encode(), _code()),
        ("card_bare.vcf", ("BEGIN:VCARD\nVERSION:3.0\nFN:" + NAME + "\nADR:;;大手町2-14-7;沼津市;静岡県;4100801;\nEND:VCARD\n").encode(),
         _code()),
        ("prose_bare.txt", f"{NAME}さんの郵便番号は4100801、住所は{ADDRESS}です。\n".encode(), _code()),
        ("prose_mark.txt", f"送り先は〒4100801 {ADDRESS}の{NAME}さん宛て。\n".encode(), _code()),
        ("address_first.txt", f"住所：{ADDRESS}（〒410-0801）\n".encode(), _code()),
        ("address_then_bare.txt", f"住所　{ADDRESS}　4100801\n".encode(), _code()),
        ("label_above.txt", f"氏名\n{NAME}\n郵便番号\n4100801\n住所\n{ADDRESS}\n".encode(), _code()),
        ("bracket.txt", f"【氏名】{NAME}\n【郵便番号】4100801\n【住所】{ADDRESS}\n".encode(), _code()),
        ("spaced_dash.txt", f"{NAME}\n〒 410 － 0801\n{ADDRESS}\n".encode(), _code()),
        ("noheader_city_hyphen.csv", f"1001,{NAME},410-0801,沼津市大手町2-14-7,{PHONE}\n".encode(), _code()),
        ("noheader_city_bare.csv", f"1001,{NAME},4100801,沼津市大手町2-14-7,{PHONE}\n".encode(), _code()),
        ("fixed_city.txt", f"0001 {NAME:<10}410-0801  沼津市大手町2-14-7      {PHONE}\n".encode(), _code()),
        ("english.txt", f"Taichi Yamamoto\n2-14-7 Otemachi, Numazu-shi\nShizuoka 4100801\n".encode(), _code()),
        ("english_hyphen.csv", "name,address\nTaichi Yamamoto,\"2-14-7 Otemachi, Numazu-shi, Shizuoka-ken 410-0801\"\n".encode(), _code()),
        ("kanji_vertical.docx", _docx(["〒四一〇-〇八〇一", "静岡県沼津市大手町二丁目十四番七号", f"{NAME} 様"]), _code()),
        ("spaced_dash_label.txt", f"郵便番号：410 - 0801\n住所：{ADDRESS}\n".encode(), _code()),
        ("after_address.txt", f"{NAME}　{ADDRESS}　410-0801\n".encode(), _code()),
        ("after_address_bracket.txt", f"{NAME}様（{ADDRESS}（4100801））\n".encode(), _code()),
        ("after_address.csv", f"氏名,住所\n{NAME},\"{ADDRESS}, 410-0801\"\n".encode(), _code()),
        ("nested.json", json.dumps({"name": NAME, "address": {"zip": "4100801", "pref": "静岡県", "city": "沼津市"}},
                                   ensure_ascii=False).encode(), _code()),
    ]


def format_cells() -> list:
    """Every format daicho reads × a few labels × a few shapes: a card's line, a table's column."""
    cells = []
    for label in ("〒", "郵便番号", "ZIP", "yubin"):
        for kind, v in (("bare", "4100801"), ("hyphen", "410-0801"), ("fw", "４１０－０８０１")):
            lines = ["会員カード", f"氏名　{NAME}", f"{label}　{v}", f"住所　{ADDRESS}"]
            table = [["氏名", label, "住所"], [NAME, v, ADDRESS]]
            tag = f"{label}_{kind}"
            cells += [(f"card_{tag}.{fmt}", data, _code()) for fmt, data in _formats(lines, table)]
    cells.append(("card.zip", w.zip_bytes({"m.csv": "氏名,郵便番号,住所\n{},4100801,{}\n".format(NAME, ADDRESS).encode()}), _code()))
    cells.append(("form_above.docx", _docx(["入会申込書"], [["氏名", "郵便番号"], [NAME, "4100801"], ["住所", ""], [ADDRESS, ""]]), _code()))
    return cells


def _formats(lines: list[str], table: list[list[str]]) -> list:
    """(suffix, bytes) of the card's lines and of its table in each format."""
    html = "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in table) + "</table>"
    return [("pdf", _pdf(lines)), ("docx", _docx(lines)), ("odt", odt_bytes(lines)), ("rtf", rtf_bytes(lines)),
            ("html", f"<html><body>{html}</body></html>".encode()), ("txt", "\n".join(lines).encode("cp932")),
            ("pptx", _written(".pptx", lambda p: w.write_pptx(p, "会員", table))), ("table.docx", _docx(["名簿"], table)),
            ("table.odt", odt_bytes(["名簿"], table)), ("xlsx", w.xlsx_bytes({"S": table})),
            ("eml", w.make_eml("会員登録", "a@example.jp", "b@example.jp", "\n".join(lines))),
            ("mbox", w.mbox_bytes([w.make_eml("会員登録", "a@example.jp", "b@example.jp", "\n".join(lines))]))]


def lookalike_cells() -> list:
    """Seven digits that are no postal code, and an office's own code: nothing to find."""
    return [("la_order.csv", f"注文番号,氏名,金額\n4100801,{NAME},1250000\n".encode(), set()),
            ("la_amount.txt", f"{NAME}様 ご請求額 4100801円\n".encode(), set()),
            ("la_date.csv", "日付,件数\n2024101,12\n".encode(), set()),
            ("la_product.xlsx", w.xlsx_bytes({"S": [["品番", "品名", "単価"], ["4100801", "ボールペン", "120"]]}), set()),
            ("la_letterhead.txt", f"株式会社サンプル商事\n〒410-0801 {ADDRESS}\nTEL 055-962-0000\n\nお知らせ\n".encode(), set()),
            ("la_fee.txt", "郵便料金：12000円\n郵便物 3-1234 番の追跡\n".encode(), set()),
            ("la_post_id.json", json.dumps({"post_id": "4100801", "posted": "2024101"}).encode(), set()),
            ("la_split.xml", "<r><zip_count>123</zip_count><total>4567</total></r>".encode(), set()),
            ("la_english_region.txt", "Lot Chiba 1234567 units\n".encode(), set()),
            ("la_spaced_numbers.txt", "受付番号 123 - 4567\n".encode(), set()),
            ("la_after_address.txt", f"{ADDRESS} 123-4567\n{ADDRESS}（2024-1234）\n".encode(), set()),
            ("la_above_region.txt", f"1234567\n{ADDRESS}\n".encode(), set()),
            ("la_vcard_org.vcf", "BEGIN:VCARD\nNOTE;x=1:a;b;1234567;c\nEND:VCARD\n".encode(), set())]


def main() -> None:
    cells = label_cells() + shape_cells() + record_cells() + format_cells() + lookalike_cells()
    truth, found = found_by_cell(cells)
    missed = wrong = 0
    for name, expected in sorted(truth.items()):
        got = {v for e, v in found.get(name, set()) if e == "POSTAL_CODE"}
        for _, value in sorted(expected - {("POSTAL_CODE", g) for g in got}):
            missed += 1
            print(f"NOTHING  {name}  {value}")
        for value in sorted(got - {v for _, v in expected}):
            wrong += 1
            print(f"WRONG    {name}  {value}")
    print(f"{missed} of {sum(len(t) for t in truth.values())} codes in {len(cells)} cells found nothing; {wrong} wrong")


if __name__ == "__main__":
    main()
