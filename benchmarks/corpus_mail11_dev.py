"""Development corpus for issue 12's mail11 work: a person's mailbox among the strings
with an @ that mail systems, hosts and templates write.

Positives (a person's mailbox, labelled EMAIL): a header dump kept for an
investigation (its From, To and Received … for <…>), a calendar invitation's
organiser and attendees, a mail server's JSON log (sender, recipient), an HTML
newsletter saved with its recipient's address, a CRM's CSV of customers, a server
runbook naming its owner, a filled-in application under its form's example.
Look-alikes (no one's mailbox, labelled `~EMAIL`): Message-ID, In-Reply-To and a
folded References, a bounce's VERP envelope, an invitation's UID and a room's
resource address, a cid of an inline image, a list's unsubscribe address with its
token, git and ssh accounts, a remote path, a URL's user, a template's placeholders,
a desk's mailbox named by a qualifier and a desk's word (jiko-uketsuke@). Clean files
hold only look-alikes or nothing. The rules are tuned on this corpus only;
benchmarks/corpus_mail11_check.py (another writer's habits, no list in common) checks them.
"""

from __future__ import annotations

import json

from benchmarks.corpus import Doc
from benchmarks.corpus_orgown3_dev import OrgNumbers
from samples import writers as w

_SCORED = {("*", "EMAIL")}
# (name, mailbox's local part)
PEOPLE = [("宮下 紗英", "sae.miyashita"), ("桑原 拓海", "t-kuwabara"), ("相沢 結衣", "yui_aizawa"),
          ("野口 大地", "noguchi.daichi"), ("片山 里穂", "riho.katayama82"), ("堀 智之", "hori_t0415")]
FIRMS = [("株式会社みやこ精機", "miyako-seiki.example.co.jp"), ("東雲ロジスティクス株式会社", "shinonome-logi.example.jp"),
         ("有限会社かもめ企画", "kamome-kikaku.example.jp")]
HOSTS = ["mx1.miyako-seiki.example.co.jp", "smtp.shinonome-logi.example.jp", "mail.kamome-kikaku.example.jp"]
SERVERS = ["app01", "web02", "batch03", "db01"]
ACCOUNTS = ["deploy", "git", "jenkins", "postgres", "ec2-user"]
DESKS = [("事故受付", "jiko-uketsuke"), ("求人窓口", "kyujin-madoguchi"), ("修理受付", "shuri-uketsuke")]
CARRIERS = ["ezweb.ne.jp", "softbank.ne.jp", "i.softbank.jp"]
SUBJECTS = ["納期のご確認", "見積書送付の件", "打合せ日程について", "請求書再発行のお願い"]
NEWS = ["春の新製品のご案内", "物流コスト削減セミナー開催", "年末年始の営業日について"]


class DevMail11(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 111)

    def hexes(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789ABCDEF") for _ in range(n))

    def person(self) -> tuple[str, str]:
        """(a name, the person's mailbox at one of the firms)."""
        name, local = self.pick(PEOPLE)
        return name, f"{local}@{self.pick(FIRMS)[1]}"

    def message_id(self) -> str:
        return f"{self.rng.randint(2025, 2026)}{self.digits(10)}.{self.hexes(8)}@{self.pick(HOSTS)}"

    def gmail_id(self) -> str:
        token = "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz0123456789") for _ in range(30))
        return f"CA{token[:8]}{self.digits(2)}{token[8:]}@mail.gmail.com"

    def verp(self, mailbox: str) -> str:
        local, _, domain = mailbox.partition("@")
        return f"bounce-{self.digits(7)}-{local}={domain}@{self.pick(HOSTS)}"

    # --- positives ---------------------------------------------------------------

    def header_dump_txt(self, i: int) -> Doc:
        """A mail's full headers pasted into a text kept for an investigation."""
        (sender_name, sender), (_, rcpt) = self.person(), self.person()
        mid, reply, verp = self.message_id(), self.gmail_id(), self.verp(rcpt)
        lines = ["誤送信調査メモ：該当メールのヘッダー", "", f"Return-Path: <{verp}>",
                 f"Received: from {self.pick(HOSTS)} by {self.pick(HOSTS)} with ESMTPS id {self.hexes(12)}",
                 f"\tfor <{rcpt}>; Tue, 1 Dec 2026 10:{self.rng.randint(10, 59)}:00 +0900",
                 f"Message-ID: <{mid}>", f"In-Reply-To: <{reply}>", f"References: <{self.message_id()}>",
                 f" <{reply}>", f"From: {sender_name} <{sender}>", f"To: {rcpt}", f"Subject: {self.pick(SUBJECTS)}"]
        truth = {("EMAIL", sender.lower()), ("EMAIL", rcpt.lower()), ("~EMAIL", verp.lower()), ("~EMAIL", mid.lower()),
                 ("~EMAIL", reply.lower())}
        return Doc(f"m11_headers{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def invitation_ics(self, i: int) -> Doc:
        """A meeting invitation: its organiser and attendees, its UID and a room's address."""
        (o_name, organiser), (a_name, attendee) = self.person(), self.person()
        uid = f"{self.hexes(6).lower()}{self.digits(4)}{self.hexes(12).lower()}@google.com"
        room = f"c_{self.digits(4)}{self.hexes(10).lower()}@resource.calendar.google.com"
        lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", f"UID:{uid}", "DTSTART:20261210T100000",
                 f"SUMMARY:{self.pick(SUBJECTS)}", f"ORGANIZER;CN={o_name}:mailto:{organiser}",
                 f"ATTENDEE;CN={a_name};ROLE=REQ-PARTICIPANT:mailto:{attendee}",
                 f"ATTENDEE;CN=第{self.n(5)}会議室;CUTYPE=ROOM:mailto:{room}", "END:VEVENT", "END:VCALENDAR"]
        truth = {("EMAIL", organiser.lower()), ("EMAIL", attendee.lower()), ("~EMAIL", uid.lower()),
                 ("~EMAIL", room.lower())}
        return Doc(f"m11_invite{i:03d}.ics", "\r\n".join(lines).encode("utf-8"), truth | _SCORED)

    def mail_log_json(self, i: int) -> Doc:
        """A mail server's delivery log: each record's sender and recipient, its ids."""
        records, truth = [], set()
        for _ in range(3):
            (_, sender), (_, rcpt) = self.person(), self.person()
            mid = self.message_id()
            records.append({"queue_id": self.hexes(10), "message_id": f"<{mid}>", "from": sender, "to": rcpt,
                            "status": self.pick(["sent", "deferred"])})
            truth |= {("EMAIL", sender.lower()), ("EMAIL", rcpt.lower()), ("~EMAIL", mid.lower())}
        data = json.dumps(records, ensure_ascii=False, indent=1).encode("utf-8")
        return Doc(f"m11_maillog{i:03d}.json", data, truth | _SCORED)

    def newsletter_html(self, i: int) -> Doc:
        """A newsletter saved as HTML: an inline logo by cid, an unsubscribe token, the recipient."""
        firm, domain = self.pick(FIRMS)
        _, rcpt = self.person()
        cid = f"part{self.n(3)}.{self.hexes(8)}.{self.hexes(8)}@{domain}"
        unsubscribe = f"unsubscribe-{self.hexes(10).lower()}@{domain}"
        html = (f'<html><body><img src="cid:{cid}"><h1>{self.pick(NEWS)}</h1><p>{firm}よりお知らせです。</p>'
                f'<p>このメールは {rcpt} 宛にお送りしています。</p>'
                f'<p>配信停止：<a href="mailto:{unsubscribe}?subject=unsubscribe">{unsubscribe}</a></p></body></html>')
        truth = {("EMAIL", rcpt.lower()), ("~EMAIL", unsubscribe.lower())}
        return Doc(f"m11_news{i:03d}.html", html.encode("utf-8"), truth | _SCORED)

    def customers_csv(self, i: int) -> Doc:
        """A CRM's export: each customer's mailbox and the id of the last mail sent."""
        rows, truth = ["顧客名,メールアドレス,最終送信メールID"], set()
        for _ in range(3):
            name, mailbox = self.person()
            mid = self.gmail_id()
            rows.append(f"{name},{mailbox},<{mid}>")
            truth |= {("EMAIL", mailbox.lower()), ("~EMAIL", mid.lower())}
        return Doc(f"m11_crm{i:03d}.csv", "\n".join(rows).encode("utf-8"), truth | _SCORED)

    def runbook_md(self, i: int) -> Doc:
        """A server's runbook: its owner's mailbox, the accounts and hosts the steps use."""
        name, owner = self.person()
        firm_domain = self.pick(FIRMS)[1]
        account, server = self.pick(ACCOUNTS), self.pick(SERVERS)
        host = f"{server}.{firm_domain}"
        lines = [f"# {server} 運用手順", "", f"- 担当：{name}（{owner}）", "", "```",
                 f"git clone git@github.com:{firm_domain.split('.')[0]}/{server}.git",
                 f"ssh {account}@{host}", f"scp dump.sql {account}@{host}:/var/backup/", "```"]
        truth = {("EMAIL", owner.lower()), ("~EMAIL", "git@github.com"), ("~EMAIL", f"{account}@{host}".lower())}
        return Doc(f"m11_runbook{i:03d}.md", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def application_txt(self, i: int) -> Doc:
        """A filled-in application: the form's example above, the applicant's mailbox below."""
        name, mailbox = self.person()
        keitai = f"{self.pick(['090', '080', '070'])}{self.digits(8)}@{self.pick(CARRIERS)}"
        lines = ["セミナー参加申込書", "メールアドレス欄の記入例：yamada.taro@example.co.jp", "",
                 f"氏名：{name}", f"メールアドレス：{mailbox}", f"当日の連絡用（携帯）：{keitai}"]
        truth = {("EMAIL", mailbox.lower()), ("EMAIL", keitai), ("~EMAIL", "yamada.taro@example.co.jp")}
        return Doc(f"m11_apply{i:03d}.txt", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.header_dump_txt, self.invitation_ics, self.mail_log_json, self.newsletter_html,
                 self.customers_csv, self.runbook_md, self.application_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- look-alikes and clean files ---------------------------------------------

    def desk_mail_eml(self, i: int) -> Doc:
        """A partner's desk answers: its mailbox is a desk's word after a qualifier."""
        desk, local = self.pick(DESKS)
        firm, domain = self.pick(FIRMS)
        mailbox = f"{local}@{domain}"
        body = f"いつもお世話になっております。\n{firm} {desk}です。\nご依頼の件、受け付けました。\n\n{firm} {desk}\n{mailbox}"
        data = w.make_eml(f"【{desk}】受付完了", f"{firm} {desk} <{mailbox}>", "order@kamome-kikaku.example.jp", body)
        return Doc(f"m11_lookalike_desk{i:03d}.eml", data, {("~EMAIL", mailbox.lower())} | _SCORED)

    def placeholders_txt(self, i: int) -> Doc:
        """A manual's placeholders where an address goes."""
        values = ["xxxx@xxxx.co.jp", "your.name@company.co.jp", "user@example.com"]
        lines = ["メール設定マニュアル", f"1. アカウント名に {values[0]} の形式で入力します。",
                 f"2. 送信者名は「{values[1]}」のように設定してください。", f"3. テスト送信先：{values[2]}"]
        return Doc(f"m11_lookalike_manual{i:03d}.txt", "\n".join(lines).encode("utf-8"),
                   {("~EMAIL", v) for v in values} | _SCORED)

    def clean_txt(self, i: int) -> Doc:
        lines = ["メールサーバー移行のお知らせ", f"{self.n(12)}月{self.n(28)}日に移行作業を行います。", "作業中は送受信が遅れることがあります。"]
        return Doc(f"m11_clean{i:03d}.txt", "\n".join(lines).encode("utf-8"), set())

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.desk_mail_eml, self.placeholders_txt, self.clean_txt]
        return [kinds[i % len(kinds)](i) for i in range(count)]
