"""Disability words that tell of no one's disability (health13): a place's or a service's
provision for anyone who needs it (車椅子対応トイレ, 障害者用駐車場, 盲導犬同伴可, 車いすのまま
ご利用いただけます), an aid as a shop's errand (補聴器相談), a disability as the topic of a course or a text (発達障害の理解と支援,
精神障害の基礎知識) or people with it in general (障害のある方), an official's duty
(障害者手帳の交付事務, 障害支援区分認定調査), and a column of an organisation's record or of
what a service, a duty or a course is (事業所名 | 対象障害, 担当業務, 講座名).

A person's own aid is said with its use (車いすを使用, 補聴器を装着): those stay.
"""

from __future__ import annotations

import re

from detectors.jp.sensitive.phrases import NOT_PRESENT, Phrase
from detectors.lines import line_bounds

# other aids coordinated with the phrase (盲導犬・介助犬同伴可) before what the place provides
_COORDINATED = r"(?:[・、/][^\s・、/]{1,6}){0,3}"
_PROVIDED = re.compile(
    rf"{_COORDINATED}(?:(?:対応|用|専用|可|使用可|利用可)(?:の)?)?"
    r"(?:トイレ|便所|駐車場|駐車スペース|駐車区画|駐車枠|スロープ|エレベーター?|観覧席|席|スペース|客室|ルーム|入口|出入口"
    rf"|貸出|貸し出し|レンタル|マーク|ステッカー|同伴可|同伴|可(?:能)?(?![一-龥])|対応(?=[)）]|$)|の方{NOT_PRESENT}(?:は|も|へ|に|が)"
    r"|(?:の|で)まま(?:ご|お)?(?:利用|入店|入場|乗車|来場|入館))")
# an aid as what a shop sells, shows or advises on (補聴器相談, 車いすのご購入, 補聴器試聴会): a visit's
# errand, no one's aid — its fitting or repair (補聴器調整, 修理) is of one's own aid and stays
_AIDS = r"(?:補聴器|集音器|車いす|車椅子|車イス|歩行器|杖|義足|義手|人工内耳)"
_AID_ALONE = re.compile(_AIDS)
_ERRAND = re.compile(r"(?:の|を)?(?:ご|お)?(?:相談|購入|販売|試聴|見積|お見積|カタログ|展示|体験|フェア|説明会|無料相談)")
# a para-sport named by its aid or its disability (車いすテニス, 車椅子ラグビー, 視覚障害者柔道) (care16):
# an event, a club or a discipline — whoever plays it, the name tells no one's condition
_SPORT = re.compile(r"(?:者|児)?(?:バスケ|ツインバスケ|テニス|ラグビー|マラソン|フェンシング|ダンス|卓球|ソフトボール|カーリング"
                    r"|バドミントン|陸上|レース|駅伝|ハーフマラソン|柔道|サッカー|水泳|競泳|スキー|アーチェリー|ボウリング"
                    r"|バレーボール|ボッチャ|スポーツ|競技)")
# the disability as a topic, or as what people in general have
_TOPIC = re.compile(r"(?:者|児)?(?:の|への|に関する|についての|に対する)(?:理解|基礎知識|基礎|知識|啓発|特性理解|特性と支援|正しい理解)"
                    r"|(?:の|が)ある(?:方|方々|人|人々|子ども|子供|お子さん|お子様|児童|生徒|学生|社員|従業員|職員|求職者|利用者)"
                    r"(?:への|の|に|を|が|も|は|と|向け|(?=[(（]|$))", re.MULTILINE)  # 対象：…のあるお子さん（小1〜）


# an official's duty about disabilities (the certificate issued, the category assessed)
_DUTY = re.compile(r"(?:の)?(?:交付|申請|認定|更新|判定)?(?:事務|業務|認定調査|調査|審査|受付|窓口|担当|係)")
# a column that says what an organisation serves or what a duty or a course is
_NO_ONES_COLUMN = re.compile(r"対象|サービス|種別|事業|業務|担当|所属|部署|講座|研修|科目|テーマ|演題|コース|カリキュラム")
# a roster's own column of a disability (障害種別, 手帳の種別, 支援区分): a person's, whatever its words
_A_PERSONS_COLUMN = re.compile(r"障害|障がい|手帳|等級|区分|配慮|状況")
_ORGANISATION_HEAD = re.compile(r"事業所|施設|団体|法人|事業者|店舗|会場|機関")


def provided_for_anyone(text: str, phrase: Phrase, above: list[str] | None = None) -> bool:
    """A 障害 phrase naming a place's provision, a topic, people in general or a duty; in a
    table (above: the cells above it in its column), a cell of a column of no one's."""
    if phrase.category != "障害":
        return False
    said = text[phrase.start:phrase.end]
    own_note = said.count("(") > said.count(")")  # 聴覚障害(筆談|対応): the person's accommodation, not a place's
    if (_PROVIDED.match(text, phrase.end) and not own_note) or _TOPIC.match(text, phrase.end) \
            or _DUTY.match(text, phrase.end) or _SPORT.match(text, phrase.end):
        return True
    if _AID_ALONE.fullmatch(text, phrase.start, phrase.end) and _ERRAND.match(text, phrase.end):
        return True
    if not above:
        return False
    header = above[-1]
    return (_NO_ONES_COLUMN.search(header) is not None and _A_PERSONS_COLUMN.search(header) is None) \
        or _of_an_organisation(text, above)


def _of_an_organisation(text: str, above: list[str]) -> bool:
    """The table's header row opens with an organisation's name (事業所名 | サービス種別 | …)."""
    header_start = text.find(above[-1]) if above[-1] else -1
    if header_start < 0:
        return False
    line_start, line_end = line_bounds(text, header_start)
    first = text[line_start:line_end].split("\t", 1)[0]
    return _ORGANISATION_HEAD.search(first) is not None
