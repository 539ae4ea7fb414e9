"""A night junior high school (夜間中学): the students' roster workbook, the students'
own essays (prose with births told in words) and teachers' mails in a Maildir."""

from __future__ import annotations

import random

from benchmarks.corpus13 import common as c
from benchmarks.corpus13.dates import kanji_digits, kanji_date, western
from benchmarks.corpus13.files import encoded_header, mail_bytes
from benchmarks.corpus13.marks import Document, Grid, Item, Lines
from benchmarks.corpus13.numbers import passport, residence_card
from benchmarks.corpus13.people import foreigner, person
from benchmarks.corpus13.say import born, sensitive, value, who
from benchmarks.corpus13.vocab import ETHNIC, OFFENCES, VICTIMS

FOLDER = "夜間学級"
ORG = ("市立第三中学校 夜間学級", "yakan.chu3")
MEMORIES = ("子どものころは家の手伝いで学校に行けませんでした。", "工場で四十年働き、字を覚える時間がありませんでした。",
            "日本に来て十年、ひらがなは読めますが漢字が難しいです。", "孫に手紙を書けるようになりたいと思っています。")


def roster(rng: random.Random, index: int, org: c.Org) -> Document:
    grid = Grid("在籍生徒").row("学年", "氏名", "よみ／英字", "生年月日", "国籍・地域", "在留カード／旅券番号", "電話", "配慮事項", "入学日")
    for _ in range(rng.randint(9, 12)):
        student, country = foreigner(rng, 1945, 2005) if rng.random() < 0.6 else (person(rng, 1940, 1975), "日本")
        card = [value("RESIDENCE_CARD", residence_card(rng)), " / 旅券 ", value("PASSPORT", passport(rng))] \
            if country != "日本" else "―"
        note = sensitive("人種・民族", rng.choice(ETHNIC)) if rng.random() < 0.45 else "―"
        grid.row(f"{rng.randint(1, 3)}年", c.name(student, True), who(student.romaji),
                 born(student.born, western(student.born)), country, card,
                 c.phone(student, style="international" if country != "日本" else ""), note,
                 c.a_day(rng, "date of admission", 2020, 2026, western))
    return c.xlsx_doc(f"{FOLDER}/名簿/在籍生徒名簿_{index:02d}.xlsx", [grid])


def essay(rng: random.Random, index: int, org: c.Org) -> Document:
    writer = person(rng, 1940, 1965)
    lines = Lines().add("作文「わたしのこと」").add(rng.choice(("一年", "二年", "三年")), "　", who(writer.name)).blank()
    form = rng.choice((kanji_digits, kanji_date))
    lines.add("わたしは", born(writer.born, form(writer.born)), "に生まれました。")
    lines.add(rng.choice(MEMORIES))
    if rng.random() < 0.5:
        lines.add("わたしは", sensitive("人種・民族", rng.choice(ETHNIC)), "で、母のことばも少し話せます。")
    else:
        lines.add("若いころ", sensitive("犯罪歴", rng.choice(OFFENCES)), "。いまは毎日まじめに働いています。")
    friend = person(rng, 1940, 1970)
    lines.add("同じクラスの", who(friend.name), "さんは、いつも漢字を教えてくれます。")
    return c.text_doc(f"{FOLDER}/作文集/作文_{index:03d}.txt", lines)


def teacher_mail(rng: random.Random, index: int, org: c.Org) -> Document:
    teacher, student = person(rng, 1965, 1995), person(rng, 1945, 1975)
    body = Lines("body:").add("教頭先生").blank().add("夜間学級担任の", who(teacher.name), "です。")
    body.add("2年の", who(student.name), "さん（", c.phone(student), "）が3週間欠席しています。")
    body.add("ご本人の話では、", sensitive("犯罪被害", rng.choice(VICTIMS)), "とのことで、")
    body.add("しばらく夜の外出を控えたいそうです。家庭訪問を考えています。").blank().add(who(teacher.name))
    path = f"{FOLDER}/Maildir/cur/17{index:08d}.M{index}P7.kousha,S=4096:2,S"
    head = {"From": org.email, "To": org.email, "Subject": encoded_header("欠席が続いている生徒について"),
            "Date": "Tue, 11 Nov 2026 21:40:00 +0900", "Message-ID": f"<night{index}@chu3>"}
    items = body.items(path) + [Item(path, c.alike("EMAIL", org.email, c.OWN))]
    return Document(path, mail_bytes(head, body.text), items)


MAKERS = (roster, essay, teacher_mail)
