"""The address on every message of an mbox is the mailbox's own (issue 12, read26): an
inbox's one recipient, a sent box's one sender, not a person's mailbox; a thread between two
people keeps both. Made-up people and addresses only."""

import pytest

from scanner.mailbox_owner import mailbox_owners


def _message(sender: str, recipient: str, body: str = "ご連絡します。") -> bytes:
    return (f"From: {sender}\nTo: {recipient}\nSubject: test\nContent-Type: text/plain; charset=utf-8\n\n"
            f"{body}\n").encode("utf-8")


def _mbox(messages: list[bytes]) -> bytes:
    return b"".join(b"From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n" + m + b"\n" for m in messages)


def test_the_one_recipient_of_mails_from_several_senders_is_the_mailboxs_own():
    inbox = [_message("yoshida.k@mail-a.example.jp", "kanazawa-hams@club.example.jp"),
             _message("tomoe_n@mail-b.example.jp", "Kanazawa-Hams@club.example.jp")]
    assert mailbox_owners(inbox) == {"kanazawa-hams@club.example.jp"}


def test_a_club_writing_to_its_members_list_on_every_message_is_the_mailboxs_own():
    sent = [_message("Club <tsubaki.gb@club.example.jp>", "members@club.example.jp")] * 3
    assert mailbox_owners(sent) == {"tsubaki.gb@club.example.jp"}


def test_a_thread_between_two_people_or_a_single_message_names_no_owner():
    thread = [_message("yoshida.k@mail-a.example.jp", "tomoe_n@mail-b.example.jp"),
              _message("tomoe_n@mail-b.example.jp", "yoshida.k@mail-a.example.jp"),
              _message("yoshida.k@mail-a.example.jp", "tomoe_n@mail-b.example.jp")]
    assert mailbox_owners(thread) == set()
    assert mailbox_owners(thread[:1] + thread[:1] + thread[:1]) == set()
    assert mailbox_owners(thread[:1]) == set()


@pytest.mark.slow
def test_the_owners_address_is_set_aside_and_the_senders_stay(scanner):
    inbox = _mbox([_message("yoshida.k@mail-a.example.jp", "kanazawa-hams@club.example.jp", "吉田 健一です。"),
                   _message("tomoe_n@mail-b.example.jp", "kanazawa-hams@club.example.jp", "巴 直子です。")])
    record = scanner.scan_bytes("例会.mbox", inbox)
    mails = sorted(f.value for o in record.walk() for f in o.findings if f.entity_type == "EMAIL")
    assert mails == ["tomoe_n@mail-b.example.jp", "yoshida.k@mail-a.example.jp"]
