"""The sandbox platform's HTTP API (documented in docs/platform-api.yaml) as a Flask app."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import importlib
import ipaddress
import json
import logging
import secrets
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from flask import Flask, Response, g, request

from sandbox_platform.appointments import SlotTaken, TooLate
from sandbox_platform.auth import AuthError, verify
from sandbox_platform.demo_data import elicenses_for, record_for
from sandbox_platform.faults import Fault, Faults
from sandbox_platform.fleet_api import FleetState, register_fleet_routes  # also serves /v1/catalog
from sandbox_platform.keys import KeyRegistry
from sandbox_platform.storage import PlatformStore

log = logging.getLogger(__name__)
MAX_BATCH = 500
# Enrolment is how a terminal gets a key; its one-time code is what authenticates it.
UNSIGNED_PATHS = frozenset({"/v1/enrol"})


@dataclass
class SandboxState:
    store: PlatformStore
    faults: Faults = field(default_factory=Faults)
    clock_offset_s: float = 0.0
    down: bool = False
    # /admin/* wants this as "Authorization: Bearer …", and only from a loopback address.
    admin_token: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    go_down: Callable[[float | None], None] = lambda _duration: None
    # Terminals' keys, enrolment codes and the live catalog; in memory unless the server gives a file.
    fleet: FleetState = field(default_factory=lambda: FleetState(KeyRegistry(":memory:")))

    def now(self) -> float:
        return time.time() + self.clock_offset_s


def _today(state: SandboxState) -> date:
    return datetime.fromtimestamp(state.now()).date()


def _optional(module: str, function: str) -> dict[str, Any]:
    """Catalog and trust list come from sibling modules other engineers own; absent means empty.

    Named from ``__package__`` so that they resolve in the installed sandbox wheel too.
    """
    try:
        loaded = importlib.import_module(module)
        value = getattr(loaded, function)()
    except (ImportError, AttributeError):
        return {}
    return dict(value)


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    body = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    return Response(body, status=status, headers=headers or {}, content_type="application/json")


def _canonical_digest(payload: Any) -> str:
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def _drop_connection() -> None:
    sock = request.environ.get("werkzeug.socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)


def _etagged(data: Any) -> Response:
    body = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    if request.headers.get("If-None-Match") == etag:
        return Response(status=304, headers={"ETag": etag})
    return Response(body, headers={"ETag": etag}, content_type="application/json")


def _admin_gate(state: SandboxState) -> Response | None:
    """Faults, clock and records are for tests and technicians on this machine, never the network."""
    try:
        loopback = ipaddress.ip_address(request.remote_addr or "").is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        return _json({"error": "admin endpoints answer only on the loopback address"}, 403)
    given = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), state.admin_token.encode()):
        return _json({"error": "admin token missing or wrong"}, 401)
    return None


def create_app(state: SandboxState) -> Flask:
    app = Flask("sandbox_platform")
    store = state.store

    @app.before_request
    def _gate() -> Response | None:
        # Read the whole body first: a keep-alive connection must be drained before the next request.
        body = request.get_data(cache=True)
        if request.path.startswith(("/admin/", "/staff/")):
            return _admin_gate(state)
        if not request.path.startswith("/v1/"):
            return None
        unsigned = request.path in UNSIGNED_PATHS
        if state.down:
            _drop_connection()
            return _json({"error": "down"}, 503)
        fault = state.faults.draw()
        g.fault = fault
        if fault is not None and fault.mode == "error500":
            return _json({"error": "injected_failure"}, 500)
        if fault is not None and fault.mode == "rate_limit":
            return _json({"error": "slow_down"}, 429, {"Retry-After": str(fault.retry_after_s)})
        if fault is not None and fault.mode == "slow" and not request.path.startswith("/v1/items/"):
            time.sleep(fault.delay_s)
        if unsigned:
            return None
        try:
            g.terminal = verify(
                dict(request.headers),
                request.method,
                request.environ.get("RAW_URI") or request.full_path.rstrip("?"),
                body,
                state.now(),
                state.fleet.keys.public_key,
                lambda t, n: store.remember_nonce(t, n, state.now(), 300.0),
            )
        except AuthError as exc:
            return _json({"error": str(exc)}, 401)
        return None

    @app.after_request
    def _maybe_drop(resp: Response) -> Response:
        fault: Fault | None = g.get("fault")
        if fault is not None and fault.mode == "drop_after_commit" and resp.status_code < 300:
            _drop_connection()
        return resp

    register_fleet_routes(app, state.fleet, state.now)

    @app.get("/v1/ping")
    def ping() -> Response:
        return _json({"ok": True, "time": state.now()})

    @app.post("/v1/items/<kind>")
    def post_item(kind: str) -> Response:
        key = request.headers.get("Idempotency-Key", "")
        if not key:
            return _json({"error": "Idempotency-Key header missing"}, 400)
        try:
            payload = json.loads(request.get_data())
        except ValueError:
            return _json({"error": "body is not JSON"}, 400)
        answer = store.begin_item(g.terminal, key, _canonical_digest(payload), state.now())
        if answer is None:
            fault: Fault | None = g.get("fault")
            if fault is not None and fault.mode == "slow":
                time.sleep(fault.delay_s)  # between claim and commit, so a concurrent retry sees 409
            answer = store.finish_item(g.terminal, key, kind, payload, state.now())
        headers = {"Idempotent-Replayed": "true"} if answer.replayed else {}
        return _json(dict(answer.body), answer.status, headers)

    @app.post("/v1/batch")
    def post_batch() -> Response:
        try:
            data = json.loads(request.get_data())
            items = [
                (str(i["key"]), str(i["kind"]), i["payload"], _canonical_digest(i["payload"])) for i in data["items"]
            ]
        except (ValueError, KeyError, TypeError):
            return _json({"error": "batch body must be {items: [{key, kind, payload}]}"}, 400)
        if len(items) > MAX_BATCH:
            return _json({"error": f"at most {MAX_BATCH} items per batch"}, 413)
        if any(not key for key, _, _, _ in items):
            return _json({"error": "every item needs a key"}, 400)
        answers = store.apply_batch(g.terminal, items, state.now())
        results = [{"key": key, "status": a.status, "body": dict(a.body), "replayed": a.replayed} for key, a in answers]
        return _json({"results": results})

    @app.get("/v1/trust-list")
    def trust_list() -> Response:
        return _etagged(_optional(f"{__package__}.issuer", "trust_list"))

    @app.get("/v1/progress/<tracking>")
    def progress(tracking: str) -> Response:
        return _etagged(store.progress(tracking, state.now()))

    @app.post("/v1/elicenses/query")
    def elicenses() -> Response:
        try:
            number = str(json.loads(request.get_data())["document_number"])
        except (ValueError, KeyError, TypeError):
            return _json({"error": "body must be {document_number}"}, 400)
        return _etagged({"elicenses": elicenses_for(number)})

    @app.post("/v1/applications/query")
    def applications() -> Response:
        # POST, like the e-license query: the document number stays out of URLs and access logs.
        try:
            number = str(json.loads(request.get_data())["document_number"])
        except (ValueError, KeyError, TypeError):
            return _json({"error": "body must be {document_number}"}, 400)
        return _etagged({"applications": store.applications_of(number, state.now())})

    @app.post("/v1/records/query")
    def record() -> Response:
        """查询打印: the citizen's record behind one catalog item (社保证明, 公积金明细, 不动产查询…)."""
        try:
            data = json.loads(request.get_data())
            number, item = str(data["document_number"]), str(data["item_code"])
        except (ValueError, KeyError, TypeError):
            return _json({"error": "body must be {document_number, item_code}"}, 400)
        region = item.split("-", 1)[0]
        from sandbox_platform.catalog_data import regions as rg

        name = rg.full_name(region) if region in dict.fromkeys(c for c, _, _ in rg.REGIONS) else ""
        found = record_for(number, item, name, _today(state).isoformat(), region)
        if found is None:
            return _json({"error": "no_such_record_item"}, 404)
        return _json({"record": found})

    @app.get("/v1/appointments/slots")
    def appointment_slots() -> Response:
        try:
            day = date.fromisoformat(request.args.get("date", ""))
        except ValueError:
            return _json({"error": "date must be YYYY-MM-DD"}, 400)
        item = request.args.get("item", "")
        if not item:
            return _json({"error": "item missing"}, 400)
        return _json(store.appointment_slots(item, day, _today(state)))

    @app.post("/v1/appointments")
    def book_appointment() -> Response:
        key = request.headers.get("Idempotency-Key", "")
        if not key:
            return _json({"error": "Idempotency-Key header missing"}, 400)
        try:
            payload = json.loads(request.get_data())
        except ValueError:
            return _json({"error": "body is not JSON"}, 400)
        answer = store.begin_item(g.terminal, key, _canonical_digest(payload), state.now())
        if answer is not None:
            return _json(dict(answer.body), answer.status, {"Idempotent-Replayed": "true"} if answer.replayed else {})
        try:
            body, status = store.book_appointment(payload, _today(state), state.now()), 201
        except SlotTaken:
            body, status = {"error": "slot_taken"}, 409
        except (ValueError, KeyError, TypeError) as exc:
            body, status = {"error": f"bad appointment request: {exc}"}, 400
        store.settle_key(g.terminal, key, status, body)
        return _json(body, status)

    @app.post("/v1/appointments/query")
    def my_appointments() -> Response:
        # POST, like the other per-citizen queries: the document number stays out of URLs and logs.
        try:
            number = str(json.loads(request.get_data())["document_number"])
        except (ValueError, KeyError, TypeError):
            return _json({"error": "body must be {document_number}"}, 400)
        return _json({"appointments": store.appointments_of(number, _today(state))})

    @app.post("/v1/appointments/<code>/cancel")
    def cancel_appointment(code: str) -> Response:
        try:
            number = str(json.loads(request.get_data())["document_number"])
        except (ValueError, KeyError, TypeError):
            return _json({"error": "body must be {document_number}"}, 400)
        try:
            return _json(store.cancel_appointment(code, number, _today(state), state.now()))
        except KeyError:
            return _json({"error": "no_such_appointment"}, 404)  # another holder's code looks the same
        except TooLate:
            return _json({"error": "too_late"}, 409)

    @app.get("/v1/help-requests/<request_id>")
    def help_request(request_id: str) -> Response:
        """The terminal asks whether staff acknowledged its call (only its own calls)."""
        row = store.help_request(request_id, g.terminal)
        return _json(row or {"error": "no such help request"}, 200 if row else 404)

    # --- staff: the hall's help-desk screen lists calls and acknowledges them ------------------
    # In the sandbox they answer like /admin (loopback, bearer token); the real platform puts them
    # behind its staff login. They carry no personal data: terminal, site, screen and times only.

    @app.get("/staff/help-requests")
    def help_requests() -> Response:
        return _json({"help_requests": store.help_requests(request.args.get("state") or None)})

    @app.post("/staff/help-requests/<request_id>/ack")
    def acknowledge_help(request_id: str) -> Response:
        spec = request.get_json(force=True, silent=True) or {}
        row = store.acknowledge_help(request_id, str(spec.get("by", "staff"))[:40], state.now())
        if row is None:
            return _json({"error": "no such help request"}, 404)
        if row["state"] != "acknowledged":
            return _json(row, 409)  # cancelled by the citizen before anyone came
        return _json(row)

    # --- admin: for tests, the demo and technicians on this machine (see _admin_gate) --------

    @app.post("/admin/faults")
    def set_fault() -> Response:
        spec = request.get_json(force=True, silent=True) or {}
        if spec.get("mode") == "down":
            duration = spec.get("duration_s")
            state.go_down(float(duration) if duration is not None else None)
            return _json({"ok": True, "mode": "down"})
        try:
            fault = Fault(
                mode=str(spec.get("mode", "")),
                fraction=float(spec.get("fraction", 1.0)),
                count=int(spec["count"]) if spec.get("count") is not None else None,
                delay_s=float(spec.get("delay_s", 1.0)),
                retry_after_s=int(spec.get("retry_after_s", 1)),
            )
        except (ValueError, TypeError) as exc:
            return _json({"error": str(exc)}, 400)
        state.faults.set(fault)
        return _json({"ok": True, "mode": fault.mode})

    @app.delete("/admin/faults")
    def clear_faults() -> Response:
        state.faults.clear()
        return _json({"ok": True})

    @app.post("/admin/clock")
    def set_clock() -> Response:
        spec = request.get_json(force=True, silent=True) or {}
        state.clock_offset_s = float(spec.get("offset_s", 0.0))
        return _json({"ok": True, "offset_s": state.clock_offset_s})

    @app.get("/admin/records")
    def records() -> Response:
        return _json({"records": store.records(request.args.get("kind"))})

    @app.get("/admin/heartbeats/<terminal>")
    def heartbeat(terminal: str) -> Response:
        latest = store.latest_heartbeat(terminal)
        return _json(latest or {"error": "no heartbeat"}, 200 if latest else 404)

    return app
