"""Versioned schema migrations: sqlite-utils' `Migrations`, applied in order, each
in a transaction with the record that it ran (table `_sqlite_migrations`)."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from inventory.root_counts import recount
from inventory.transactions import transaction

MIGRATIONS = Migrations("daicho")
migration = MIGRATIONS()
LEGACY_TABLE = "_migrations"  # where daicho recorded them before sqlite-utils 4
SUBJECTS_SINCE = "subjects_history_after"  # inventory_meta: data subjects' history is exact after this scan


@migration
def m001_initial(db: Database) -> None:
    db["scans"].create({
        "id": int, "started": str, "finished": str, "roots": str, "rules_version": str,
        "status": str, "pid": int, "host": str, "objects_seen": int, "objects_extracted": int,
        "objects_reused": int, "objects_failed": int, "findings": int,
    }, pk="id")
    db["objects"].create({
        "id": int, "root": str, "uri": str, "parent_id": int, "top_id": int, "kind": str,
        "format": str, "size": int, "mtime": float, "sha256": str, "owner": str, "mode": str,
        "encoding": str, "status": str, "error": str, "rules_version": str,
        "first_seen_scan": int, "last_seen_scan": int, "extracted_scan": int, "deleted_scan": int,
    }, pk="id", foreign_keys=[("parent_id", "objects", "id")])
    db["objects"].create_index(["root", "uri"], unique=True)
    db["objects"].create_index(["top_id"])
    db["findings"].create({
        "id": int, "object_id": int, "entity_type": str, "category": str, "value_hmac": str,
        "masked": str, "score": float, "detector": str, "location": str, "occurrences": int,
        "first_scan_id": int, "last_scan_id": int,
    }, pk="id", foreign_keys=[("object_id", "objects", "id")])
    db["findings"].create_index(["object_id", "entity_type", "value_hmac", "first_scan_id"], unique=True)
    db["findings"].create_index(["last_scan_id"])


@migration
def m002_findings_by_object_and_scan(db: Database) -> None:
    # carrying findings forward filters by object and last scan together
    db["findings"].create_index(["object_id", "last_scan_id"])


@migration
def m003_ledger_and_outcomes(db: Database) -> None:
    db["ledger_imports"].create({
        "id": int, "imported": str, "source": str, "sha256": str, "entries": int,
    }, pk="id")
    db["ledger_entries"].create({
        "id": int, "import_id": int, "row": int, "name": str, "ledger_values": str,
        "extra": str, "paths": str, "start_date": str,
    }, pk="id", foreign_keys=[("import_id", "ledger_imports", "id")])
    db["outcomes"].create({
        "id": int, "scan_id": int, "kind": str, "root": str, "uri": str, "entry_id": int,
        "details": str,
    }, pk="id")
    db["outcomes"].create_index(["scan_id", "kind"])


@migration
def m004_triage(db: Database) -> None:
    # append-only: the audit trail; the latest, most specific verdict applies
    db["triage"].create({
        "id": int, "created": str, "who": str, "verdict": str, "note": str, "target_kind": str,
        "root": str, "uri": str, "entity_type": str, "value_hmac": str, "glob": str,
    }, pk="id")


@migration
def m005_scan_kind(db: Database) -> None:
    # "full" scans of roots (reports compare these) and "watch" batches of paths
    db["scans"].add_column("kind", str, not_null_default="full")


@migration
def m006_object_summary(db: Database) -> None:
    # counts per type, distinct people, categories, 個人情報データベース等, risk (JSON)
    db["objects"].add_column("summary", str)
    db["objects"].add_column("risk", str)


@migration
def m007_objects_by_scan(db: Database) -> None:
    # a watch batch finds what it recorded by its scan id
    db["objects"].create_index(["last_seen_scan"])


@migration
def m008_remote_sources(db: Database) -> None:
    # SMB: whether Everyone / Domain Users may read the file, and a change token
    # besides size + mtime (its owner and readers: a permission change alone re-reads it)
    db["objects"].add_column("world_readable", int)
    db["objects"].add_column("change_token", str)


@migration
def m009_ocr_pages(db: Database) -> None:
    # pages (or images) read by OCR, per object and per scan (issue 19)
    db["objects"].add_column("ocr_pages", int, not_null_default=0)
    db["scans"].add_column("ocr_pages", int, not_null_default=0)


@migration
def m010_key_fingerprint(db: Database) -> None:
    # which HMAC key made the hashes (inventory.keys.key_for): name -> value
    db["inventory_meta"].create({"name": str, "value": str}, pk="name")


@migration
def m011_subjects(db: Database) -> None:
    # The people of each object's latest extraction (inventory.subjects), keyed hashes
    # only; replaced when the object is read again, untouched while it is unchanged.
    db["subjects"].create({
        "id": int, "object_id": int, "person_id": int, "strong": int, "name_key": str, "name_script": str,
        "types": str, "locations": str, "first_scan_id": int,
    }, pk="id", foreign_keys=[("object_id", "objects", "id")])
    db["subjects"].create_index(["object_id"])
    db["subjects"].create_index(["person_id"])
    db.execute("create index subjects_unresolved on subjects (id) where person_id is null")
    db["subject_keys"].create({"subject_id": int, "kind": str, "key": str},
                              pk=("subject_id", "kind", "key"), foreign_keys=[("subject_id", "subjects", "id")])
    db["subject_keys"].create_index(["key", "kind"])
    db["people_dirty"].create({"person_id": int}, pk="person_id")  # persons that lost a subject
    # Objects read before have no subjects: the next scan reads them again (once).
    db.execute("update objects set rules_version = null")


@migration
def m012_reading_marks(db: Database) -> None:
    # objects handed to a worker and not yet recorded (inventory.reading_marks)
    db["reading_marks"].create({
        "root": str, "uri": str, "size": int, "mtime": float, "change_token": str,
        "scan_id": int, "pid": int, "isolated": int, "since": str,
    }, pk=("root", "uri"))


@migration
def m013_object_reason(db: Database) -> None:
    # the code of why an object was not read (inventory.reasons), beside its phrase
    db["objects"].add_column("reason", str)


@migration
def m014_findings_end(db: Database) -> None:
    # Issue 14.3: a finding is present from first_scan_id until ended_scan (NULL while
    # present), so an unchanged object costs no write; an object records the last scan
    # that wrote it (recorded_scan) and, after a failed read, since when its findings
    # are not verified (unverified_scan). A finding that is not current ended with the
    # scan after the last that saw it: "present in scan N" answers as before.
    db["findings"].add_column("ended_scan", int)
    db.execute("""
        update findings set ended_scan = last_scan_id + 1 where not exists (
          select 1 from objects o where o.id = findings.object_id and o.deleted_scan is null
          and o.last_seen_scan = findings.last_scan_id)""")
    db.execute("drop index if exists idx_findings_last_scan_id")
    db.execute("drop index if exists idx_findings_object_id_last_scan_id")
    db.execute("alter table findings drop column last_scan_id")
    db["findings"].create_index(["object_id", "ended_scan"])
    db["findings"].create_index(["first_scan_id"])
    db.execute("drop index if exists idx_objects_last_seen_scan")
    db.execute("alter table objects rename column last_seen_scan to recorded_scan")
    db["objects"].create_index(["recorded_scan"])
    db["objects"].add_column("unverified_scan", int)


@migration
def m015_masked_names(db: Database) -> None:
    # Issue 13.7: a name in a path with personal data is stored masked with a keyed tag
    # (inventory.names); its keyed hash and masked form, so a walk shows it the same.
    db["names"].create({"name_key": str, "masked": str}, pk="name_key")


@migration
def m016_subjects_end(db: Database) -> None:
    # Issue 17: a data subject is present from added_scan until ended_scan (NULL while
    # present), like a finding, so `impact --as-of` counts the people of then. Subjects
    # written before held only their object's latest reading: present since the object
    # was first seen, ended with its deletion. As of a scan before the last one then
    # (recorded as SUBJECTS_SINCE) an object read again since is counted from that
    # reading; `impact` says how many objects that may be (inventory.impact).
    db["subjects"].add_column("added_scan", int)
    db["subjects"].add_column("ended_scan", int)
    db.execute("""
        update subjects set (added_scan, ended_scan) = (
          select o.first_seen_scan, o.deleted_scan from objects o where o.id = subjects.object_id)""")
    db.execute("drop index if exists idx_subjects_object_id")
    db["subjects"].create_index(["object_id", "ended_scan"])
    db["inventory_meta"].insert(
        {"name": SUBJECTS_SINCE, "value": str(db.execute("select coalesce(max(id), 0) from scans").fetchone()[0])},
        replace=True)


@migration
def m017_folder_listings(db: Database) -> None:
    # Issue 14: an unchanged rescan compares each folder's files with a keyed digest of
    # them as the last complete scan of the root confirmed them (inventory.listings);
    # a folder is trusted until a later scan writes to an object in it: the objects
    # written since a scan are found by these indexes (and a scan's counts are those
    # of the last scan of its roots when none was; what a scan extracted, by the last).
    db["listings"].create({"root": str, "key": str, "folder": str, "digest": bytes, "files": int},
                          pk=("root", "key"))
    db["listing_roots"].create({"root": str, "scan_id": int}, pk="root")
    db["objects"].create_index(["deleted_scan"])
    db["objects"].create_index(["unverified_scan"])
    db["objects"].create_index(["extracted_scan"])
    # the objects a complete scan must have met, counted on an index of their own
    db.execute("create index objects_live_top on objects (root, recorded_scan) "
               "where parent_id is null and deleted_scan is null")


@migration
def m018_root_counts(db: Database) -> None:
    # Issue 14: live objects by root, status and level, and their open findings by root,
    # kept as they are written (inventory.root_counts): a scan of whole roots reads its
    # counts there. Counted here once from what the inventory holds.
    db["object_counts"].create({"root": str, "status": str, "top": int, "objects": int},
                               pk=("root", "status", "top"))
    db["finding_counts"].create({"root": str, "findings": int}, pk="root")
    recount(db)


@migration
def m019_contact_holders(db: Database) -> None:
    # Issue 12 (recur25): a one-holder contact's people in its object, as keyed hashes
    # (inventory.own_contacts): whether it is the organisation's own is derived from them
    # across a folder's objects when asked. NULL for findings written before: never set aside.
    db["findings"].add_column("holders", str)
    db.execute("create index findings_holders on findings (object_id) where holders is not null")


@migration
def m020_own_values(db: Database) -> None:
    # Issue 12 (share28): the one-holder contacts an object's own rules set aside as the
    # organisation's (its letterhead read within the file), as keyed hashes: they still count
    # toward the objects a contact recurs in (inventory.own_contacts). NULL: none, or read before.
    db["objects"].add_column("own_values", str)
    db.execute("create index objects_own_values on objects (root) where own_values is not null")


def _adopt_legacy_record(db: Database) -> None:
    """Inventories made before sqlite-utils 4 recorded migrations in `_migrations`:
    record those as applied in sqlite-utils' table, so none runs twice."""
    MIGRATIONS.ensure_migrations_table(db)
    db[MIGRATIONS.migrations_table].insert_all(
        ({"migration_set": MIGRATIONS.name, "name": row["name"], "applied_at": row["applied"]}
         for row in db[LEGACY_TABLE].rows), ignore=True)
    db[LEGACY_TABLE].drop()


def apply_migrations(db: Database) -> list[str]:
    """Apply what is pending; returns the names applied. Nothing pending (the usual
    case) costs a read; otherwise the write lock is taken first, so that of two
    processes opening the inventory at once the second finds the work done."""
    legacy = LEGACY_TABLE in db.table_names()
    if not legacy and not MIGRATIONS.pending(db):
        return []
    with transaction(db):
        if legacy and LEGACY_TABLE in db.table_names():
            _adopt_legacy_record(db)
        pending = [m.name for m in MIGRATIONS.pending(db)]
        MIGRATIONS.apply(db)
    return pending
