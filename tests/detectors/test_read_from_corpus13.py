"""Classes read from corpus 13's errors once it became a development set (issue 12): a
therapeutic diet written with the disease or the treatment it is for (a meal service's
route list, a kitchen's sheet), and a ※ note that names the person after the phrase (a
children's club's notebook). Made-up people and places, the real detector (GiNZA) and real
files."""

import pytest


def _sensitive(detector, text):
    return [(d.category, d.text) for d in detector.detect(text) if d.entity_type == "SENSITIVE"]


ROUTE = ("Aルート,1,宮前浩之,昭和15年3月2日,0600001,北海道札幌市中央区北一条西2丁目1番,0115550101,腎臓病の低たんぱく食,北星内科,\n"
         "Aルート,2,水島香織,昭和20年8月9日,0600002,北海道札幌市中央区北二条西3丁目4番,0115550102,人工透析食（水分制限）,,鍵あり\n"
         "Bルート,3,岸本達也,昭和12年1月5日,0600003,北海道札幌市中央区北三条西5丁目6番,0115550103,普通食,,\n"
         "Bルート,4,松浦和子,昭和18年6月7日,0600004,北海道札幌市中央区北四条西7丁目8番,0115550104,脳梗塞後遺症によりミキサー食,,\n")


@pytest.mark.slow
def test_a_diet_named_for_a_disease_in_a_headerless_route_list_is_its_persons_illness(scanner):
    record = scanner.scan_bytes("配達ルート.csv", ROUTE.encode("cp932"))
    found = sorted((f.category, f.text) for o in record.walk() for f in o.findings if f.entity_type == "SENSITIVE")
    assert found == sorted([("病歴", "人工透析食（水分制限）"), ("病歴", "腎臓病の低たんぱく食"), ("病歴", "脳梗塞後遺症によりミキサー食")])


@pytest.mark.slow
def test_a_diet_with_a_disease_in_a_care_note_and_none_on_a_menu(detector):
    note = "松浦和子さん（82歳）は糖尿病のためエネルギー制限食を継続。来週から軟菜食に変更予定。\n"
    found = _sensitive(detector, note)
    assert len(found) == 1 and found[0][0] == "病歴" and found[0][1].startswith("糖尿病のためエネルギー制限食"), found
    menu = ("【宅配弁当のご案内】北星フードサービス\n腎臓病食の宅配を始めました。1食 650円\n"
            "糖尿病食（エネルギー制限食）1,600kcal 700円\n減塩食をご希望の方はお申し付けください。\n昼食・夕食のお届けに対応。\n")
    assert _sensitive(detector, menu) == []


@pytest.mark.slow
def test_a_note_that_names_the_person_after_the_illness_is_a_memo_about_them(detector):
    notebook = ("【連絡ノート】みなと学童クラブ\n※暑い日は水筒を持たせてください。\n\n6/3（火）\n2年の宮前陽太は工作に集中していた。\n"
                "※小児ぜんそくで吸入薬を使用中のため、宮前浩之さん（父）に外遊びの様子を伝えた。\n")
    assert _sensitive(detector, notebook) == [("病歴", "小児ぜんそくで吸入薬を使用中")]
    printed = "※持病のある方は保護者様へ必ずお知らせください。\n※喘息などの持病がある場合は、ご家族様から事前にご連絡ください。\n"
    assert _sensitive(detector, printed) == []


def _checkup_book() -> bytes:
    import io

    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.title = "結果"
    sheet.append([None, None, None, "定期健診", None, "特定業務健診", None])
    sheet.merge_cells("D1:E1")
    sheet.merge_cells("F1:G1")
    sheet.append(["氏名", "生年月日", "職場", "所見", "判定", "所見", "措置"])
    sheet.append(["宮前 浩之", "78.04.12", "倉庫", "血圧 162/98（要精密検査）", "要精検", "異常なし", None])
    sheet.append(["水島 香織", "91.10.30", "事務", "異常なし", "A", "異常なし", None])
    sheet.append(["実施日", "2026/05/20", "実施機関", "北星健診クリニック"])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.slow
def test_group_titles_over_later_columns_leave_the_first_columns_their_own_labels(scanner):
    """Titles merged over the results only (定期健診 over 所見 | 判定) left 氏名 and 生年月日
    without a label, so a two-digit year went unread; the label row was read as data (措置
    reported), and the footer's day of the examination stood under 生年月日."""
    record = scanner.scan_bytes("健診結果.xlsx", _checkup_book())
    findings = [(f.entity_type, f.text) for o in record.walk() for f in o.findings]
    assert sorted(text for entity, text in findings if entity == "DATE_OF_BIRTH") == ["78.04.12", "91.10.30"]
    assert ("SENSITIVE", "措置") not in findings and ("SENSITIVE", "所見") not in findings
    assert ("SENSITIVE", "血圧 162/98（要精密検査）") in findings


MEMBERS = ("北星港湾労組 西分会 名簿\n氏名,班,組合役職,携帯,組合費引落口座,備考\n"
           "千早 直人,クレーン班,分会書記,090-4411-2233,みなと信用組合 本店 普通 3141592,地区後援会の世話役\n"
           "水島 香織,検数班,組合員,080-5566-7788,みなと信用組合 本店 普通 2718281,―\n"
           "事業所 法人番号,7010401022916,北星海運株式会社\n")


@pytest.mark.slow
def test_a_body_named_in_the_remarks_is_no_holder_of_the_account_before_it(scanner):
    """A supporters' association (後援会) in the next cell was taken for the account's
    holder, and the person's account dropped as an organisation's; a footer naming the
    employer by its corporate number is no member's union."""
    record = scanner.scan_bytes("名簿.csv", MEMBERS.encode("cp932"))
    findings = [(f.entity_type, f.category, f.text) for o in record.walk() for f in o.findings]
    assert sorted(text for entity, _, text in findings if entity == "BANK_ACCOUNT") == ["普通 2718281", "普通 3141592"]
    assert not [text for entity, category, text in findings if category == "労働組合" and "北星海運" in text]
    assert not [text for entity, _, text in findings if entity == "PERSON" and "法人番号" in text]


DELIVERY = ("北,1,宮前浩之,S08.03.02,0600001,北海道札幌市中央区北一条西2丁目1番,0115550101,普通食\n"
            "北,2,水島香織,29.08.09,0600002,北海道札幌市中央区北二条西3丁目4番,0115550102,普通食\n"
            "南,3,岸本達也,S12.01.05,0600003,北海道札幌市中央区北三条西5丁目6番,0115550103,普通食\n"
            "南,4,松浦和子,18.06.07,0600004,北海道札幌市中央区北四条西7丁目8番,0115550104,普通食\n"
            "南,5,千早直人,S25.11.30,0600005,北海道札幌市中央区北五条西9丁目1番,0115550105,普通食\n")


@pytest.mark.slow
def test_a_headerless_column_of_births_reads_the_era_its_writer_left_out(scanner):
    """Most births carry 昭和's initial (S08.03.02); the writer left it out on others
    (29.08.09): the column is still one of births, and each is read."""
    record = scanner.scan_bytes("配達.csv", DELIVERY.encode("cp932"))
    births = sorted(f.text for o in record.walk() for f in o.findings if f.entity_type == "DATE_OF_BIRTH")
    assert births == sorted(["S08.03.02", "29.08.09", "S12.01.05", "18.06.07", "S25.11.30"])


def _staff_export(with_insured: bool) -> bytes:
    people = [("宮前浩之", "19780412", "3141592653", "27182818284"), ("水島香織", "19911030", "1618033988", "14142135623"),
              ("岸本達也", "19650105", "2236067977", "17320508075"), ("松浦和子", "19830607", "2645751311", "22360679774"),
              ("千早直人", "19951130", "3316624790", "24494897427")]
    lines = [f"{i:04d},{name},{birth},北海道札幌市中央区北{i}条西2丁目1番,{pension}" + (f",{insured}" if with_insured else "")
             for i, (name, birth, pension, insured) in enumerate(people, start=1)]
    return ("\n".join(lines) + "\n").encode("cp932")


@pytest.mark.slow
def test_a_headerless_staff_export_with_a_ten_and_an_eleven_digit_column_holds_insurance_numbers(scanner):
    """No header, no hyphens: a ten-digit and an eleven-digit column side by side, in
    records about people, are the pension and employment-insurance numbers; a lone ten-digit
    column is any code's and stays unread."""
    record = scanner.scan_bytes("SHAIN.CSV", _staff_export(with_insured=True))
    kinds = [f.entity_type for o in record.walk() for f in o.findings]
    assert kinds.count("BASIC_PENSION_NUMBER") == 5 and kinds.count("EMPLOYMENT_INSURANCE_NUMBER") == 5
    record = scanner.scan_bytes("KOKYAKU.CSV", _staff_export(with_insured=False))
    kinds = [f.entity_type for o in record.walk() for f in o.findings]
    assert "BASIC_PENSION_NUMBER" not in kinds and "EMPLOYMENT_INSURANCE_NUMBER" not in kinds


@pytest.mark.slow
def test_a_childs_kana_disease_a_remedy_applied_and_a_fertility_procedure_done(detector):
    """A children's club notes a disease written in kana (熱性けいれん) and a remedy applied
    for a disease (保湿剤を塗布); a clinic's nursing note tells a treatment by the procedure
    done for it (胚移植目的で採卵). A price list of the same procedures is no one's."""
    notes = ("7/2（水）2年の宮前陽太は外遊びのあと休憩した。\n宮前陽太さんは熱性けいれんの既往あり。\n"
             "水島莉子さんは手湿疹で軟膏を塗布。\n\nR07.02.03 千早美咲さん\n　凍結胚移植目的で採卵7個。術後の経過良好。\n")
    found = _sensitive(detector, notes)
    assert ("病歴", "熱性けいれんの既往あり") in found and ("病歴", "手湿疹で軟膏を塗布") in found, found
    assert ("病歴", "凍結胚移植目的で採卵7個") in found, found
    prices = "【自費診療 料金表】北星レディースクリニック\n体外受精 採卵 1回 300,000円\n胚移植 1回 100,000円\n"
    assert _sensitive(detector, prices) == []


@pytest.mark.slow
def test_a_shelters_visit_notes_name_the_animal_by_its_trial_stay(detector):
    """ハナコのトライアル: a name handed over to an adopter is the animal's; the adopter and
    the visiting volunteer stay people, and so does a child in a foster family's note."""
    notes = ("家庭訪問記録\n2026年3月2日　訪問者 宮前浩之\n里親希望の水島香織さん宅でモモタロウのトライアル1週目。\n"
             "2026年3月9日　訪問者 千早直人\n譲渡希望の岸本達也さん宅へサクラを譲渡済み。連絡先 090-1234-5678\n")
    people = sorted(d.text for d in detector.detect(notes) if d.entity_type == "PERSON")
    assert people == sorted(["宮前浩之", "水島香織", "千早直人", "岸本達也"]), people
    foster = "里親の松浦和子さん宅で宮前陽太くんの生活が始まった。\n"
    assert [d.text for d in detector.detect(foster) if d.entity_type == "PERSON"] == ["松浦和子", "宮前陽太"]


@pytest.mark.slow
def test_a_mailbox_named_for_its_own_domain_and_a_service_is_the_bodys(detector):
    """hoshizora.ihin@hoshizora…: the body's own name, then what it does (遺品整理) — its
    signature's mailbox; a staff member's at the same domain and a family firm's owner's
    (sato.ichiro@sato…) stay people's."""
    letter = ("作業報告書\nご依頼者 宮前浩之 様（miyamae.h@example.net）\n\n担当 水島香織 mizushima.kaori@hoshizora.example.or.jp\n"
              "ほしぞら遺品整理サービス\n〒060-0001 北海道札幌市中央区北一条西2丁目1番\nTEL 011-555-0101 / FAX 011-555-0102\n"
              "E-mail: hoshizora.ihin@hoshizora.example.or.jp\n\n協力会社 佐藤 一郎 sato.ichiro@sato.example.jp\n")
    mails = sorted(d.text for d in detector.detect(letter) if d.entity_type == "EMAIL")
    assert mails == sorted(["miyamae.h@example.net", "mizushima.kaori@hoshizora.example.or.jp", "sato.ichiro@sato.example.jp"])


@pytest.mark.slow
def test_a_familys_faith_told_by_its_rites_and_a_person_said_to_hold_it(detector):
    """A household altar closed at a denomination's temple, a grave moved from its temple
    cemetery, a donor said to be of a sect: the denomination is the person's or family's
    faith; a cemetery's own notice and a temple's event name no one's."""
    report = ("作業報告書\n故人：松浦和子 様\n仏壇は曹洞宗のお寺で閉眼供養を済ませてから搬出。\n"
              "改葬の理由：墓じまい（天台宗の寺院墓地より移転）\nドナー候補 千早直人さん：ご本人は天理教とのこと。\n")
    assert [c for c, _ in _sensitive(detector, report)] == ["宗教"] * 3, _sensitive(detector, report)
    notice = "【お知らせ】北星霊園は日蓮宗の寺院墓地です。春の合同法要は3月20日に行います。\n浄土宗のお寺で写経体験ができます。\n"
    assert _sensitive(detector, notice) == []


@pytest.mark.slow
def test_a_creed_held_as_a_party_post_a_groups_seat_or_a_campaign_led(detector):
    """A party's member written apart (〜党 党員), a post in a party's supporters'
    association, the seat of a cause's group (〜反対の市民団体で代表を務める — not a union's),
    a campaign led (〜運動の署名活動を主宰): 信条. A party's office named in a notice is no one's."""
    note = ("水島香織さんは日本共産党 党員。\n宮前浩之さんは社会民主党の市後援会会員。\n"
            "千早直人さんはダム建設反対の市民団体で共同代表を務めている。\n岸本達也さんは脱原発運動の署名活動を主宰している。\n")
    assert [c for c, _ in _sensitive(detector, note)] == ["信条"] * 4, _sensitive(detector, note)
    assert _sensitive(detector, "【ご案内】社会民主党の後援会事務所は駅前に移転しました。\n") == []
