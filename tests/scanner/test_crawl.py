import os
import subprocess
import sys

from scanner.crawl import CrawlOptions, crawl
from scanner.limits import Limits


def entries(root, **options):
    return {e.uri: e for e in crawl(root, CrawlOptions(**options))}


def test_symlinks_are_recorded_not_followed_and_loops_end(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a/x.txt").write_text("x")
    os.symlink(tmp_path, tmp_path / "a/loop")
    found = entries(tmp_path)
    assert found["a/loop"].status == "skipped" and "symbolic link" in found["a/loop"].reason
    followed = entries(tmp_path, follow_symlinks=True)  # must terminate
    assert "a/x.txt" in followed


def test_lock_temp_and_system_files_are_skipped_with_a_reason(tmp_path):
    for name in ("~$名簿.xlsx", ".~lock.a.docx#", "作業.tmp", "Thumbs.db", "ok.txt"):
        (tmp_path / name).write_text("x")
    found = entries(tmp_path)
    assert {u for u, e in found.items() if e.status == "skipped"} == {
        "~$名簿.xlsx", ".~lock.a.docx#", "作業.tmp", "Thumbs.db"}
    assert found["ok.txt"].status == "ok"


def test_include_exclude_and_size_limit(tmp_path):
    (tmp_path / "keep").mkdir()
    (tmp_path / "backup").mkdir()
    (tmp_path / "keep/a.csv").write_text("a")
    (tmp_path / "keep/b.txt").write_text("b" * 2000)
    (tmp_path / "backup/c.csv").write_text("c")
    assert set(entries(tmp_path, exclude=("backup",))) == {"keep/a.csv", "keep/b.txt"}
    assert set(entries(tmp_path, include=("*.csv",))) == {"keep/a.csv", "backup/c.csv"}
    big = entries(tmp_path, limits=Limits(max_size=1000))["keep/b.txt"]
    assert big.status == "too_large" and "2000" in big.reason


def test_exclude_reaches_every_depth_the_top_included(tmp_path):
    """`*/総務/*` (issue 18, item 7): a 総務 folder at the top is excluded too, in the
    same dialect as ledger 対象パス (inventory.globs)."""
    for path in ("総務/名簿.csv", "本社/総務/旧/名簿.csv", "営業/顧客.csv", "営業/総務メモ.txt"):
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text("x")
    assert set(entries(tmp_path, exclude=("*/総務/*",))) == {"営業/顧客.csv", "営業/総務メモ.txt"}
    assert set(entries(tmp_path, exclude=("*.csv",))) == {"営業/総務メモ.txt"}
    assert set(entries(tmp_path, include=("営業",))) == {"営業/顧客.csv", "営業/総務メモ.txt"}


def test_non_utf8_file_names_are_shown_decoded(tmp_path):
    name = "社員名簿.csv".encode("cp932")
    with open(os.path.join(os.fsencode(tmp_path), name), "wb") as handle:
        handle.write(b"x")
    (entry,) = entries(tmp_path).values()
    assert entry.uri == "社員名簿.csv"
    assert open(entry.path, "rb").read() == b"x"  # the real path still opens


def test_maildir_messages_are_mail(tmp_path):
    for sub in ("cur", "new", "tmp"):
        (tmp_path / "Maildir" / sub).mkdir(parents=True)
    (tmp_path / "Maildir/cur/1.host:2,S").write_text("Subject: x\n\nbody")
    assert entries(tmp_path)["Maildir/cur/1.host:2,S"].is_mail


def test_permission_denied_is_recorded(nobody_tmp_path):
    """Run the crawl as an unprivileged user (root reads everything)."""
    tmp_path = nobody_tmp_path  # reachable by nobody (tests.unprivileged)
    (tmp_path / "open").mkdir()
    (tmp_path / "open/a.txt").write_text("a")
    (tmp_path / "closed").mkdir()
    (tmp_path / "closed/b.txt").write_text("b")
    (tmp_path / "secret.txt").write_text("s")
    os.chmod(tmp_path / "closed", 0o700)
    os.chmod(tmp_path / "secret.txt", 0o600)
    for path in (tmp_path, tmp_path / "open", tmp_path / "open/a.txt"):
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    code = ("import json,sys; from scanner.crawl import crawl; "
            "print(json.dumps({e.uri: [e.status, e.reason] for e in crawl(sys.argv[1])}))")
    command = [sys.executable, "-c", code, str(tmp_path)]
    if os.geteuid() == 0:
        command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
    out = subprocess.run(command, capture_output=True, text=True, check=True,
                         cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))),
                         env={**os.environ, "PYTHONPATH": os.getcwd()})
    import json

    found = json.loads(out.stdout)
    assert found["open/a.txt"][0] == "ok"
    assert found["closed"] == ["unreadable", "permission denied"]
    assert found["secret.txt"] == ["unreadable", "permission denied"]
