"""The terminal's HTTP client for the platform: signed requests, idempotent writes, cached reads."""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import quote

import requests

from kiosk.clock import SystemClock
from kiosk.ports import AppointmentGone, Clock, ELicense, Fetched, PlatformUnavailable, Refusal, SlotTaken
from offline_cache import json_pieces
from offline_cache.outbox import ClaimedItem
from offline_cache.read_cache import ReadCache
from offline_cache.signing import TerminalKey, sign_headers

log = logging.getLogger(__name__)

MAX_BATCH = 200


class PlatformError(Exception):
    """Root of everything the platform client raises for a whole request.

    ``str()`` is the technician's line; the context is in attributes: ``method`` and ``path`` of the
    request, ``status`` (None when nothing answered) and ``error`` (the platform's reason code).
    """

    def __init__(
        self, message: str, *, method: str = "", path: str = "", status: int | None = None, error: str = ""
    ) -> None:
        super().__init__(message)
        self.method = method
        self.path = path
        self.status = status
        self.error = error


class LinkDown(PlatformError):
    """No answer (refused, reset, timed out): the item's fate on the platform is unknown."""


class RateLimited(PlatformError):
    """429: the platform asked not to be called for ``retry_after_s`` seconds."""

    def __init__(self, retry_after_s: float, *, method: str = "", path: str = "") -> None:
        super().__init__(
            f"platform asked to slow down for {retry_after_s:.0f} s (429)", method=method, path=path, status=429
        )
        self.retry_after_s = retry_after_s


class ServerTrouble(PlatformError):
    """The platform answered with a 5xx (or nonsense) for the whole request."""


class AuthRejected(PlatformError):
    """401/403: this terminal's key or clock; ``str()`` names which for the technician."""


@dataclass(frozen=True)
class Conditional:
    """A conditional GET's answer: 304 (``value`` None) or 200 with its new ETag; bytes as on the wire."""

    status: int
    etag: str
    value: Any
    wire_bytes: int


@dataclass(frozen=True)
class ItemResult:
    key: str
    status: int
    body: Mapping[str, Any]
    replayed: bool = False


def _retry_after(value: str | None, default: float = 5.0) -> float:
    if not value:
        return default
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return default


class PlatformClient:
    def __init__(
        self,
        base_url: str,
        terminal_id: str,
        key: bytes | TerminalKey | None,
        *,
        cache: ReadCache | None = None,
        ca_bundle: str = "",
        connect_timeout_s: float = 3.0,
        read_timeout_s: float = 10.0,
        clock: Clock | None = None,
    ) -> None:
        self._base = base_url.rstrip("/")
        self._terminal_id = terminal_id
        # None: not enrolled. Every request is refused here, without a key the platform would not know.
        self._key = TerminalKey(key) if isinstance(key, bytes) else key
        self._cache = cache
        self._clock = clock or SystemClock()
        self._timeout = (connect_timeout_s, read_timeout_s)
        self._session = requests.Session()
        # TLS verification is never switched off; a configured bundle replaces the system store.
        self._session.verify = ca_bundle or True
        self._lock = threading.Lock()
        self.clock_skew_s: float | None = None
        # What the platform said of this terminal's key at the last answer (or NOT_ENROLLED: no key).
        self.refusal = Refusal.NONE if self._key else Refusal.NOT_ENROLLED
        # Monotonic time before which the platform asked (429 Retry-After) not to be called again.
        self.not_before = 0.0

    def close(self) -> None:
        self._session.close()

    @property
    def terminal_id(self) -> str:
        return self._terminal_id

    @property
    def key_id(self) -> str:
        return self._key.key_id if self._key else ""

    @property
    def enrolled(self) -> bool:
        return self._key is not None

    def use_key(self, key: TerminalKey, terminal_id: str | None = None) -> None:
        """Sign from now on with ``key`` (after enrolment or a rotation the platform confirmed)."""
        self._key = key
        self.refusal = Refusal.NONE  # a new key: nothing refused yet
        if terminal_id:
            self._terminal_id = terminal_id

    # --- transport --------------------------------------------------------------------------

    def _request(
        self,
        method: str,
        path: str,
        body: bytes = b"",
        headers: Mapping[str, str] | None = None,
    ) -> requests.Response:
        key = self._key
        if key is None:
            raise AuthRejected(
                "terminal not enrolled: enter an enrolment code in technician mode",
                method=method,
                path=path,
                error="not_enrolled",
            )
        unsigned = dict(headers or {})
        if body:
            unsigned["Content-Type"] = "application/json"
        # Signed last, over the headers above too: the platform acts on each of them.
        all_headers = sign_headers(key, self._terminal_id, method, path, body, time.time(), unsigned)
        sent = time.time()
        try:
            resp = self._session.request(
                method, self._base + path, data=body or None, headers=all_headers, timeout=self._timeout
            )
        except requests.RequestException as exc:
            # The exception text can carry the URL only; our URLs never hold personal data.
            raise LinkDown(f"{type(exc).__name__}: {exc}", method=method, path=path) from None
        self._note_skew(resp, sent, time.time())
        status = resp.status_code
        if status in (401, 403):
            message, error = self._auth_message(resp)
            self.refusal = Refusal.CLOCK if error == "stale_timestamp" else Refusal.KEY
            raise AuthRejected(message, method=method, path=path, status=status, error=error)
        if status < 500 and status != 429:
            self.refusal = Refusal.NONE  # it verified the signature and answered
        if status == 429:
            wait_s = _retry_after(resp.headers.get("Retry-After"))
            self.not_before = max(self.not_before, time.monotonic() + wait_s)
            raise RateLimited(wait_s, method=method, path=path)
        if status >= 500:
            message = f"platform answered {status} to {method} {path}"
            raise ServerTrouble(message, method=method, path=path, status=status)
        return resp

    def _note_skew(self, resp: requests.Response, sent: float, received: float) -> None:
        date = resp.headers.get("Date")
        if not date:
            return
        try:
            server = parsedate_to_datetime(date).timestamp()
        except (TypeError, ValueError):
            return
        # Date has one-second resolution and is truncated: its midpoint is half a second later.
        self.clock_skew_s = round(server + 0.5 - (sent + received) / 2, 1)

    def _auth_message(self, resp: requests.Response) -> tuple[str, str]:
        """(technician message, the platform's reason code)."""
        error = str(_json_or_empty(resp).get("error", ""))
        skew = self.clock_skew_s
        if error == "stale_timestamp" and skew is not None:
            off = f"terminal clock is {-skew:+.0f} s off the platform's"
            return f"platform rejected the signature as stale: {off}", error
        reason = error or "no reason given"
        return f"platform refused this terminal ({resp.status_code} {reason}); check terminal id and key file", error

    # --- writes -----------------------------------------------------------------------------

    def send_one(self, item: ClaimedItem) -> ItemResult:
        resp = self._request("POST", f"/v1/items/{item.kind}", item.body, {"Idempotency-Key": item.key})
        return ItemResult(item.key, resp.status_code, _json_or_empty(resp), _replayed(resp))

    def send_batch(self, items: Sequence[ClaimedItem]) -> list[ItemResult]:
        """One request for many items; the platform applies each item's key on its own."""
        if len(items) > MAX_BATCH:
            raise ValueError(f"at most {MAX_BATCH} items per batch")
        body = batch_body(items)
        resp = self._request("POST", "/v1/batch", body, {"Idempotency-Key": str(uuid.uuid4())})
        del body  # the request is sent; do not hold the largest buffer of the pass any longer
        data = _json_or_empty(resp)
        results = data.get("results")
        if resp.status_code != 200 or not isinstance(results, list):
            raise ServerTrouble(
                f"platform answered {resp.status_code} without per-item results to a batch",
                method="POST",
                path="/v1/batch",
                status=resp.status_code,
            )
        by_key = {str(r.get("key")): r for r in results if isinstance(r, dict)}
        out = []
        for item in items:
            r = by_key.get(item.key)
            if r is None:
                raise ServerTrouble("platform batch answer is missing an item", method="POST", path="/v1/batch")
            out.append(ItemResult(item.key, int(r.get("status", 500)), r.get("body") or {}, bool(r.get("replayed"))))
        return out

    # --- reads ------------------------------------------------------------------------------

    def _read(self, cache_name: str, method: str, path: str, body: bytes = b"") -> Fetched[Any]:
        cached = self._cache.get(cache_name) if self._cache else None
        headers = {"If-None-Match": cached.etag} if cached and cached.etag else {}
        now = self._clock.now()
        try:
            resp = self._request(method, path, body, headers)
            if resp.status_code == 304 and cached is not None:
                if self._cache:
                    self._cache.touch(cache_name, now.timestamp())
                return Fetched(cached.value, now, from_cache=False)
            if resp.status_code == 200:
                value = json_pieces.loads(resp.content)
                if self._cache:
                    self._cache.put(cache_name, value, resp.headers.get("ETag", ""), now.timestamp())
                return Fetched(value, now, from_cache=False)
            raise ServerTrouble(
                f"platform answered {resp.status_code} to {method} {path}", method=method, path=path,
                status=resp.status_code,
            )
        except (PlatformError, ValueError) as exc:
            if cached is None:
                raise PlatformUnavailable(f"{path}: {exc}; nothing cached") from None
            log.info("platform read %s failed (%s); answering from cache", path, type(exc).__name__)
            return Fetched(cached.value, datetime.fromtimestamp(cached.fetched_at, now.tzinfo), from_cache=True)

    def cached(self, cache_name: str) -> Any | None:
        """What the read cache holds for ``cache_name``, without asking the platform (start-up)."""
        held = self._cache.get(cache_name) if self._cache else None
        return held.value if held else None

    def conditional_get(self, path: str, etag: str = "") -> Conditional:
        """GET with If-None-Match; errors raise (LinkDown, ServerTrouble, ...), nothing is cached here."""
        resp = self._request("GET", path, b"", {"If-None-Match": etag} if etag else None)
        # Content-Length is what crossed the link (gzip-compressed); the decoded body may be 10x that.
        wire = int(resp.headers.get("Content-Length") or len(resp.content))
        if resp.status_code == 304:
            return Conditional(304, etag, None, wire)
        if resp.status_code != 200:
            raise ServerTrouble(
                f"platform answered {resp.status_code} to GET {path}", method="GET", path=path, status=resp.status_code
            )
        try:
            value = json_pieces.loads(resp.content)
        except ValueError:
            raise ServerTrouble(
                f"platform answered GET {path} with something that is not JSON", method="GET", path=path, status=200
            ) from None
        return Conditional(200, resp.headers.get("ETag", ""), value, wire)

    def catalog(self) -> Fetched[Mapping[str, Any]]:
        return self._read("catalog", "GET", "/v1/catalog")

    def trust_list(self) -> Fetched[Mapping[str, Any]]:
        return self._read("trust_list", "GET", "/v1/trust-list")

    def progress(self, tracking_number: str) -> Fetched[Mapping[str, Any]]:
        """A tracking number the platform has never seen answers ``{"found": false}``, not an error."""
        return self._read(f"progress:{tracking_number}", "GET", f"/v1/progress/{quote(tracking_number, safe='')}")

    def elicenses(self, document_number: str) -> Fetched[Sequence[ELicense]]:
        # POST keeps the document number out of URLs and therefore out of every access log.
        body = json.dumps({"document_number": document_number}).encode()
        fetched = self._read(f"elicenses:{document_number}", "POST", "/v1/elicenses/query", body)
        raw = fetched.value.get("elicenses", []) if isinstance(fetched.value, dict) else []
        licenses = [_license(e) for e in raw if isinstance(e, dict)]
        return Fetched(licenses, fetched.fetched_at, fetched.from_cache)

    def applications(self, document_number: str) -> Fetched[Sequence[Mapping[str, Any]]]:
        """The citizen's own applications, newest first; from the cache (with its age) when offline."""
        body = json.dumps({"document_number": document_number}).encode()
        fetched = self._read(f"applications:{document_number}", "POST", "/v1/applications/query", body)
        raw = fetched.value.get("applications", []) if isinstance(fetched.value, dict) else []
        return Fetched([a for a in raw if isinstance(a, dict)], fetched.fetched_at, fetched.from_cache)

    def record(self, document_number: str, item_code: str) -> ELicense:
        """The citizen's record behind a 查询打印 item, fresh from the platform (never cached: it is
        printed as of today). Raises ``PlatformUnavailable`` when there is no answer."""
        body = json.dumps({"document_number": document_number, "item_code": item_code}).encode()
        try:
            resp = self._request("POST", "/v1/records/query", body)
            raw = resp.json().get("record") if resp.status_code == 200 else None
        except (LinkDown, ServerTrouble, RateLimited, AuthRejected, ValueError) as exc:
            raise PlatformUnavailable(f"record: {type(exc).__name__}") from None
        if not isinstance(raw, dict):
            raise PlatformUnavailable(f"record: platform answered {resp.status_code}")
        return _license(raw)

    def appointment_slots(self, item_code: str, day: date) -> Sequence[Mapping[str, Any]]:
        """Free places per half hour on ``day``; never cached (a stale slot list books nothing)."""
        path = f"/v1/appointments/slots?item={quote(item_code, safe='')}&date={day.isoformat()}"
        try:
            resp = self._request("GET", path)
            slots = resp.json().get("slots") if resp.status_code == 200 else None
        except (LinkDown, ServerTrouble, RateLimited, AuthRejected, ValueError) as exc:
            raise PlatformUnavailable(f"appointment slots: {type(exc).__name__}") from None
        if not isinstance(slots, list):
            raise PlatformUnavailable(f"appointment slots: platform answered {resp.status_code}")
        return [s for s in slots if isinstance(s, dict)]

    def book_appointment(self, booking: Mapping[str, Any], key: str) -> Mapping[str, Any]:
        """Book one place; ``key`` makes a retried booking the same booking. Raises ``SlotTaken``
        when the place went meanwhile, ``PlatformUnavailable`` when there is no answer."""
        body = json.dumps(dict(booking), ensure_ascii=False).encode()
        try:
            resp = self._request("POST", "/v1/appointments", body, {"Idempotency-Key": key})
        except (LinkDown, ServerTrouble, RateLimited, AuthRejected) as exc:
            raise PlatformUnavailable(f"booking: {type(exc).__name__}") from None
        if resp.status_code == 409:
            raise SlotTaken(str(booking.get("start", "")))
        if resp.status_code != 201:
            raise PlatformUnavailable(f"booking: platform answered {resp.status_code}")
        return _json_or_empty(resp)
    def my_appointments(self, document_number: str) -> Sequence[Mapping[str, Any]]:
        """The holder's upcoming appointments, fresh (never cached: a stale list offers to cancel what is gone)."""
        body = json.dumps({"document_number": document_number}).encode()
        try:
            resp = self._request("POST", "/v1/appointments/query", body)
            rows = resp.json().get("appointments") if resp.status_code == 200 else None
        except (LinkDown, ServerTrouble, RateLimited, AuthRejected, ValueError) as exc:
            raise PlatformUnavailable(f"appointments: {type(exc).__name__}") from None
        if not isinstance(rows, list):
            raise PlatformUnavailable(f"appointments: platform answered {resp.status_code}")
        return [r for r in rows if isinstance(r, dict)]

    def cancel_appointment(self, confirmation: str, document_number: str) -> Mapping[str, Any]:
        """Cancel the holder's appointment (idempotent on the platform). ``AppointmentGone`` when it is
        unknown, another's or past; ``PlatformUnavailable`` when there is no answer."""
        body = json.dumps({"document_number": document_number}).encode()
        try:
            resp = self._request("POST", f"/v1/appointments/{quote(confirmation, safe='')}/cancel", body)
        except (LinkDown, ServerTrouble, RateLimited, AuthRejected) as exc:
            raise PlatformUnavailable(f"cancel: {type(exc).__name__}") from None
        if resp.status_code in (404, 409):
            raise AppointmentGone(confirmation)
        if resp.status_code != 200:
            raise PlatformUnavailable(f"cancel: platform answered {resp.status_code}")
        return _json_or_empty(resp)

    def help_status(self, request_id: str) -> Fetched[Mapping[str, Any]]:
        """Never answered from the cache: an old "open" would hide staff's acknowledgement."""
        resp = self._request("GET", f"/v1/help-requests/{quote(request_id, safe='')}")
        if resp.status_code == 404:
            return Fetched({"state": "unknown"}, self._clock.now())
        if resp.status_code != 200:
            raise PlatformUnavailable(f"help request: platform answered {resp.status_code}")
        return Fetched(_json_or_empty(resp), self._clock.now())

    def register_key(self, public_key: bytes) -> str:
        """Add a new key for this terminal (signed with the current one); the key id the platform confirmed."""
        body = json.dumps({"public_key": public_key.hex()}).encode()
        resp = self._request("POST", "/v1/keys/rotate", body)
        data = _json_or_empty(resp)
        if resp.status_code != 200 or not data.get("key_id"):
            raise ServerTrouble(
                f"platform answered {resp.status_code} to a key rotation",
                method="POST",
                path="/v1/keys/rotate",
                status=resp.status_code,
            )
        return str(data["key_id"])

    def ping(self) -> tuple[bool, float, float | None]:
        """(reachable, round-trip seconds, clock skew seconds) for the technician screen."""
        start = time.monotonic()
        try:
            resp = self._request("GET", "/v1/ping")
        except (LinkDown, ServerTrouble):
            return False, time.monotonic() - start, self.clock_skew_s
        except (AuthRejected, RateLimited):
            # The platform answered: reachable, even though it does not accept this terminal.
            return True, time.monotonic() - start, self.clock_skew_s
        return resp.status_code == 200, time.monotonic() - start, self.clock_skew_s


def batch_body(items: Sequence[ClaimedItem]) -> bytes:
    """``{"items":[{"key":…,"kind":…,"payload":<stored body>},…]}`` in one join.

    Payload bytes are spliced in verbatim so each item's body is exactly what was stored; the pieces
    only reference the stored bodies, so the payloads are copied once, into the request body.
    """
    pieces: list[bytes] = [b'{"items":[']
    for n, item in enumerate(items):
        if n:
            pieces.append(b",")
        pieces.append(b'{"key":' + json.dumps(item.key).encode() + b',"kind":' + json.dumps(item.kind).encode())
        pieces.append(b',"payload":')
        pieces.append(item.body)
        pieces.append(b"}")
    pieces.append(b"]}")
    return b"".join(pieces)


def _license(e: Mapping[str, Any]) -> ELicense:
    return ELicense(
        license_type=str(e.get("license_type", "")),
        name=str(e.get("name", "")),
        number=str(e.get("number", "")),
        holder=str(e.get("holder", "")),
        issuer=str(e.get("issuer", "")),
        valid_to=str(e.get("valid_to", "")),
        fields={str(k): str(v) for k, v in (e.get("fields") or {}).items()},
        name_en=str(e.get("name_en", "") or ""),
        issuer_en=str(e.get("issuer_en", "") or ""),
        fields_en={str(k): (str(v[0]), str(v[1])) for k, v in (e.get("fields_en") or {}).items()
                   if isinstance(v, list | tuple) and len(v) == 2},
    )


def _json_or_empty(resp: requests.Response) -> dict[str, Any]:
    try:
        data = resp.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _replayed(resp: requests.Response) -> bool:
    return resp.headers.get("Idempotent-Replayed", "").lower() == "true"
