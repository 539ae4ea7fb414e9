"""An IMAP session that never sends a password in clear: IMAPS, or STARTTLS
required; certificates checked (an internal CA is given with SSL_CERT_FILE).
Every way of failing becomes a SourceFailure with a message an admin can act on."""

from __future__ import annotations

import imaplib
import socket
import ssl

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from inventory.notes import Note
from scanner.sources.base import SourceFailure
from scanner.sources.credentials import Credentials
from scanner.sources.uris import RemoteRoot

CONNECTION_ERRORS = (OSError, imaplib.IMAP4.abort, socket.timeout)


def _detail(error: BaseException) -> str:
    """A library's reason, without anything the client sent."""
    if isinstance(error, ssl.SSLCertVerificationError):
        return error.verify_message or "certificate verify failed"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__


def _open(remote: RemoteRoot, timeout: float) -> IMAPClient:
    context = ssl.create_default_context()
    if remote.scheme == "imaps":
        return IMAPClient(remote.host, port=remote.port, ssl=True, ssl_context=context, timeout=timeout)
    client = IMAPClient(remote.host, port=remote.port, ssl=False, timeout=timeout)
    if b"STARTTLS" not in client.capabilities():
        client.shutdown()
        raise SourceFailure(Note.of("source.no_starttls", root=remote.display))
    client.starttls(context)
    return client


def _login(client: IMAPClient, credentials: Credentials) -> None:
    if (credentials.user + credentials.password).isascii():
        client.login(credentials.user, credentials.password)
    else:  # LOGIN sends ASCII only; AUTHENTICATE PLAIN carries UTF-8
        client.plain_login(credentials.user, credentials.password)


def connect(remote: RemoteRoot, credentials: Credentials, timeout: float) -> IMAPClient:
    try:
        client = _open(remote, timeout)
    except ssl.SSLError as error:
        raise SourceFailure(Note.of("source.tls_failed", root=remote.display, detail=_detail(error))) from None
    except (*CONNECTION_ERRORS, IMAPClientError) as error:
        raise SourceFailure(Note.of("source.unreachable", root=remote.display, detail=_detail(error))) from None
    try:
        _login(client, credentials)
    except LoginError:
        client.shutdown()
        raise SourceFailure(Note.of("source.login_failed", root=remote.display)) from None
    except (*CONNECTION_ERRORS, IMAPClientError) as error:
        raise SourceFailure(Note.of("source.unreachable", root=remote.display, detail=_detail(error))) from None
    return client


def close(client: IMAPClient | None) -> None:
    if client is None:
        return
    try:
        client.logout()
    except (*CONNECTION_ERRORS, IMAPClientError):
        client.shutdown()
