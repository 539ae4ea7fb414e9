"""Passwords for remote roots: a credentials file (netrc format, mode 0600), an
environment variable, or the system keyring (python `keyring`, optional) — in
that order. Never the command line; a password is held in memory only, and no
message, log line or stored reason carries it.

    # /etc/daicho/credentials (chmod 600)
    machine mail.example.jp login scanner password ...
    machine fs01.example.jp login scanner password ...
"""

from __future__ import annotations

import netrc
import os
import stat
from dataclasses import dataclass, field

from inventory.notes import Note
from scanner.sources.base import SourceFailure
from scanner.sources.uris import RemoteRoot

ENV_PASSWORD = {"imap": "DAICHO_IMAP_PASSWORD", "smb": "DAICHO_SMB_PASSWORD"}
KEYRING_SERVICE = "daicho"


@dataclass(frozen=True)
class Credentials:
    user: str
    password: str = field(repr=False)


def _from_file(path: str, host: str) -> tuple[str, str] | None:
    """(login, password) for host from a netrc file that only its owner can read."""
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
        if mode & 0o077:
            raise SourceFailure(Note.of("source.credentials_mode", path=path, mode=oct(mode)))
        entry = netrc.netrc(path).authenticators(host)
    except OSError as error:
        raise SourceFailure(Note.of("source.credentials_unreadable", path=path, detail=error.strerror)) from None
    except netrc.NetrcParseError as error:  # its message quotes the file: only the line is told
        raise SourceFailure(Note.of("source.credentials_unreadable", path=path,
                                    detail=f"line {error.lineno}")) from None
    if entry is None:
        return None
    login, _, password = entry
    return login, password


def _from_keyring(key: str) -> str | None:
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, key)
    except KeyringError:  # no usable backend on this host
        return None


def find_credentials(root: RemoteRoot, credentials_file: str | None) -> Credentials:
    user = root.user
    if credentials_file:
        found = _from_file(credentials_file, root.host)
        if found and (user is None or found[0] == user):
            return Credentials(found[0], found[1])
    if user is None:
        raise SourceFailure(Note.of("source.no_user", root=root.display))
    env = ENV_PASSWORD[root.protocol]
    password = os.environ.get(env) or _from_keyring(root.credential_key)
    if not password:
        raise SourceFailure(Note.of("source.no_password", root=root.display, env=env, name=root.credential_key))
    return Credentials(user, password)
