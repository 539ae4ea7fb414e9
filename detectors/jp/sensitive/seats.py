"""A seat in a group of a cause, read by the shape of its word rather than a list of
seats (beliefs24): after the group (〜を求める会, 〜反対の住民団体) and の or で, a short noun
ending in a role's ending — 〜人, 〜員, 〜長, 〜役, 〜係 with a word before it (世話役, 会計係,
事務局員, 支部長), or 〜担当, 〜委員, 〜代表, 〜幹事, 会計, 〜理事, スタッフ, メンバー,
ボランティア, リーダー (広報担当, 運営委員, 地区代表). What the writers of corpora 16–23
wrote — 世話人, 事務局長, 代表, 会員, 幹部, 呼びかけ人, 実行委員 — are all of this shape; an
eleventh office's 世話役, 会計 or 広報担当 is too."""

SEAT_WORD = (r"(?:の|で)(?:[一-龥ァ-ヺー]{1,4}?(?:人|員|長|役|係)|[一-龥ァ-ヺー]{0,4}?(?:担当|委員|代表|幹事|会計|理事"
             r"|スタッフ|メンバー|ボランティア|リーダー))(?![一-龥ァ-ヺー])")
# a time of one's involvement between the group and the verb (〜の運動に長年関わっている)
HOW_LONG = r"(?:長年|長く|ずっと|今も|以前から|昔から|熱心に|積極的に)?"
