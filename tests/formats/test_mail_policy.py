"""The mail parser's policy parses each header value once and reads as policy.default."""

from email import policy
from email.parser import BytesParser

from scanner.extract import mail_policy
from scanner.extract.eml import extract_eml
from scanner.extract.mail_policy import MAIL_POLICY

MAIL = (b"From: =?utf-8?b?5bGx55Sw?= <taro@example.jp>\r\nTo: hanako@example.jp\r\nSubject: test\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"B\"\r\n\r\n"
        b"--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nhello\r\n"
        b"--B\r\nContent-Type: text/csv; name=\"a.csv\"\r\nContent-Disposition: attachment; filename=\"a.csv\"\r\n\r\n"
        b"x,y\r\n--B--\r\n")


def _headers(message):
    return [(part.get_content_type(), part.get_filename(), part.get_content_disposition(),
             [(name, str(value), type(value).__name__) for name, value in part.items()]) for part in message.walk()]


def test_reads_as_the_default_policy():
    mail_policy._PARSED.clear()
    assert _headers(BytesParser(policy=MAIL_POLICY).parsebytes(MAIL)) == _headers(
        BytesParser(policy=policy.default).parsebytes(MAIL))


def test_a_value_is_parsed_once(monkeypatch):
    mail_policy._PARSED.clear()
    made = []
    factory = MAIL_POLICY.header_factory
    original = type(factory).__call__
    monkeypatch.setattr(type(factory), "__call__", lambda self, name, value: made.append(name) or original(self, name, value))
    extract_eml(MAIL)
    once = len(made)
    assert made.count("Content-Type") == 3  # the message's and its two parts', however often each is read
    extract_eml(MAIL)
    assert len(made) == once  # the same values again: none parsed anew


def test_a_clone_with_another_registry_parses_as_before():
    from email.headerregistry import HeaderRegistry
    mail_policy._PARSED.clear()
    other = MAIL_POLICY.clone(header_factory=HeaderRegistry())
    assert str(other.header_fetch_parse("Subject", "x")) == "x"
    assert not mail_policy._PARSED  # its headers are its registry's, not kept for the default's
