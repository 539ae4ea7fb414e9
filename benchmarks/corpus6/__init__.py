"""The sixth corpus (issue 12): the next held-out evaluation set, after corpus 5. Office
files of kinds the earlier corpora do not have (自動車ディーラーの顧客カード, 携帯ショップの
契約書控え, 美容院のカルテ, 動物病院の飼い主台帳, ジムの入会申込書と健康チェック, 旅行会社の
参加者名簿, ホテルの宿泊者名簿, 旅館の宿泊カード, ケアプラン, 介護記録, 訪問看護記録, 社労士の
手続台帳, 税理士の顧客台帳, 確定申告の控え, 法律相談カード, 技能実習生の管理簿, 奨学金の申請書,
求人応募者の管理表, 面接評価シート, 株主名簿, 消防団・自治会の名簿, 同窓会の会費納入者一覧,
賃貸の更新案内, 結婚相談所のプロフィール, 保護司の面接記録, 被害者支援の相談受付票, 入居申込書,
保険代理店のメールと vCard, 献体の登録申込書) in habits of their own (bilingual forms, +81 phones, 8-digit births,
half-width katakana, addresses without prefecture, Word headers, footers and text boxes,
speaker notes, ISO-2022-JP mail, CP932 and UTF-16 exports, fixed-width host files), with
a truth record for every planted value and look-alike. It shares no name, place or
phrase list with corpora 2 to 5, and no rule is tuned on it.

`build.write(out, seed, scale)` writes OUT/tree and OUT/truth.jsonl;
`python -m benchmarks.corpus6 OUT` does the same from the shell."""

from benchmarks.corpus6.build import DEFAULT_SEED, generate, truth_records, write

__all__ = ["DEFAULT_SEED", "generate", "truth_records", "write"]
