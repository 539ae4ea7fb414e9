"""Writers of health and support work: a dialysis clinic's transport desk, a
就労移行支援 office, a DV 相談 shelter, a clinical-trial site and a 健保組合."""

from __future__ import annotations

from benchmarks.corpus9 import numbers as ids
from benchmarks.corpus9 import render
from benchmarks.corpus9.base import Writer
from benchmarks.corpus9.model import care, honseki, no, v
from benchmarks.corpus9.people import RELATION_SEX, SURNAMES, date_text

STOPS = ["医院前", "商店前", "記念公園", "橋たもと", "眼科前"]
KIDNEY_CAUSES = ["糖尿病性腎症", "慢性糸球体腎炎", "多発性嚢胞腎", "腎硬化症", "IgA腎症", "ループス腎炎",
                 "アミロイド腎症", "慢性腎盂腎炎", "巣状分節性糸球体硬化症", "痛風腎"]
TRANSPORT_AIDS = ["車椅子使用（右片麻痺）", "歩行器使用（両膝人工関節）", "全盲のため手引き介助", "左下腿切断・義足",
                  "車椅子使用（脊髄損傷）",
                  "弱視（視野狭窄）のため段差注意", "脳梗塞後遺症で左半身麻痺", "両下肢麻痺・車椅子"]
TRANSPORT_NOTES = ["シャント左前腕、荷物は右手で", "インスリン自己注射あり、低血糖注意", "心不全で在宅酸素2L", "C型肝炎キャリア",
                   "透析後ふらつき多い",
                   "心房細動でワーファリン服用中", "パーキンソン病で歩行不安定", "透析導入は2年前、足の壊疽で通院中", "肺気腫で息切れ強い"]
TRANSPORT_LOG = [
                 "{name}さん、先週から右足の蜂窩織炎で抗生剤内服中。乗車時に足を上げられるよう後部席へ。",
                 "{name}様、本日透析中に血圧低下あり（80台）。帰りは家族に引き継ぎ。",
                 "{name}さん宅、犬を放しているので玄関前で待機すること。",
                 "{name}さん、狭心症でステント留置後のため、車内で胸痛の訴えあれば即連絡。",
                 "{name}様は認知症の診断あり、曜日を間違えて外で待っていることがある。",
]
PROGRAMME_TOPICS = ["うつ病の再発予防講座", "発達障害の特性と職場での工夫", "統合失調症と服薬の基礎知識", "睡眠障害のセルフケア"]
DISABILITY_CARDS = ["精神障害者保健福祉手帳2級", "精神障害者保健福祉手帳3級", "療育手帳B2", "身体障害者手帳4級（上肢機能）",
                    "身体障害者手帳6級（聴覚）",
                    "身体障害者手帳1級（じん臓機能）", "療育手帳A", "精神障害者保健福祉手帳1級", "身体障害者手帳3級（肢体不自由）"]
SUPPORT_DIAGNOSES = ["双極性障害の診断を受け、炭酸リチウムを服用している", "統合失調症で月に一度通院している",
                     "注意欠如・多動症（ADHD）の診断があり、コンサータを服薬中", "自閉スペクトラム症と診断されている",
                     "うつ病による休職歴があり、現在も抗うつ薬を服用", "てんかん発作の既往があり、抗てんかん薬を継続中",
                     "高次脳機能障害（交通事故後）と診断されている", "社交不安障害で心療内科に通院中", "強迫性障害の治療中で、服薬は朝夕2回", "軽度知的障害の判定を受けている"]
SUPPORT_NOTES = ["午前の作業は集中が続くが、午後は疲れが出やすい。", "実習先の希望は事務補助。",
                 "通所は週4日で安定している。", "電話応対の練習を次回から始める。"]
ABUSE = ["夫から殴る蹴るの暴行を受け", "元交際相手からつきまといとストーカー行為を受け", "夫に首を絞められ",
         "配偶者から包丁で脅され", "同居人から繰り返し暴力を振るわれ",
         "夫から生活費を渡されず外出も禁じられ", "交際相手から性的暴行を受け"]
INJURIES = ["肋骨を骨折した", "顔面打撲で受診した", "鼓膜が破れ通院中", "不眠とPTSDの診断を受けた",
            "腕に全治3週間の打撲を負った", "うつ状態で心療内科を受診中"]
TRIAL_HISTORY = ["高血圧症（アムロジピン内服中）", "2型糖尿病（メトホルミン服用）", "気管支喘息（吸入ステロイド）",
                 "脂質異常症", "逆流性食道炎の既往", "胃がん術後5年経過",
                 "関節リウマチ（メトトレキサート）", "甲状腺機能低下症（チラーヂン）", "帯状疱疹の既往（昨年）", "子宮内膜症の手術歴"]
TRIAL_LABS = ["HbA1c 7.4%（基準外）", "eGFR 52（軽度低下）", "ALT 68 U/L（高値）", "LDL-C 182 mg/dL（高値）",
              "血小板 9.8万（低値）",
              "空腹時血糖 138 mg/dL（高値）", "クレアチニン 1.6 mg/dL（高値）", "ヘモグロビン 10.2 g/dL（低値）"]
TRIAL_FAITH = ["エホバの証人の信者であり輸血を拒否", "イスラム教徒のため豚由来成分を含む薬剤不可"]
CHECKUP = [("収縮期血圧", "mmHg", (148, 182), "要医療"), ("空腹時血糖", "mg/dL", (118, 160), "要精密検査"),
           ("γ-GTP", "U/L", (95, 260), "要再検査"), ("中性脂肪", "mg/dL", (310, 520), "要再検査"),
           ("尿酸", "mg/dL", (8, 10), "要経過観察")]
HEALTH_ARTICLE = ["高血圧は自覚症状がないまま進行します", "糖尿病の合併症には網膜症があります",
                  "うつ病は早期の相談が回復を早めます", "γ-GTPはお酒の飲み過ぎで上がります"]


def dialysis_transport(w: Writer, files: int):
    clinic = w.office("医療法人社団 みなと腎クリニック 送迎係", "minato-jin.example.jp")
    docs = []
    for n in range(files):
        if n % 3 == 2:
            docs.append(_transport_log(w, clinic, n))
            continue
        rows = [["送迎予定表（" + w.pick(["月水金", "火木土"]) + "）", None, None, None, None, None, None, None],
                ["作成日", no("DATE_OF_BIRTH", date_text(w.people.day(), "wareki"), "document_date"), "送迎車",
                 w.pick(["1号車", "2号車", "ワゴン3"]), None, None, None, None],
                ["便", "患者氏名", "フリガナ", "住所", "電話", "原疾患", "介助", "備考", "送迎開始日", "乗降場所", "保険者番号"]]
        for k in range(w.rng.randint(7, 11)):
            p = w.people.person(1940, 1975)
            rows.append([f"{k // 6 + 1}便 {7 + k % 3}:{w.pick(['00', '15', '30', '45'])}", p.name("wide"),
                         p.name("kana"), p.address(w.pick(["full", "hyphen", "no_pref"])),
                         p.tel(w.chance(0.3), w.pick(["hyphen", "plain"])), care("病歴", w.pick(KIDNEY_CAUSES)),
                         care("障害", w.pick(TRANSPORT_AIDS)) if w.chance(0.4) else "独歩",
                         care("病歴", w.pick(TRANSPORT_NOTES)) if w.chance(0.35) else "",
                         no("DATE_OF_BIRTH", date_text(w.people.day(2020, 2026), "wareki_short"), "start_date"),
                         no("PERSON", w.pick(SURNAMES)[0] + w.pick(STOPS), "place_named_like_a_person"),
                         ids.insurer(w.rng, "39")])
        docs.append(w.doc(f"透析送迎/送迎予定表_{n:02d}.xlsx", render.xlsx("x", [("送迎", rows)])))
    return docs


def _transport_log(w: Writer, clinic, n: int):
    driver = w.people.person(1960, 1990)
    lines = [f"申し送りノート　{clinic.name}", ["担当ドライバー：", driver.name("tight")], ""]
    for _ in range(w.rng.randint(3, 5)):
        p = w.people.person(1940, 1975)
        day = w.people.day(2026, 2026)
        template = w.pick(TRANSPORT_LOG)
        head, tail = template.split("{name}")
        lead = f"{day.month}/{day.day} "
        sentence = [lead, head, p.name("tight"), tail]
        if "蜂窩織炎" in template:
            sentence = [lead, p.name("tight"), "さん、先週から", care("病歴", "右足の蜂窩織炎で抗生剤内服中"),
                        "。乗車時に足を上げられるよう後部席へ。"]
        elif "狭心症" in template:
            sentence = [lead, p.name("tight"), "さん、", care("病歴", "狭心症でステント留置後"),
                        "のため、車内で胸痛の訴えあれば即連絡。"]
        elif "認知症" in template:
            sentence = [lead, p.name("tight"), "様は", care("病歴", "認知症の診断あり"), "、曜日を間違えて外で待っていることがある。"]
        elif "血圧低下" in template:
            sentence = [lead, p.name("tight"), "様、本日透析中に", care("健康診断結果", "血圧低下あり（80台）"),
                        "。帰りは家族に引き継ぎ。"]
        lines.append(sentence)
        if w.chance(0.5):
            lines.append(["　家族連絡先（", w.pick(["長女", "長男", "妻", "夫"]), "）", p.tel(True, "hyphen")])
    lines += ["", *clinic.footer()]
    return w.doc(f"透析送迎/申し送り_{n:02d}.txt", render.txt("x", lines, "utf-8" if n % 2 else "cp932"))


def employment_support(w: Writer, files: int):
    office = w.office("就労移行支援事業所 ステップワーク東", "stepwork.example.jp")
    docs = []
    for n in range(files):
        if n % 2:
            docs.append(_interview(w, office, n))
            continue
        rows = [["No", "利用者氏名", "性別", "生年月日", "障害者手帳", "診断・通院", "利用開始日", "携帯電話"]]
        for k in range(w.rng.randint(5, 9)):
            p = w.people.person(1975, 2004)
            rows.append([str(k + 1), p.name("space"), "男" if p.sex == "M" else "女",
                         p.born(w.pick(["wareki_short", "wareki_pad", "slash"])), care("障害", w.pick(DISABILITY_CARDS)),
                         care("病歴", w.pick(SUPPORT_DIAGNOSES)),
                         no("DATE_OF_BIRTH", date_text(w.people.day(), "slash"), "start_date"),
                         p.tel(True, w.pick(["hyphen", "plain"]))])
        topics = [["月", "プログラム"]] + [[f"{k + 4}月", no("SENSITIVE", t, "programme_topic")]
                                           for k, t in enumerate(PROGRAMME_TOPICS)]
        docs.append(w.doc(f"就労移行/利用者台帳_{n:02d}.xlsx", render.xlsx("x", [("利用者一覧", rows), ("年間計画", topics)])))
    return docs


def _interview(w: Writer, office, n: int):
    p, staff = w.people.person(1980, 2003), w.people.person(1970, 1995)
    placement = w.office("株式会社ミドリ物流", "midori-butsuryu.example.jp")
    met = w.people.day(2026, 2026)
    blocks = [("p", "個別支援面談記録"),
              ("p", ["面談日：", no("DATE_OF_BIRTH", date_text(met, "wareki"), "interview_date")]),
              ("p", ["利用者：", p.name("tight"), f"（{p.age}歳）　担当：", staff.name("tight")]),
              ("p", ["生年月日：", p.born("wareki")]),
              ("p", ["本人は", care("病歴", w.pick(SUPPORT_DIAGNOSES)), "。", w.pick(SUPPORT_NOTES)]),
              ("p", w.pick(SUPPORT_NOTES)),
              ("p", ["緊急連絡先：", p.tel(False, "hyphen"), "（自宅）"]),
              ("p", ["実習先：株式会社ミドリ物流 ", placement.address_mark(), "　", placement.phone_mark()]),
              ("p", ["次回面談：", no("DATE_OF_BIRTH", date_text(met.replace(day=min(met.day, 28)), "western"),
                                 "next_interview")]),
              ("p", office.name)]
    return w.doc(f"就労移行/面談記録_{n:02d}.docx", render.docx_("x", blocks))


def shelter(w: Writer, files: int):
    docs = []
    for n in range(files):
        p = w.people.person(1970, 2000, "F")
        kids = [w.people.person(2012, 2022) for _ in range(w.rng.randint(0, 2))]
        origin = w.people.person()
        lines = ["相　談　受　付　票", "", ["受付日", "　", no("DATE_OF_BIRTH", date_text(w.people.day(), "wareki"),
                                                         "intake_date")],
                 ["氏名（ふりがな）　", p.name("wide"), "（", p.name("kana"), "）"],
                 ["生年月日　", p.born(w.pick(["wareki", "wareki_kanji"])), f"　{p.age}歳"],
                 ["本籍　", honseki(f"{origin.place[0]}{origin.place[1]}{origin.town}")],
                 ["現住所（加害者と同居）　", p.address("full")],
                 ["安全な連絡先　", p.tel(True, w.pick(["hyphen", "plain", "fullwidth"])), "（本人携帯・夜間不可）"]]
        for kid in kids:
            lines.append(["同伴児　", v("PERSON", p.family[0] + kid.given[0]), "　", kid.born("wareki"), "生"])
        lines += ["相談内容",
                  ["　令和8年春頃から", care("犯罪被害", w.pick(ABUSE)), "、", care("病歴", w.pick(INJURIES)), "。"],
                  "　警察への相談は未。保護命令の申立てを検討。", "", "記録者：相談員"]
        maker = render.odt if n % 2 == 0 else render.rtf
        docs.append(w.doc(f"相談室/受付票_{n:03d}.{'odt' if n % 2 == 0 else 'rtf'}", maker("x", lines)))
    return docs


def clinical_trial(w: Writer, files: int):
    sponsor = w.office("治験事務局（SMO ライフリサーチ）", "liferesearch-smo.example.jp")
    docs = []
    for n in range(files):
        pages = []
        for _ in range(2):
            lines = ["治験 スクリーニング記録（プロトコル KX-2207）", ""]
            for _ in range(w.rng.randint(4, 6)):
                p = w.people.person(1950, 1990)
                lines += [["被験者氏名 ", p.name("space"), "　生年月日 ", p.born("slash")],
                          ["　既往歴：", care("病歴", w.pick(TRIAL_HISTORY))],
                          ["　検査：", care("健康診断結果", w.pick(TRIAL_LABS))]]
                if w.chance(0.2):
                    lines.append(["　備考：", care("宗教", w.pick(TRIAL_FAITH))])
                lines.append(["　試験薬ロット ", ids.order_number(w.rng, "lot_number")])
            pages.append(lines + ["", *sponsor.footer()])
        docs.append(w.doc(f"治験/screening_{n:02d}.pdf", render.pdf("x", pages)))
    return docs


def health_insurance_society(w: Writer, files: int):
    docs = []
    for n in range(files):
        if n % 3 == 0:
            docs.append(_checkups(w, n))
            continue
        if n % 3 == 1 and n % 2:
            docs.append(_dependants_form(w, n))
            continue
        records = []
        for _ in range(w.rng.randint(4, 7)):
            p = w.people.person(1960, 1995)
            spouse = w.people.person(1960, 1995)
            child = w.people.person(2008, 2024)
            records.append({"hihokensha_shimei": p.name("tight"), "hokensha_bango": ids.insurer(w.rng),
                            "kojin_bango": ids.my_number(w.rng, "plain"), "kiso_nenkin": ids.pension(w.rng),
                            "fuyosha_1": v("PERSON", p.family[0] + spouse.given[0]), "zokugara_1": "配偶者",
                            "seinengappi_1": spouse.born("iso"),
                            "fuyosha_2": v("PERSON", p.family[0] + child.given[0]), "zokugara_2": "子",
                            "seinengappi_2": child.born("iso"),
                            "ido_bi": no("DATE_OF_BIRTH", date_text(w.people.day(), "iso"), "change_date")})
        docs.append(w.doc(f"健保組合/被扶養者異動_{n:02d}.xml", render.xml("x", "idou", "kojin", records)))
    return docs


def _dependants_form(w: Writer, n: int):
    """被扶養者（異動）届 as members fill it in: the insured above, the family in a table."""
    p = w.people.person(1960, 1990)
    family = [["続柄", "氏名", "フリガナ", "生年月日", "職業", "同居・別居"]]
    for relation, born in (("妻" if p.sex == "M" else "夫", (1960, 1992)), ("長男", (1995, 2020)),
                           ("長女", (1995, 2020)), ("母", (1935, 1960)))[:w.rng.randint(2, 4)]:
        r = w.people.person(*born, sex=RELATION_SEX[relation])
        family.append([relation, v("PERSON", p.family[0] + r.given[0]), v("PERSON", f"{p.family[1]} {r.given[1]}"),
                       r.born(w.pick(["wareki", "wareki_short", "western"])), w.pick(["無職", "学生", "パート", "年金受給"]),
                       w.pick(["同居", "別居"])])
    blocks = [("p", "健康保険 被扶養者（異動）届"),
              ("p", ["被保険者氏名　", p.name("wide"), "　生年月日　", p.born("wareki")]),
              ("p", ["保険者番号　", ids.insurer(w.rng), "　基礎年金番号　", ids.pension(w.rng, "plain")]),
              ("p", ["住所　", p.postal_code("mark"), "　", p.address("full")]),
              ("table", family),
              ("p", ["届出日　", no("DATE_OF_BIRTH", date_text(w.people.day(), "wareki"), "notice_date")])]
    return w.doc(f"健保組合/被扶養者届_{n:02d}.docx", render.docx_("x", blocks))


def _checkups(w: Writer, n: int):
    rows = [["氏名", "受診日", "項目", "結果", "判定"]]
    for _ in range(w.rng.randint(8, 13)):
        p = w.people.person(1960, 1998)
        item, unit, (low, high), verdict = w.pick(CHECKUP)
        rows.append([p.name("tight"), no("DATE_OF_BIRTH", date_text(w.people.day(), "slash"), "checkup_date"), item,
                     care("健康診断結果", f"{w.rng.randint(low, high)} {unit}（{verdict}）"), verdict])
    return w.doc(f"健保組合/特定健診_要受診_{n:02d}.csv", render.csv("x", rows, "cp932"))


def health_newsletter(w: Writer, files: int):
    """Health articles with no individual: look-alikes of 要配慮."""
    docs = []
    for n in range(files):
        lines = ["けんぽだより 秋号", ""] + [[no("SENSITIVE", t, "health_article"), "。"] for t in HEALTH_ARTICLE] + \
                ["特定健診は年に一度必ず受けましょう。", "お問い合わせ：けんぽ事務局"]
        docs.append(w.doc(f"健保組合/けんぽだより_{n:02d}.pdf", render.pdf("x", [lines])))
    return docs
