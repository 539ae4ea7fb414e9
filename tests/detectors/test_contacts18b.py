"""Issue 12, contacts18b: a job's site that is its client's home (a work order's 現場 under
依頼者 …様), a person's affiliation on a roster's row (…教会の長老) before their address, a
landmark (…役所前方面) in a line's later words, and a 本籍 in brackets that is no address.
The real GiNZA detector; made-up people, places and numbers."""

import pytest


def _found(detector, text, entity):
    return [d.text for d in detector.detect(text) if d.entity_type == entity]


# --- a work order's site under its client: the client's home and phone ---------------------

@pytest.mark.parametrize("client, site", [("依頼者", "現場"), ("お客様", "作業場所"), ("施主", "工事場所"),
                                          ("ご依頼主", "現場住所")])
def test_a_work_orders_site_under_its_client_is_the_clients(detector, client, site):
    text = (f"出張修理 受付票\n{client} 森下 千秋 様\n{site}：長野県上田市常田2丁目7番3号 ハイム常田105\n"
            "電話：0268(23)4417\n内容：浴室の水漏れ。パッキン交換\n")
    assert _found(detector, text, "ADDRESS") == ["長野県上田市常田2丁目7番3号 ハイム常田105"]
    assert _found(detector, text, "PHONE") == ["0268(23)4417"]


def test_a_site_under_a_company_client_stays_the_companys(detector):
    text = ("作業指示書\n依頼者 株式会社みなと建装 御中\n現場 長野県上田市常田2丁目7番3号\n"
            "連絡先 0268-23-4417\n")
    assert _found(detector, text, "ADDRESS") == []


def test_a_dispatched_workers_site_stays_the_sites(detector):
    text = "派遣スタッフ 森下 千秋\n携帯 090-3318-5527\n就業場所 長野県上田市常田2丁目7番3号\n就業場所TEL 0268-23-4417\n"
    assert _found(detector, text, "PHONE") == ["090-3318-5527"]


# --- a person's affiliation before their address on a roster's row --------------------------

@pytest.mark.parametrize("role", ["カトリック教会の信徒", "町内会の役員", "浄光寺院の総代"])
def test_an_affiliation_on_a_members_row_keeps_the_row_theirs(detector, role):
    text = ("ボランティア名簿\n"
            f"登録者 森下 千秋　{role}　長野県上田市常田2丁目7番3号　0268-23-4417\n")
    assert _found(detector, text, "ADDRESS") == ["長野県上田市常田2丁目7番3号"]
    assert _found(detector, text, "PHONE") == ["0268-23-4417"]


def test_a_churchs_own_address_stays_the_churchs(detector):
    text = "お知らせ\n会場：カトリック上田教会の集会室　長野県上田市常田2丁目7番3号\n"
    assert _found(detector, text, "ADDRESS") == []


# --- a landmark in a line's later words names no body --------------------------------------

@pytest.mark.parametrize("landmark", ["市役所前方面", "市民ホール方面", "中央病院前"])
def test_a_landmark_after_a_phone_says_nothing_of_whose(detector, landmark):
    text = ("受付記録\n森下 千秋さん（長野県上田市常田2丁目7番3号）来訪。転居の相談。\n"
            f"　連絡先 0268-23-4417。{landmark}の担当へ回付。\n")
    assert _found(detector, text, "PHONE") == ["0268-23-4417"]


# --- a 本籍 in brackets at a line's end is no address ----------------------------------------

@pytest.mark.parametrize("line", ["故人 森下 一成 様（本籍 長野県上田市常田）", "氏名：森下 一成（本籍地：秋田県横手市大雄）"])
def test_a_domicile_in_brackets_is_no_address(detector, line):
    assert _found(detector, f"作業報告\n{line}\n", "ADDRESS") == []


def test_a_clients_line_with_an_honorific_names_a_client(detector):
    text = "【訪問カード】\nお客様：芦刈　巽 様\n作業場所：鳥取県倉吉市東町418番地2\nTEL：0858(26)3391\n"
    assert _found(detector, text, "ADDRESS") == ["鳥取県倉吉市東町418番地2"]
    assert _found(detector, text, "PHONE") == ["0858(26)3391"]


def test_an_affiliation_on_a_row_with_no_name_found_says_nothing_of_whose(detector):
    text = "檀家名簿\n―　浄光寺院の総代　鳥取県倉吉市東町418番地2　0858(26)3391\n"
    assert _found(detector, text, "PHONE") == ["0858(26)3391"]
