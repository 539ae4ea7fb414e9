"""Care and guidance records: 健康相談記録, 介護・福祉の利用者台帳, 生徒指導記録,
a temple's 法要申込 list, 身元保証書 with 本籍."""

from __future__ import annotations

from datetime import date

from benchmarks.corpus2.formats import delimited_doc, docx_doc, text_doc, xlsx_doc
from benchmarks.corpus2.truth import Doc, Mark, Table, Text, negative, person
from benchmarks.corpus3 import idents
from benchmarks.corpus3.desk import Desk
from benchmarks.corpus3.kinds_prose import care


def consultation(d: Desk, n: int) -> Doc:
    """健康相談記録 kept by a public-health nurse: one entry a paragraph, dated, with the caller's words."""
    nurse = d.person(abroad=0.0)
    t = Text().add(f"健康相談記録　担当保健師 ", d.name(nurse, "surname"))
    for k in range(d.between(2, 4)):
        p = d.person()
        when = d.day(date(2026, 7, 1), 80)
        t.add(f"■{k + 1}　", d.other_day(when, "consultation_date", "iso"), "　電話相談")
        t.add("相談者：", d.name(p), f"（{p.age}歳）　連絡先 ", d.phone(p))
        t.add("内容：", care(d, d.pick(["病歴", "障害", "病歴"])), "。眠れない日が続くとのこと。")
        if d.chance(0.3):
            t.add("　家族関係：", care(d, "犯罪被害"), "と話す。警察の生活安全課を案内した。")
        elif d.chance(0.3):
            t.add("　背景：", care(d, "人種・民族"), "で、職場で出自をからかわれたことが不眠のきっかけという。")
        t.add("対応：次回の来所を", d.other_day(d.day(when, 14), "appointment_date", "slash"), "に予約。")
    return text_doc(f"保健/相談記録_{n:03d}.txt", t, "健康相談記録", encoding=d.pick(["utf-8", "utf-16"]))


def care_ledger(d: Desk, n: int) -> Doc:
    """介護・福祉の利用者台帳: 和暦 births, insurer numbers, conditions, the family to call."""
    table = Table(name="利用者台帳", title=[f"デイサービス利用者台帳（{d.org('あかね福祉会').name}）"])
    table.add("利用者名", "生年月日", "住所", "保険者番号", "要介護度", "既往歴・障害", "緊急連絡先（続柄）", "電話")
    for r in range(d.between(6, 10)):
        p, kin = d.person(oldest=1930, youngest=1955, abroad=0.05), d.person(abroad=0.0)
        condition = care(d, d.pick(["病歴", "障害", "病歴"]))
        table.add(d.name(p), d.born(p, d.pick(["era", "era_letter", "era_kanji"])), d.address(p, prefecture=False),
                  Mark(idents.insurer_number(d.rng), "HEALTH_INSURANCE_NUMBER"),
                  d.pick(["要支援2", "要介護1", "要介護3"]), condition,
                  (d.name(kin), d.pick(["（長女）", "（妻）"] if kin.female else ["（長男）", "（夫）"])), d.phone(kin))
    return xlsx_doc(f"福祉/利用者台帳_{n:02d}.xlsx", [table], "利用者台帳")


def guidance(d: Desk, n: int) -> Doc:
    """学校の生徒指導記録: the pupil, the guardian, what happened, in the teacher's words."""
    school = d.org("若葉第二中")
    pupil, parent, teacher = d.person(oldest=2011, youngest=2013), d.person(oldest=1972, youngest=1988), d.person(abroad=0.0)
    t = Text().add(f"{school.name}　生徒指導記録（{d.pick(['1', '2', '3'])}年{d.between(1, 5)}組）")
    t.add("生徒：", d.name(pupil), "　保護者：", d.name(parent), "　連絡先：", d.phone(parent, mobile=True))
    t.add("記録日：", d.other_day(d.day(date(2026, 5, 1), 150), "record_date", "era"), "　記録者：", d.name(teacher))
    event = d.pick(["犯罪歴", "犯罪被害", "人種・民族"])
    t.add("経過：本人が", care(d, event), "ことを担任が把握した。" if event != "人種・民族" else "であることに触れ"
          "たからかいがあったと訴えた。")
    t.add("対応：保護者と面談し、スクールカウンセラーにつないだ。")
    if d.chance(0.4):
        t.add("備考：", care(d, "障害"), "。座席を前方にする。")
    return docx_doc(f"学校/生徒指導/記録_{n:03d}.docx", [t], "生徒指導記録")


def memorial(d: Desk, n: int) -> Doc:
    """A temple's 法要申込 list as a CSV the office exports: the temple's own address on top."""
    temple, office = d.pick(["宝珠山 常念寺", "青龍山 妙蓮寺", "慈雲山 法光院"]), d.org()
    table = Table(title=[f"{temple} 秋季彼岸会 法要申込一覧"])
    table.add("寺務所", negative(office.home.written("banchi", building=False), "ADDRESS", "temple_address"),
              negative(office.letterhead()[2].text, "PHONE", "temple_phone"), "", "", "")
    table.add("施主", "住所", "電話", "故人（戒名）", "宗旨", "申込日")
    for r in range(d.between(6, 10)):
        p, late = d.person(abroad=0.0), d.person(abroad=0.0)
        faith = d.care(d.pick(["浄土宗の檀家", "真言宗豊山派の檀徒", "曹洞宗の檀家"]), "宗教") if d.chance(0.7) else ""
        # the deceased's name and 戒名 are no living person's data: reported or not, they count neither way
        table.add(d.name(p), d.address(p), d.phone(p, mobile=False),
                  person(f"{late.name('tight')}（{d.pick(['釈浄信', '慈光院清風居士', '妙法蓮月信女'])}）", optional=True), faith,
                  d.other_day(d.day(date(2026, 8, 20), 25), "application_date", "slash"))
    return delimited_doc(f"寺院/法要申込_{n:02d}.csv", table, "法要申込", encoding=d.pick(["cp932", "utf-8-sig"]))


def guarantee(d: Desk, n: int) -> Doc:
    """身元保証書: the new hire's 本籍 and the guarantor's address, in Word."""
    org, hire, guarantor = d.org(), d.person(abroad=0.0), d.person(abroad=0.0)
    honseki = d.person(abroad=0.0).home.written("banchi", building=False)
    t = Text().add("身元保証書").add(f"{org.name}　御中")
    t.add("本人　氏名 ", d.name(hire), "　生年月日 ", d.born(hire, "era_gen"))
    t.add("本籍 ", d.care(honseki, "本籍", also=("ADDRESS",)))
    t.add("現住所 ", d.address(hire))
    t.add("上記の者が貴社に在職中、誠実に勤務することを保証いたします。")
    t.add("保証人　氏名 ", d.name(guarantor), "（本人との関係：", d.pick(["伯母", "母", "姉"] if guarantor.female else ["伯父", "父", "兄"]), "）")
    t.add("保証人住所 ", d.postal(guarantor, "mark"), " ", d.address(guarantor), "　電話 ", d.phone(guarantor))
    t.add("作成日 ", d.other_day(d.day(date(2026, 3, 20), 30), "written_date", "era"))
    return docx_doc(f"人事/入社書類/身元保証書_{n:03d}.docx", [t], "身元保証書")
