"""Strings with an @ that are no one's mailbox (issue 12, mail11).

Mail systems, hosts and templates write many: a message's or a part's identifier
(Message-ID, In-Reply-To, References, Content-ID and `cid:` in an HTML body, an
invitation's UID), a bounce's envelope that encodes the recipient (VERP: bounces+…
-taro=example.jp@…), a program's or a host's account (git@, ec2-user@, postgres@,
a notification's sender), a URL's user (https://user:pass@host, ftp://anonymous@…),
a remote path (deploy@host:/var/…), and a template's placeholder (xxxx@xxxx.co.jp,
your.name@company.co.jp, 記入例：…). Each is told by the value's own shape or by the
label or command it stands in, never by a window of text around it.
"""

from __future__ import annotations

import re

# a program's, a host's or a notification's own account: no one reads it as a person
SYSTEM_MAILBOXES = frozenset({
    "bounces", "reply", "replies", "no", "do", "not", "auto", "autoreply", "automail", "confirm", "confirmation",
    "notifications", "calendar", "request", "owner", "unsubscribe", "subscribe", "listserv", "majordomo", "mailman",
    "daemon", "git", "deploy", "ec2", "ubuntu", "centos", "postgres", "mysql", "oracle", "nobody", "www", "data",
    "apache", "nginx", "jenkins", "ci", "build", "builder", "backup", "cron", "nagios", "zabbix", "monitor",
    "monitoring", "guest", "anonymous", "ftp", "svn", "administrator", "operator", "batch", "bot", "robot", "server",
    "localhost", "magazine", "mailmagazine", "merumaga", "campaign", "marketing", "promo", "updates", "account",
    "accounts", "verify", "verification", "auth", "login", "receipt", "receipts", "status", "report", "reports",
    "dmarc", "resource", "sender", "postfix", "qmail", "sendmail", "devnull", "null",
    "jira", "redmine", "backlog", "slack", "wordpress", "wp", "github", "gitlab",
})
# the words a template writes where an address goes
PLACEHOLDERS = frozenset({
    "name", "your", "yourname", "user", "username", "userid", "sample", "test", "hoge", "fuga", "piyo", "foo", "bar",
    "abc", "aaa", "example", "dummy", "someone", "somebody", "address", "email", "mailaddress", "id",
    "firstname", "lastname", "shimei", "namae", "anata",
})
_ALL_X = re.compile(r"x{2,}|○+|●+")
_RUNS = re.compile(r"[a-z]+|[0-9]+")
MACHINE_RUNS = 6  # runs of letters and digits in turn: taro2yamada3 has 4, a token many
LONG_DIGITS = 12  # a keitai's address is its 11-digit number; a timestamp has 14
_VERP = re.compile(r"=[a-z0-9-]+\.[a-z]")  # the recipient encoded in a bounce's envelope
# a template's variable (${user}@, %USERNAME%@) or a path or service principal (HTTP/web01@REALM)
_TEMPLATE_OR_PATH = re.compile(r"[{}$%/]")
_HEX_PART = re.compile(r"(?<![a-z0-9])[0-9a-f]{8,}(?![a-z0-9])")
HEX_RUNS = 4  # a random hex token turns between letters and digits; abe19850612 does not
LONG_HEX, LONG_TOKEN = 10, 24  # a name and a birthday in one word stay shorter than a random token
_TOKEN = re.compile(r"[a-z0-9]{%d,}" % LONG_TOKEN)
_KEITAI = re.compile(r"0[789]0-?[0-9]{4}-?[0-9]{4}")  # a mobile's own mailbox: its number


def _hex_token(part: str) -> bool:
    """Hex that turns between letters and digits, or a letter between digits (94f4518114, aaafd851db)."""
    runs = len(_RUNS.findall(part))
    return runs >= HEX_RUNS or runs == HEX_RUNS - 1 and (part[0].isdigit() or len(part) >= LONG_HEX)


def keitai_mailbox(local: str) -> bool:
    return _KEITAI.fullmatch(local) is not None


def machine_made(local: str) -> bool:
    """A message's, a part's or an event's identifier (hex, a UUID, a timestamp, a
    random token), not a name someone chose for a mailbox."""
    runs = _RUNS.findall(local)
    if len(runs) >= MACHINE_RUNS and sum(run.isdigit() for run in runs) >= 3:
        return True
    if any(_hex_token(part) for part in _HEX_PART.findall(local)):
        return True
    if any(not t.isalpha() for t in _TOKEN.findall(local)) or _TEMPLATE_OR_PATH.search(local):
        return True
    return any(run.isdigit() and len(run) >= LONG_DIGITS for run in runs) or _VERP.search(local) is not None


def placeholder_part(part: str) -> bool:
    return part in PLACEHOLDERS or _ALL_X.fullmatch(part) is not None


# a header or a key that names an identifier or a list's machinery, not a mailbox
_ID_KEY = re.compile(
    r"(?:X-)?(?:Original-)?(?:Google-Original-)?Message-?I[Dd]|In-Reply-To|References|Content-I[Dd]|Resent-Message-Id"
    r"|UID|RECURRENCE-ID|List-(?:Id|Unsubscribe|Subscribe|Help|Owner|Archive)|Errors-To|Thread-Topic|mid|cid"
    r"|message_?id|msg_?id|smtp_?id|messageId|msgId|inReplyTo|in_reply_to|references", re.IGNORECASE)
_KEY = re.compile(r"^\s*[\"']?([A-Za-z][A-Za-z0-9_-]*)[\"']?\s*(?:;[^:\n]*)?[:=]")
FOLDED_LINES = 8  # a References header folded over several lines
_URL_USER = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s/@]*$")
_REMOTE_COMMAND = re.compile(r"(?:^|\s)(?:ssh|scp|sftp|rsync|telnet|mosh|git clone)\s+(?:-\S+\s+)*\S*$")
_REMOTE_PATH = re.compile(r":(?:[/~]|[\w.-]+/)")
_TEMPLATE_LABEL = re.compile(r"(?:記入例|入力例|記載例|例|サンプル|書式|形式|フォーマット|e\.g\.|ex\.)\s*[）)]?\s*[:：]?\s*[（(]?\s*$")
LABEL_REACH = 16


def _header_key(text: str, start: int) -> str:
    """The key of the header or field the value stands in: its own cell's, or the
    header a folded line continues."""
    line_start = text.rfind("\n", 0, start) + 1
    cell = text[line_start:start].rpartition("\t")[2]
    for _ in range(FOLDED_LINES):
        if key := _KEY.match(cell):
            return key.group(1)
        if not cell[:1].isspace() or line_start == 0:
            return ""
        line_start = text.rfind("\n", 0, line_start - 1) + 1
        cell = text[line_start:text.find("\n", line_start)]
    return ""


def not_a_mailbox(text: str, start: int, end: int) -> bool:
    """The value stands where no mailbox does: an identifier's header or key, a URL's
    user, a remote host's account or path, a template's example (see the module)."""
    before = text[max(0, start - 80):start]
    local = text[start:end].partition("@")[0]
    if before.endswith("cid:") or _URL_USER.search(before + local) or _REMOTE_COMMAND.search(before):
        return True
    if _REMOTE_PATH.match(text, end) or _TEMPLATE_LABEL.search(before[-LABEL_REACH:]):
        return True
    return _ID_KEY.fullmatch(_header_key(text, start)) is not None
