"""Running text: incident and police-report memos (a victim, an offence, a
shoplifter handed to the police) and news-style articles that name people as
papers do: no 様 or さん, after a job title, surname only on later mentions (not
labelled: they count neither way), foreign residents, and places and facilities
named like surnames."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2 import beliefs
from benchmarks.corpus2.formats import prose_doc
from benchmarks.corpus2.health import illness_phrase
from benchmarks.corpus2.kit import Kit
from benchmarks.corpus2.truth import Doc, Text, negative, sensitive

POLICE = ["中野警察署", "大塚警察署", "高島平警察署", "小松警察署", "原宿警察署", "牧志交番"]
PLACES_LIKE_NAMES = ["高田馬場", "吉祥寺", "大久保", "中野駅前", "小松空港", "菅原神社", "大橋ジャンクション", "北村医院",
                     "須藤公園", "春日部市", "宮城県", "秋田犬", "福島県産", "原田橋", "野村證券"]
JOBS = ["料理研究家", "写真家", "郷土史家", "市議会議員", "司法書士", "整形外科医", "ライター", "書道家"]


def _place(kit: Kit) -> object:
    return negative(kit.pick(PLACES_LIKE_NAMES), "PERSON", "place_or_facility")


def _police(kit: Kit) -> object:
    return negative(kit.pick(POLICE), "PERSON", "place_or_facility")


def incident_memo(kit: Kit, n: int) -> Doc:
    p, reporter = kit.person(foreign=0.08), kit.person(foreign=0.0)
    happened = kit.day(date(2026, 1, 1), 280)
    kind = kit.pick(["victim", "offence", "shoplifting"])
    t = Text().add(kit.pick(["事故・事件報告書", "インシデント報告", "事案報告（社外秘）"]))
    t.add("報告日：", kit.not_birth(happened, "report_date", "letter"))
    t.add("報告者：総務課 ", kit.name(reporter))
    t.add("発生日時：", kit.not_birth(happened, "incident_date", "kanji"), " 22時10分頃")
    t.add("発生場所：", _place(kit), "付近")
    if kind == "victim":
        t.add("当事者：", kit.name(p), f"（{kit.pick(['営業二課', '配送センター', '経理課'])}、{p.age(happened)}歳）")
        t.add("概要：当該社員が帰宅途中、", sensitive(kit.pick(beliefs.VICTIM_PHRASES), "犯罪被害"), "。")
        t.add("翌日、", _police(kit), "に被害届を提出済み。本人は", kit.pick(["軽傷", "無傷", "通院中"]), "。")
    elif kind == "offence":
        t.add("当事者：", kit.name(p), f"（{kit.pick(['製造部', '物流センター', '店舗'])}）")
        t.add("概要：同人が", sensitive(kit.pick(beliefs.OFFENCES), "犯罪歴"), "ことが判明した。")
        t.add("就業規則第52条に基づき、懲戒処分を検討する。")
    else:
        t.add("被疑者：", kit.name(p), f"（{p.age(happened)}歳、", kit.address(p, building=False), "）")
        t.add("概要：店内で化粧品3点を鞄に入れ退店したため声をかけ、110番通報。")
        t.add(_police(kit), "の警察官に引き渡し、", sensitive("窃盗（万引き）の現行犯で逮捕された", "犯罪歴"), "。")
    t.add("以上")
    return prose_doc(f"総務/事故報告/報告_{n:03d}", t, "事件事故報告", kit.pick(["docx", "txt", "pdf"]))


def _promotion(kit: Kit, t: Text) -> None:
    new, old = kit.person(foreign=0.0), kit.person(foreign=0.0)
    org = kit.organisation()
    t.add("【人事】", org.short, "は", kit.not_birth(kit.day(date(2026, 4, 1), 90), "effective_date", "era"),
          "付で、営業二課長に", kit.name(new, "kanji_tight"), f"（{kit.between(38, 55)}）を任命した。")
    t.add(f"{new.surname}は{kit.between(1995, 2012)}年入社。浜松営業所長などを経て現職。")
    t.add("前任の", kit.name(old, "kanji_tight"), "は本社経営企画室へ異動する。")


def _community(kit: Kit, t: Text) -> None:
    lead, guest = kit.person(foreign=0.0), kit.person(foreign=0.3)
    t.add(_place(kit), "で", kit.pick(["秋祭り", "防災フェア", "多文化交流会"]), "が開かれ、実行委員長の",
          kit.name(lead, "kanji_tight"), f"（{kit.between(45, 78)}）が「地域のつながりを大切に」とあいさつした。")
    if guest.foreign:
        t.add(f"{guest.origin}出身の", kit.pick(["技能実習生", "留学生", "介護福祉士"]), "、",
              kit.name(guest, kit.pick(["kanji", "kana", "kana_dot"])), f"さん（{kit.between(20, 35)}）も母国の料理をふるまった。")
    else:
        job = kit.pick(JOBS)
        t.add(f"{job}の", kit.name(guest, "kanji_tight"), "は「", _place(kit), "周辺の歴史」と題して講演した。")
        if kit.chance(0.4):
            t.add(f"{guest.surname}自身も", sensitive(illness_phrase(kit.rng), "病歴"), "と明かした。")


def _race(kit: Kit, t: Text) -> None:
    runners = [kit.person(foreign=0.15) for _ in range(3)]
    t.add(f"第{kit.between(10, 60)}回市民マラソンの男子フルマラソンは、", kit.name(runners[0], "kanji_tight"), "選手（",
          negative("安藤運輸", "PERSON", "organisation"), "）が2時間21分で優勝した。")
    t.add("2位は", kit.name(runners[1], "kanji_tight"), "、3位は", kit.name(runners[2], "kanji_tight"), "だった。")


def news_article(kit: Kit, n: int) -> Doc:
    t = Text().add(kit.pick(["社内報 みなと 第214号", "地域ニュース", "広報いしがみ 10月号"])).add("")
    for make in kit.rng.sample([_promotion, _community, _race], kit.between(1, 3)):
        make(kit, t)
        t.add("")
    return prose_doc(f"広報/記事/記事_{n:03d}", t, "記事", kit.pick(["txt", "docx", "pdf"]),
                     encoding=kit.pick(["utf-8", "cp932"]))
