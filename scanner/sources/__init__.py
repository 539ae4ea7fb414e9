"""Where bytes come from: a local tree, an IMAP account, an SMB share.

Roots are paths or URLs (`imaps://user@host/INBOX`, `smb://server/share/人事`);
the protocol modules (imapclient, smbprotocol) are imported only when a root
needs them.
"""

from __future__ import annotations

from scanner.crawl import CrawlOptions
from scanner.sources.base import RemoteOptions, Source, SourceFailure
from scanner.sources.local import LocalSource
from scanner.sources.uris import is_remote, parse_root

__all__ = ["RemoteOptions", "Source", "SourceFailure", "is_remote", "open_source", "parse_root"]


def open_source(root: str, crawl: CrawlOptions, remote: RemoteOptions) -> Source:
    """A source for root; nothing is connected yet (a failure to connect is
    recorded when the scan reaches it, and the other roots go on)."""
    if not is_remote(root):
        return LocalSource(root, crawl)
    parsed = parse_root(root)
    if parsed.scheme == "smb":
        from scanner.sources.smb import SmbSource

        return SmbSource(parsed, crawl, remote)
    from scanner.sources.imap import ImapSource

    return ImapSource(parsed, crawl, remote)
