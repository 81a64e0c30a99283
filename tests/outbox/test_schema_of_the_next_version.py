"""A rollback meets a store the next version migrated: this version must keep reading it, filing into
it and delivering from it when the next version's changes were additive (its schema says this version
may), and refuse in one line, changing nothing, when they were not (offline_cache/schema.py)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter
from pathlib import Path

import pytest

from offline_cache.schema import SCHEMA_VERSION, SchemaTooNew
from tests.outbox.kit import application, make_client, make_outbox, make_worker, new_tracking, rating
from wiring.cli import main

NEXT = SCHEMA_VERSION + 1


def _migrate_as_the_next_version(db: Path, oldest_reader: str | None) -> None:
    """What a next release with an additive change does to the store: a new column with a default, a
    new table, its own rows in both, and its schema number; ``oldest_reader`` as it declares."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("BEGIN")
    conn.execute("ALTER TABLE items ADD COLUMN channel TEXT NOT NULL DEFAULT 'counter'")
    conn.execute("CREATE TABLE receipts (key TEXT PRIMARY KEY, printed_at REAL NOT NULL)")
    conn.execute("INSERT INTO receipts VALUES ('from-the-next-version', 1.5)")
    conn.execute(
        "INSERT INTO items (key, kind, personal, payload, state, created_at, next_attempt_at, state_changed_at,"
        " channel) VALUES ('rating-filed-by-next', 'rating', 0, ?, 'pending', 1.0, 1.0, 1.0, 'mobile')",
        (json.dumps({"tracking_number": "TNEXT", "score": 4}).encode(),),
    )
    if oldest_reader is None:
        conn.execute("DELETE FROM meta WHERE k = 'oldest_reader'")
    else:
        conn.execute("INSERT OR REPLACE INTO meta (k, v) VALUES ('oldest_reader', ?)", (oldest_reader,))
    conn.execute(f"PRAGMA user_version = {NEXT}")
    conn.execute("COMMIT")
    conn.close()


def test_a_store_the_next_version_extended_additively_is_read_filed_into_and_delivered_from(tmp_path: Path) -> None:
    from sandbox_platform.server import running_sandbox

    before = application(new_tracking(), attachments=1)
    outbox = make_outbox(tmp_path)
    outbox.submit(before)  # filed by this version, then the update to the next one...
    outbox.close()
    _migrate_as_the_next_version(tmp_path / "outbox.sqlite3", oldest_reader=str(SCHEMA_VERSION))

    outbox = make_outbox(tmp_path)  # ...rolled back: this version opens the next one's store
    after = rating(new_tracking())
    outbox.submit([after])
    assert outbox.status().pending == len(before) + 2
    with running_sandbox(tmp_path) as sandbox:
        client = make_client(sandbox, tmp_path)
        worker = make_worker(outbox, client)
        try:
            worker.drain_until_empty()
        finally:
            client.close()
        on_platform = Counter(sandbox.record_keys())
    outbox.close()

    keys = [*(i.key for i in before), "rating-filed-by-next", after.key]
    assert [on_platform[k] for k in keys] == [1] * len(keys)
    conn = sqlite3.connect(tmp_path / "outbox.sqlite3")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == NEXT  # not taken back
    assert conn.execute("SELECT * FROM receipts").fetchall() == [("from-the-next-version", 1.5)]
    channels = dict(conn.execute("SELECT key, channel FROM items").fetchall())
    assert channels["rating-filed-by-next"] == "mobile"
    assert channels[after.key] == "counter"  # this version's INSERT left the new column to its default
    assert {state for (state,) in conn.execute("SELECT state FROM items")} == {"delivered"}
    conn.close()


@pytest.mark.parametrize("oldest_reader", [str(NEXT), None], ids=["marked-not-for-older", "unmarked"])
def test_a_store_this_version_may_not_use_is_refused_with_one_line_and_left_as_it_was(
    tmp_path: Path, oldest_reader: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    outbox = make_outbox(tmp_path)
    outbox.submit(application(new_tracking()))
    outbox.close()
    db = tmp_path / "outbox.sqlite3"
    _migrate_as_the_next_version(db, oldest_reader)
    before = hashlib.sha256(db.read_bytes()).hexdigest()

    with pytest.raises(SchemaTooNew) as refused:
        make_outbox(tmp_path)
    site = tmp_path / "site.toml"
    site.write_text(f'[terminal]\ndata_dir = "{tmp_path}"\n'
                    f'[outbox]\npath = "{db}"\nkey_file = "{tmp_path}/outbox.key"\n')
    with pytest.raises(SystemExit) as exited:
        main(["outbox", "--config", str(site), "status"])

    err = capsys.readouterr().err.strip().splitlines()
    assert exited.value.code == 2
    assert err == [f"kiosk: outbox not opened: {refused.value}"]
    assert f"schema {NEXT}" in err[0] and "newer version" in err[0] and "Nothing was changed" in err[0]
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == NEXT
    conn.close()
