"""Check corpus for issue 12's owncontacts17 work, written apart from
benchmarks/corpus_owncontacts17_dev.py (no template, word list, trade or town in common):
lesson records in Word closed by a school's footer labelled 電話 / メール; a shop's mail
between its posts' mailboxes (tencho@ → kacho@); a choir's or a study group's reminder
as a CP932 text to a member (様, ご自宅, お電話) with the body's footer; a tour's
application page with お振込先 and a kana holder above a table of participants; a bone-
setter's reception slips as a PDF, each page with the clinic's footer.

Truth: a person's values are labelled for ADDRESS, PHONE, EMAIL and BANK_ACCOUNT; the
body's own values are look-alikes `("~TYPE", value)`.
"""

from __future__ import annotations

from benchmarks.corpus import Doc, _docx, _written
from benchmarks.corpus_orgown3_dev import OrgNumbers
from benchmarks.corpus_owncontacts17_dev import DevOwnContacts17
from samples import writers as w

AREAS = [("北海道", "旭川市", "常盤通"), ("秋田県", "横手市", "駅前町"), ("福島県", "会津若松市", "栄町"),
         ("栃木県", "足利市", "通"), ("新潟県", "上越市", "本町")]
MEMBERS = [("那須", "千夏"), ("茂木", "晴臣"), ("片桐", "瑞希"), ("戸田", "颯太"), ("小椋", "真子"), ("伏見", "大和")]
SCHOOLS = [("しらかば珠算教室", "shirakaba"), ("青葉ピアノ教室", "aoba-piano"), ("ひばり書道教室", "hibari-shodo")]
GROUPS = [("上越市民合唱団", "joetsu-choir"), ("足利の歴史を考える会", "ashikaga-rekishi"), ("会津民話研究会", "aizu-minwa")]
CLINICS = [("ほのか整骨院", "honoka-sekkotsu"), ("みずほ接骨院", "mizuho-sekkotsu")]
POSTS = ["tencho", "kacho", "bucho", "shacho", "kaicho", "encho"]
TOURS = [("ふれあいバス旅行", "フレアイリヨコウ"), ("里山ウォーク", "サトヤマウオーク")]
LENDERS = ["北越銀行 本町支店", "東北労働金庫 横手支店"]


class CheckOwnContacts17(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 7171)

    def place(self) -> str:
        pref, city, town = self.pick(AREAS)
        return f"{pref}{city}{town}{self.n(9)}丁目{self.n(30)}番{self.n(20)}号"

    def member(self) -> tuple[str, str]:
        family, given = self.pick(MEMBERS)
        return f"{family}　{given}", f"{given[0]}"

    # the labelling is shared with the dev corpus (a truth's form, no template or word)
    labelled = staticmethod(DevOwnContacts17.truth)

    def closing(self, name: str, word: str) -> tuple[str, set]:
        seat, tel, box = self.place(), self.landline(), f"office@{word}.example.com"
        return (f"{name}　〒{self.postal()} {seat}　電話 {tel}　メール {box}",
                self.labelled(their_addresses=[seat], their_phones=[tel], their_mails=[box]))

    def lessons_docx(self, i: int) -> Doc:
        school, word = self.pick(SCHOOLS)
        lines, truth = [f"{school} 受講記録（{self.n(12)}月）"], self.labelled()
        for _ in range(3):
            who, _ = self.member()
            mobile = self.mobile()
            lines.append(f"受講生 {who}　保護者携帯 {mobile}　出席 {self.n(4)}回")
            truth |= self.labelled(phones=[mobile])
        closing, theirs = self.closing(school, word)
        return Doc(f"c17c_lessons{i:03d}.docx", _docx(lines + ["", closing]), truth | theirs)

    def posts_eml(self, i: int) -> Doc:
        sender, to = self.rng.sample(POSTS, 2)
        who, _ = self.member()
        tel = self.landline()
        body = f"お疲れさまです。\n{who}様より返品のご相談。ご自宅 {tel} に折り返しをお願いします。\n"
        shop = f"@kitaguni-mart{self.n(9)}.example.com"
        data = w.make_eml("返品相談", sender + shop, to + shop, body)
        return Doc(f"c17c_posts{i:03d}.eml", data, self.labelled(phones=[tel], their_mails=[sender + shop, to + shop]))

    def reminder_txt(self, i: int) -> Doc:
        group, word = self.pick(GROUPS)
        who, _ = self.member()
        home, tel = self.place(), self.landline()
        closing, theirs = self.closing(group, word)
        text = (f"{who} 様\n\n次回の練習日をお知らせします。\nご自宅：{home}\nお電話：{tel}\n"
                f"（ご登録の内容に変更があればお知らせください）\n\n{closing}\n")
        return Doc(f"c17c_reminder{i:03d}.txt", text.encode("cp932"), self.labelled([home], [tel]) | theirs)

    def tour_html(self, i: int) -> Doc:
        tour, kana = self.pick(TOURS)
        number = self.account()
        cells, truth = [], self.labelled(their_accounts=[number])
        for _ in range(3):
            who, _ = self.member()
            mobile = self.mobile()
            cells.append(f"<tr><td>{who}</td><td>{mobile}</td></tr>")
            truth |= self.labelled(phones=[mobile])
        page = (f"<html><body><h2>{tour} 参加者一覧</h2>"
                f"<div>お振込先　{self.pick(LENDERS)} 普通 {number} 口座名義 {kana}</div>"
                "<table><tr><th>参加者</th><th>携帯</th></tr>" + "".join(cells) + "</table></body></html>")
        return Doc(f"c17c_tour{i:03d}.html", page.encode("utf-8"), truth)

    def slips_pdf(self, i: int) -> Doc:
        clinic, word = self.pick(CLINICS)
        pages, truth = [], self.labelled()
        closing, theirs = self.closing(clinic, word)  # one clinic, one footer on each slip
        for _ in range(2):
            who, _ = self.member()
            home, tel = self.place(), self.mobile()
            pages.append(["受付票", f"患者氏名 {who}", f"現住所 {home}", f"携帯番号 {tel}", "", closing])
            truth |= self.labelled([home], [tel]) | theirs
        return Doc(f"c17c_slips{i:03d}.pdf", _written(".pdf", lambda path: w.write_pdf(path, pages)), truth)

    def positives(self, count: int) -> list[Doc]:
        makers = [self.lessons_docx, self.posts_eml, self.reminder_txt, self.tour_html, self.slips_pdf]
        return [makers[i % len(makers)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        return [self.bulletin_txt(i) for i in range(count)]

    def bulletin_txt(self, i: int) -> Doc:
        closing, _ = self.closing(*self.pick(GROUPS))
        return Doc(f"c17c_clean_bulletin{i:03d}.txt", f"会報 第{self.n(40)}号\n\n{closing}\n".encode("utf-8"))
