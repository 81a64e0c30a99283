"""The sandbox platform's fleet endpoints: enrolment, key rotation, the live catalog, remote configuration
(and their admin side).

Documented in docs/platform-api.yaml. ``/v1/enrol`` is the only unsigned ``/v1`` path: the
terminal has no key the platform knows yet, and the one-time code is what authenticates it.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from flask import Flask, Response, g, request

from sandbox_platform.catalog_feed import CatalogFeed
from sandbox_platform.keys import DEFAULT_ROTATION_WINDOW_S, EnrolmentRefused, KeyRegistry
from sandbox_platform.remote_config import ConfigPublisher


def _sample_catalog() -> Mapping[str, Any]:
    """The catalog content other engineers own (``catalog_data``); absent means empty."""
    try:
        module = importlib.import_module(f"{__package__}.catalog_data")  # resolves installed too
        return dict(module.load_catalog())
    except (ImportError, AttributeError):
        return {}


@dataclass
class FleetState:
    keys: KeyRegistry
    rotation_window_s: float = DEFAULT_ROTATION_WINDOW_S
    catalog: CatalogFeed = field(default_factory=lambda: CatalogFeed(_sample_catalog))
    configs: ConfigPublisher = field(default_factory=ConfigPublisher)


def _json(data: Any, status: int = 200) -> Response:
    body = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    return Response(body, status=status, content_type="application/json")


def _compressed(data: Any, headers: dict[str, str]) -> Response:
    body = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    headers = {**headers, "Vary": "Accept-Encoding"}
    if "gzip" in request.headers.get("Accept-Encoding", ""):
        body = gzip.compress(body, compresslevel=6, mtime=0)
        headers["Content-Encoding"] = "gzip"
    return Response(body, headers=headers, content_type="application/json")


def _public_key(data: Any) -> bytes | None:
    try:
        key = bytes.fromhex(str(data["public_key"]))
    except (KeyError, TypeError, ValueError):
        return None
    return key if len(key) == 32 else None


def register_fleet_routes(app: Flask, fleet: FleetState, now: Callable[[], float]) -> None:
    @app.post("/v1/enrol")
    def enrol() -> Response:
        data = request.get_json(force=True, silent=True) or {}
        public = _public_key(data)
        code = data.get("code")
        if public is None or not isinstance(code, str) or not code:
            return _json({"error": "body must be {code, public_key: 64 hex digits (Ed25519)}"}, 400)
        try:
            enrolled = fleet.keys.enrol(code, public, now())
        except EnrolmentRefused as exc:
            return _json({"error": exc.reason}, exc.status)
        return _json(
            {
                "terminal_id": enrolled.terminal_id,
                "site": enrolled.site,
                "region_code": enrolled.region,
                "key_id": enrolled.key_id,
                "config_public_key": fleet.configs.public_key.hex(),
            },
            201,
        )

    @app.post("/v1/keys/rotate")
    def rotate() -> Response:
        public = _public_key(request.get_json(force=True, silent=True) or {})
        if public is None:
            return _json({"error": "body must be {public_key: 64 hex digits (Ed25519)}"}, 400)
        key_id, retire_at = fleet.keys.rotate(g.terminal, public, now(), fleet.rotation_window_s)
        return _json({"key_id": key_id, "previous_keys_valid_until": retire_at})

    @app.get("/v1/catalog")
    def catalog() -> Response:
        feed = fleet.catalog
        region = request.args.get("region", "")
        etag = f'"{feed.cursor(region)}"'
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        data = feed.view(region, request.args.get("since", ""))
        return _compressed(data, {"ETag": etag})

    @app.get("/v1/commands")
    def commands() -> Response:
        return _json({"rotate_key": fleet.keys.rotation_requested(g.terminal)})

    @app.get("/v1/config")
    def remote_config() -> Response:
        site, _region = fleet.keys.site_of(g.terminal)
        document = fleet.configs.document_for(g.terminal, site)
        if document is None:
            return _json({"error": "no_configuration"}, 404)
        etag = '"cfg-' + hashlib.sha256(document["payload"].encode()).hexdigest()[:16] + '"'
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        resp = _json(document)
        resp.headers["ETag"] = etag
        return resp

    # --- admin: what an operator does at the centre -----------------------------------------

    @app.post("/admin/config")
    def publish_config() -> Response:
        spec = request.get_json(force=True, silent=True) or {}
        try:
            version = fleet.configs.publish(str(spec["scope"]), str(spec["target"]), dict(spec["settings"]))
        except (KeyError, TypeError, ValueError):
            return _json({"error": "body must be {scope: terminal|site, target, settings: {section: {key: value}}}"},
                         400)
        return _json({"version": version}, 201)

    @app.post("/admin/catalog")
    def publish_catalog() -> Response:
        spec = request.get_json(force=True, silent=True) or {}
        try:
            changed = [dict(i) for i in spec.get("items", [])]
            removed = [str(c) for c in spec.get("removed", [])]
        except (TypeError, ValueError):
            return _json({"error": "body must be {items?: [item], removed?: [code]}"}, 400)
        return _json({"revision": fleet.catalog.publish(changed, removed)})

    @app.post("/admin/enrolment-codes")
    def issue_code() -> Response:
        spec = request.get_json(force=True, silent=True) or {}
        try:
            terminal = str(spec["terminal_id"])
            ttl_s = float(spec.get("ttl_s", 24 * 3600))
        except (KeyError, TypeError, ValueError):
            return _json({"error": "body must be {terminal_id, site?, region_code?, ttl_s?}"}, 400)
        at = now()
        code = fleet.keys.issue_code(terminal, str(spec.get("site", "")), str(spec.get("region_code", "")), ttl_s, at)
        return _json({"code": code, "expires_at": at + ttl_s}, 201)

    @app.post("/admin/terminals/<terminal>/rotate-key")
    def request_rotation(terminal: str) -> Response:
        fleet.keys.request_rotation(terminal, now())
        return _json({"ok": True, "terminal_id": terminal})

    @app.post("/admin/rotation-window")
    def set_rotation_window() -> Response:
        spec = request.get_json(force=True, silent=True) or {}
        try:
            fleet.rotation_window_s = float(spec["seconds"])
        except (KeyError, TypeError, ValueError):
            return _json({"error": "body must be {seconds}"}, 400)
        return _json({"ok": True, "seconds": fleet.rotation_window_s})
