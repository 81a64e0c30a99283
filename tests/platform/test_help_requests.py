"""呼叫工作人员 through the real outbox, sync worker and sandbox platform: staff see the call and
acknowledge it, the terminal reads the acknowledgement, and a call made offline arrives once."""

from __future__ import annotations

import json
import urllib.request
from datetime import UTC, datetime
from typing import Any

from kiosk.clock import ManualClock
from kiosk.help import HelpDesk, HelpState
from tests.outbox.kit import make_worker, wait_until


def _staff(sandbox: Any, path: str, body: dict[str, Any] | None = None) -> tuple[int, dict[str, Any]]:
    request = urllib.request.Request(
        f"{sandbox.url}/staff/{path}",
        data=json.dumps(body).encode() if body is not None else None,
        headers={"Authorization": f"Bearer {sandbox.state.admin_token}", "Content-Type": "application/json"},
        method="POST" if body is not None else "GET",
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


def _desk(outbox: Any) -> HelpDesk:
    clock = ManualClock(datetime(2026, 3, 5, 9, 30, tzinfo=UTC))
    return HelpDesk(terminal_id="DEMO-0001", site_name="演示大厅", clock=clock, outbox=outbox,
                    new_id=lambda: "help-0001")


def test_a_help_call_reaches_staff_with_no_personal_data_and_their_acknowledgement_comes_back(sandbox, outbox, client):
    desk = _desk(outbox)
    worker = make_worker(outbox, client)
    worker.start()
    try:
        assert desk.raise_call("form") is HelpState.CALLING
        assert wait_until(lambda: outbox.status().pending == 0)
        status, listed = _staff(sandbox, "help-requests?state=open")
        assert status == 200
        (call,) = listed["help_requests"]
        assert (call["request_id"], call["screen"], call["site"]) == ("help-0001", "form", "演示大厅")
        assert set(call) == {"request_id", "terminal_id", "site", "screen", "raised_at", "received_at", "state",
                             "acknowledged_at", "acknowledged_by"}
        assert client.help_status("help-0001").value["state"] == "open"
        assert _staff(sandbox, "help-requests/help-0001/ack", {"by": "窗口3"})[0] == 200
        assert desk.note_platform_state("help-0001", client.help_status("help-0001").value)
        assert desk.state(platform_reachable=True) is HelpState.ACKNOWLEDGED
    finally:
        worker.stop()


def test_a_call_made_while_the_platform_is_down_is_queued_and_delivered_once(sandbox, outbox, client):
    sandbox.fail("down")
    desk = _desk(outbox)
    worker = make_worker(outbox, client)
    worker.start()
    try:
        desk.raise_call("identify")
        assert desk.state(platform_reachable=worker.status().platform_reachable) is HelpState.QUEUED
        assert outbox.status().pending == 1
        sandbox.heal()
        assert wait_until(lambda: outbox.status().pending == 0, timeout_s=60)
    finally:
        worker.stop()
    assert [r["payload"]["request_id"] for r in sandbox.records("help_request")] == ["help-0001"]
    assert len(_staff(sandbox, "help-requests")[1]["help_requests"]) == 1


def test_a_cancelled_call_cannot_be_acknowledged(sandbox, outbox, client):
    desk = _desk(outbox)
    worker = make_worker(outbox, client)
    worker.start()
    try:
        desk.raise_call("review")
        desk.cancel()
        assert wait_until(lambda: outbox.status().pending == 0)
    finally:
        worker.stop()
    status, body = _staff(sandbox, "help-requests/help-0001/ack", {"by": "staff"})
    assert status == 409 and body["state"] == "cancelled"


def test_staff_endpoints_need_the_admin_token(sandbox):
    request = urllib.request.Request(f"{sandbox.url}/staff/help-requests")
    try:
        urllib.request.urlopen(request, timeout=5)
        raise AssertionError("answered without a token")
    except urllib.error.HTTPError as exc:
        assert exc.code == 401
