"""Check corpus for issue 12's mail11 work, written apart from
benchmarks/corpus_mail11_dev.py (another writer's habits: XML, YAML, TSV, vCard, a
mail server's text log, an mbox and a Word document; no name, firm, host, account or
kind of document in common).

Positives (a person's mailbox, labelled EMAIL): an archive's XML export (each message's
sender and recipients), an alerting tool's YAML naming the people it pages, a helpdesk's
TSV of tickets and their reporters, a vCard, a Postfix log's from=<…> and to=<…>, an
mbox of a mailing list's digest quoting its posters, a Word memo of a project's members
(keitai and PC addresses). Look-alikes (`~EMAIL`): an archive's message and reply ids,
a ticket system's reply address with its token, a vCard's UID, a Postfix log's
message-id and its MAILER-DAEMON bounce, the list's request and owner addresses, an
svn URL's user, an Outlook message id, a notification's sender, a sample address in
the memo's instructions. Clean files hold only look-alikes or nothing.
"""

from __future__ import annotations

from benchmarks.corpus import Doc, _docx
from benchmarks.corpus_orgown3_dev import OrgNumbers

_SCORED = {("*", "EMAIL")}
# (name, local part) written another way: surname first, initials, a year
STAFF = [("村瀬 亜希子", "murase.akiko"), ("長尾 翔", "s.nagao"), ("今村 ひかり", "hikari-imamura"),
         ("須田 圭吾", "keigo.suda1990"), ("沖田 玲奈", "okita_r"), ("新谷 誠", "makoto.shintani")]
COMPANIES = ["tsubame-denki.example.co.jp", "aozora-kensetsu.example.jp", "hinode-foods.example.co.jp"]
RELAYS = ["relay02.aozora-kensetsu.example.jp", "gw.hinode-foods.example.co.jp", "mta3.tsubame-denki.example.co.jp"]
REPOS = ["genka-kanri", "nippou", "zaiko"]
NOTIFIERS = ["notifications@backlog.example.jp", "no_reply@kintai.example.com", "do-not-reply@keihi.example.net"]
PROVIDERS = ["docomo.ne.jp", "au.com"]
TOPICS = ["サーバー停止のお知らせ", "安全大会の資料", "出張報告", "新人研修の日程"]


class CheckMail11(OrgNumbers):
    def __init__(self, seed: int) -> None:
        super().__init__(seed, 112)

    def token(self, n: int) -> str:
        return "".join(self.rng.choice("abcdef0123456789") for _ in range(n))

    def staff(self) -> tuple[str, str]:
        name, local = self.pick(STAFF)
        return name, f"{local}@{self.pick(COMPANIES)}"

    def outlook_id(self) -> str:
        return f"TY{self.digits(1)}PR01MB{self.digits(4)}{self.token(16).upper()}@TY{self.digits(1)}PR01MB" \
               f"{self.digits(4)}.jpnprd01.prod.outlook.com"

    # --- positives ---------------------------------------------------------------

    def archive_xml(self, i: int) -> Doc:
        """A mail archive's XML export: ids, sender, recipients."""
        items, truth = [], set()
        for _ in range(2):
            (_, sender), (_, rcpt) = self.staff(), self.staff()
            own, parent = self.outlook_id(), f"{self.token(20)}@{self.pick(RELAYS)}"
            items.append(f"<message><messageId>{own}</messageId><inReplyTo>{parent}</inReplyTo>"
                         f"<sender>{sender}</sender><recipient>{rcpt}</recipient>"
                         f"<subject>{self.pick(TOPICS)}</subject></message>")
            truth |= {("EMAIL", sender.lower()), ("EMAIL", rcpt.lower()), ("~EMAIL", own.lower()),
                      ("~EMAIL", parent.lower())}
        data = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<archive>" + "".join(items) + "</archive>").encode("utf-8")
        return Doc(f"c11_archive{i:03d}.xml", data, truth | _SCORED)

    def oncall_yaml(self, i: int) -> Doc:
        """An alerting tool's settings: the people it pages, the address it sends from."""
        (a_name, first), (b_name, second) = self.staff(), self.staff()
        sender = f"alert-bot@{self.pick(COMPANIES)}"
        lines = ["notify:", f"  from: {sender}", "  oncall:", f"    - name: {a_name}", f"      email: {first}",
                 f"    - name: {b_name}", f"      email: {second}"]
        truth = {("EMAIL", first.lower()), ("EMAIL", second.lower()), ("~EMAIL", sender.lower())}
        return Doc(f"c11_oncall{i:03d}.yaml", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def tickets_tsv(self, i: int) -> Doc:
        """A helpdesk's tickets: each reporter's mailbox and the ticket's reply address."""
        rows, truth = ["チケット\t報告者\t報告者メール\t返信用アドレス"], set()
        for _ in range(3):
            name, mailbox = self.staff()
            reply = f"reply+{self.token(12)}@support.{self.pick(COMPANIES)}"
            rows.append(f"HD-{self.digits(5)}\t{name}\t{mailbox}\t{reply}")
            truth |= {("EMAIL", mailbox.lower()), ("~EMAIL", reply.lower())}
        return Doc(f"c11_tickets{i:03d}.tsv", "\n".join(rows).encode("utf-8"), truth | _SCORED)

    def card_vcf(self, i: int) -> Doc:
        """A vCard: the person's mailbox and the card's UID."""
        name, mailbox = self.staff()
        uid = f"{self.token(8)}-{self.token(4)}-{self.token(4)}-{self.token(4)}-{self.token(12)}@{self.pick(COMPANIES)}"
        lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{name}", f"EMAIL;TYPE=INTERNET:{mailbox}", f"UID:{uid}", "END:VCARD"]
        truth = {("EMAIL", mailbox.lower()), ("~EMAIL", uid.lower())}
        return Doc(f"c11_card{i:03d}.vcf", "\r\n".join(lines).encode("utf-8"), truth | _SCORED)

    def postfix_log(self, i: int) -> Doc:
        """A Postfix log: a message's id, its sender and recipient, a bounce from MAILER-DAEMON."""
        (_, sender), (_, rcpt) = self.staff(), self.staff()
        queue, relay = self.token(10).upper(), self.pick(RELAYS)
        mid = f"{self.digits(14)}.{self.token(6)}@{relay}"
        daemon = f"MAILER-DAEMON@{relay}"
        lines = [f"Dec  1 09:12:01 {relay.split('.')[0]} postfix/cleanup[{self.digits(4)}]: {queue}: message-id=<{mid}>",
                 f"Dec  1 09:12:01 {relay.split('.')[0]} postfix/qmgr[{self.digits(4)}]: {queue}: from=<{sender}>, size=2841",
                 f"Dec  1 09:12:02 {relay.split('.')[0]} postfix/smtp[{self.digits(4)}]: {queue}: to=<{rcpt}>, status=bounced",
                 f"Dec  1 09:12:02 {relay.split('.')[0]} postfix/bounce[{self.digits(4)}]: sender non-delivery from {daemon}"]
        truth = {("EMAIL", sender.lower()), ("EMAIL", rcpt.lower()), ("~EMAIL", mid.lower()), ("~EMAIL", daemon.lower())}
        return Doc(f"c11_maillog{i:03d}.log", "\n".join(lines).encode("utf-8"), truth | _SCORED)

    def members_docx(self, i: int) -> Doc:
        """A Word memo of a project's members: PC and keitai addresses, a sample in the instructions."""
        rows, truth = [["氏名", "PCメール", "携帯メール"]], {("~EMAIL", "taro@sample.co.jp")}
        for _ in range(2):
            name, mailbox = self.staff()
            keitai = f"0{self.pick(['90', '80'])}{self.digits(8)}@{self.pick(PROVIDERS)}"
            rows.append([name, mailbox, keitai])
            truth |= {("EMAIL", mailbox.lower()), ("EMAIL", keitai)}
        lines = [f"{self.pick(TOPICS)} 連絡網", "アドレスは半角で（例：taro@sample.co.jp）記入してください。"]
        return Doc(f"c11_members{i:03d}.docx", _docx(lines, rows), truth | _SCORED)

    def positives(self, count: int) -> list[Doc]:
        kinds = [self.archive_xml, self.oncall_yaml, self.tickets_tsv, self.card_vcf, self.postfix_log,
                 self.members_docx]
        return [kinds[i % len(kinds)](i) for i in range(count)]

    # --- look-alikes and clean files ---------------------------------------------

    def list_digest_mbox(self, i: int) -> Doc:
        """A list's digest: its request and owner addresses, an svn URL's user, a notifier."""
        domain = self.pick(COMPANIES)
        request, owner = f"anzen-request@ml.{domain}", f"owner-anzen@ml.{domain}"
        svn, notifier = f"svn+ssh://builder@svn.{domain}/repos/{self.pick(REPOS)}", self.pick(NOTIFIERS)
        body = (f"配信停止は {request} まで。管理者：{owner}\n\nリポジトリ：{svn}\n"
                f"（{notifier} からの通知は転送しません）\n")
        data = (f"From {request} Tue Dec  1 08:00:00 2026\nFrom: {request}\nTo: anzen@ml.{domain}\n"
                f"Subject: {self.pick(TOPICS)}\n\n{body}").encode("utf-8")
        truth = {("~EMAIL", request), ("~EMAIL", owner), ("~EMAIL", f"builder@svn.{domain}"), ("~EMAIL", notifier),
                 ("~EMAIL", f"anzen@ml.{domain}")}
        return Doc(f"c11_lookalike_digest{i:03d}.mbox", data, truth | _SCORED)

    def blank_form_docx(self, i: int) -> Doc:
        lines = ["連絡先登録票", "氏名：", "メールアドレス：", "（例：hanako@sample.co.jp）"]
        return Doc(f"c11_lookalike_form{i:03d}.docx", _docx(lines), {("~EMAIL", "hanako@sample.co.jp")} | _SCORED)

    def quiet_log(self, i: int) -> Doc:
        lines = [f"Dec  {self.n(9)} 03:00:0{self.n(9)} backup[{self.digits(4)}]: nightly backup finished ({self.n(90)} GB)"]
        return Doc(f"c11_clean{i:03d}.log", "\n".join(lines).encode("utf-8"), set())

    def negatives(self, count: int) -> list[Doc]:
        kinds = [self.list_digest_mbox, self.blank_form_docx, self.quiet_log]
        return [kinds[i % len(kinds)](i) for i in range(count)]
