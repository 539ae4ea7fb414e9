"""The matrix of issue 12's mail11 work: one real file per cell of format × place a
string with an @ sits (a header that carries no one's mailbox, a cid, a URL's user, a
host's account, a template's placeholder, a system's or a list's sender) run through
the real extractors and detector (ObjectScanner); prints each cell's EMAIL findings
that are not a person's mailbox, and each person's mailbox missed. Made-up people.

    .venv/bin/python benchmarks/mail11_matrix.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from benchmarks.quality import found_in, scan  # noqa: E402

PERSON = "sayaka.oda@kitamura-kogyo.co.jp"
MID = "<20261203094512.4F1A2B3C@mx02.kitamura-kogyo.co.jp>"
GMAIL_MID = "<CAHx9=Kq7pLm3vN2bR8sT4uW1yZ0aB5cD6eF@mail.gmail.com>"
OUTLOOK_MID = "<TYWPR01MB98765432ABCDEF0123456789AB@TYWPR01MB9876.jpnprd01.prod.outlook.com>"
SES_MID = "<0106018f2a3b4c5d-9e8f7a6b-1c2d-4e3f-a5b6-c7d8e9f0a1b2-000000@ap-northeast-1.amazonses.com>"
VERP = "bounces+2231874-9c1f-sayaka.oda=kitamura-kogyo.co.jp@em4821.shop-news.example.net"
THUNDER_CID = "part1.A0B1C2D3.E4F5A6B7@kitamura-kogyo.co.jp"

RAW_HEADERS = f"""Return-Path: <{VERP}>
Received: from mx02.kitamura-kogyo.co.jp (mx02.kitamura-kogyo.co.jp [203.0.113.25])
\tby mail.minato-shoji.co.jp (Postfix) with ESMTPS id 4Xy7Zq2K9mz1
\tfor <{PERSON}>; Thu, 3 Dec 2026 09:45:12 +0900 (JST)
DKIM-Signature: v=1; a=rsa-sha256; d=kitamura-kogyo.co.jp; s=sel1; i=@kitamura-kogyo.co.jp;
Message-ID: {MID}
In-Reply-To: {GMAIL_MID}
References: {GMAIL_MID} {OUTLOOK_MID}
 {SES_MID}
List-Id: 会員ニュース <news.shop-news.example.net>
List-Unsubscribe: <mailto:unsubscribe-8f3a91c2@shop-news.example.net?subject=unsubscribe>, <https://shop-news.example.net/u/8f3a91c2>
X-Mailer: Microsoft Outlook 16.0
From: 織田 さやか <{PERSON}>
Subject: 打合せの件
Content-Type: multipart/related; boundary="----=_NextPart_000_0012_01DB4A2B.5C3D7E80"

本文です。
"""

CELLS: dict[str, tuple[str, str]] = {
    "txt raw headers": ("headers.txt", RAW_HEADERS),
    "txt forwarded header block": ("fwd.txt", f"-----Original Message-----\nFrom: 織田 さやか <{PERSON}>\n"
                                    f"Sent: Thursday, December 3, 2026 9:45 AM\nMessage-ID: {OUTLOOK_MID}\n"
                                    "Subject: 見積書\n\nよろしくお願いします。\n"),
    "html cid image": ("sig.html", f'<html><body><p>織田です。</p><img src="cid:{THUNDER_CID}" alt="logo">'
                       f'<p>cid:image001.png@01DB4A2B.5C3D7E80</p><p>{PERSON}</p></body></html>'),
    "html mailto subject": ("mailto.html", '<p>ご不明点は<a href="mailto:tanto.ooishi@minato-shoji.co.jp?subject=見積">'
                            'こちら</a> または tanto.ooishi@minato-shoji.co.jp?subject=%E8%A6%8B まで</p>'),
    "txt url with user": ("urls.txt", "資料：https://guest:pa55word@files.minato-shoji.co.jp/share/\n"
                          "ftp://anonymous@ftp.kitamura-kogyo.co.jp/pub/\n"
                          "svn co svn+ssh://builder@svn.kitamura-kogyo.co.jp/repos/trunk\n"),
    "txt git and ssh": ("deploy.md", "git clone git@github.com:kitamura/portal.git\n"
                        "ssh ec2-user@ip-10-0-3-17.ap-northeast-1.compute.internal\n"
                        "scp backup.tar deploy@web01.kitamura-kogyo.co.jp:/var/backup/\n"
                        "sudo -u postgres psql  # postgres@db01.kitamura-kogyo.local\n"),
    "txt shell, keytab, merge": ("tools.txt", "admin@web01.kitamura-kogyo.co.jp:~$ sudo systemctl restart postfix\n"
                                 "keytab: HTTP/web01.kitamura-kogyo.co.jp@KITAMURA-KOGYO.CO.JP\n"
                                 "差込印刷の宛先：${user}@kitamura-kogyo.co.jp、%USERNAME%@kitamura-kogyo.co.jp\n"
                                 "課題の通知は jira@kitamura.atlassian.net から届きます。\n"),
    "txt system senders": ("system.txt", "送信元：MAILER-DAEMON@mx02.kitamura-kogyo.co.jp\n"
                           "通知元：notifications@github.com、calendar-notification@google.com\n"
                           "reply+ABCD1234EFGH5678@reply.github.com から返信できます。\n"
                           "auto-confirm@amazon.co.jp, do_not_reply@apple.com, no_reply@shop-news.example.net\n"
                           "members-request@ml.kitamura-kogyo.co.jp / owner-members@ml.kitamura-kogyo.co.jp\n"
                           "cron@batch01.kitamura-kogyo.co.jp, root@localhost.localdomain, nagios@mon.kitamura-kogyo.co.jp\n"),
    "txt template placeholders": ("template.txt", "メールアドレス：xxxx@xxxx.co.jp\n記入例：yamada@example.com\n"
                                  "（例）taro.yamada@example.co.jp\n書式：name@domain.com、your.name@company.co.jp\n"
                                  "user@example.com / sample@example.jp / test@test.com / hoge@hoge.jp / abc@abc.co.jp\n"),
    "ics invitation": ("invite.ics", "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n"
                       "UID:7kq2m9v3c1b8n4x6z5a0s7d2f1@google.com\r\n"
                       f"ORGANIZER;CN=織田 さやか:mailto:{PERSON}\r\n"
                       "ATTENDEE;CN=会議室3F-A;CUTYPE=ROOM:mailto:c_1883a9f2b4e6d@resource.calendar.google.com\r\n"
                       "ATTENDEE;CN=大石 拓人:mailto:tanto.ooishi@minato-shoji.co.jp\r\n"
                       "SUMMARY:定例会議\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"),
    "json mail log": ("maillog.json", json.dumps([
        {"message_id": MID, "queue_id": "4Xy7Zq2K9mz1", "from": PERSON, "status": "sent"},
        {"message_id": GMAIL_MID, "return_path": VERP, "status": "bounced"}], ensure_ascii=False)),
    "csv client export": ("export.csv", "Message-ID,差出人,件名\n"
                          f"\"{OUTLOOK_MID}\",{PERSON},見積\n\"{SES_MID}\",{PERSON},請求\n"),
    "xml log": ("log.xml", f"<log><msg id=\"{MID[1:-1]}\"><from>{PERSON}</from>"
                f"<inReplyTo>{GMAIL_MID[1:-1]}</inReplyTo></msg></log>"),
    "eml full": ("full.eml", RAW_HEADERS.replace("本文です。", f"織田さん\n\nreply+ABCD1234EFGH5678@reply.github.com\n")),
    "vcard": ("card.vcf", f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:織田 さやか\r\nEMAIL;TYPE=WORK:{PERSON}\r\n"
              "UID:5c7e1f02-8a3b-4d6e-9f10-2b3c4d5e6f70@kitamura-kogyo.co.jp\r\nEND:VCARD\r\n"),
}
# every other @-string in these cells is no one's mailbox
PEOPLE = {PERSON, "tanto.ooishi@minato-shoji.co.jp"}


def main() -> None:
    from scanner.app.lazy_detector import build_detector
    from scanner.objects import ObjectScanner

    scanner = ObjectScanner(build_detector())
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for name, text in CELLS.values():
            (root / name).write_text(text, encoding="utf-8")
        found = {uri.rpartition("/")[2]: values for uri, values in found_in(scan(scanner, root)).items()}
    wrong = 0
    for cell, (name, text) in CELLS.items():
        mails = {value for entity, value in found.get(name, set()) if entity == "EMAIL"}
        false = sorted(mails - PEOPLE)
        missed = sorted(p for p in PEOPLE if p in text and p not in mails)
        wrong += len(false)
        print(f"{cell:28} false {len(false)}  {false}" + (f"  MISSED {missed}" if missed else ""))
    print(f"false EMAIL findings: {wrong}")


if __name__ == "__main__":
    main()
