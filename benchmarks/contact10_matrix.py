"""The matrix of issue 12's contact10 work: one real file per cell of format × way a
record places the label × shape of the value, for ADDRESS, PHONE and POSTAL_CODE, run
through the real extractors and detector (ObjectScanner); prints every cell that finds
nothing and the count. Made-up people and places.

    .venv/bin/python benchmarks/contact10_matrix.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.corpus import _docx, _e164, _pdf, address_key  # noqa: E402
from benchmarks.quality import _matched, found_in, scan  # noqa: E402
from samples import writers as w  # noqa: E402

SHAPES = {
    "kanji_banchi": "福井県坂井市三国町南本町三丁目四番十二号", "dash_fw": "静岡県沼津市大手町２－１４－７",
    "dash_choon": "静岡県沼津市大手町2ー14ー7", "dash_hyphen": "静岡県沼津市大手町2‐14‐7",
    "oaza": "茨城県つくば市大字上野字中原123番地", "kyoto": "京都府京都市中京区烏丸通六角上ル饅頭屋町605",
    "hokkaido": "北海道札幌市中央区北3条西4丁目1番地", "banchino": "長野県松本市中央2丁目5番地の3",
    "room": "神奈川県藤沢市鵠沼海岸3-5-12 メゾン鵠沼203号室", "tou": "埼玉県川口市芝5-8-1 芝園団地2号棟405",
    "bldg_kata": "大阪府大阪市北区梅田1-2-3 グランフロントタワー15F", "romaji": "2-3-4 Chuo, Chiyoda-ku, Tokyo",
    "romaji_bldg": "Sunny Heights 201, 5-6-7 Nishi, Naka-ku, Yokohama", "nopref": "松本市中央2-5-3",
    "nopref_ward": "横浜市中区山下町12-3", "gun": "長野県北佐久郡軽井沢町大字長倉1234", "mura": "沖縄県島尻郡座間味村座間味105",
    "island": "東京都八丈島八丈町三根1234", "island_aza": "東京都小笠原村父島字東町12", "samakata": "東京都杉並区高円寺北2-3-4 山田様方",
    "fw_all": "東京都港区芝５丁目３３番１号", "chome_banchi": "岐阜県高山市上岡本町7丁目88番地",
    "gou": "愛知県名古屋市中村区名駅4丁目7番1号", "chome_dash": "宮城県仙台市青葉区一番町3丁目1-1",
    "banchi_only": "岡山県倉敷市玉島乙島6000番地", "banchi_kanji": "岡山県倉敷市玉島乙島六千番地",
    "kanji_city": "高知県高知市本町五丁目一番四五号",
}
PHONES = {
    "paren_area": "(03)3456-7890", "area_paren": "03(3456)7890", "bare10": "0334567890", "bare11": "09012345678",
    "space": "090 1234 5678", "fw": "０３－３４５６－７８９０", "plus81": "+81-90-1234-5678", "plus81b": "+81 3 3456 7890",
    "ip050": "050-1234-5678", "dot": "03.3456.7890", "choon": "03ー3456ー7890", "fwbare": "０９０１２３４５６７８",
    "plus81_0": "+81(0)3-3456-7890", "hyphen2": "03‐3456‐7890", "minus": "03−3456−7890",
}
ADDRESS_LABELS = ["住所", "現住所", "連絡先", "居所", "送付先", "勤務先住所", "Address", "Addr", "addr1", "address_line",
                  "jusho", "本籍地", "実家", "帰省先", "住所地", "所在地", "緊急連絡先住所", "お届け先", "宛先"]
PHONE_LABELS = ["電話", "TEL", "携帯", "自宅", "緊急連絡先", "FAX", "連絡先", "tel", "phone", "mobile", "keitai",
                "renrakusaki", "Phone No.", "携帯電話", "電話番号", "自宅電話", "日中連絡先", "保護者連絡先", "cell"]
A, AP, P, PB = "沼津市大手町2-14-7", "静岡県沼津市大手町2-14-7", "055-962-1234", "0559621234"


def addresses(*values: str) -> set:
    return {("ADDRESS", address_key(v)) for v in values}


def phones(*values: str) -> set:
    return {("PHONE", _e164(address_key(v))) for v in values}


def shape_cells() -> list:
    """Every shape of an address under 住所 (a line, a CSV column, a sentence, a headerless row); of a phone likewise."""
    cells = []
    for k, v in SHAPES.items():
        cells += [(f"kv_{k}.txt", f"氏名　山本 太一\n住所　{v}\n".encode(), addresses(v)),
                  (f"csv_{k}.csv", f'氏名,住所\n山本 太一,"{v}"\n北村 恵,"{v}"\n'.encode(), addresses(v)),
                  (f"prose_{k}.txt", f"山本さんは先月{v}に転居した。\n".encode(), addresses(v)),
                  (f"nolabel_{k}.csv", f'1,山本 太一,"{v}",090-1234-5678\n2,北村 恵,"{v}",080-2345-6789\n'.encode(), addresses(v))]
    for k, v in PHONES.items():
        cells += [(f"kv_phone_{k}.txt", f"氏名　山本 太一\n電話　{v}\n".encode(), phones(v)),
                  (f"csv_phone_{k}.csv", f"氏名,電話\n山本 太一,{v}\n".encode(), phones(v)),
                  (f"prose_phone_{k}.txt", f"山本さんの連絡先は{v}です。\n".encode(), phones(v))]
    return cells


def label_cells() -> list:
    """Every label kind over an address without its prefecture and a bare landline: a line, a CSV header, a JSON key."""
    cells = []
    for label, values, truth in [(lab, A, addresses(A)) for lab in ADDRESS_LABELS] + [(lab, PB, phones(PB)) for lab in PHONE_LABELS]:
        cells += [(f"kv_label_{label}.txt", f"氏名：山本 太一\n{label}：{values}\n".encode(), truth),
                  (f"csv_label_{label}.csv", f"氏名,{label}\n山本 太一,{values}\n北村 恵,{values}\n".encode(), truth),
                  (f"json_label_{label}.json", json.dumps({"name": "山本 太一", label: values}, ensure_ascii=False).encode(), truth)]
    return cells


def split_cells() -> list:
    """An address or a phone split over cells, keys or elements; two phones in a cell; postal codes."""
    rows = [["氏名", "都道府県", "市区町村", "番地", "建物"], ["山本 太一", "静岡県", "沼津市", "大手町2-14-7", "コーポ大手101"]]
    romaji = "name,todofuken,shikuchoson,banchi,tatemono\nYAMAMOTO TAICHI,静岡県,沼津市,大手町2-14-7,コーポ大手101\n"
    xml = ("<members><member><name>山本 太一</name><pref>静岡県</pref><city>沼津市</city><street>大手町2-14-7</street>"
           f"<zip>4100801</zip><tel>{PB}</tel></member></members>")
    cells = [("split.xlsx", w.xlsx_bytes({"S": rows}), addresses("大手町2-14-7")),
             ("split_romaji.csv", romaji.encode(), addresses("大手町2-14-7")),
             ("split_english.csv", b"Name,Street,City,Pref\nTaichi Yamamoto,2-14-7 Ote-machi,Numazu-shi,Shizuoka\n",
              addresses("2-14-7 Ote-machi")),
             ("split.xml", xml.encode(), addresses("大手町2-14-7") | phones(PB) | {("POSTAL_CODE", "4100801")}),
             ("split_phone.xlsx", w.xlsx_bytes({"S": [["氏名", "市外局番", "市内局番", "加入者番号"], ["山本 太一", "055", "962", "1234"]]}),
              phones(P)),
             ("two_phones.csv", f"氏名,連絡先\n山本 太一,自宅 {P} / 携帯 090-1234-5678\n".encode(), phones(P, "090-1234-5678"))]
    for k, v in {"plain": "410-0801", "bare": "4100801", "fw": "４１０－０８０１", "mark": "〒4100801", "space": "410 0801"}.items():
        cells += [(f"kv_postal_{k}.txt", f"郵便番号　{v}\n住所　{AP}\n".encode(), {("POSTAL_CODE", "4100801")}),
                  (f"csv_postal_{k}.csv", f"氏名,〒,住所\n山本 太一,{v},{AP}\n".encode(), {("POSTAL_CODE", "4100801")})]
    return cells


def _written(suffix: str, write) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"x{suffix}"
        write(path)
        return path.read_bytes()


def format_cells() -> list:
    """One card in every format; a form's label above, two cells left, in 【】."""
    lines, truth = ["会員カード", "氏名　山本 太一", f"住所　{A}", f"電話　{PB}"], addresses(A) | phones(PB)
    pptx = _written(".pptx", lambda p: w.write_pptx(p, "会員", [["氏名", "住所", "電話"], ["山本 太一", A, PB]]))
    cells = [(f"card.{fmt}", data, truth) for fmt, data in [
        ("pdf", _pdf(lines)), ("docx", _docx(lines)), ("txt", "\n".join(lines).encode()),
        ("html", ("<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>").encode()),
        ("eml", w.make_eml("会員登録", "a@example.jp", "b@example.jp", "\n".join(lines))), ("pptx", pptx),
        ("yaml", f"member:\n  name: 山本 太一\n  address: {A}\n  tel: {PB}\n".encode())]]
    form = [["氏名", "電話番号"], ["山本 太一", PB], ["住所", ""], [A, ""]]
    return cells + [
        ("form_above.docx", _docx(["入会申込書"], form), truth),
        ("form_left2.xlsx", w.xlsx_bytes({"S": [["住所", "", A], ["電話", "", PB]]}), truth),
        ("above.txt", f"氏名\n山本 太一\n住所\n{A}\n電話番号\n{PB}\n".encode(), truth),
        ("bracket.txt", f"【氏名】山本 太一\n【住所】{A}\n【電話】{PB}\n".encode(), truth),
        ("fixed_header.txt", f"氏名        住所                      電話\n山本 太一   {A}        {PB}\n".encode(), truth)]


def prose_cells() -> list:
    """Where a person lives or is reached, said in a sentence or a letter's lines."""
    said = {"ga": f"新しい住まいは{A}です。", "de": f"山本さんは{A}で一人暮らし。", "jikka": f"実家は{A}にある。",
            "kara": f"来月{A}から{AP}へ引っ越す予定。", "samakata": f"送付先：{AP} 山田様方", "kizuke": f"送付先　{AP}　○○荘気付",
            "room_first": f"住所：コーポ大手101 {A}", "postal_first": f"〒410-0801 {A}\n山本 太一 様",
            "two_lines": "住所：静岡県沼津市\n　　　大手町2-14-7 コーポ大手101", "hokkaido": "住所：札幌市白石区本郷通3丁目南5-12",
            "aza": "住所：上田市大字真田字中原1234-5", "gun": "住所：北佐久郡軽井沢町長倉1234-5"}
    expected = {"kara": (A, AP), "samakata": (AP,), "kizuke": (AP,), "two_lines": ("大手町2-14-7",),
                "hokkaido": ("札幌市白石区本郷通3丁目南5-12",), "aza": ("上田市大字真田字中原1234-5",), "gun": ("北佐久郡軽井沢町長倉1234-5",)}
    told = {"kanji": "電話は〇五五（九六二）一二三四です。", "naisen": f"勤務先電話 {P} 内線 234", "spaced": "携帯 090 1234 5678",
            "daytime": f"日中は{PB}にご連絡ください（山本）。", "emergency": f"緊急連絡先：妻 山本 花子 {PB}", "owner": f"電話 {PB}（自宅）"}
    return ([(f"said_{k}.txt", text.encode(), addresses(*expected.get(k, (A,)))) for k, text in said.items()]
            + [(f"told_{k}.txt", text.encode(), phones(PB if k in ("daytime", "emergency", "owner") else
                                                        "090-1234-5678" if k == "spaced" else P)) for k, text in told.items()])


def found_by_cell(cells: list) -> tuple[dict, dict]:
    """(truth, findings) of each cell's file by its name, written to a folder and scanned
    by the real extractors and detector."""
    from scanner.app.lazy_detector import build_detector
    from scanner.objects import ObjectScanner

    with tempfile.TemporaryDirectory() as tmp:
        root, truth = Path(tmp), {}
        for name, data, expected in cells:
            (root / name).write_bytes(data)
            truth[name] = expected
        found = {uri.rpartition("/")[2]: v for uri, v in found_in(scan(ObjectScanner(build_detector()), root)).items()}
    return truth, found


def main() -> None:
    cells = shape_cells() + label_cells() + split_cells() + format_cells() + prose_cells()
    truth, found = found_by_cell(cells)
    missed = 0
    for name, expected in sorted(truth.items()):
        for entity, value in sorted(expected):
            if not _matched(entity, {value}, {v for e, v in found.get(name, set()) if e == entity}):
                missed += 1
                print(f"NOTHING  {name}  {entity} {value}")
    print(f"{missed} of {sum(len(t) for t in truth.values())} values in {len(cells)} cells found nothing")


if __name__ == "__main__":
    main()
