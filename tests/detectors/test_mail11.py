"""Issue 12, mail11: a person's mailbox, not every string with an @ (identifiers of
messages, parts and events, bounce envelopes, host and program accounts, URL users,
remote paths, template placeholders, desks' and lists' mailboxes); an organisation's
own phones (a desk's mailbox or a legal form in a nameless text's title, a letterhead
broken by a blank line, an invitation to call). The real GiNZA detector and real files
of each format; made-up people and hosts."""

import pytest

from benchmarks.mail11_matrix import CELLS, PEOPLE


def _found(detector, text, entity):
    return [d.text for d in detector.detect(text) if d.entity_type == entity]


@pytest.mark.parametrize("value", [
    "20261203094512.4F1A2B3C@mx02.hagi.example.co.jp", "CAHx9=Kq7pLm3vN2bR8sT4uW1yZ0aB5cD6eF@mail.gmail.com",
    "TYWPR01MB98765432ABCDEF0123456789AB@TYWPR01MB9876.jpnprd01.prod.outlook.com",
    "5c7e1f02-8a3b-4d6e-9f10-2b3c4d5e6f70@hagi.example.co.jp", "c_4249c697221594@resource.calendar.google.com",
    "unsubscribe-94f4518114@news.example.jp", "bounce-2231874-ryo.hagi=hagi.example.co.jp@mta.example.net",
    "git@github.com", "ec2-user@ip-10-0-3-17.ap-northeast-1.compute.internal", "no_reply@kintai.example.com",
    "owner-anzen@ml.example.jp", "xxxx@xxxx.co.jp", "your.name@company.co.jp", "keikaku@crew.example.jp",
    "shikkou@union.example.jp"])
def test_no_ones_mailbox_by_its_shape(value):
    from detectors.jp.email import EmailRecognizer

    assert not EmailRecognizer().is_valid(value)


@pytest.mark.parametrize("value", ["ryo.hagi@hagi.example.co.jp", "riho.katayama82@example.jp", "hori_t0415@example.jp",
                                   "keigo.suda1990@example.co.jp", "abe19850612@example.jp", "09012345678@docomo.ne.jp",
                                   "t-kuwabara@example.jp", "tanaka@example.jp"])
def test_a_persons_mailbox_with_digits_is_kept(value):
    from detectors.jp.email import EmailRecognizer

    assert EmailRecognizer().is_valid(value)


@pytest.mark.parametrize("line", [
    "Message-ID: <hagi.reply.note@mx.hagi.example.co.jp>", "References: <a@b.example.jp>\n <ryo.memo@mx.example.jp>",
    "ssh ryo@web01.hagi.example.co.jp", "scp dump.sql ryo@web01.hagi.example.co.jp:/var/backup/",
    "https://ryo:secret@files.hagi.example.co.jp/share/", "記入例：ryo.hagi@hagi.example.co.jp",
    '<img src="cid:ryo.logo@hagi.example.co.jp">'])
def test_no_ones_mailbox_by_its_place(detector, line):
    assert "ryo" not in " ".join(_found(detector, line, "EMAIL"))


def test_a_persons_mailbox_in_a_header_or_a_field_is_kept(detector):
    assert _found(detector, "From: 萩 亮 <ryo.hagi@hagi.example.co.jp>", "EMAIL") == ["ryo.hagi@hagi.example.co.jp"]
    assert _found(detector, "ORGANIZER;CN=萩 亮:mailto:ryo.hagi@hagi.example.co.jp", "EMAIL") \
        == ["ryo.hagi@hagi.example.co.jp"]
    assert _found(detector, "当日の連絡用（携帯）：09095308890@softbank.ne.jp", "EMAIL") == ["09095308890@softbank.ne.jp"]


def test_every_cell_of_the_matrix_reports_only_peoples_mailboxes(scanner, tmp_path):
    for name, text in CELLS.values():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        record = scanner.scan_bytes(path.as_uri(), path.read_bytes())
        mails = {f.value for o in record.walk() for f in o.findings if f.entity_type == "EMAIL"}
        assert mails <= PEOPLE, name
        assert {p for p in PEOPLE if p in text} <= mails, name


def test_a_desks_mailbox_named_by_a_qualifier_is_the_desks():
    from detectors.own_mailboxes import role_mailbox

    assert role_mailbox("jiko-uketsuke@insurer.example.co.jp") and role_mailbox("kyujin-madoguchi@example.jp")
    assert not role_mailbox("ryo.hagi-support@example.jp")


def test_a_nameless_texts_desk_mailbox_or_legal_form_title_makes_its_phones_the_issuers(detector):
    newsletter = "図書館だより\n\nおはなし会 7月11日\n\n休館日 6月17日\n\n特集展示\n\n電話 0584-36-3358　メール uketsuke@lib.example.jp"
    assert _found(detector, newsletter, "PHONE") == []
    flyer = "(有)みどり保険サービス 保険のご案内\n\n新プラン\n\nお見積り無料\n\n駐車場あり\n\nTEL 0532-87-0705"
    assert _found(detector, flyer, "PHONE") == []
    slide = "単身パック 39,800円〜\nご相談 06-4586-5231"
    assert _found(detector, slide, "PHONE") == []
    personal = "氏名 谷口 勝利\n携帯 080-5343-4864\n緊急時連絡先 作業所 0898-44-6686"
    assert _found(detector, personal, "PHONE") == ["080-5343-4864"]


def test_a_footer_is_read_upwards_but_a_partys_label_ends_it(detector):
    form = ("患者氏名 古川 蒼\n\n現住所 〒986-8181 宮城県石巻市門脇町7丁目14番20号\n\n電話 090-3136-5890\n\n"
            "入院予定日 12月10日\n\n〒714-9996 岡山県倉敷市水島東栄町9番12号\n\nTEL 086-435-9620　FAX 086-435-4172")
    assert _found(detector, form, "POSTAL_CODE") == ["〒986-8181"]
    assert _found(detector, form, "PHONE") == ["090-3136-5890"]
    ledger = ("喪主　荒井 芽依（長女）　011-769-3900\n\n喪主住所　〒003-1880 北海道札幌市白石区本通4-26-11\n\n"
              "菩提寺連絡先　028-455-0745")
    assert _found(detector, ledger, "POSTAL_CODE") == ["〒003-1880"]
