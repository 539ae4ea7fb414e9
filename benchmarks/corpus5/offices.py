"""The organisations of corpus 5 (a school, a clinic, a staffing agency, a city office,
a removal firm …) and their own contact data and numbers: look-alikes of a person's.
`Clerk` is the random stream every document maker of corpus 5 draws from."""

from __future__ import annotations

from dataclasses import dataclass

from benchmarks.corpus2.truth import Mark, negative
from benchmarks.corpus5 import numbers
from benchmarks.corpus5.folks import Folk, Registrar, phone_written
from benchmarks.corpus5.ground import CITIES, TOWNS, Place

# key -> (name, mail domain)
BODIES = {
    "school": ("市立白鷺中学校", "shirasagi-jh.ed.jp"), "nursery": ("かざぐるま保育園", "kazaguruma-hoiku.jp"),
    "juku": ("明星ゼミナール", "myojo-semi.jp"), "club": ("霧島ジュニアバレーボールクラブ", "kj-volley.jp"),
    "hospital": ("社会医療法人 蒼天会 みなせ病院", "minase-hp.or.jp"), "pharmacy": ("はくよう薬局", "hakuyo-ph.jp"),
    "dental": ("つばさ歯科クリニック", "tsubasa-dc.jp"), "blood": ("健診センター ひかりの杜", "hikarinomori.or.jp"),
    "estate": ("有限会社 大蔵住宅管理", "okura-jk.co.jp"), "insurer": ("あおぞら損害保険株式会社", "aozora-sonpo.co.jp"),
    "mover": ("ツバメ引越センター", "tsubame-hikkoshi.co.jp"), "staffing": ("株式会社ワークリンクス", "worklinks.co.jp"),
    "maker": ("榊原工業株式会社", "sakakibara-kk.co.jp"), "city": ("横手市 市民相談室", "city-soudan.lg.jp"),
    "welfare": ("社会福祉協議会 相談支援センター", "shakyo-sodan.or.jp"), "party": ("みらい市民の会 選挙事務所", "mirai-shimin.jp"),
    "temple": ("浄慶寺", "jokeiji.or.jp"), "church": ("日本基督教団 湊町教会", "minatomachi-church.jp"),
    "funeral": ("セレモニーホール 和光殿", "wakoden.co.jp"), "wedding": ("ホテル・ラ・ルーチェ", "la-luce-hotel.jp"),
    "shop": ("ナチュラルマルシェ オンライン", "natural-marche.jp"), "union": ("榊原工業労働組合", "sakakibara-union.jp"),
}


@dataclass(frozen=True)
class Body:
    name: str
    domain: str
    place: Place
    phone: str
    fax: str
    free: str
    account: str
    corporate: str

    def phone_mark(self, which: str = "phone") -> Mark:
        number = {"phone": self.phone, "fax": self.fax}[which]
        return negative(phone_written(number, len(self.place.area_code), "hyphen"), "PHONE", f"org_{which}")

    def free_mark(self) -> Mark:
        return negative(f"0120-{self.free[4:7]}-{self.free[7:]}", "PHONE", "toll_free")

    def address_mark(self) -> Mark:
        return negative(self.place.written("plain"), "ADDRESS", "org_address")

    def postal_mark(self) -> Mark:
        return negative(self.place.postal_written("mark"), "POSTAL_CODE", "org_postal")

    def account_mark(self) -> Mark:
        return negative(self.account, "BANK_ACCOUNT", "org_account")

    def mail_mark(self, box: str = "info") -> Mark:
        return negative(f"{box}@{self.domain}", "EMAIL", "org_mail")

    def letterhead(self) -> tuple:
        """〒 address TEL phone (FAX fax): the parts of a letterhead line."""
        return (self.postal_mark(), " ", self.address_mark(), "　TEL ", self.phone_mark(),
                "　FAX ", self.phone_mark("fax"))


class Clerk(Registrar):
    """Corpus 5's random stream, people and organisations."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.bodies = {key: self._body(name, domain) for key, (name, domain) in BODIES.items()}

    def _body(self, name: str, domain: str) -> Body:
        rng = self.rng
        town = rng.choice([t for t, town in enumerate(TOWNS) if not town[3]])
        area = CITIES[TOWNS[town][0]][3]
        place = Place(town, (rng.randint(1, 5), rng.randint(1, 20), rng.randint(1, 15)), None, 0,
                      CITIES[TOWNS[town][0]][4] + numbers.digits(rng, 4, "0123456789"))

        def landline() -> str:
            return area + numbers.digits(rng, 10 - len(area) - 4, "23456789") + numbers.digits(rng, 4, "0123456789")

        return Body(name, domain, place, landline(), landline(), "0120" + numbers.digits(rng, 6, "0123456789"),
                    numbers.account(self.rng), numbers.corporate_number(self.rng))

    def body(self, key: str) -> Body:
        return self.bodies[key]

    def folk(self, **kw) -> Folk:
        return self.make(**kw)

    def people(self, n: int, abroad: float = 0.0, **kw) -> list[Folk]:
        return [self.make(abroad=self.chance(abroad), **kw) for _ in range(n)]
