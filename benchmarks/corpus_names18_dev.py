"""Development corpus of issue 12's names18 work on PERSON: people named in the office prose
and records of a plumbing and heating contractor (設備工事会社), as its staff write them — the
rules are corrected on it. A site's 作業日報 (CP932 txt: full names, then surnames alone after
さん/氏), a 定例会議 議事録 (docx: 出席者 with roles, speakers' surnames before ：), a 申し送り簿
(xlsx, 姓 | 名 in two cells, a surname alone in the 受け column), a mail with a CC line and a
signature with the sender's romaji (given name first), a chat export (JSON, romaji users,
@surname), a 名刺 list (csv, 氏名 with and without a space, ふりがな), a notice to 各位 (md, 殿,
kana-only names). No template, label, name or word list in common with corpus_names18_check.py
(tests/benchmarks/test_names18_corpora.py).
Clean files: a notice of the yard's move naming places, stations, shops and builders after
families (…町, …市, …駅, …商店, …工務店, …ビル); a typhoon's notice with the site's dog.

Truth: PERSON; a place, a shop, a builder, a station, a building or a dog is `~PERSON`.
"""

from __future__ import annotations

import json
import random

from benchmarks.corpus import Doc
from benchmarks.corpus_names15_dev import truth_of
from benchmarks.sens6_layouts import lines_file
from samples import writers as w

STAFF = [("久保田", "昌平"), ("宮下", "蓮"), ("小野寺", "美咲"), ("堀江", "健吾"), ("三浦", "沙織"),
         ("吉川", "大地"), ("矢野", "千尋"), ("大塚", "直樹"), ("片山", "優子"), ("野口", "隼人")]
ROMAJI = {"久保田": "Kubota", "宮下": "Miyashita", "小野寺": "Onodera", "堀江": "Horie", "三浦": "Miura",
          "吉川": "Yoshikawa", "矢野": "Yano", "大塚": "Otsuka", "片山": "Katayama", "野口": "Noguchi",
          "昌平": "Shohei", "蓮": "Ren", "美咲": "Misaki", "健吾": "Kengo", "沙織": "Saori", "大地": "Daichi",
          "千尋": "Chihiro", "直樹": "Naoki", "優子": "Yuko", "隼人": "Hayato"}
KANA = {"久保田": "くぼた", "宮下": "みやした", "小野寺": "おのでら", "堀江": "ほりえ", "三浦": "みうら",
        "吉川": "よしかわ", "矢野": "やの", "大塚": "おおつか", "片山": "かたやま", "野口": "のぐち",
        "昌平": "しょうへい", "蓮": "れん", "美咲": "みさき", "健吾": "けんご", "沙織": "さおり", "大地": "だいち",
        "千尋": "ちひろ", "直樹": "なおき", "優子": "ゆうこ", "隼人": "はやと"}
CLIENTS = [("石原", "和彦"), ("菅野", "真由美"), ("河合", "俊介"), ("平松", "恵理"), ("内藤", "浩二")]
FAMILY_THINGS = ["佐伯", "安藤", "坂本", "松田", "森田", "桜井"]
THING_SUFFIXES = ["工務店", "商店", "町", "市", "駅", "ビル"]
SITE_WORDS = ["給湯器", "排水管", "受水槽", "ボイラー", "空調ダクト"]
KIDS = [("さくらこ", "くん"), ("こはる", "ちゃん"), ("朔", "くん"), ("紬", "ちゃん"), ("いつき", "くん")]
ENGINEERS = ["杉浦先生", "岩崎先生", "望月先生"]
SAGES = ["二宮尊徳", "渋沢栄一", "松下幸之助", "本田宗一郎"]
CITED = ["司馬遼太郎の『坂の上の雲』", "池波正太郎の『鬼平犯科帳』", "吉川英治の『宮本武蔵』"]
DOGS = ["柴犬のコテツ", "ポメラニアンのモモ", "黒ラブのジロー"]


_TO_KATAKANA = str.maketrans({chr(c): chr(c + 0x60) for c in range(0x3041, 0x3097)})


def _full(person, space=" ") -> str:
    return f"{person[0]}{space}{person[1]}"


class DevNames18:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed * 97 + 18)

    def pick(self, items):
        return self.rng.choice(items)

    def _day(self) -> str:
        return f"{self.rng.randint(4, 11)}月{self.rng.randint(1, 28)}日"

    def _thing(self) -> str:
        return f"{self.pick(FAMILY_THINGS)}{self.pick(THING_SUFFIXES[:2])}"

    def daily_txt(self, i: int) -> Doc:
        a, b, c = self.rng.sample(STAFF, 3)
        builder = self._thing()
        lines = [f"作業日報　{self._day()}", f"作業者：{_full(a)}、{_full(b, '')}",
                 f"{a[0]}さんと{self.pick(FAMILY_THINGS)}駅前の現場へ。{builder}の{_full(c)}氏と{self.pick(SITE_WORDS)}の位置を確認。",
                 f"午後は{c[0]}氏の指示で資材を搬入。{b[0]}は15時に早退。", "特記事項：なし"]
        return Doc(f"n18d_daily{i:03d}.txt", lines_file(lines, "txt"), truth_of([_full(p) for p in (a, b, c)], [builder]))

    def minutes_docx(self, i: int) -> Doc:
        client, a, b = self.pick(CLIENTS), *self.rng.sample(STAFF, 2)
        lines = ["定例会議 議事録", f"日時：{self._day()} 10:00〜11:00", f"場所：{self.pick(FAMILY_THINGS)}ビル 3階会議室",
                 f"出席者（敬称略）：{_full(client)}（施主）、{_full(a)}（現場代理人）、{_full(b, '')}",
                 f"{client[0]}：{self.pick(SITE_WORDS)}の位置を北側に変更したい。",
                 f"{a[0]}：図面を修正し、次回までに提出します。", f"{b[0]}：資材の納期は2週間です。"]
        return Doc(f"n18d_minutes{i:03d}.docx", lines_file(lines, "docx"), truth_of([_full(p) for p in (client, a, b)]))

    def handover_xlsx(self, i: int) -> Doc:
        rows, people = [["日付", "姓", "名", "申し送り内容", "受け"]], []
        for _ in range(3):
            writer, taker = self.rng.sample(STAFF, 2)
            people += [_full(writer), taker[0]]
            rows.append([self._day(), writer[0], writer[1], f"{self.pick(SITE_WORDS)}の部品が未着。", taker[0]])
        return Doc(f"n18d_handover{i:03d}.xlsx", w.xlsx_bytes({"申し送り": rows}), truth_of(people))

    def signed_eml(self, i: int) -> Doc:
        client, cc, sender = self.pick(CLIENTS), *self.rng.sample(STAFF, 2)
        romaji = f"{ROMAJI[sender[1]]} {ROMAJI[sender[0]]}"
        body = (f"{_full(client)}様\nCC：{_full(cc)}（工事部）\n\nいつもお世話になっております。\n"
                f"{self.pick(SITE_WORDS)}の交換工事の日程をご連絡いたします。\n\n――――――――\n株式会社水光設備\n"
                f"工事部 主任　{_full(sender)}\n{romaji}\nTEL 045-555-0182\n")
        data = w.make_eml("工事日程のご連絡", "koji@suiko-example.jp", "client@example.jp", body)
        return Doc(f"n18d_signed{i:03d}.eml", data, truth_of([_full(client), _full(cc), _full(sender), romaji]))

    def chat_json(self, i: int) -> Doc:
        a, b = self.rng.sample(STAFF, 2)
        users = [f"{ROMAJI[a[1]]} {ROMAJI[a[0]]}", f"{ROMAJI[b[0]]} {ROMAJI[b[1]]}"]
        messages = [{"ts": "1714521600.0001", "user_name": users[0], "text": f"@{b[0]} さん 明日の搬入は8時です"},
                    {"ts": "1714521900.0002", "user_name": users[1], "text": "了解です"}]
        data = json.dumps({"channel": "現場連絡", "messages": messages}, ensure_ascii=False).encode("utf-8")
        return Doc(f"n18d_chat{i:03d}.json", data, truth_of(users + [b[0]]))

    def cards_csv(self, i: int) -> Doc:
        rows, people = ["会社名,部署,役職,氏名,ふりがな"], []
        for n, person in enumerate(self.rng.sample(CLIENTS + STAFF, 4)):
            name, kana = _full(person, " " if n % 2 else ""), f"{KANA.get(person[0], 'いしはら')} {KANA.get(person[1], 'かずひこ')}"
            people += [name] + ([kana] if person in STAFF else [])
            rows.append(f"{self._thing()},営業部,課長,{name},{kana if person in STAFF else ''}")
        return Doc(f"n18d_cards{i:03d}.csv", "\n".join(rows).encode("utf-8"), truth_of(people))

    def notice_md(self, i: int) -> Doc:
        a, b = self.rng.sample(STAFF, 2)
        kana = f"{KANA[b[0]]} {KANA[b[1]]}"
        lines = ["# 工事部各位", "", f"{_full(a)}殿", "", f"安全講習の受講者は {kana} さんと{a[0]}殿の二名です。",
                 "講習後は報告書を提出してください。"]
        return Doc(f"n18d_notice{i:03d}.md", "\n".join(lines).encode("utf-8"), truth_of([_full(a), kana]))

    def family_day_docx(self, i: int) -> Doc:
        parent, kid = self.pick(STAFF), self.pick(KIDS)
        caps = f"{ROMAJI[parent[0]].upper()} {ROMAJI[parent[1]]}"
        lines = [f"家族見学会のご報告　{self._day()}", f"{parent[0]}さんのご家族（{kid[0]}{kid[1]}）が見学。",
                 f"{kid[0]}{kid[1]}はポンプ室に興味津々でした。", f"設計監修の{self.pick(ENGINEERS)}にもご挨拶。",
                 f"受付名簿：{caps}"]
        truth = [kid[0], caps, self.pick(ENGINEERS)[:2]]
        truth[2] = lines[3].split("の", 1)[1][:2]
        return Doc(f"n18d_family{i:03d}.docx", lines_file(lines, "docx"), truth_of(truth + [parent[0]]))

    def reception_txt(self, i: int) -> Doc:
        a, b = self.rng.sample(STAFF, 2)
        visitor = self.pick(CLIENTS)
        kana = f"{KANA[b[0]]}".translate(_TO_KATAKANA) + " " + f"{KANA[b[1]]}".translate(_TO_KATAKANA)
        lines = ["受付メモ", f"10:15 {_full(visitor, '')}様ご来社（{a[0]}宛）。", f"11:30 {kana}様よりお電話、折り返し希望。",
                 f"配布先：工事部 {a[0]}、{b[0]}、{visitor[0]}様"]
        return Doc(f"n18d_reception{i:03d}.txt", lines_file(lines, "txt"),
                   truth_of([_full(visitor), a[0], kana, b[0]]))

    def course_xlsx(self, i: int) -> Doc:
        people = self.rng.sample(STAFF, 4)
        rows = [["苗字", "名前", "ふりがな(姓)", "ふりがな(名)", "修了"]]
        rows += [[p[0], p[1], KANA[p[0]], KANA[p[1]], self.pick(["○", "×"])] for p in people]
        truth = [_full(p) for p in people] + [f"{KANA[p[0]]}{KANA[p[1]]}" for p in people]
        return Doc(f"n18d_course{i:03d}.xlsx", w.xlsx_bytes({"受講者": rows}), truth_of(truth))

    def teams_csv(self, i: int) -> Doc:
        a, b = self.rng.sample(STAFF, 2)
        rows = ["日時,送信者,メッセージ", f"2024-05-0{i % 9 + 1} 08:01,{_full(a)},{b[0]}さん、鍵は{self._thing()}に預けました",
                f"2024-05-0{i % 9 + 1} 08:03,{_full(b)},承知しました。{a[0]}さんありがとうございます"]
        return Doc(f"n18d_teams{i:03d}.csv", "\n".join(rows).encode("utf-8"), truth_of([_full(a), _full(b)]))

    def stamp_docx(self, i: int) -> Doc:
        a, b, c = self.rng.sample(STAFF, 3)
        lines = ["【回覧】", f"部長 □　課長 □　{a[0]} □　{b[0]} □", f"{self.pick(SITE_WORDS)}の点検結果を添付します。",
                 f"不明点は{_full(c)}（内線214）まで。"]
        return Doc(f"n18d_stamp{i:03d}.docx", lines_file(lines, "docx"), truth_of([a[0], b[0], _full(c)]))

    def forward_eml(self, i: int) -> Doc:
        a, b, c = self.rng.sample(STAFF, 3)
        body = (f"工事部各位（{a[0]}、{b[0]}、{c[0]}）\nCC：{self.pick(CLIENTS)[0]}様、{a[0]}様\n\n"
                f"{self._thing()}からの見積書を転送します。\n")
        data = w.make_eml("Fw: 見積書", "soumu@suiko-example.jp", "koji@suiko-example.jp", body)
        client = body.split("CC：", 1)[1].split("様", 1)[0]
        return Doc(f"n18d_forward{i:03d}.eml", data, truth_of([a[0], b[0], c[0], client]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.daily_txt, self.minutes_docx, self.handover_xlsx, self.signed_eml, self.chat_json,
                 self.cards_csv, self.notice_md, self.family_day_docx, self.reception_txt, self.course_xlsx,
                 self.teams_csv, self.stamp_docx, self.forward_eml]
        return [kinds[n % len(kinds)](n) for n in range(count)]

    def yard_txt(self, i: int) -> Doc:
        a, b, c, d = self.rng.sample(FAMILY_THINGS, 4)
        text = (f"資材置き場移転のお知らせ\n{self._day()}より、資材置き場を{a}町から{b}市の{c}駅東口、"
                f"{d}商店の裏へ移します。{a}工務店の車両は{b}ビル前に停めてください。\n")
        return Doc(f"n18d_clean_yard{i:03d}.txt", text.encode("utf-8"))

    def products_txt(self, i: int) -> Doc:
        a, b, c = self.rng.sample(FAMILY_THINGS, 3)
        text = (f"納入品目\n{a}式ポンプ 2台、{b}バルブ 10個。\n納入先：メゾン{c}、{a}ハイツ（{b}公園の隣）。\n")
        return Doc(f"n18d_clean_products{i:03d}.txt", text.encode("utf-8"))

    def typhoon_txt(self, i: int) -> Doc:
        text = (f"台風{self.rng.randint(5, 19)}号の接近に伴い、{self._day()}の屋外作業は中止します。\n"
                f"現場の{self.pick(DOGS)}は事務所で預かります。\n")
        return Doc(f"n18d_clean_typhoon{i:03d}.txt", text.encode("utf-8"))

    def safety_md(self, i: int) -> Doc:
        sage, book = self.rng.sample(SAGES, 2), self.pick(CITED)
        text = (f"# 安全大会の講話\n{sage[0]}の言葉「積小為大」を紹介し、{sage[1]}の経営哲学にも触れる。\n"
                f"推薦図書は{book}。\n")
        return Doc(f"n18d_clean_safety{i:03d}.md", text.encode("utf-8"))

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.yard_txt, self.typhoon_txt, self.safety_md, self.products_txt]
        return [kinds[n % len(kinds)](n) for n in range(count)]
