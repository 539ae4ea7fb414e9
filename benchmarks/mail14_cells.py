"""The cells of benchmarks/mail14_matrix.py: an organisation's own mailbox and line in
each place a Japanese office document puts them, and people's own mailboxes beside
them. Made-up organisations, people and numbers."""

from __future__ import annotations

import json

from benchmarks.corpus import _docx, _e164
from samples import writers as w

ORG_MAILS = ("haisyoku@hidamari-fukushi.or.jp", "mimamori@hidamari-fukushi.or.jp", "kifu@npo-asunaro.org",
             "volunteer@npo-asunaro.org", "nyukai@npo-asunaro.org", "kyujin@kaede-kaigo.co.jp",
             "minato-center@city-minato.example.lg.jp", "aoba.kominkan@city-minato.example.lg.jp",
             "natsumatsuri2026@aoba-jichikai.jp", "kodomo-shokudo@npo-asunaro.org", "desk01@kaede-kaigo.co.jp",
             "npo.hidamari@gmail.com", "pta.midorigaoka@yahoo.co.jp", "adoption@wanko-net.org",
             "press@kaede-kaigo.co.jp", "donate@wanko-net.org", "hokenjo-yobou@pref-example.lg.jp",
             "gakkou-renraku@midori-es.ed.jp", "staff-ml@kaede-kaigo.co.jp", "seikyu@sakura-print.co.jp",
             "bosai@city-minato.example.lg.jp", "kosodate-shien@city-minato.example.lg.jp")
ORG_PHONES = ("03-3456-7801", "03-3456-7802", "045-671-2201", "0120-33-4455", "045-671-2209", "03-5210-1199",
              "048-822-1110", "03-3581-0110")
PEOPLE_MAILS = ("taro.yamada@kaede-kaigo.co.jp", "t-suzuki@hidamari-fukushi.or.jp", "yamamoto1985@gmail.com",
                "hanako.ito@example-isp.ne.jp", "kenji_ogawa@yahoo.co.jp", "mkobayashi@npo-asunaro.org")
PEOPLE_PHONES = ("090-1234-5678", "080-2345-6789", "03-3701-4422")
ORGANISATIONS = {("EMAIL", m) for m in ORG_MAILS} | {("PHONE", _e164(p)) for p in ORG_PHONES}

LETTERHEAD = ("社会福祉法人ひだまり福祉会\n〒231-0023 神奈川県横浜市中区山下町1-2\nTEL 045-671-2201　FAX 045-671-2209\n"
              "配食サービス：haisyoku@hidamari-fukushi.or.jp\n\n山本 健二 様\n\n配食サービス開始のお知らせ\n"
              "本文のとおりお届けいたします。\n")
FOOTER = ("見守りサービスのご案内\n一人暮らしの高齢者の方を見守ります。\n\n――――――――\nひだまり福祉会 見守り事業部\n"
          "mimamori@hidamari-fukushi.or.jp\n電話 045-671-2201\n")
SIGNATURE = ("小川 健二 様\n\nいつもご支援ありがとうございます。\n寄付金の領収書をお送りします。\n\n--\n"
             "NPO法人あすなろ 事務局\n担当：鈴木\n代表メール kifu@npo-asunaro.org\nTEL 03-3456-7801\n")
ENQUIRY = ("ボランティア説明会のお知らせ\n日時：6月14日（土）10時\n\n【お問い合わせ先】\nNPO法人あすなろ\n"
           "volunteer@npo-asunaro.org\n03-3456-7802（平日10時〜17時）\n")
APPLY_TO = ("入会のご案内\n年会費 3,000円\n申込先：NPO法人あすなろ 会員係　nyukai@npo-asunaro.org\n"
            "送付先メール：nyukai@npo-asunaro.org\n")
FLYER = ("夏祭り 2026\n青葉町自治会\n模擬店の出店者を募集します。\n連絡先：natsumatsuri2026@aoba-jichikai.jp\n"
         "電話 0120-33-4455\n")
FACILITY = ("港区民センター 利用案内\n受付時間 9:00〜21:00\nメール minato-center@city-minato.example.lg.jp\n"
            "青葉公民館 aoba.kominkan@city-minato.example.lg.jp\n")
FREE_MAIL = ("ひだまりの会 会報 第12号\n会員の皆さまへ\n次回の集いは7月です。\n\n発行：ひだまりの会（代表 佐藤）\n"
             "連絡先 npo.hidamari@gmail.com\n\n緑丘小学校PTA 広報委員会\nお問い合わせ pta.midorigaoka@yahoo.co.jp\n")
RELATED = ("関係機関一覧\n機関名\t担当\t電話\tメール\n市役所 防災課\t防災係\t03-5210-1199\tbosai@city-minato.example.lg.jp\n"
           "保健所\t予防係\t048-822-1110\thokenjo-yobou@pref-example.lg.jp\n"
           "緑丘小学校\t教頭\t03-3456-7801\tgakkou-renraku@midori-es.ed.jp\n"
           "子育て支援課\t相談窓口\t03-3456-7802\tkosodate-shien@city-minato.example.lg.jp\n"
           "中央警察署\t生活安全課\t03-3581-0110\t\n")
INVOICE = ("請求書\n株式会社さくら印刷\n〒100-0005 東京都千代田区丸の内1-1-1\nTEL 03-3456-7801\n"
           "請求書に関するお問い合わせ：seikyu@sakura-print.co.jp\n\n品名 チラシ印刷 数量 1000 金額 30,000円\n")
ROSTER = ("会員名簿\n氏名\t電話\tメール\n山田 太郎\t090-1234-5678\ttaro.yamada@kaede-kaigo.co.jp\n"
          "鈴木 正樹\t080-2345-6789\tt-suzuki@hidamari-fukushi.or.jp\n伊藤 花子\t03-3701-4422\thanako.ito@example-isp.ne.jp\n")
FORM = ("ボランティア登録申込書\n氏名：山本 恵子\n電話：090-1234-5678\nメール：yamamoto1985@gmail.com\n"
        "\n申込先：NPO法人あすなろ volunteer@npo-asunaro.org\n")

CELLS: dict[str, tuple[str, bytes | str]] = {
    "txt letterhead (service word)": ("letterhead.txt", LETTERHEAD),
    "docx footer (service word)": ("footer.docx", _docx(FOOTER.splitlines())),
    "eml signature 代表メール": ("signature.eml", w.make_eml("領収書", "NPO法人あすなろ <kifu@npo-asunaro.org>",
                                                          "kenji_ogawa@yahoo.co.jp", SIGNATURE)),
    "txt お問い合わせ先 block": ("enquiry.txt", ENQUIRY),
    "txt 申込先/送付先": ("apply.txt", APPLY_TO),
    "docx flyer event name": ("flyer.docx", _docx(FLYER.splitlines())),
    "txt facility local part": ("facility.txt", FACILITY),
    "txt free mail office": ("freemail.txt", FREE_MAIL),
    "tsv 関係機関一覧": ("related.tsv", RELATED),
    "xlsx 関係機関一覧": ("related.xlsx", w.xlsx_bytes({"関係機関": [r.split("\t") for r in RELATED.splitlines()[1:]]})),
    "txt vendor invoice": ("invoice.txt", INVOICE),
    "eml From of an office": ("office.eml", w.make_eml("求人のお知らせ", "かえで介護 採用係 <kyujin@kaede-kaigo.co.jp>",
                                                     "mkobayashi@npo-asunaro.org",
                                                     "小林 様\n\n求人のお知らせです。\n\nかえで介護株式会社\n")),
    "eml list and desk": ("list.eml", w.make_eml("職員連絡", "staff-ml@kaede-kaigo.co.jp", "staff-ml@kaede-kaigo.co.jp",
                                                "各位\n\n受付は desk01@kaede-kaigo.co.jp へ。報道の方は "
                                                "press@kaede-kaigo.co.jp へ。\n")),
    "json shelter contacts": ("shelter.json", json.dumps({"団体名": "わんこネット", "里親募集": "adoption@wanko-net.org",
                                                       "寄付": "donate@wanko-net.org"}, ensure_ascii=False, indent=1)),
    "tsv roster (people)": ("roster.tsv", ROSTER),
    "txt form (person + desk)": ("form.txt", FORM),
}
PEOPLE: dict[str, set] = {
    "roster.tsv": {("EMAIL", m) for m in PEOPLE_MAILS[:1] + PEOPLE_MAILS[1:2] + PEOPLE_MAILS[3:4]}
    | {("PHONE", _e164(p)) for p in PEOPLE_PHONES},
    "form.txt": {("EMAIL", PEOPLE_MAILS[2]), ("PHONE", _e164(PEOPLE_PHONES[0]))},
    "signature.eml": {("EMAIL", PEOPLE_MAILS[4])},
    "office.eml": {("EMAIL", PEOPLE_MAILS[5])},
}

NIGHT = ("施設利用のご案内\n\n受付：03-3456-7801\n夜間窓口：03-3456-7802\nFAX：045-671-2209\n"
         "予約専用 yoyaku2@city-minato.example.lg.jp\n")
HTML_FOOTER = ("<html><body><h1>里親募集</h1><p>保護犬の里親を募集しています。</p><footer><p>わんこネット</p>"
               "<p>メール：<a href='mailto:adoption@wanko-net.org'>adoption@wanko-net.org</a></p>"
               "<p>電話：045-671-2201</p></footer></body></html>")
CSV_PARTNERS = ("名称,電話,メール\n中央警察署,03-3581-0110,\n保健所,048-822-1110,hokenjo-yobou@pref-example.lg.jp\n"
                "緑丘小学校,03-3456-7801,gakkou-renraku@midori-es.ed.jp\n")
STAFF_CONTACT = ("研修会のお知らせ\n\n担当：事務局 鈴木\n連絡先：kosodate-shien@city-minato.example.lg.jp\n"
                 "電話：03-5210-1199\n")
FORM_FREE = ("参加申込書\nお名前：小川 健二\nご連絡先：kenji_ogawa@yahoo.co.jp\n携帯：080-2345-6789\n")
CELLS.update({
    "txt 受付/夜間窓口/FAX, numbered desk": ("night.txt", NIGHT),
    "html footer mailto": ("footer.html", HTML_FOOTER),
    "csv 名称 partners": ("partners.csv", CSV_PARTNERS),
    "txt 担当 + desk mailbox": ("staff.txt", STAFF_CONTACT),
    "txt form ご連絡先 (person)": ("form2.txt", FORM_FREE),
})
ORG_MAILS_MORE = ("yoyaku2@city-minato.example.lg.jp",)
ORGANISATIONS |= {("EMAIL", m) for m in ORG_MAILS_MORE}
PEOPLE["form2.txt"] = {("EMAIL", "kenji_ogawa@yahoo.co.jp"), ("PHONE", _e164("080-2345-6789"))}

SIGNATURE_FREE = ("各位\n\n次回の定例会は5月です。\n\n――\nひだまりの会 事務局\nhidamari.office@gmail.com\n")
WEB_FORM = ("お問い合わせフォーム 設定\n送信先：toiawase-form@npo-asunaro.org\n自動返信元：noreply@npo-asunaro.org\n"
            "管理者通知：web-admin@npo-asunaro.org\n")
REPLY_TO = w.make_eml("会報の送付", "会報係 <kaihou@npo-asunaro.org>", "hanako.ito@example-isp.ne.jp",
                      "伊藤 花子 様\n\n会報をお送りします。\n返信は kaihou@npo-asunaro.org へ。\n")
CELLS.update({
    "txt signature free mail office": ("sigfree.txt", SIGNATURE_FREE),
    "txt web form 送信先": ("webform.txt", WEB_FORM),
    "eml office sender, person To": ("kaihou.eml", REPLY_TO),
})
ORGANISATIONS |= {("EMAIL", m) for m in ("hidamari.office@gmail.com", "toiawase-form@npo-asunaro.org",
                                         "web-admin@npo-asunaro.org", "kaihou@npo-asunaro.org")}
PEOPLE["kaihou.eml"] = {("EMAIL", "hanako.ito@example-isp.ne.jp")}
