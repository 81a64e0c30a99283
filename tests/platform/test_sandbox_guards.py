"""The sandbox platform's own promises: one record per key however slow, admin only for this machine."""

from __future__ import annotations

import json

import requests

from sandbox_platform.app import SandboxState, create_app
from sandbox_platform.storage import PlatformStore


def test_a_retry_during_a_first_request_slower_than_any_timeout_gets_409_not_a_second_record(tmp_path):
    store = PlatformStore(tmp_path / "p.sqlite3")
    assert store.begin_item("T", "k1", "d", now=1000.0) is None
    retry = store.begin_item("T", "k1", "d", now=1000.0 + 3600)  # the first request is still running
    assert retry is not None and retry.status == 409
    first = store.finish_item("T", "k1", "rating", {"score": 5}, now=1000.0 + 3601)
    replay = store.begin_item("T", "k1", "d", now=1000.0 + 3602)
    assert replay is not None and replay.replayed and replay.body == first.body
    assert store.record_keys() == ["k1"]


def test_a_key_whose_first_request_died_with_the_server_is_taken_over_after_a_restart(tmp_path):
    store = PlatformStore(tmp_path / "p.sqlite3")
    assert store.begin_item("T", "k1", "d", now=1000.0) is None
    store.close()  # the process died mid-request
    restarted = PlatformStore(tmp_path / "p.sqlite3")
    assert restarted.begin_item("T", "k1", "d", now=1001.0) is None
    restarted.finish_item("T", "k1", "rating", {"score": 5}, now=1002.0)
    assert restarted.record_keys() == ["k1"]


def test_the_platform_store_syncs_fully(tmp_path):
    store = PlatformStore(tmp_path / "p.sqlite3")
    assert store._conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_admin_endpoints_refuse_a_request_without_the_token(sandbox):
    assert requests.get(sandbox.url + "/admin/records", timeout=5).status_code == 401
    resp = requests.post(sandbox.url + "/admin/faults", json={"mode": "error500"}, timeout=5)
    assert resp.status_code == 401
    assert sandbox.state.faults.draw() is None  # nothing was injected


def test_admin_endpoints_answer_on_loopback_with_the_token(sandbox):
    token = sandbox.admin_token_file.read_text().strip()
    headers = {"Authorization": f"Bearer {token}"}
    resp = requests.get(sandbox.url + "/admin/records", headers=headers, timeout=5)
    assert resp.status_code == 200
    assert oct(sandbox.admin_token_file.stat().st_mode & 0o777) == "0o600"


def test_admin_endpoints_refuse_other_addresses_even_with_the_token(tmp_path):
    state = SandboxState(PlatformStore(tmp_path / "p.sqlite3"))
    client = create_app(state).test_client()
    headers = {"Authorization": f"Bearer {state.admin_token}"}
    resp = client.post(
        "/admin/faults", data=json.dumps({"mode": "error500"}), headers=headers,
        environ_base={"REMOTE_ADDR": "10.1.2.3"},
    )
    assert resp.status_code == 403
    assert state.faults.draw() is None
