"""The fourth corpus (issue 12): the held-out evaluation set after corpus 3. Office
files in habits of its own (年末調整 and 源泉徴収票, 資格取得届 drafts, 入居申込書,
管理組合・PTA・同窓会 名簿, 保険代理店の契約者一覧, 介護記録 and ケアプラン, 診療情報提供書,
顧客カルテ, 苦情対応記録, 応募者管理, 入館記録, 研修名簿, 実習生管理表, 内示メール,
後援会・宗教法人・労組の会計, 事件メモ) and formats (pptx, odt, ods, rtf, 7z, a mail
forwarded with the original attached, zips in a zip, hidden columns and sheets,
semicolon CSV, CP932 TSV), with a truth record for every planted value and
look-alike. It shares no name, place or phrase list with corpora 2 and 3, and no
rule is tuned on it.

`build.write(out, seed, scale)` writes OUT/tree and OUT/truth.jsonl;
`python -m benchmarks.corpus4 OUT` does the same from the shell."""

from benchmarks.corpus4.build import DEFAULT_SEED, generate, truth_records, write

__all__ = ["DEFAULT_SEED", "generate", "truth_records", "write"]
