"""Files with no personal data at all: timetables, procedures, price lists and
notices of the same organisations (what a share holds beside its rosters)."""

from __future__ import annotations

from benchmarks.corpus9 import render
from benchmarks.corpus9.base import Writer

NOTICES = [
    ("防災訓練のお知らせ", ["日時：11月第2日曜 午前9時から", "集合：各分団詰所前", "持ち物：活動服、ヘルメット、水筒",
                      "雨天の場合は屋内で応急手当講習を行います。"]),
    ("送迎車の運行について", ["年末年始は送迎ルートを一部変更します。", "月水金の第2便は10分早く出発します。",
                        "車内は禁煙です。", "シートベルトの着用をお願いします。"]),
    ("乗務前アルコール検査の手順", ["検知器の電源を入れ、30秒待ってから息を吹き込む。", "結果は運航管理システムに自動で送られる。",
                            "0.00 mg/L 以外の場合は乗務できない。"]),
    ("レッスン料金表", ["半日レッスン 6,000円", "1日レッスン 10,000円", "キッズ（4〜12歳）半日 5,000円", "レンタル一式 4,500円"]),
    ("入学説明会のご案内", ["日本語能力試験N5レベル以上が目安です。", "説明会は毎月第1土曜日 14:00から。", "学費は年額72万円です。"]),
    ("漁獲量月報（組合全体）", ["するめいか 12.4 t", "さば 30.1 t", "ぶり 8.7 t", "前年同月比 94%"]),
    ("作業安全の手引き", ["チェーンソー作業時は防護ズボンを着用する。", "かかり木の処理は二人以上で行う。", "蜂に刺されたら作業を中止する。"]),
    ("パーティー進行表", ["18:30 受付開始", "19:00 乾杯・自己紹介タイム", "20:00 フリータイム", "20:45 カップル発表"]),
    ("投票所設営チェックリスト", ["記載台の数を確認", "投票箱の施錠を確認（鍵は2本）", "点字器の準備", "車椅子用スロープの設置"]),
    ("お預かり鍵の管理規程", ["鍵は事務所の金庫で保管する。", "持出しは作業当日の朝、記録簿に記入する。", "紛失時は直ちに責任者へ報告する。"]),
    ("シッター業務の流れ", ["訪問前日に確認の連絡", "訪問時に給餌・給水・トイレ清掃", "写真付き報告をアプリで送信"]),
    ("PTA総会 議事次第", ["1 開会のことば", "2 会長あいさつ", "3 令和7年度 活動報告・決算報告", "4 令和8年度 役員承認", "5 閉会"]),
]
MENU = [["曜日", "主菜", "副菜"], ["月", "鯖の味噌煮", "ひじき煮"], ["火", "鶏の照り焼き", "ほうれん草のおひたし"],
        ["水", "麻婆豆腐", "中華スープ"], ["木", "カレーライス", "福神漬"], ["金", "焼き魚", "豚汁"]]
TIMETABLE = [["便", "出発", "経由", "到着"], ["1便", "7:00", "駅前ロータリー", "7:40"], ["2便", "7:30", "市役所前", "8:10"],
             ["3便", "12:30", "港南団地", "13:10"]]


def clean_files(w: Writer, files: int):
    docs = []
    for n in range(files):
        title, lines = NOTICES[n % len(NOTICES)]
        kind = n % 6
        if kind == 0:
            docs.append(w.doc(f"共有/お知らせ_{n:02d}.txt", render.txt("x", [title, "", *lines])))
        elif kind == 1:
            docs.append(w.doc(f"共有/手順_{n:02d}.docx", render.docx_("x", [("p", title)] + [("p", l) for l in lines])))
        elif kind == 2:
            docs.append(w.doc(f"共有/献立_{n:02d}.xlsx", render.xlsx("x", [("献立", MENU)])))
        elif kind == 3:
            docs.append(w.doc(f"共有/時刻表_{n:02d}.csv", render.csv("x", TIMETABLE)))
        elif kind == 4:
            docs.append(w.doc(f"共有/資料_{n:02d}.pdf", render.pdf("x", [[title, "", *lines]])))
        else:
            blocks = [("h", title)] + [("p", line) for line in lines]
            docs.append(w.doc(f"共有/案内_{n:02d}.html", render.html("x", title, blocks)))
    return docs
