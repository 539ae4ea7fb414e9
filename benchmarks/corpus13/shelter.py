"""An animal shelter's adopters: the application list (CSV), the adoption database
export (XML) and the home-visit notes; its animals have people's names."""

from __future__ import annotations

import random
from xml.sax.saxutils import escape

from benchmarks.corpus13 import common as c
from benchmarks.corpus13.dates import western
from benchmarks.corpus13.marks import Document, Grid, Item, Lines
from benchmarks.corpus13.people import person
from benchmarks.corpus13.say import alike, sensitive, who

FOLDER = "譲渡会"
ORG = ("NPO法人 しっぽの会", "shippo.npo")
PETS = ("ジロー", "さくら", "ハナコ", "タロウ", "ゴン太", "マロン", "小次郎", "ユキ", "モモコ", "銀次", "リュウノスケ", "キヨシ")
SPECIES = ("雑種犬（オス）", "柴犬（メス）", "三毛猫（メス）", "茶トラ（オス）", "キジ白（オス）", "ビーグル（メス）")
PET = "animal's name"
SHELTER_RECORDS = ("動物愛護管理法違反で罰金刑を受けていた", "多頭飼育崩壊で書類送検された", "以前に猫の虐待で逮捕された")


def applications(rng: random.Random, index: int, org: c.Org) -> Document:
    grid = Grid().row("受付日", "希望動物", "動物名", "申込者", "ふりがな", "郵便番号", "住所", "電話", "メール", "同居家族")
    for _ in range(rng.randint(8, 12)):
        adopter = person(rng, 1950, 2000)
        grid.row(c.a_day(rng, "date of an application"), rng.choice(SPECIES), alike("PERSON", rng.choice(PETS), PET),
                 c.name(adopter), c.kana(adopter), c.postal(adopter), c.home(adopter), c.phone(adopter),
                 c.email(adopter), f"{rng.randint(1, 5)}人")
    return c.csv_doc(f"{FOLDER}/申込/譲渡申込一覧_{index:03d}.csv", grid)


def xml_export(rng: random.Random, index: int, org: c.Org) -> Document:
    parts, marks = ["<?xml version='1.0' encoding='UTF-8'?>", "<adoptions>"], []
    for number in range(rng.randint(8, 12)):
        adopter, pet = person(rng, 1950, 2000), rng.choice(PETS)
        parts += [f"  <adoption id='{index * 100 + number}'>", f"    <animal name='{pet}'/>",
                  f"    <adopter><name>{escape(adopter.name)}</name><tel>{adopter.mobile}</tel>"
                  f"<mail>{adopter.email}</mail><address>{escape(adopter.address)}</address></adopter>",
                  "  </adoption>"]
        marks += [alike("PERSON", pet, PET), who(adopter.name), c.phone(adopter), c.email(adopter), c.home(adopter)]
    path = f"{FOLDER}/export/adoptions_{index:03d}.xml"
    return Document(path, "\n".join(parts + ["</adoptions>"]).encode(), [Item(path, m) for m in marks])


def home_visits(rng: random.Random, index: int, org: c.Org) -> Document:
    lines = Lines().add("家庭訪問記録（トライアル）").blank()
    for _ in range(rng.randint(4, 6)):
        adopter, volunteer = person(rng, 1950, 2000), person(rng, 1955, 2000)
        pet = rng.choice(PETS)
        lines.add(c.a_day(rng, "date of a visit", fmt=western), "　訪問者 ", who(volunteer.name))
        lines.add("里親希望の", who(adopter.name), "さん宅で", alike("PERSON", pet, PET), "のトライアル2週目。")
        if rng.random() < 0.3:
            lines.add("譲渡見送り：申込者は", sensitive("犯罪歴", rng.choice(SHELTER_RECORDS)), "ことが判明。連絡先 ",
                      c.phone(adopter)).blank()
        else:
            lines.add("ベランダの脱走防止ネット設置済み。連絡先 ", c.phone(adopter)).blank()
    for parts in c.org_lines(org):
        lines.add(*parts)
    return c.text_doc(f"{FOLDER}/訪問/訪問記録_{index:03d}.txt", lines)


MAKERS = (applications, xml_export, home_visits)
