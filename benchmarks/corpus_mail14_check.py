"""Check corpus for issue 12's mail14 work, written apart from
benchmarks/corpus_mail14_dev.py (no body, person, service word or kind of document in
common): an animal shelter, a junior sports club and a library's friends' group — an HTML
adoption page whose footer gives the shelter's mailbox and line, a CSV of the club's
coaches (people's own mailboxes) closed by the club's and the ground's rows, a JSON of a
group whose 団体名 key holds its name and whose mailboxes are the group's, a YAML list of
related bodies (a vet, a city's park office, a fire station), a Markdown event page whose
受付 and 当日連絡先 are the organiser's, an RTF registration form with the registrant's
own mailbox and the 送信先 of the body. Never tuned on.
"""

from __future__ import annotations

import json

from benchmarks.corpus import Doc, _e164
from benchmarks.corpus_orgown3_dev import OrgNumbers
from benchmarks.ids5_formats import rtf_bytes

SCORED = ("PHONE", "EMAIL")
_SCORED = {("*", entity) for entity in SCORED}
SHELTERS = [("保護犬カフェ しっぽの家", "shippo-house.jp"), ("一般社団法人ねこの手ネットワーク", "nekonote.or.jp")]
DESKS = ["satooya", "adoption", "donate", "shelter-tour", "boshu2", "foster"]
CLUBS = [("あおぞらジュニアサッカークラブ", "aozora-fc@outlook.jp"), ("図書館友の会", "tomonokai.lib@gmail.com")]
BODIES = [("ひまわり動物病院", "himawari-vet@himawari-ah.jp"), ("市公園管理事務所", "park-office@city-kawase.lg.jp"),
          ("東消防署", "higashi-fd@city-kawase.lg.jp")]
COACHES = [("佐々木 翔", "sho.sasaki"), ("山口 由美", "y-yamaguchi"), ("松田 拓也", "matsuda_t"),
           ("井上 葵", "aoi.inoue1990"), ("小島 誠", "mkojima")]
HOMES = ["docomo.ne.jp", "icloud.com", "yahoo.co.jp"]


class CheckMail14(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 142)

    def desk(self) -> tuple[str, str]:
        name, domain = self.pick(SHELTERS)
        return name, f"{self.pick(DESKS)}@{domain}"

    @staticmethod
    def truth(mine=(), my_phones=(), theirs=(), their_phones=()) -> set:
        return ({("EMAIL", m.lower()) for m in mine} | {("PHONE", _e164(p)) for p in my_phones}
                | {("~EMAIL", m.lower()) for m in theirs} | {("~PHONE", _e164(p)) for p in their_phones} | _SCORED)

    def adoption_html(self, i: int) -> Doc:
        (name, mailbox), tel = self.desk(), self.landline()
        page = (f"<html><body><h2>里親さん募集中</h2><p>元気な子たちが待っています。</p><hr><div class='foot'>"
                f"<p>{name}</p><p>Mail：<a href='mailto:{mailbox}'>{mailbox}</a></p><p>Tel：{tel}</p></div></body></html>")
        return Doc(f"m14c_adoption{i:03d}.html", page.encode("utf-8"), self.truth(theirs=[mailbox], their_phones=[tel]))

    def coaches_csv(self, i: int) -> Doc:
        lines, seen = ["名前,電話,メールアドレス,備考"], self.truth()
        for who, local in self.rng.sample(COACHES, 3):
            mobile, mine = self.mobile(), f"{local}@{self.pick(HOMES)}"
            lines.append(f"{who},{mobile},{mine},コーチ")
            seen |= self.truth([mine], [mobile])
        club, mailbox = self.pick(CLUBS)
        ground = self.landline()
        lines.append(f"{club},{ground},{mailbox},クラブ代表窓口")
        return Doc(f"m14c_coaches{i:03d}.csv", "\n".join(lines).encode("utf-8"),
                   seen | self.truth(theirs=[mailbox], their_phones=[ground]))

    def group_json(self, i: int) -> Doc:
        (name, mailbox), (_, second), tel = self.desk(), self.desk(), self.landline()
        data = {"団体名": name, "代表電話": tel, "里親相談": mailbox, "寄付・支援": second}
        return Doc(f"m14c_group{i:03d}.json", json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"),
                   self.truth(theirs=[mailbox, second], their_phones=[tel]))

    def related_yaml(self, i: int) -> Doc:
        lines, seen = ["related_bodies:"], self.truth()
        for body, mailbox in BODIES:
            tel = self.landline()
            lines += [f"  - name: {body}", f"    tel: {tel}", f"    mail: {mailbox}"]
            seen |= self.truth(theirs=[mailbox], their_phones=[tel])
        return Doc(f"m14c_related{i:03d}.yaml", "\n".join(lines).encode("utf-8"), seen)

    def event_md(self, i: int) -> Doc:
        (name, mailbox), tel, night = self.desk(), self.landline(), self.landline()
        lines = ["# 譲渡会のお知らせ", "", "- 日時：10月4日（日）13時〜", f"- 主催：{name}", f"- 受付：{mailbox}",
                 f"- 当日連絡先：{night}（会場）", f"- 事務所：{tel}"]
        return Doc(f"m14c_event{i:03d}.md", "\n".join(lines).encode("utf-8"),
                   self.truth(theirs=[mailbox], their_phones=[tel, night]))

    def registration_rtf(self, i: int) -> Doc:
        (name, mailbox), (who, local), mobile = self.desk(), self.pick(COACHES), self.mobile()
        mine = f"{local}@{self.pick(HOMES)}"
        lines = ["ボランティア登録票", f"お名前：{who}", f"携帯：{mobile}", f"Eメール：{mine}", "",
                 f"送信先：{name}（{mailbox}）"]
        return Doc(f"m14c_registration{i:03d}.rtf", rtf_bytes(lines), self.truth([mine], [mobile], [mailbox]))

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.coaches_csv, self.registration_rtf, self.adoption_html, self.group_json, self.related_yaml]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.event_md, self.adoption_html]
        return [kinds[i % len(kinds)](i) for i in range(count)]
