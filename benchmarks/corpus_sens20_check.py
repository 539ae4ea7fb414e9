"""Check corpus of sens20 (issue 12): the same classes as benchmarks/corpus_sens20_dev.py as a
hospital's volunteer office, a company's health desk, an NPO and a care home write them, in
Word files and mails — a resident's illness with its treatment in brackets in a case review, a
worker's family illness given as the reason of a request, a member's conviction ruling a diet,
a seat of a branch in a cause's group, a hospital's helper roster with an aid in its role column,
an occupational health mail whose subject names a list of people, a result table with its key of
grades. No template, label or word list is shared with the dev corpus; rules were not tuned on
it. Synthetic people. Run: `PYTHONPATH=. python benchmarks/corpus_sens20_check.py`."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from benchmarks.sens20_score import Doc, report
from samples import writers as w

FAMILY = ["大河内", "百瀬", "真田", "久我", "乙部", "早見", "桐谷", "朝比奈"]
FIRST = ["慎吾", "千夏", "隼人", "ひかる", "康平", "早紀", "瑞穂", "陽介"]
TREATED = [("心房細動", "抗凝固薬"), ("乾癬", "外用・光線療法"), ("潰瘍性大腸炎", "内服継続"), ("骨粗しょう症", "注射療法"),
           ("慢性心不全", "利尿剤服用中"), ("白内障", "術後点眼")]
REASONS = [("息子", "小児ぜんそく", "のため"), ("夫", "うつ病", "のため"), ("娘", "1型糖尿病", "なので"), ("義母", "認知症", "のため")]
DIETS = [("宗教ではなく倫理上の信念から", "ベジタリアン"), ("アニマルウェルフェアの信条から", "ビーガン")]
BRANCH = [("基地撤去を求める市民団体の", "副代表"), ("核兵器廃絶の会の", "県幹事")]
ROLES = ["車椅子の移乗介助", "外来での車いす誘導", "車いすの消毒", "受付補助", "院内の案内"]


def _name(rng: random.Random) -> str:
    return rng.choice(FAMILY) + "　" + rng.choice(FIRST)


def _docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.docx"
        w.write_docx(path, paragraphs, table)
        return path.read_bytes()


def _review(rng: random.Random, i: int) -> Doc:
    paragraphs, expected = ["特別養護老人ホーム 若竹荘 サービス担当者会議 要点"], []
    for disease, treatment in rng.sample(TREATED, 3):
        paragraphs += [f"◆{_name(rng)} 様", f"{disease}（{treatment}）。入浴は看護師と相談のうえ実施。"]
        expected.append(f"{disease}（{treatment}）")
    return Doc(f"review_{i:03d}.docx", _docx(paragraphs), {"病歴": expected})


def _request(rng: random.Random, i: int) -> Doc:
    relation, disease, why = REASONS[i % len(REASONS)]
    body = (f"人事課 ご担当者様\n\n製造二課の{_name(rng)}です。\n{relation}は{disease}{why}、来月から時差出勤を希望します。\n"
            "よろしくお願いいたします。\n")
    data = w.make_eml("時差出勤の相談", "worker@example.jp", "jinji@example.jp", body)
    return Doc(f"request_{i:03d}.eml", data, {"病歴": [disease]})


def _members(rng: random.Random, i: int) -> Doc:
    conviction, diet = DIETS[i % len(DIETS)]
    group, seat = BRANCH[i % len(BRANCH)]
    paragraphs = ["NPO法人 みどりの食卓 会員連絡メモ", f"・{_name(rng)}氏：{conviction}{diet}。交流会の料理は別メニュー。",
                  f"・{_name(rng)}氏：{group}{seat}。寄付の依頼は控える。"]
    return Doc(f"members_{i:03d}.docx", _docx(paragraphs), {"信条": [f"{conviction}{diet}", seat]})


def _helpers(rng: random.Random, i: int) -> Doc:
    table = [["ボランティア名", "役割", "曜日"]] + [[_name(rng), rng.choice(ROLES), rng.choice(["月", "水", "金"])]
                                                 for _ in range(rng.randint(4, 6))]
    return Doc(f"helpers_{i:03d}.docx", _docx(["総合病院 ボランティア室 配置表"], table))


def _ohs_mail(rng: random.Random, i: int) -> Doc:
    person = _name(rng)
    body = (f"総務部 {person} 様\n\n先日の健康診断で精密検査が必要となった方の名簿を送ります。\n"
            "対象の方には個別にご連絡ください。\n\n北嶺健康管理センター\n")
    data = w.make_eml(rng.choice(["【要精密検査者名簿】春季健診", "有所見者一覧の送付について"]), "center@example.jp",
                      "soumu@example.jp", body)
    return Doc(f"ohs_{i:03d}.eml", data)


def _results(rng: random.Random, i: int) -> Doc:
    table, expected = [["社員", "総合判定"]], []
    for _ in range(rng.randint(3, 5)):
        grade = rng.choice(["要精密検査", "要治療", "要再検査"])
        table.append([_name(rng), grade])
        expected.append(grade)
    key = "判定区分：A（所見なし） B（軽度所見あり） C（要経過観察） D（要医療）"
    return Doc(f"results_{i:03d}.docx", _docx(["定期健康診断 総合判定一覧", key], table), {"健康診断結果": expected})


def documents(count: int = 36, seed: int = 2121) -> list[Doc]:
    rng = random.Random(seed)
    makers = (_review, _request, _members, _helpers, _ohs_mail, _results)
    return [makers[i % len(makers)](rng, i) for i in range(count)]


if __name__ == "__main__":
    print(report("sens20 check", documents()))
