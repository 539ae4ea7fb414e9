"""The twenty-five organisations of corpus 28 and their own contact details (look-alikes when
written: an office's phone, mail, address, postal code, account and corporate number)."""

from __future__ import annotations

from dataclasses import dataclass

from stdnum.jp import cn

from benchmarks.corpus16.model import Mark, decoy


@dataclass(frozen=True)
class Org:
    key: str
    name: str
    postal: str
    address: str
    phone: str
    fax: str
    email: str
    account: str
    corp: str = "6010401093825"

    def tel(self) -> Mark:
        return decoy("PHONE", self.phone, "office_phone")

    def fax_mark(self) -> Mark:
        return decoy("PHONE", self.fax, "office_phone")

    def mail(self) -> Mark:
        return decoy("EMAIL", self.email, "office_email")

    def addr(self) -> Mark:
        return decoy("ADDRESS", self.address, "office_address")

    def zip_mark(self) -> Mark:
        return decoy("POSTAL_CODE", self.postal, "office_postal")

    def bank(self) -> Mark:
        return decoy("BANK_ACCOUNT", self.account, "office_bank_account")

    def corp_mark(self) -> Mark:
        body = self.corp[1:]
        return decoy("MY_NUMBER", cn.calc_check_digit(body) + body, "corporate_number")

    def letterhead(self) -> list:
        """The parts of a letterhead line: name, 〒, address, TEL, FAX."""
        return [self.name, "　〒", self.zip_mark(), " ", self.addr(), "　TEL ", self.tel(), "　FAX ", self.fax_mark()]


ORGS = {o.key: o for o in [
    Org("toso", "有限会社 丸岡塗装", "252-0235", "神奈川県相模原市中央区相生3-11-6", "042-758-3310", "042-758-3311",
        "info@maruoka-tosou.co.jp", "1123480", "2021002044717"),
    Org("ganka", "みどり坂眼科クリニック", "444-0052", "愛知県岡崎市康生町512-3 康生メディカルビル2F", "0564-23-8871",
        "0564-23-8872", "uketsuke@midorizaka-eye.jp", "0388412"),
    Org("sitter", "株式会社こもれびシッター", "135-0016", "東京都江東区東陽4-8-2 東陽ビル5階", "03-5634-2270",
        "03-5634-2271", "support@komorebi-sitter.jp", "5520917", "8010601045390"),
    Org("patrol", "若林地区防犯パトロール隊", "984-0014", "宮城県仙台市若林区六丁の目中町2-5 地区集会所", "022-287-4410",
        "022-287-4411", "wakabayashi.patrol@gmail.com", "0761125"),
    Org("gh", "グループホームひだまりの郷", "830-0032", "福岡県久留米市東町38-1", "0942-33-5180", "0942-33-5181",
        "hidamari@kurume-gh.or.jp", "2203147"),
    Org("biyo", "浜松ビューティーアカデミー", "430-0933", "静岡県浜松市中央区鍛冶町140", "053-454-6620", "053-454-6621",
        "office@hba-beauty.ac.jp", "6031188"),
    Org("ryo", "北辰大学 学生寮 星和寮", "003-0021", "北海道札幌市白石区栄通18-4-1", "011-851-7730", "011-851-7731",
        "seiwa-ryo@hokushin-u.ac.jp", "1094452"),
    Org("tokutei", "一般社団法人 アジア人材サポート岐阜", "503-0887", "岐阜県大垣市郭町2-12", "0584-71-9024",
        "0584-71-9025", "shien@asia-support-gifu.or.jp", "4417730"),
    Org("keikamotsu", "ハヤブサ軽貨物 株式会社", "591-8025", "大阪府堺市北区長曽根町1179-18", "072-255-0038",
        "072-255-0039", "haisha@hayabusa-kk.co.jp", "3308851", "4120101058842"),
    Org("forklift", "姫路技能講習センター", "670-0964", "兵庫県姫路市豊沢町84", "079-281-5506", "079-281-5507",
        "koshu@himeji-ginou.jp", "7002614"),
    Org("kyudo", "宇治弓道会", "611-0021", "京都府宇治市宇治琵琶33 市民弓道場内", "0774-22-6183", "0774-22-6184",
        "uji.kyudokai@outlook.jp", "0194476"),
    Org("band", "くらしき市民吹奏楽団", "710-0055", "岡山県倉敷市阿知2-19-1", "086-427-3352", "086-427-3353",
        "kwo.office@gmail.com", "5561023"),
    Org("free", "フリースクール そらいろ", "720-0063", "広島県福山市元町6-10 2階", "084-926-7719", "084-926-7718",
        "sorairo.fs@gmail.com", "2290331"),
    Org("suido", "有限会社 三鷹水道設備", "181-0013", "東京都三鷹市下連雀3-22-9", "0422-47-1185", "0422-47-1186",
        "mitaka-suido@jcom.zaq.ne.jp", "8824501", "1012402014263"),
    Org("shoken", "あおば証券 船橋支店", "273-0005", "千葉県船橋市本町1-3-1 船橋フェイスビル8F", "047-424-3301",
        "047-424-3309", "funabashi@aoba-sec.co.jp", "0012233", "9010001087237"),
    Org("code", "キッズプログラミング教室 ピクセル", "350-1123", "埼玉県川越市脇田本町15-8 3F", "049-242-8830",
        "049-242-8831", "hello@pixel-kids.jp", "3845096"),
    Org("trim", "トリミングサロン ポワン", "901-2121", "沖縄県浦添市内間2-8-5", "098-879-2206", "098-879-2207",
        "point.trim@icloud.com", "1187724"),
    Org("silver", "公益社団法人 今治市シルバー人材センター", "794-0027", "愛媛県今治市南大門町2-5-1", "0898-32-4418",
        "0898-32-4419", "imabari-sjc@silver-ehime.or.jp", "6602178", "5500005006291"),
    Org("zaitaku", "すずかけ在宅クリニック", "866-0861", "熊本県八代市本町1-7-26", "0965-32-8877", "0965-32-8878",
        "zaitaku@suzukake-clinic.jp", "4409812"),
    Org("shinryo", "こころの森メンタルクリニック", "320-0811", "栃木県宇都宮市大通り2-4-8 5F", "028-650-3344",
        "028-650-3345", "info@kokoronomori-mc.jp", "7713320"),
    Org("baseball", "瀬戸内オーシャンズ（四国独立リーグ）", "799-1101", "愛媛県西条市小松町新屋敷甲420", "0898-72-1500",
        "0898-72-1501", "team@setouchi-oceans.jp", "2047719", "3500001016447"),
    Org("rojin", "大樹寺学区 寿クラブ連合会", "444-2121", "愛知県岡崎市鴨田町字広元5 大樹寺市民ホーム", "0564-25-0081",
        "0564-25-0082", "kotobuki.daijuji@gmail.com", "0582260"),
    Org("seimitsu", "株式会社 三塚精密工業 総務課", "503-0971", "岐阜県大垣市南若森町301-2", "0584-89-2210",
        "0584-89-2219", "soumu@mitsuka-seimitsu.co.jp", "1173654", "1200001023455"),
    Org("lpgas", "有限会社 白浜プロパン", "672-8023", "兵庫県姫路市白浜町甲841", "079-245-0323", "079-245-0324",
        "shirahama-gas@kxd.biglobe.ne.jp", "3309017", "6140002011208"),
    Org("shinbun", "朝日ヶ丘新聞販売所", "591-8032", "大阪府堺市北区百舌鳥梅町3-41-7", "072-252-0711", "072-252-0712",
        "asahigaoka.hanbai@ybb.ne.jp", "0451189")]}
