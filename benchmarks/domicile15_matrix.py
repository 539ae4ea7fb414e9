"""The matrix of issue 12's domicile15 work: a 本籍 (the registered domicile of a family
register) written in one real file per cell of format × where its label stands × the label's
spelling × the shape of the value × whether the record is a person's, read by the real
extractors and detector (benchmarks/domicile15_files.py writes the cells). A 本籍's own labels
(本籍, 本籍地, 本 籍, 本籍(都道府県), 本籍・国籍, honseki, registered domicile …) should give
each value as SENSITIVE/本籍; other places' labels (所在地, 本店所在地, 原産地, 勤務地, 出身地 …)
nothing. Family-register papers (a 戸籍 transcription, a 婚姻届, a 住民票's 記載事項) are
cells of their own. Prints the cells that miss a 本籍 and the cells that find one where
there is none, then the totals by file kind.

    .venv/bin/python benchmarks/domicile15_matrix.py [--cells]
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.corpus import _docx  # noqa: E402
from benchmarks.domicile15_files import cell_files  # noqa: E402
from benchmarks.quality import found_in, scan, sensitive_overlaps  # noqa: E402

OWN_LABELS = ["本籍", "本籍地", "本 籍", "本　籍", "本籍(都道府県)", "本籍（都道府県名）", "本籍・国籍", "本籍地又は国籍",
              "本籍又は国籍", "Honseki", "honseki", "registered domicile", "Registered Domicile", "honseki_pref",
              "honsekichi", "本籍地住所", "本籍所在地", "本籍（戸籍）", "permanent_domicile", "domicile", "本籍地(都道府県)"]
OTHER_LABELS = ["所在地", "本店所在地", "本社所在地", "本社", "原産地", "産地", "勤務地", "出身地", "工場所在地",
                "設置場所", "登記上の所在地", "head_office", "origin", "location"]
SHAPES = {"pref": ["静岡県", "鹿児島県", "岩手県", "富山県", "愛媛県", "山梨県"],
          "city": ["福岡県久留米市", "新潟県長岡市", "熊本県八代市", "茨城県つくば市", "岐阜県高山市", "広島県呉市"],
          "full": ["東京都千代田区千代田1丁目1番", "大阪府堺市堺区南瓦町3番", "愛知県岡崎市康生通西2丁目4番地",
                   "宮城県石巻市穀町14番1", "京都府京都市上京区今出川通烏丸東入玄武町5番地", "兵庫県姫路市本町68番地"],
          "kanji": ["大阪府大阪市北区中之島三丁目二番地", "長野県松本市大字里山辺千二百三十四番地", "北海道函館市元町十五番",
                    "福島県会津若松市追手町五番地の一", "三重県伊勢市宇治館町一番地", "佐賀県唐津市東城内八番一号"],
          "same": ["同上", "現住所に同じ", "住所に同じ", "同上", "現住所と同じ", "同上"],
          "foreign": ["韓国", "中国", "大韓民国ソウル特別市", "ベトナム", "朝鮮", "韓国慶尚南道"]}
PEOPLE = [("小野寺 崇", "1974/05/21", "埼玉県川口市本町2-3-1"), ("真田 寛子", "1986/01/09", "千葉県船橋市本町4-1-8"),
          ("古川 修平", "1969/08/14", "神奈川県横浜市港北区新横浜2-5-5"), ("井上 綾", "1992/03/02", "静岡県静岡市葵区追手町1-6"),
          ("荒木 達也", "1981/11/27", "兵庫県神戸市中央区加納町6-5-1"), ("宮本 千夏", "1977/06/30", "広島県広島市中区基町10-52")]


def family_papers(values: list[str]) -> dict[str, bytes]:
    """A 戸籍 transcription (本籍 line, 筆頭者), a 婚姻届's copy (夫 / 妻 の本籍), a 住民票's 記載事項."""
    people = PEOPLE[:len(values)]
    koseki = ["戸籍全部事項証明書（写し）", ""]
    for (name, born, _), value in zip(people, values):
        koseki += [f"本　　籍　{value}", f"氏　　名　{name}", "", "戸籍に記録されている者", f"【名】{name.split()[1]}",
                   f"【生年月日】{born}", ""]
    marriage = ["婚姻届 記載事項（控）"]
    for (name, born, address), value in zip(people, values):
        marriage += [f"夫の氏名　{name}", f"生年月日　{born}", f"住所　{address}", f"本籍　{value}", f"筆頭者の氏名　{name}", ""]
    resident = ["住民票の写し 記載事項"]
    for (name, born, address), value in zip(people, values):
        resident += [f"氏名 {name}", f"生年月日 {born}", f"住所 {address}", f"本籍・筆頭者 {value} {name}", ""]
    return {"koseki.txt": "\n".join(koseki).encode("utf-8"), "marriage.docx": _docx(marriage),
            "resident.txt": "\n".join(resident).encode("cp932")}


def write_matrix(root: Path) -> dict[str, tuple[bool, list[str], str]]:
    """Every cell's files under root: {file name: (a 本籍's own label, its values, the label)}."""
    truth = {}
    for own, labels in ((True, OWN_LABELS), (False, OTHER_LABELS)):
        for li, label in enumerate(labels):
            shape = list(SHAPES)[li % len(SHAPES)] if own else list(SHAPES)[li % 4]
            for with_person in ((True,) if own else (True, False)):  # a 本籍 is a person's
                values = SHAPES[shape]
                people = PEOPLE if with_person else [()] * len(PEOPLE)
                files = cell_files(label, people, values)
                if not own and with_person:
                    del files["nohdr.csv"]  # a headerless row holds no label: the own labels' cell
                for kind, data in files.items():
                    name = f"{'own' if own else 'other'}{li:02d}_{shape}_{int(with_person)}_{kind}"
                    (root / name).write_bytes(data)
                    truth[name] = (own, values, label)
    for shape, values in SHAPES.items():
        for kind, data in family_papers(values).items():
            (root / f"paper_{shape}_1_{kind}").write_bytes(data)
            truth[f"paper_{shape}_1_{kind}"] = (True, values, "戸籍")
    return truth


def main() -> None:
    from scanner.app.lazy_detector import build_detector
    from scanner.objects import ObjectScanner

    with tempfile.TemporaryDirectory() as tmp:
        truth = write_matrix(Path(tmp))
        found = {uri.rpartition("/")[2]: v for uri, v in found_in(scan(ObjectScanner(build_detector()), Path(tmp))).items()}
    totals, by_kind = Counter(), Counter()
    for name, (own, values, label) in sorted(truth.items()):
        hits = [v for e, v in found.get(name, set()) if e == "SENSITIVE" and v.startswith("本籍:")]
        got = sum(1 for v in values if any(sensitive_overlaps(f"本籍:{v}", h) for h in hits))
        wrong = len(values) - got if own else len(hits)
        totals["own" if own else "other"] += len(values)
        totals["missed" if own else "flagged"] += wrong
        if wrong:
            shape, kind = name.split("_")[1], name.split("_", 3)[3]
            by_kind[("missed " if own else "flagged ") + kind] += wrong
            by_kind[("missed shape " if own else "flagged shape ") + shape] += wrong
            if "--cells" in sys.argv:
                print(f"{'MISSED ' if own else 'FLAGGED'} {wrong}/{len(values)} {label} {name}")
    for key, count in sorted(by_kind.items()):
        print(f"{key}: {count}")
    print(f"other places flagged: {totals['flagged']} of {totals['other']}; 本籍 missed: {totals['missed']} of {totals['own']}")


if __name__ == "__main__":
    main()
