"""What an admin reads when a mailbox or share cannot be reached: Japanese first,
English with --lang en. One table, to be moved into the message catalogue.

No message takes a password: the parameters are hosts, paths, user names and
the reason a library gave, nothing from a credential.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "login_failed": {
        "ja": "{root}: ログインできませんでした (ユーザー名またはパスワードが違います)。資格情報を確認してください。",
        "en": "{root}: login failed (wrong user name or password); check the credentials.",
    },
    "unreachable": {
        "ja": "{root}: サーバーに接続できません ({detail})。ホスト名・ポート・ネットワークを確認してください。",
        "en": "{root}: cannot connect to the server ({detail}); check the host, port and network.",
    },
    "tls_failed": {
        "ja": "{root}: TLS で接続できません ({detail})。証明書を確認してください (社内 CA は SSL_CERT_FILE で指定)。",
        "en": "{root}: TLS connection failed ({detail}); check the certificate (an internal CA goes in SSL_CERT_FILE).",
    },
    "no_starttls": {
        "ja": "{root}: サーバーが STARTTLS に対応していないため接続しません (パスワードを平文で送らないため)。imaps:// を使ってください。",
        "en": "{root}: the server does not offer STARTTLS; not connecting (a password is never sent in clear). Use imaps://.",
    },
    "no_user": {
        "ja": "{root}: ユーザー名がありません。URL に user@ を書くか、資格情報ファイルに login を書いてください。",
        "en": "{root}: no user name; put user@ in the URL or a login in the credentials file.",
    },
    "no_password": {
        "ja": "{root}: パスワードが見つかりません。資格情報ファイル (--credentials, 0600)、環境変数 {env}、"
              "またはキーリング (サービス daicho, 名前 {name}) で指定してください。",
        "en": "{root}: no password found; give it in a credentials file (--credentials, mode 0600), "
              "the environment variable {env}, or the keyring (service daicho, name {name}).",
    },
    "credentials_mode": {
        "ja": "資格情報ファイル {path} は所有者以外も読み書きできます (モード {mode})。使いません。chmod 600 {path} としてください。",
        "en": "credentials file {path} is open to others (mode {mode}); not used. Run chmod 600 {path}.",
    },
    "credentials_unreadable": {
        "ja": "資格情報ファイル {path} を読めません ({detail})。",
        "en": "cannot read the credentials file {path} ({detail}).",
    },
    "password_in_url": {
        "ja": "{root}: URL にパスワードを書かないでください (コマンド行やログに残ります)。資格情報ファイル・環境変数・キーリングを使ってください。",
        "en": "{root}: do not put a password in the URL (it stays in shell history and logs); "
              "use a credentials file, an environment variable or the keyring.",
    },
    "bad_url": {
        "ja": "{root}: URL の形式が正しくありません ({detail})。例: imaps://user@mail.example.jp/INBOX, smb://server/share/人事",
        "en": "{root}: not a valid URL ({detail}); e.g. imaps://user@mail.example.jp/INBOX, smb://server/share/人事",
    },
    "folder_unreadable": {
        "ja": "{root}: フォルダ {folder} を読めません ({detail})。以前の検出は残します。",
        "en": "{root}: cannot read the folder {folder} ({detail}); earlier findings are kept.",
    },
    "reveal_remote": {
        "ja": "メールボックスや共有上の値の再表示 (--reveal) にはまだ対応していません。場所と位置から元のメール・ファイルを開いてください。",
        "en": "--reveal does not yet re-read mailboxes and shares; open the mail or file at the path and location shown.",
    },
    "connection_lost": {
        "ja": "{root}: 接続が切れました ({detail})。読めなかった分は次回のスキャンで読みます。",
        "en": "{root}: the connection was lost ({detail}); what was not read is read by the next scan.",
    },
}


def text(key: str, lang: str, **params: object) -> str:
    table = MESSAGES[key]
    return table.get(lang, table["ja"]).format(**params)
