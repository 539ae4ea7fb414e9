"""Issue 12, letterheads22: an organisation's own contact at a document's head (its name, then
its 〒, address, TEL, FAX and mailbox, before the record starts) or in a footer under a rule
line, whatever kind of body the name is; a mail's recipient mailbox that names no one and
an office's work, or the sending desk's own domain. A person's own block, an addressee's
block under the letterhead and a mobile stay theirs. Made-up people, places and numbers."""


def _found(detector, text, entity):
    return [d.text.strip("（(）) ") for d in detector.detect(text) if d.entity_type == entity]


HEAD = ("ボルダリング体験 受付票\n"
        "ボルダリング いわかべ広場\n"
        "〒990-0039 山形県山形市香澄町2丁目8-11\n"
        "TEL 023-615-4827\n"
        "E-mail iwakabe.hiroba@gmail.example.com\n"
        "参加者：青柳 智也（2011年5月3日生）\n"
        "既往歴：ぜんそく（吸入薬あり）\n"
        "緊急連絡先：青柳 真理子　090-4417-2093\n")


def test_a_letterhead_above_the_record_is_the_organisations(detector):
    assert _found(detector, HEAD, "PHONE") == ["090-4417-2093"]
    assert _found(detector, HEAD, "ADDRESS") == []
    assert _found(detector, HEAD, "POSTAL_CODE") == []
    assert _found(detector, HEAD, "EMAIL") == []


def test_a_letterhead_with_its_address_in_brackets_and_one_contact_line(detector):
    text = ("見学申込書\n"
            "Studio Komorebi 陶芸工房（〒321-0953 栃木県宇都宮市東宿郷3丁目4-2）\n"
            "電話 028-634-7719 ／ mail: kobo@komorebi-toukou.example.jp\n"
            "申込者 三輪 颯太（1990年8月14日生）\n"
            "連絡先 080-2916-4470\n")
    assert _found(detector, text, "PHONE") == ["080-2916-4470"]
    assert _found(detector, text, "ADDRESS") == []
    assert _found(detector, text, "EMAIL") == []


def test_a_footer_under_a_rule_line(detector):
    text = ("貸切風呂 利用記録\n"
            "12日　常連の宮下 晴美さん（0258-33-1907）が鍵を返却。\n"
            "15日　北村 秀人さんがのぼせて休憩。\n"
            "\n"
            "――――――――――\n"
            "天然温泉 ゆけむり荘 帳場\n"
            "TEL 0258-41-6620　Mail info@yukemuri.example.jp\n")
    assert _found(detector, text, "PHONE") == ["0258-33-1907"]


def test_an_addressees_block_under_the_letterhead_stays_theirs(detector):
    text = ("みどり台生活協同組合 共済係\n"
            "〒330-0063 埼玉県さいたま市浦和区高砂2-6-5\n"
            "TEL 048-829-3315\n"
            "〒336-0017\n"
            "埼玉県さいたま市南区南浦和4-22-9\n"
            "須藤 和也 様\n"
            "見舞金のお支払いについてお知らせします。\n")
    assert _found(detector, text, "POSTAL_CODE") == ["〒336-0017"]
    assert _found(detector, text, "ADDRESS") == ["埼玉県さいたま市南区南浦和4-22-9"]
    assert _found(detector, text, "PHONE") == []


def test_a_persons_own_block_and_a_mobile_stay_theirs(detector):
    own = ("退会届\n"
           "〒950-0911 新潟県新潟市中央区笹口1-13-6\n"
           "本間 里奈\n"
           "一身上の都合により退会いたします。\n")
    assert _found(detector, own, "ADDRESS") == ["新潟県新潟市中央区笹口1-13-6"]
    mobile = ("出張整体 ほぐし処\n"
              "TEL 090-6712-5584\n"
              "施術記録：腰痛（椎間板ヘルニア）の患者 西田 隆\n")
    assert _found(detector, mobile, "PHONE") == ["090-6712-5584"]


def test_a_mailbox_naming_someone_on_a_forms_head_stays_theirs(detector):
    # a form filed by a department: its first lines hold the filer's own mailbox (make demo's 扶養控除申告書)
    text = ("経理課 控え\n"
            "連絡先 kenji.ogawa7@example.jp\n"
            "通勤手当申請書\n"
            "氏名　小川 健二\n"
            "住所　〒370-0841 群馬県高崎市栄町3-19\n")
    assert _found(detector, text, "EMAIL") == ["kenji.ogawa7@example.jp"]


def test_a_mail_header_is_no_letterhead(detector):
    header = "From: ryo.takasugi@example.ne.jp\nTo: hoken-madoguchi@town.example.lg.jp\nSubject: 申請（高杉 遼）\n"
    assert _found(detector, header, "EMAIL") == ["ryo.takasugi@example.ne.jp"]


def test_a_recipient_mailbox_of_an_offices_work_or_the_desks_own_domain(detector):
    adoption = "From: s-okamura@example.com\nTo: hogo@inu-neko.example.jp\nSubject: 譲渡希望（岡村 咲）\n"
    assert _found(detector, adoption, "EMAIL") == ["s-okamura@example.com"]
    internal = ("From: anzen@aoba-hosp.example.jp\nTo: taskforce@aoba-hosp.example.jp\n"
                "Subject: 報告 患者 大場 直樹様\n")
    assert _found(detector, internal, "EMAIL") == []
    to_a_person = "From: anzen@aoba-hosp.example.jp\nTo: nkemdirim@mail.example.jp\nSubject: ご案内 大場 直樹様\n"
    assert _found(detector, to_a_person, "EMAIL") == ["nkemdirim@mail.example.jp"]
