"""The fifth corpus (issue 12): the held-out evaluation set after corpus 4. Office files
of kinds and habits the earlier corpora do not have (保健室来室記録, 保育園の児童票, 塾の
生徒カルテ, スポーツ少年団の名簿, 欠席連絡の mbox, 入退院一覧, 服薬指導記録, 歯科の問診票,
健診の予約一覧, 家賃滞納者リスト and 督促メモ, 保険金請求書, 引越し見積依頼 in a Maildir,
派遣の登録スタッフ台帳, 懲戒処分記録, 内部通報 XML, ハラスメント相談記録, 住民相談記録,
福祉の相談受付票, 選挙ボランティア名簿, 寺・教会の行事名簿, 参拝旅行の名簿, 葬儀の芳名録,
結婚式の招待客リスト, EC の会員 export, 名刺の vCard export, nested archives) with a truth
record for every planted value and look-alike. It shares no name, place or phrase list
with corpora 2, 3 and 4, and no rule is tuned on it.

`build.write(out, seed, scale)` writes OUT/tree and OUT/truth.jsonl;
`python -m benchmarks.corpus5 OUT` does the same from the shell."""

from benchmarks.corpus5.build import DEFAULT_SEED, generate, truth_records, write

__all__ = ["DEFAULT_SEED", "generate", "truth_records", "write"]
