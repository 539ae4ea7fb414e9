"""A 緩和ケア病棟: the nurses' 申し送り (free notes, several patients a file), the
admission sheet (a Word form with a family table), the regional liaison office's
mbox of referrals, and the bereaved families' mailing list."""

from __future__ import annotations

import random

from benchmarks.corpus10.common import office, other_date, phrase
from benchmarks.corpus10.model import Doc
from benchmarks.corpus10.persons import kin_word, person, relative
from benchmarks.corpus10.render_mail import mbox, message
from benchmarks.corpus10.render_office import docx
from benchmarks.corpus10.render_text import csv_doc, txt

WISHES = ("自宅で過ごす時間を増やしたい", "孫の結婚式まで頑張りたい", "痛みなく眠りたい", "故郷の海を見たい")

def handover(rng: random.Random, n: int) -> Doc:
    lines = [f"申し送り　{rng.choice(('日勤→夜勤', '夜勤→日勤'))}　第{n + 1}報", ""]
    for room in rng.sample(range(501, 520), rng.randint(3, 5)):
        patient = person(rng, 1932, 1970)
        kin = relative(rng, patient, 1955, 1995)
        lines += [[f"【{room}号室】", patient.name(rng.choice((0, 3))), rng.choice(("様", "さん", ""))],
                  ["・", phrase(rng, "病歴"), "。レスキュー使用2回、NRS 3〜4で経過。"],
                  ["・キーパーソンは", kin_word(rng, kin), "の", kin.name(3), "さん（", kin.phone(), "）。面会は夕方。"]]
        if rng.random() < 0.5:
            lines.append(["・", phrase(rng, "宗教"), "。お看取りの際の希望を確認済み。"])
        if rng.random() < 0.3:
            lines.append(["・", phrase(rng, "障害"), "のため、声掛けは正面から。"])
        lines.append(f"・本人の希望：{rng.choice(WISHES)}")
        lines.append("")
    return txt(f"緩和ケア病棟/申し送り/申し送り_{n:03d}.txt", lines, "handover", newline=rng.choice(("\n", "\r\n")))

def admission(rng: random.Random, n: int) -> Doc:
    patient = person(rng, 1930, 1968)
    family = [relative(rng, patient, 1950, 1996) for _ in range(rng.randint(2, 4))]
    blocks = [("p", "入院時情報シート（緩和ケア病棟）"), ("p", ["入院日　", other_date(rng, "admission_date")]),
              ("p", ["氏　名　", patient.name(0), "　（", patient.kana(), "）"]),
              ("p", ["生年月日　", patient.born(rng.choice((1, 2, 6))), "　性別　", "女" if patient.woman else "男"]),
              ("p", ["現住所　〒", patient.postal(0), "　", patient.address()]),
              ("p", ["主病名　", phrase(rng, "病歴")]),
              ("p", ["信仰・宗教上の配慮　", phrase(rng, "宗教")] if rng.random() < 0.6 else "信仰・宗教上の配慮　特になし"),
              ("p", "家族構成"),
              ("t", [["続柄", "氏名", "生年月日", "連絡先"]] +
               [[kin_word(rng, f), f.name(0), f.born(rng.choice((0, 3, 8))), f.phone()] for f in family]),
              ("p", "記入者：病棟看護師")]
    return docx(f"緩和ケア病棟/入院時情報/入院時情報_{n:03d}.docx", blocks, "admission_form")

def referrals(rng: random.Random, n: int) -> Doc:
    liaison = office(rng, "地域医療連携室", "hospice-example.jp")
    messages = []
    for k in range(rng.randint(3, 6)):
        patient, doctor = person(rng, 1935, 1975), person(rng, 1960, 1985)
        body = ["地域医療連携室 御中", "", "いつもお世話になっております。下記の患者様のご紹介をお願いいたします。", "",
                ["患者氏名：", patient.name(0), "　様"], ["生年月日：", patient.born(1)],
                ["診断名：", phrase(rng, "病歴")], ["ご家族の連絡先：", patient.phone(mobile=False)], "",
                ["紹介医：", doctor.name(0)], "", *liaison.footer()]
        attached = [referral_letter(rng, patient, doctor)] if rng.random() < 0.5 else []
        messages.append(message(f"m{k}", "renkei@clinic-example.jp", "renkei@hospice-example.jp",
                                "緩和ケア病棟 入院相談", "Tue, 3 Nov 2026 10:00:00 +0900", body, attached))
    return mbox(f"緩和ケア病棟/連携室/紹介_{n:02d}.mbox", messages, "mbox")

def referral_letter(rng: random.Random, patient, doctor) -> Doc:
    """診療情報提供書 as the referring doctor attaches it."""
    blocks = [("p", "診療情報提供書"), ("p", ["患者　", patient.name(3), "　殿"]), ("p", ["生年月日　", patient.born(6)]),
              ("p", ["傷病名　", phrase(rng, "病歴")]), ("p", ["既往歴　", phrase(rng, "病歴")]),
              ("p", "紹介目的　緩和ケア病棟への入院のご検討をお願いします。"), ("p", ["主治医　", doctor.name(0)])]
    return docx("診療情報提供書.docx", blocks, "attachment")


def bereaved(rng: random.Random, n: int) -> Doc:
    rows = []
    for _ in range(rng.randint(12, 18)):
        late = person(rng, 1930, 1960)
        kin = relative(rng, late, 1955, 1990)
        rows.append([late.name(3), kin.name(0), kin_word(rng, kin), kin.postal(1), kin.address(), kin.phone(),
                     other_date(rng, "death_date")])
    return csv_doc(f"緩和ケア病棟/遺族会/案内送付先_{n}.csv", [["故人", "ご遺族", "続柄", "郵便番号", "住所", "電話", "ご逝去日"]] + rows,
                   "mailing_list", encoding="cp932")

def documents(rng: random.Random, scale: float) -> list[Doc]:
    count = lambda base: max(1, round(base * scale))  # noqa: E731
    return ([handover(rng, i) for i in range(count(13))] + [admission(rng, i) for i in range(count(12))] +
            [referrals(rng, i) for i in range(count(4))] + [bereaved(rng, i) for i in range(count(3))])

__all__ = ["documents", "Mark", "value"]
