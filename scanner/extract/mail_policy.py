"""The e-mail library's default policy, each header value parsed once.

`email.policy.default` parses a header into its structured object each time it is
read: a part's Content-Type is read again by every get_content_type,
get_content_maintype, get_param and get_filename (and by the parser itself while it
walks a multipart), some seven times a part. The parsed header is a function of its
name and raw value alone and is never changed after it is made, so one object per
(name, value) serves every read; the same objects as before, made fewer times.
"""

from __future__ import annotations

from email.policy import EmailPolicy

# parsed headers kept (a worker's messages share few values: From, To, Content-Type)
HEADERS_KEPT = 2048
_PARSED: dict[tuple[str, str], object] = {}


class ParsedOncePolicy(EmailPolicy):
    """EmailPolicy whose header_fetch_parse answers a (name, value) read before
    from the header it made then."""

    def header_fetch_parse(self, name, value):
        if hasattr(value, "name") or self.header_factory is not _FACTORY:  # parsed already; another registry
            return super().header_fetch_parse(name, value)
        key = (name, value)
        parsed = _PARSED.get(key)
        if parsed is None:
            parsed = super().header_fetch_parse(name, value)
            if len(_PARSED) >= HEADERS_KEPT:
                _PARSED.clear()
            _PARSED[key] = parsed
        return parsed


MAIL_POLICY = ParsedOncePolicy()
_FACTORY = MAIL_POLICY.header_factory  # its clones share it; a clone given another registry parses as before
