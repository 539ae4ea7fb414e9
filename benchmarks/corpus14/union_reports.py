"""The builders' union's monthly packet: a ZIP of the branch's returns (a member
list and a cover note), as the branches send it to the office."""

from __future__ import annotations

import random

from benchmarks.corpus14 import numbers, plain
from benchmarks.corpus14.births import other_date
from benchmarks.corpus14.kit import org_phone, who
from benchmarks.corpus14.mail import zip_file
from benchmarks.corpus14.model import Lines, Mark, Table
from benchmarks.corpus14.sensitive import phrase


def monthly_zip(rng: random.Random, n: int):
    rows = []
    for _ in range(rng.randint(8, 12)):
        w = who(rng, 1960, 2003, 0.1)
        rows.append([w.name("tight"), w.born("letter"), w.postal(False), w.address(), w.phone("bare"),
                     Mark("MY_NUMBER", numbers.spaced(numbers.my_number(rng)))])
    members = plain.csv(Table(["氏名", "生年月日", "〒", "住所", "電話", "マイナンバー"], rows), encoding="cp932")
    note = Lines().add("送付状").add("{} 分会より今月分を送ります。", other_date(rng, "sent_on", "west"))
    chair = who(rng, 1955, 1980, 0)
    note.add("分会長 {}（{}）", chair.name("tight"), Mark("SENSITIVE", "建設ユニオン北分会 分会長", category="労働組合"))
    note.add("{}さんは{}のため今月は休業。", who(rng, 1960, 2000, 0).name("tight"), phrase(rng, "病歴"))
    note.add("事務所 {}", org_phone("06"))
    members_name, cover_name = f"{n:02d}月_新規加入.csv", "送付状.txt"
    return zip_file(f"建設組合/月次/月次報告_{n:02d}.zip", [(members_name, *members), (cover_name, *plain.txt(note, "cp932"))])


ARCHIVES = ((monthly_zip, 6),)
