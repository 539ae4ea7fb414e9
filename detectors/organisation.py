"""An organisation's own contact data is not personal data.

A letter's footer (株式会社… 本社 / 〒100-0005 東京都千代田区… / 代表電話 03-…), a
signature's main line (TEL 03-… (代表)) and a list of branches (大阪支店 | 所在地 |
電話番号) carry addresses and phone numbers of companies, not of people. An
address, postal code or phone number is the organisation's when its own label says
so (代表, 本社, 所在地, 会場), or when the nearest line above that speaks of anyone
is an organisation's line with no person on it (a temple's 寺務所, a clinic, an
association's 事務局). Its own label saying 携帯, 直通, 自宅 or 住所, or a person
named on its line, keeps it personal.

A contact block (a signature, a sender's block of short lines) naming one organisation and
at most one person nobody addresses (様) is the organisation's: its address, postal code, main
line and fax; a line of its own labelled 携帯 or 直通 stays personal (see contact_blocks).
"""

from __future__ import annotations

import bisect
import re

from detectors.contact_blocks import addressed_below, block_verdict, follows_organisational, label_verdict, organisation_name_line, speaks_for_itself
from detectors.entities import ADDRESS, EMAIL, PERSON, PHONE, POSTAL_CODE
from detectors.kin_labels import KIN_LABELS
from detectors.fields import FIELD_SEPARATOR
from detectors.lines import asked_once
from detectors.own_affiliations import names_a_body, without_memberships
from detectors.own_contacts import desks_direct_line, organisations_block, organisations_row
from detectors.own_layouts import column_owner, signed_for_organisation
from detectors.own_domains import named_by_itself
from detectors.own_letterheads import letterhead_above
from detectors.own_lines import ADDRESS_MASK, ContactLines as _Lines, Span
from detectors.own_mail_places import closes_organisations_contact, organisations_mailbox
from detectors.own_mailboxes import desk_mailbox_in, role_mailbox, value_key
from detectors.own_named import organisation_in_brackets_after, organisations_own_row
from detectors.own_places import landline_after_mobile, mobile_after_place, mobiles_sentence, own_segment_end, place_named_before
from detectors.own_partners import desk_or_body_label, partners_row, units_own_row
from detectors.own_record_names import named_record_owner
from detectors.own_records import keys_a_person, record_owner
from detectors.own_requests import RECIPIENT_WORDS, asked_to_call
from detectors.own_sites import SITE_WORDS, clients_site, names_a_site, reached_at_work
from detectors.own_venues import venue_field_only
from detectors.own_voice import enquiries_line, issuers_voice, names_nobody
from detectors.words import last_word_end, words_pattern

CONTACT_TYPES = frozenset({ADDRESS, POSTAL_CODE, PHONE})
# A fax number is an office's (a letterhead's, a catalogue's order line), unless it
# sits on a line that names a person (a roster's TEL/FAX column).
FAX_WORDS = ("FAX", "Fax", "fax", "ＦＡＸ", "ファックス", "ファクス")
ORGANISATION_WORDS = ("株式会社", "有限会社", "合同会社", "法人", "本社", "本店", "支店", "支社", "営業所", "事業所",
                      "出張所", "工場", "代表", "所在地", "店の", "当店", "弊店", "役所", "庁舎", "窓口", "拠点",
                      # the places and bodies whose notices carry their own address
                      "寺務所", "社務所", "事務局", "事務所", "管理組合", "自治会", "町内会", "教会", "神社", "寺院",
                      "医院", "クリニック", "病院", "診療所", "助産院", "治療院", "鍼灸院", "整体院", "学校", "学園", "幼稚園", "保育園", "協会", "会館",
                      "公民館", "集会所", "会場", "開催場所", "開催地", "アクセス", "御中", "弊社", "当社", "センター",
                      "ホール", "体育館", "図書館", "美術館", "博物館", "記念館", "本部",
                      "支部", "役場", "施設", "店舗", "受付時間", "営業時間", "相談室", "フリーダイヤル",
                      # a business partner's column in a delivery or supplier list
                      "取引先", "仕入先", "発注先", "得意先", "外注先", "協力会社", "業者", "メーカー",
                      # the issuing party of a form (源泉徴収票's 支払者, an invoice's 発行者) (own6)
                      "支払者", "発行者", "発行元", "交付者", "請求元", "販売元", "送信元", "発信元",
                      # a care or medical form's other parties: 医療機関住所, 紹介元電話, 派遣元所在地 (own6)
                      "医療機関", "関係機関", "紹介元", "紹介先", "委託先", "派遣元", "派遣先", "受入機関", "監理団体",
                      # a switchboard: 03-…（代）, 03-… 内線 12 (contact7)
                      "(代)", "（代）", "内線",
                      # a front desk's or a desk's line in a clerk's signature: TEL …（受付） (own8); a site's office (mail11)
                      "(受付)", "（受付）", "受付窓口", "総合受付", "担当窓口", "作業所") + SITE_WORDS + RECIPIENT_WORDS + FAX_WORDS
# Words that reach a person whatever surrounds them; 住所 alone may be a notice's own (新住所: speaks_for_itself).
STRONG_PERSONAL_WORDS = ("自宅", "携帯", "直通", "様", "氏名", "本人", "お届け先", "送付先", "緊急連絡先", "ご連絡先",
                         "個人", "お電話番号", "連絡先電話", "mobile")
# ... and the labels of whom a record is about (相談者：…　連絡先 …, 生徒：… 保護者：…)
PERSONAL_WORDS = STRONG_PERSONAL_WORDS + ("住所", "相談者", "対象者", "当事者", "被災者", "保護者", "生徒", "利用者",
                                          "患者", "代表者",  # a registry's representative; 代表 alone: a main line
                                          # where a person stays: a ward, a care home, a lodging (own8)
                                          "入院先", "入所先", "入居先", "居所", "滞在先", "療養先", "お届け", "配達先", "配送先", "発送先",  # an order's (health19)
                                          # the home a letter's reader lives in: ご入居中の物件（…）
                                          "ご入居", "入居中", "お住まい") + KIN_LABELS  # 連絡先（妻）, 通報者 (cards20)
# A person's department (所属: 大阪支店) or school (学歴: …高等学校 卒業) names an
# organisation as an attribute of the person: such a line speaks for neither side.
ATTRIBUTE_LABELS = ("所属", "部署", "勤務地", "勤務先", "配属", "役職", "学歴", "職歴", "卒業", "入学", "在学", "出身",
                    "職場", "勤め先", "workplace", "employer")
LINES_ABOVE, OWN_LABEL_AFTER = 3, 6  # lines looked up; characters after a value for its note 「…（代表）」


# 会場住所, 本社住所, 施設住所: the place's own address, though the label ends in 住所
ORGANISATION_LABELS = ORGANISATION_WORDS + tuple(f"{w}住所" for w in ORGANISATION_WORDS + ("会社", "施設", "店舗"))
_PERSONAL, _ORGANISATION, _STRONG = (words_pattern(w) for w in (PERSONAL_WORDS, ORGANISATION_WORDS, STRONG_PERSONAL_WORDS))
# A department or desk named on a line with no person (人事部 人事課, ヘルプデスク): an
# office's line, not a post's holder (総務部長 is left out).
_DEPARTMENT = re.compile(r"[一-龥ァ-ヺ]{2,10}(?:部|課|係|室|デスク)(?![一-龥])")
_FAX, _ORGANISATION_NOT_FAX = words_pattern(FAX_WORDS), words_pattern(ORGANISATION_WORDS[:-len(FAX_WORDS)])
_ATTRIBUTE, _EITHER = words_pattern(ATTRIBUTE_LABELS), words_pattern(PERSONAL_WORDS + ORGANISATION_WORDS)


def _last_end(text: str, words: tuple[str, ...]) -> tuple[int, int]:
    """(end, length) of the word ending last in text; the longer at the same end (会場住所 is the venue's, not a 住所)."""
    return last_word_end(text, words)


def _verdict(text: str) -> str | None:
    """'personal', 'organisation' or None for a label or a line; the word ending nearest the end wins."""
    text = without_memberships(text, _ORGANISATION)  # 教会の長老 …: the person's affiliation (own_affiliations)
    if not _EITHER.search(text):
        return None
    personal, organisation = _last_end(text, PERSONAL_WORDS), _last_end(text, ORGANISATION_LABELS)
    return "personal" if personal > organisation else "organisation"


def _line_verdict(line: str) -> str | None:
    """A line above speaks for an organisation when it names one at all (`TEL 03-… (代表)　携帯 090-…`)."""
    if _ATTRIBUTE.search(line):
        return None
    if names_a_body(line, _ORGANISATION):  # not a landmark's name: 区役所前方面 (own_affiliations)
        return "organisation"
    if _PERSONAL.search(line):
        return "personal"
    return "organisation" if organisation_name_line(line) or _DEPARTMENT.search(line) else None


def _own_label(text: str, detection: Span, previous_end: int, line_start: int) -> str:
    """The words between this value and the previous value or field on its line,
    and a short note right after it."""
    start = max(previous_end, mobiles_sentence(text, line_start, line_start, detection)[0])
    before = text[start:detection.start].rpartition(FIELD_SEPARATOR)[2]
    after = text[detection.end:detection.end + OWN_LABEL_AFTER].partition(FIELD_SEPARATOR)[0].partition("\n")[0].partition("。")[0]
    return before + after.partition("　")[0].partition(ADDRESS_MASK)[0]  # the next value's label (…　健康管理室 0532-…), address


def _line_of(lines: _Lines, start: int, end: int) -> str | None:
    """What one line says: a person named on it, or its words."""
    if lines.names_a_person(start, end):
        return "personal"
    line = lines.text[start:end]
    verdict = _line_verdict(line)
    if verdict == "personal" and not _STRONG.search(line) and speaks_for_itself(lines, start):
        return "organisation"  # 新住所：… under 弊社は本社を移転いたしました
    return verdict


def _above(lines: _Lines, start: int, end: int, value: Span) -> str | None:
    """The verdict of the value's own part of its line when it speaks; else of its block when that names
    a person (see contact_blocks.block_verdict); else of the nearest line above that speaks of anyone."""
    following = bisect.bisect_right(lines.value_starts, value.start)
    own_end = own_segment_end(lines.text, end, value.end, lines.value_starts[following]
                              if following < len(lines.value_starts) else None)
    sentence, own_end = mobiles_sentence(lines.text, start, own_end, value)
    if own := _line_of(lines, sentence, own_end) or (sentence > start and lines.names_a_person(start, own_end) and "personal"):
        return own  # a person named on the value's own line keeps it theirs, even in a signature
    block = block_verdict(lines, start, _ORGANISATION, _ATTRIBUTE)
    if block:
        return block
    looked, end, start = 0, own_end, sentence
    while looked <= LINES_ABOVE:
        line = lines.text[start:end]
        if (verdict := _line_of(lines, start, end)) and not venue_field_only(lines, (start, end), value.start, verdict, _ORGANISATION):
            return verdict  # …but 新郎：… / 挙式日：…　会場：…ガーデン / 連絡先：…: the couple's (own_venues)
        if (previous := lines.text.rfind("\n", 0, start)) < 0:  # the line above (a mobile's own sentence first)
            return None
        looked += 1 if line.strip() else 0  # blank lines (between PDF text boxes) do not count
        start, end = lines.bounds(previous)
    return None


def is_organisational(detection: Span, lines: _Lines, previous_end: int) -> bool:
    start, end = lines.bounds(detection.start)
    if detection.entity_type == PHONE and mobile_after_place(lines, start, detection.start, detection.end) \
            or clients_site(lines, start, detection.start, _ORGANISATION):  # 依頼者 …様 / 現場 …: the client's (own_sites)
        return False  # 大森 健太 ひかり保育園 090-…: a placement list's student's mobile (own_places)
    label = _own_label(lines.text, detection, previous_end, start)
    if lines.tabbed and ": " in label and (asked_once(lines, organisations_own_row, start, end)
                                           or units_own_row(lines, start, end, detection.start)):
        return True  # the office's or a unit's own row closing a roster, whatever its column's header (携帯) says
    verdict = label_verdict(label, _verdict) or ("organisation" if organisation_name_line(label) or names_a_site(label) else None)
    if verdict is None and _DEPARTMENT.search(label) and not lines.names_a_person(start, end):
        return True  # お問い合わせ先：人事部 人事課 03-…, ヘルプデスク（情報システム部）：03-…
    if verdict == "organisation" and _FAX.search(label) and not _ORGANISATION_NOT_FAX.search(label):
        return not (lines.names_a_person(start, end) or (ADDRESS, start) in lines.kept_lines)  # 住所 …　FAXのみ 053-…
    if verdict == "personal" and not _STRONG.search(label) and speaks_for_itself(lines, start):
        return True
    if verdict == "personal" and desks_direct_line(label, lines, start):
        return True
    if verdict is None and detection.entity_type == PHONE and signed_for_organisation(lines, start, end, detection.start):
        return True  # 医療法人 柊クリニック　医師 濵田 颯　0834-…
    if verdict is None and (place_named_before(lines.text, start, detection.start) or detection.entity_type == PHONE
                            and landline_after_mobile(lines, start, end, detection.start, detection.end)):
        return True  # 行先：さとう整形外科 福岡県…; a placement row's farm line after the worker's mobile (own_places)
    if verdict is None and desk_or_body_label(lines.text, start, detection.start) \
            and not lines.names_a_person(start, end):
        return True  # 受付 086-…, フロント Front desk: +81-… (own8); 菩提寺連絡先　028-…, under a mourner's lines
    if verdict is None and enquiries_line(lines.text, detection, start, lines.names_a_person(start, end)):
        return True  # お問い合わせ：042-…: the desk to call (own_voice)
    if verdict is None and detection.entity_type == PHONE and asked_to_call(lines, detection.start, detection.end):
        return True  # お申し込みはお電話（028-…）で
    if verdict != "organisation" and not _STRONG.search(label) and (
            asked_once(lines, organisations_row, start, end) or organisations_block(lines, start)
            or asked_once(lines, organisations_own_row, start, end)
            or organisation_in_brackets_after(lines.text, detection.end)
            or asked_once(lines, partners_row, start, end)):
        return True  # a shop list's row, a flyer's back page (own_contacts), a venue's (own_named), a partner's (own_partners)
    if verdict:  # …but a workplace's phone with no workplace named is its person's (own_sites.reached_at_work)
        return verdict == "organisation" and not reached_at_work(label, _last_end(label, ORGANISATION_LABELS)[0], lines, detection)
    return _above(lines, start, end, detection) == "organisation"


def _owner(lines: _Lines, detection: Span, organisational) -> str | None:
    """Whose a record (own_records) or a sheet's column (own_layouts) says a value is: not read where it moves nothing."""
    if detection.entity_type == PERSON or not (organisational or detection.entity_type in CONTACT_TYPES or detection.entity_type == EMAIL):
        return None  # another type's owner matters only after an organisation's contact (it ends that contact)
    owner = (record_owner(lines, detection.start) or named_record_owner(lines, detection.start)) if lines.structured else None
    owner = owner or (column_owner(lines, detection.start) if lines.tabbed else None)  # <顧客名>…<現場住所>…: the client's
    return None if owner == "organisation" and clients_site(lines, lines.bounds(detection.start)[0], detection.start, _ORGANISATION) else owner


def without_organisation_contacts(detections: list, text: str) -> list:
    """Detections (sorted by start) less the organisations' own contact data."""
    if not any(d.entity_type in CONTACT_TYPES or d.entity_type == EMAIL for d in detections):
        return detections
    lines = _Lines(text, detections)
    kept, previous_end, organisational, theirs, said = [], 0, None, set(), set()
    for detection in detections:
        owner = _owner(lines, detection, organisational)
        if detection.entity_type == EMAIL and owner != "personal" and (
                role_mailbox(text[detection.start:detection.end]) or named_by_itself(text[detection.start:detection.end])):
            theirs.add(value_key(EMAIL, text[detection.start:detection.end]))  # soumu@…, info@…, minato@minato.co.jp
        elif owner == "personal":  # "patient": {…}: the record says whose, whatever block it sits in
            kept.append(detection)
            said.add(id(detection))
            organisational = None
        elif owner == "organisation" and (detection.entity_type in CONTACT_TYPES or detection.entity_type == EMAIL):
            organisational = detection  # "clinic": {…}, <store>, a vCard with ORG and no name
            theirs.add(value_key(detection.entity_type, text[detection.start:detection.end]))
        elif detection.entity_type == EMAIL and (organisations_mailbox(lines, detection.start, detection.end, lambda: (
                follows_organisational(text, detection, organisational, _PERSONAL)
                or is_organisational(detection, lines, previous_end)))
                or closes_organisations_contact(lines, detection, organisational, _PERSONAL)):  # 提出先：… komorebi@…
            theirs.add(value_key(EMAIL, text[detection.start:detection.end]))  # 採用窓口 saiyo@…, a partner's row, kifu@
        elif detection.entity_type not in CONTACT_TYPES:
            kept.append(detection)
            organisational = None if detection.entity_type == PERSON else organisational
        elif not addressed_below(lines, detection) and (follows_organisational(text, detection, organisational, _PERSONAL)
                                                         or is_organisational(detection, lines, previous_end)):
            organisational = detection
            theirs.add(value_key(detection.entity_type, text[detection.start:detection.end]))
        else:
            kept.append(detection)
            lines.kept_lines.add((detection.entity_type, lines.bounds(detection.start)[0]))  # a person's fax after it
            organisational = None
        previous_end = max(previous_end, detection.end)
    kept = _without_theirs(kept, text, keys) if (keys := theirs | letterhead_above(detections, text, theirs)) else kept
    if names_nobody(detections, text) and not (lines.structured and keys_a_person(text)):  # own_voice; <worker>
        kept = issuers_voice(kept, text, bool(theirs) or desk_mailbox_in(text), said)
    return kept


def _without_theirs(kept: list, text: str, theirs: set) -> list:
    """Less the values the organisation's elsewhere in the text (detectors.own_mailboxes)."""
    return [d for d in kept if d.entity_type not in CONTACT_TYPES and d.entity_type != EMAIL
            or value_key(d.entity_type, text[d.start:d.end]) not in theirs]
