"""The organisations whose shares make corpus 8, each with its own contacts (an
office address, phone, fax, mail: look-alikes, not anyone's personal data)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from benchmarks.corpus8 import numbers
from benchmarks.corpus8.model import Mark, neg
from benchmarks.corpus8.people import local_number

# folder, name, office address, area code, mail domain
ORGANISATIONS = {
    "jichikai": ("みどり台三丁目自治会", "埼玉県川越市的場北2丁目5番1号 的場北集会所", "049", "midoridai-jichikai.example.jp"),
    "kanri": ("ルミエール船橋管理組合", "千葉県船橋市前原西4-18-2 ルミエール船橋 管理事務室", "047", "lumiere-kanri.example.jp"),
    "juku": ("進学ゼミ ひかり塾", "新潟県長岡市台町1丁目8-3 台町駅前ビル3F", "0258", "hikari-juku.example.jp"),
    "hoken": ("(有)エムズ保険サービス", "愛知県豊橋市花田町字石塚42番地1", "0532", "ms-hoken.example.co.jp"),
    "byoto": ("医療法人 清和会 倉敷中央みなと病院", "岡山県倉敷市水島東栄町9番12号", "086", "minato-hp.example.jp"),
    "houkan": ("訪問看護ステーションすずらん", "北海道帯広市西三条南12丁目4", "0155", "suzuran-vnst.example.jp"),
    "hogoshi": ("浜松中央地区保護司会", "静岡県浜松市中央区葵東1丁目13-1 更生保護サポートセンター", "053", "hamamatsu-hogo.example.jp"),
    "shinkin": ("しらかば信用金庫 高崎東支店", "群馬県高崎市江木町1120-5", "027", "shirakaba-shinkin.example.jp"),
    "nokyo": ("JAきたかみ 青柳支所", "岩手県北上市青柳町2丁目3-30", "0197", "ja-kitakami.example.jp"),
    "hikkoshi": ("さくらライン引越センター", "大阪府東大阪市荒本北1丁目2-8", "06", "sakuraline.example.co.jp"),
    "taxi": ("呉中央交通株式会社", "広島県呉市阿賀中央5丁目11-20", "0823", "kure-chuo-kotsu.example.co.jp"),
    "keibi": ("株式会社セーフティガード宮城", "宮城県石巻市蛇田字新下沼78", "0225", "safetyguard-miyagi.example.co.jp"),
    "genba": ("(仮称)今治北宝来町複合施設新築工事 作業所", "愛媛県今治市北宝来町3丁目1-1", "0898", "imabari-site.example.co.jp"),
    "konkatsu": ("結婚相談所 えにしの会", "京都府宇治市槇島町千足112", "0774", "enishi-kai.example.jp"),
    "shakyo": ("久留米市東部地区社会福祉協議会", "福岡県久留米市東合川1丁目10-1", "0942", "kurume-shakyo.example.or.jp"),
    "higai": ("八代被害者支援センター", "熊本県八代市松江城町2番6号", "0965", "yatsushiro-vs.example.or.jp"),
    "shonendan": ("杉並ファイターズ少年野球団", "東京都杉並区下井草3丁目7-7", "03", "suginami-fighters.example.jp"),
    "shogakukai": ("公益財団法人 若葉奨学会", "東京都八王子市元本郷町2-33-1 若葉会館", "042", "wakaba-shogaku.example.or.jp"),
    "tsuyaku": ("オーシャン通訳センター", "神奈川県相模原市中央区淵野辺4-6-2", "042", "ocean-interp.example.jp"),
    "callcenter": ("浦添コンタクトセンター", "沖縄県浦添市牧港5丁目2-1 ベイタワー7F", "098", "urasoe-cc.example.co.jp"),
    "toshokan": ("大垣市立西部図書館", "岐阜県大垣市林町6丁目80", "0584", "ogaki-lib.example.jp"),
    "insatsu": ("姫路プリントサービス株式会社", "兵庫県姫路市飾磨区清水2-48", "079", "himeji-print.example.co.jp"),
}


@dataclass
class Org:
    key: str
    name: str
    office: str
    postal: str
    phone: str
    fax: str
    mail: str

    def own(self, what: str) -> Mark:
        """One of the organisation's own contacts, as a look-alike."""
        entity, text = {"address": ("ADDRESS", self.office), "postal": ("POSTAL_CODE", self.postal),
                        "phone": ("PHONE", self.phone), "fax": ("PHONE", self.fax), "mail": ("EMAIL", self.mail)}[what]
        return neg(entity, text, "own_" + what)

    def letterhead(self) -> list:
        """The lines an organisation prints under its name."""
        return [[self.name], ["〒", self.own("postal"), " ", self.own("address")],
                ["TEL ", self.own("phone"), "　FAX ", self.own("fax")], ["E-mail: ", self.own("mail")]]


def organisation(key: str, rng: random.Random) -> Org:
    name, office, area, domain = ORGANISATIONS[key]
    cut = len(area)
    phone = local_number(rng, area)
    fax = phone[:6] + numbers.digits(rng, 4)  # the fax shares the exchange
    postal = f"{rng.randint(100, 999)}-{numbers.digits(rng, 4)}"
    return Org(key, name, office, postal, f"{phone[:cut]}-{phone[cut:6]}-{phone[6:]}", f"{fax[:cut]}-{fax[cut:6]}-{fax[6:]}",
               f"{rng.choice(['info', 'office', 'jimukyoku', 'uketsuke'])}@{domain}")
