"""Paths split into names, masked names tagged by their keyed hash (inventory.names)."""

from inventory.keys import name_hmac
from inventory.names import PathNames, concealed_name, is_name, masked_name, split_path, split_repeat

KEY = bytes(32)


def test_paths_split_into_names_keeping_a_url_server_and_message_numbers():
    assert split_path("社員/山田/a.zip!b.csv") == ("", ["社員", "/", "山田", "/", "a.zip", "!", "b.csv"])
    head, tokens = split_path("imap://mail.example.jp/INBOX/山田!1745000000:42")
    assert head == "imap://mail.example.jp/" and [t for t in tokens if is_name(t)] == ["INBOX", "山田"]


def test_a_masked_name_keeps_its_extension_after_the_tag():
    key = name_hmac(KEY, "履歴書_山田太郎.docx")
    assert masked_name("履歴書_山田太郎.docx", [(4, 8, "山 **")], key) == f"履歴書_山 **[{key[:8]}].docx"
    email = "taro@example.jp.eml"
    assert masked_name(email, [(0, len(email), "t***@example.jp.eml")], key) == f"t***@example.jp.eml[{key[:8]}]"


def test_known_names_are_shown_masked_without_detecting():
    key = name_hmac(KEY, "山田太郎")
    names = PathNames(KEY, {key: "山 **[tag]"})
    assert names.display("社員/山田太郎/給与.csv") == "社員/山 **[tag]/給与.csv"
    assert names.display("社員/鈴木/給与.csv") == "社員/鈴木/給与.csv"
    assert name_hmac(KEY, "123456789018") != name_hmac(b"x" * 32, "123456789018")


def test_a_repeated_child_name_is_masked_as_its_name_and_keeps_its_mark():
    key = name_hmac(KEY, "山田太郎.csv")
    names = PathNames(KEY, {key: "山 **[tag].csv"})
    assert names.display("書類.zip!山田太郎.csv#2") == "書類.zip!山 **[tag].csv#2"
    assert split_repeat("名簿.csv#12") == ("名簿.csv", "#12") and split_repeat("#3") == ("#3", "")


def test_names_met_in_a_stored_path_are_known_and_go_with_a_task_as_hints():
    names = PathNames(KEY, {})
    assert names.unknown("社員/山田太郎/給与.csv")
    names.learn("社員/山田太郎/給与.csv", "社員/山 **[tag]/給与.csv")
    assert not names.unknown("社員/山田太郎/給与.csv") and names.unknown("社員/山田太郎/賞与.csv")
    assert names.hints("社員/山田太郎/賞与.csv") == (("社員", "社員"), ("山田太郎", "山 **[tag]"))
    assert names.display("社員/山田太郎/賞与.csv") == "社員/山 **[tag]/賞与.csv"


def test_a_name_never_read_is_concealed_whole_but_its_extension():
    key = name_hmac(KEY, "山田太郎.pdf")
    assert concealed_name("山田太郎.pdf", key) == f"****[{key[:8]}].pdf"
    assert concealed_name(".bashrc", key) == f"****[{key[:8]}]"
