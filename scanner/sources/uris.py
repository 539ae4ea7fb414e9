"""Remote roots and the URIs of what is found in them.

    imaps://user@host[:port]/[Folder]      IMAP over TLS (993)
    imap://user@host[:port]/[Folder]       IMAP with STARTTLS, required (143)
    smb://[user@]server[:port]/share[/path]

A root says where to connect; the inventory keys its objects by an account
(`imap://user@host`, `smb://server/share`), without the folder or the port, so a
scan of one folder and of the whole account share their objects. Object URIs carry neither
user nor port, as ledgers name them: `imap://host/INBOX!UIDVALIDITY:UID`,
`smb://server/share/人事/名簿.xlsx`. Names keep their characters except the
few that structure a URI (`%`, `!`, `#`, and `/` inside an IMAP folder name),
which are percent-escaped: a real `!` cannot pass for "inside".
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass

from inventory.notes import Note
from scanner.sources.base import SourceFailure

DEFAULT_PORTS = {"imap": 143, "imaps": 993, "smb": 445}
_ESCAPES = {"%": "%25", "!": "%21", "#": "%23", "/": "%2F"}


def is_remote(root: str) -> bool:
    scheme, separator, _ = root.partition("://")
    return bool(separator) and scheme.lower() in DEFAULT_PORTS


def escape_segment(name: str) -> str:
    """One path segment with the URI's structural characters escaped."""
    return "".join(_ESCAPES.get(ch, ch) for ch in name)


@dataclass(frozen=True)
class RemoteRoot:
    scheme: str  # imap (STARTTLS) / imaps / smb
    host: str
    port: int
    user: str | None
    segments: tuple[str, ...]  # folder path (IMAP) or share and path (SMB), decoded

    @property
    def protocol(self) -> str:
        return "smb" if self.scheme == "smb" else "imap"

    @property
    def _host(self) -> str:
        return f"[{self.host}]" if ":" in self.host else self.host  # IPv6

    @property
    def _port_suffix(self) -> str:
        return "" if self.port == DEFAULT_PORTS[self.scheme] else f":{self.port}"

    @property
    def display(self) -> str:
        """The root as given, without a password: for messages."""
        user = f"{self.user}@" if self.user else ""
        return f"{self.scheme}://{user}{self._host}{self._port_suffix}/" + "/".join(self.segments)

    @property
    def account(self) -> str:
        """The inventory's root key: the mailbox or share, not how it is reached
        (imaps:// and imap:// with STARTTLS, any port, share the same objects)."""
        if self.protocol == "smb":
            return f"smb://{self._host}/{escape_segment(self.segments[0])}"
        user = f"{self.user}@" if self.user else ""
        return f"imap://{user}{self._host}"

    def object_uri(self, segments: tuple[str, ...] | list[str]) -> str:
        """The URI of a folder (IMAP) or a file or directory (SMB) by its segments."""
        return f"{self.protocol}://{self._host}/" + "/".join(escape_segment(s) for s in segments)

    @property
    def credential_key(self) -> str:
        """The name a keyring stores this account's password under."""
        return f"{self.protocol}://{self.user}@{self.host}"


def redacted(text: str) -> str:
    """A URL with any password taken out, safe to print."""
    parts = urllib.parse.urlsplit(text)
    if parts.password is None:
        return text
    netloc = f"{parts.username}@{parts.hostname}" + (f":{parts.port}" if parts.port else "")
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def parse_root(text: str) -> RemoteRoot:
    try:
        parts = urllib.parse.urlsplit(text)
        port = parts.port
    except ValueError as error:
        raise SourceFailure(Note.of("source.bad_url", root=redacted_or_scheme(text), detail=str(error))) from None
    if parts.password is not None:
        raise SourceFailure(Note.of("source.password_in_url", root=redacted(text)))
    scheme = parts.scheme.lower()
    segments = tuple(urllib.parse.unquote(s) for s in parts.path.split("/") if s)
    if not parts.hostname:
        raise SourceFailure(Note.of("source.bad_url", root=text, detail="no host"))
    if scheme == "smb" and not segments:
        raise SourceFailure(Note.of("source.bad_url", root=text, detail="no share"))
    user = urllib.parse.unquote(parts.username) if parts.username else None
    return RemoteRoot(scheme, parts.hostname, port or DEFAULT_PORTS[scheme], user, segments)


def redacted_or_scheme(text: str) -> str:
    """For a URL too broken to parse: only its scheme, in case a password is in it."""
    return text.partition("://")[0] + "://…"
