"""A Japanese mailbox on the test Dovecot, filled over IMAP (APPEND): ISO-2022-JP
mail as Japanese mailers write it (encoded-word subject and file name), UTF-8
mail with attachments, a forwarded message inside a message, an HTML-only
mail, one over the size limit, and folders with Japanese names (modified UTF-7
on the wire). Synthetic people only."""

from __future__ import annotations

import base64
import ssl
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.header import Header

from imapclient import IMAPClient

from samples import writers as w
from samples.synth import Person, make_people
from tests.sources.servers import Dovecot

HOST = "127.0.0.1"
LARGE_BYTES = 300_000  # over the 200KB limit these tests scan with


def _encoded_word(text: str) -> str:
    return Header(text, "iso-2022-jp").encode()


def iso2022jp_mail(subject: str, sender: str, body: str, attachment: tuple[str, bytes] | None = None) -> bytes:
    """As a Japanese mailer writes it: 7-bit ISO-2022-JP, encoded words in headers."""
    head = (f"From: {sender}\r\nTo: jinji@example.co.jp\r\nSubject: {_encoded_word(subject)}\r\n"
            "Date: Fri, 16 Oct 2026 09:00:00 +0900\r\nMIME-Version: 1.0\r\n")
    text = body.encode("iso-2022-jp").replace(b"\n", b"\r\n")
    if attachment is None:
        return (head + "Content-Type: text/plain; charset=ISO-2022-JP\r\n"
                "Content-Transfer-Encoding: 7bit\r\n\r\n").encode() + text + b"\r\n"
    name, data = attachment
    encoded_name = _encoded_word(name)
    parts = [
        b"--b1\r\nContent-Type: text/plain; charset=ISO-2022-JP\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"
        + text + b"\r\n",
        (f'--b1\r\nContent-Type: application/octet-stream; name="{encoded_name}"\r\n'
         f'Content-Disposition: attachment; filename="{encoded_name}"\r\n'
         "Content-Transfer-Encoding: base64\r\n\r\n").encode()
        + base64.encodebytes(data).replace(b"\n", b"\r\n"),
        b"--b1--\r\n",
    ]
    return (head + 'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n').encode() + b"".join(parts)


def html_mail(person: Person) -> bytes:
    message = message_from_bytes(w.make_eml("連絡先", "soumu@example.co.jp", "all@example.co.jp", "x"),
                                 policy=policy.default)
    message.set_content(f"<p>{person.name}様の携帯は<b>{person.mobile}</b>です。</p>", subtype="html")
    return message.as_bytes(policy=policy.SMTP)


@dataclass
class Mailbox:
    server: Dovecot
    user: str
    password: str
    validity: dict[str, int] = field(default_factory=dict)  # folder path -> UIDVALIDITY
    my_numbers: dict[str, set[str]] = field(default_factory=dict)  # object URI -> planted My Numbers
    raw_values: set[str] = field(default_factory=set)
    too_large: list[str] = field(default_factory=list)  # URIs over the limit
    people: list[Person] = field(default_factory=list)
    sessions: int = 0  # IMAP sessions the tests opened themselves (the server logs each)

    def logged_sessions(self) -> int:
        """Sessions of this account in the server's log, once the tests' own are all there."""
        return len(self.server.wait_for_sessions(self.user, self.sessions))

    def client(self) -> IMAPClient:
        """A second client, as an admin would check the server: IMAPS, certificate checked."""
        self.sessions += 1
        context = ssl.create_default_context(cafile=str(self.server.cert))
        client = IMAPClient(HOST, port=self.server.imaps_port, ssl=True, ssl_context=context, timeout=10)
        client.plain_login(self.user, self.password)  # UTF-8 passwords
        return client

    def root(self, scheme: str = "imaps", folder: str = "") -> str:
        port = self.server.imaps_port if scheme == "imaps" else self.server.imap_port
        return f"{scheme}://{self.user}@{HOST}:{port}/{folder}"

    def uri(self, folder: str, uid: int) -> str:
        return f"imap://{HOST}/{folder}!{self.validity[folder]}:{uid}"

    def append(self, folder: str, messages: list[bytes]) -> list[int]:
        """Messages appended unseen; their UIDs."""
        with self.client() as client:
            info = client.select_folder(folder)
            first = int(info[b"UIDNEXT"])
            self.validity[folder.replace(".", "/")] = int(info[b"UIDVALIDITY"])
            for message in messages:
                client.append(folder, message, flags=())
        return list(range(first, first + len(messages)))


def fill(mailbox: Mailbox, seed: int = 16) -> Mailbox:
    people = mailbox.people = make_people(12, seed)
    for person in people:
        mailbox.raw_values |= {person.my_number, person.my_number_spaced, person.mobile, person.email}
    p = people
    with mailbox.client() as client:
        client.create_folder("人事")
        client.create_folder("人事.採用")
    roster = "氏名,電話,個人番号\r\n" + "".join(f"{x.name},{x.mobile},{x.my_number}\r\n" for x in p[2:4])
    inner = w.make_eml("応募書類", p[5].email, "saiyo@example.co.jp", f"{p[5].name}です。",
                       attachments=[("応募者情報.csv", f"氏名,個人番号\n{p[5].name},{p[5].my_number}\n".encode())])
    inbox = mailbox.append("INBOX", [
        iso2022jp_mail("書類送付", "soumu@example.co.jp", f"{p[0].name}様\n個人番号 {p[0].my_number_spaced} を確認しました。"),
        iso2022jp_mail("社員名簿", "soumu@example.co.jp", "名簿を送ります。", ("社員名簿.csv", roster.encode("cp932"))),
        w.make_eml("Fw: 応募", "saiyo@example.co.jp", "jinji@example.co.jp", "転送します。",
                   attached_message=message_from_bytes(inner, policy=policy.default)),
        html_mail(p[6]),
        w.make_eml("大きい添付", "soumu@example.co.jp", "jinji@example.co.jp", f"個人番号 {p[7].my_number}",
                   attachments=[("scan.bin", bytes(LARGE_BYTES))]),
    ])
    mailbox.my_numbers[mailbox.uri("INBOX", inbox[0])] = {p[0].my_number}
    mailbox.my_numbers[mailbox.uri("INBOX", inbox[1]) + "!社員名簿.csv"] = {x.my_number for x in p[2:4]}
    mailbox.my_numbers[mailbox.uri("INBOX", inbox[2]) + "!message1.eml!応募者情報.csv"] = {p[5].my_number}
    mailbox.too_large.append(mailbox.uri("INBOX", inbox[4]))
    hr = mailbox.append("人事", [w.make_eml(
        "履歴書", p[8].email, "jinji@example.co.jp", "履歴書を添付します。", charset="utf-8",
        attachments=[("履歴書.txt", f"氏名 {p[8].name}\n個人番号 {p[8].my_number}\n".encode())])])
    mailbox.my_numbers[mailbox.uri("人事", hr[0]) + "!履歴書.txt"] = {p[8].my_number}
    hiring = mailbox.append("人事.採用", [iso2022jp_mail("内定", "saiyo@example.co.jp",
                                                        f"{p[9].name}様\nマイナンバー {p[9].my_number}")])
    mailbox.my_numbers[mailbox.uri("人事/採用", hiring[0])] = {p[9].my_number}
    return mailbox


def new_mail(mailbox: Mailbox, count: int, seed: int = 99) -> dict[str, str]:
    """count more messages in INBOX, each with one My Number: URI -> the number."""
    people = make_people(count, seed)
    mailbox.raw_values |= {p.my_number for p in people}
    uids = mailbox.append("INBOX", [w.make_eml(f"追加{i}", "soumu@example.co.jp", "jinji@example.co.jp",
                                               f"{p.name} 個人番号 {p.my_number}") for i, p in enumerate(people)])
    return {mailbox.uri("INBOX", uid): p.my_number for uid, p in zip(uids, people)}
