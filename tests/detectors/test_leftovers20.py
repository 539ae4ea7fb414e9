"""Reader defects any writer triggers (issue 12, leftovers20): romaji names led by English
(labels, greetings, courtesy titles, 先生 after an English name: person_english), a surname of one
character after a log's label of who did it (person_log_cells), readers of a circulation parted by
arrows (person_circulated). Made-up people and wordings only; the real detector on a real file."""

import pytest


def people(scanner, text: str, name: str = "note.txt") -> list[str]:
    record = scanner.scan_bytes(name, text.encode())
    return sorted({f.value for o in record.walk() for f in o.findings if f.entity_type == "PERSON"})


@pytest.mark.parametrize("text, expected", [
    ("職員紹介\nStaff profile: Ryota Kawabe, joined the team in spring.\n", ["RyotaKawabe"]),
    ("送付状\nAttn: Naomi Sugiura\n書類を同封します。\n", ["NaomiSugiura"]),
    ("宛先\n株式会社ミナト c/o Shota Imai\n", ["ShotaImai"]),
    ("報告書\nPrepared by Kaori Ueda\n以上\n", ["KaoriUeda"]),
    ("点検表\nChecked by: MATSUDA Yuji\n", ["MATSUDAYuji"]),
    ("英文レター控え\nDear Ms Hayashida,\nThank you for your letter.\n", ["Hayashida"]),
    ("面接記録\nInterviewer：Mr Daniel Whitfield\n", ["DanielWhitfield"]),
    ("院内案内\nChaplain: Rev. Thomas Ward\n", ["ThomasWard"]),
    ("保護者会\nMiller先生から英語クラブの報告があった。\n", ["Miller"]),
    # a greeting before a surname the lists lack, beside a listed given name (Japanese syllables both)
    ("予約確認メール\nDear KAKUTANI Mio,\nSee you on Monday.\n", ["KAKUTANIMio"]),
    # a person's role in English prose before capitals of a Vietnamese, Chinese or Korean name
    ("面談予定\nYour session is with tutor NGUYEN VAN DUC at 10:00.\n", ["NGUYENVANDUC"]),
    ("面談予定\nThe interpreter ZHANG WEI will join.\n", ["ZHANGWEI"]),
])
def test_a_romaji_name_after_an_english_lead(scanner, text, expected):
    assert people(scanner, text) == expected


@pytest.mark.parametrize("text", [
    "案内\nLocation: Osaka Namba\nTo: Tokyo Station\n",
    "連絡\nHi all, by Monday please.\n",
])
def test_places_and_words_after_an_english_lead_are_no_names(scanner, text):
    assert people(scanner, text) == []


@pytest.mark.parametrize("text, expected", [
    ("作業日誌\n記入：堤\n", ["堤"]),
    ("巡回記録\n確認者：沖　14:10 異常なし\n", ["沖"]),
    ("受付簿\n受付 泉\n", ["泉"]),
    ("点検票\n点検者：関\n", ["関"]),
    ("申送り\n担当：脇\n", ["脇"]),
    ("対応者: 林", ["林"]),  # the whole text a doer's cell (test_person_office keeps 氏名: 林 out)
])
def test_a_one_character_surname_after_a_doers_label(scanner, text, expected):
    assert people(scanner, text) == expected


@pytest.mark.parametrize("text", [
    "作業日誌\n確認：済\n",
    "受付簿\n受付：東\n",
    "対応状況\n対応：中\n",
])
def test_a_one_character_word_after_a_doers_label_is_no_name(scanner, text):
    assert people(scanner, text) == []


@pytest.mark.parametrize("text, expected", [
    ("回覧 片桐→大野→石川\n", ["大野", "片桐", "石川"]),
    ("供覧：課長 ⇒ 堺 ⇒ 牧様\n", ["堺", "牧"]),
    ("決裁ルート 係長＞小松＞村井（返却）\n", ["小松", "村井"]),
    ("回覧順：今井 → 水野 → 庶務課\n", ["今井", "水野"]),
])
def test_readers_of_a_circulation_parted_by_arrows(scanner, text, expected):
    assert people(scanner, "お知らせ\n" + text) == expected


def test_a_route_of_places_is_no_circulation(scanner):
    assert people(scanner, "出張報告\n行程 千葉→福島→熊本\n") == []


def _xlsx(rows: list[list[str]]) -> bytes:
    import io

    import openpyxl
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def _found(scanner, rows: list[list[str]]) -> set[tuple[str, str]]:
    record = scanner.scan_bytes("roster.xlsx", _xlsx(rows))
    return {(f.entity_type, f.value) for o in record.walk() for f in o.findings}


def test_a_header_of_unknown_words_under_a_title_heads_its_columns(scanner):
    found = _found(scanner, [["北地区 会員一覧（令和7年度）"], ["会員", "地区", "生年"],
                             ["新田 光一", "北町", "1971/06/15"], ["小坂 由美", "東町", "1984/02/09"]])
    assert ("DATE_OF_BIRTH", "1971-06-15") in found and ("DATE_OF_BIRTH", "1984-02-09") in found, found


def test_a_header_word_under_a_title_is_no_name(scanner):
    found = _found(scanner, [["第2分会 名簿"], ["組合員", "職場", "加入年"], ["新田 光一", "第一工場", "2016"]])
    assert ("PERSON", "加入年") not in found and ("PERSON", "新田光一") in found, found


def test_a_one_character_surname_under_a_doers_header_under_a_title(scanner):
    found = _found(scanner, [["見守り当番表"], ["当番", "地区", "曜日"], ["堤", "北町", "月"], ["沖", "南町", "火"]])
    assert {("PERSON", "堤"), ("PERSON", "沖")} <= found, found


@pytest.fixture(scope="module")
def sensitive():
    from detectors.jp.sensitive.recognizer import SensitiveRecognizer
    return SensitiveRecognizer()


def _told(sensitive, text: str) -> list[tuple[str, str]]:
    import unicodedata
    text = unicodedata.normalize("NFKC", text)
    return sorted((text[p.start:p.end], p.category) for p in sensitive.phrases(text))


@pytest.mark.parametrize("text, category", [
    # a conviction as the reason of a refusal: one finding, of the category the words say
    ("面談記録：利用者は信念に従って輸血を拒否している。", "信条"),
    ("申し送り　津村さん、信条として輸血を拒否している。", "信条"),
    ("同意書の備考：思想上の理由から献血を拒否。", "信条"),
    ("申し送り　津村さん、信仰上の理由から輸血を拒否している。", "宗教"),
])
def test_a_belief_that_refuses_a_treatment_is_one_finding(sensitive, text, category):
    found = _told(sensitive, text)
    assert [kind for _, kind in found] == [category], found


def _licence(first_ten: str) -> str:
    """Twelve digits passing the licence's unverified check digit (commission, year, serial; reissue 0)."""
    total = sum(int(d) * w for d, w in zip(first_ten, (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)))
    return first_ten + str((11 - total % 11) % 10) + "0"


def _numbers(scanner, name: str, text: str, kind: str) -> list[str]:
    record = scanner.scan_bytes(name, text.encode())
    return sorted({f.value for o in record.walk() for f in o.findings if f.entity_type == kind})


@pytest.mark.parametrize("name, text", [
    ("staff.csv", "氏名,DLNo,入社日\n今井 春香,{n},2021/04/01\n"),
    ("note.txt", "社用車利用者\nDLNo: {n}\n"),
    ("note.txt", "社用車利用者\nLic# {n}\n"),
    ("ids.json", '[{{"type": "driver_license", "number": "{n}"}}]\n'),
    ("ids.json", '{{"records": [{{"doc_kind": "driving licence", "doc_no": "{n}"}}]}}\n'),
])
def test_a_licence_under_an_abbreviation_or_a_sibling_keys_kind(scanner, name, text):
    number = _licence("4120074415")
    assert _numbers(scanner, name, text.format(n=number), "DRIVERS_LICENSE") == [number]


def test_a_sibling_key_of_another_kind_names_no_licence(scanner):
    number = _licence("4120074415")
    assert _numbers(scanner, "ids.json", f'{{"kind": "membership", "number": "{number}"}}\n', "DRIVERS_LICENSE") == []


@pytest.mark.parametrize("address, the_offices", [
    ("hogo-kansatsu@center.example.or.jp", True),  # what an office runs beside a word of no listed name
    ("kodomo-soudanjo@example.lg.jp", True),
    ("soudan-hakusan-shi@example.lg.jp", True),  # a desk's word, then a place and its body's mark (市)
    ("info-nonoichi-machi@example.lg.jp", True),
    ("hogo.yamada@example.or.jp", False),  # a listed surname beside it: a person's
    ("info.arakaki@example.jp", False),  # a role's word beside an unlisted surname: a person's desk as often
    ("soudan.kawabe@example.jp", False),
])
def test_an_office_named_by_what_it_runs_or_by_its_place(address, the_offices):
    from detectors.own_mailbox_names import names_no_one
    assert names_no_one(address) is the_offices


def test_an_offices_mailbox_in_a_mails_from_is_no_persons(scanner):
    mail = ("From: hogo-kansatsu@center.example.or.jp\nTo: rin.t@example.com\nSubject: =?utf-8?b?6YCj57Wh?=\n"
            "Content-Type: text/plain; charset=utf-8\n\n面談日程についてご連絡します。\n保護観察所 就労支援担当\n")
    record = scanner.scan_bytes("mail.eml", mail.encode())
    emails = {f.value for o in record.walk() for f in o.findings if f.entity_type == "EMAIL"}
    assert "hogo-kansatsu@center.example.or.jp" not in emails and "rin.t@example.com" in emails, emails


def test_an_account_under_a_half_width_kana_header_of_a_transfer(scanner):
    data = "ｼﾒｲ,ﾌﾘｺﾐｺｳｻﾞ,ﾆｭｳｼｬﾋﾞ\nﾐﾔｹ ｼﾞｭﾝ,3456712,2019/10/01\nｵｵﾀ ﾚｲ,5671234,2022/04/01\n"
    record = scanner.scan_bytes("host.csv", data.encode())
    accounts = {f.value for o in record.walk() for f in o.findings if f.entity_type == "BANK_ACCOUNT"}
    assert accounts == {"3456712", "5671234"}, accounts


@pytest.mark.parametrize("text, phrase", [
    ("面談メモ\nAisha comes from an observant Muslim family.\n", "observant Muslim family"),
    ("面談メモ\nHis parents, devout Buddhists, asked for a quiet room.\n", "devout Buddhists"),
    ("寮の記録\nA student from a strict Hindu household; vegetarian meals only.\n", "strict Hindu household"),
    ("チャプレン訪問カード\nRoom: 305\nReligious preference: Catholic\n", "Catholic"),
    ("チャプレン訪問カード\nFaith tradition: Buddhist (Soto)\n", "Buddhist (Soto)"),
])
def test_a_faith_kept_by_people_or_a_home_or_under_an_english_label(sensitive, text, phrase):
    assert (phrase, "宗教") in _told(sensitive, text), _told(sensitive, text)


@pytest.mark.parametrize("text", [
    "案内\nThe devout Catholic school opens in April.\n",
    "案内\nNotes: Christian music at the welcome party\n",
    "チャプレン訪問カード\nReligious preference: none\n",
])
def test_a_faith_of_a_thing_or_an_empty_answer_is_no_ones(sensitive, text):
    assert _told(sensitive, text) == [], _told(sensitive, text)
