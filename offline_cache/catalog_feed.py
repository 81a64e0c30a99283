"""The terminal's copy of the catalog for its region, kept current with conditional, incremental fetches.

``refresh()`` asks ``GET /v1/catalog?region=R&since=CURSOR`` with ``If-None-Match``: an unchanged
catalog costs one 304; a changed one brings only the entries changed or removed since the cursor
(gzip-compressed), which are merged into the copy held in the encrypted read cache. A platform
that lost the cursor's history answers with the whole region catalog, which replaces the copy.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import urlencode

from offline_cache.platform_client import PlatformClient
from offline_cache.read_cache import ReadCache

log = logging.getLogger(__name__)

_ENTRY_KINDS = ("items", "bundles")
_META_KEYS = ("version", "regions", "categories")


@dataclass(frozen=True)
class CatalogUpdate:
    outcome: Literal["unchanged", "incremental", "full"]
    catalog: Mapping[str, Any]  # the whole current catalog of the region, after the update
    wire_bytes: int
    changed: int  # entries added, replaced or removed


def merge(held: Mapping[str, Any], delta: Mapping[str, Any]) -> dict[str, Any]:
    """``held`` with the delta's entries replaced or added by code, its removed codes dropped,
    and its catalog-wide parts (version, regions, categories) taken when it carries them."""
    out = {k: v for k, v in held.items() if k not in _ENTRY_KINDS}
    out.update({k: delta[k] for k in _META_KEYS if k in delta})
    removed = set(delta.get("removed", []))
    for kind in _ENTRY_KINDS:
        entries = {e["code"]: e for e in held.get(kind, []) if e["code"] not in removed}
        for entry in delta.get(kind, []):
            entries[entry["code"]] = entry
        out[kind] = list(entries.values())
    out["epoch"], out["revision"] = delta.get("epoch"), delta.get("revision")
    return out


def _cursor(catalog: Mapping[str, Any] | None) -> str:
    if not catalog or catalog.get("epoch") is None or catalog.get("revision") is None:
        return ""
    return f"{catalog['epoch']}.{catalog['revision']}"


class CatalogFeed:
    def __init__(
        self, client: PlatformClient, cache: ReadCache | None, region: str, *, incremental: bool = True
    ) -> None:
        self._client = client
        self._cache = cache
        self._region = region
        self._incremental = incremental
        self._slot = f"catalog:{region}"
        self._lock = threading.Lock()
        self._read = False
        self._held: Mapping[str, Any] | None = None
        self._etag = ""

    def _load(self) -> Mapping[str, Any] | None:
        # The cached copy is read on first use, on the refresh thread: the feed is built on the
        # UI thread at start, and reading a province catalog takes ~0.3 s of the interpreter.
        if not self._read:
            cached = self._cache.get(self._slot) if self._cache else None
            self._held, self._etag = (cached.value, cached.etag) if cached else (None, "")
            self._read = True
        return self._held

    def held(self) -> Mapping[str, Any] | None:
        """The last catalog this terminal had (from the cache at start), or None."""
        with self._lock:
            return self._load()

    @property
    def revision(self) -> str:
        return _cursor(self.held())

    def refresh(self) -> CatalogUpdate:
        """One conditional request; raises the client's errors (link down, 5xx, auth) unchanged."""
        with self._lock:
            held = self._load()
            query = {"region": self._region}
            if self._incremental and _cursor(held):
                query["since"] = _cursor(held)
            answer = self._client.conditional_get("/v1/catalog?" + urlencode(query), self._etag if held else "")
            if answer.status == 304 and held is not None:
                return CatalogUpdate("unchanged", held, answer.wire_bytes, 0)
            data = answer.value
            if not isinstance(data, dict):
                raise ValueError("catalog answer is not an object")
            if data.get("full", True) or held is None:
                catalog: dict[str, Any] = {k: v for k, v in data.items() if k not in ("full", "since", "removed")}
                outcome: Literal["incremental", "full"] = "full"
                changed = sum(len(catalog.get(kind, [])) for kind in _ENTRY_KINDS)
            else:
                catalog = merge(held, data)
                outcome = "incremental"
                changed = sum(len(data.get(kind, [])) for kind in _ENTRY_KINDS) + len(data.get("removed", []))
            if self._cache is not None:
                self._cache.put(self._slot, catalog, answer.etag, time.time())
            self._held, self._etag = catalog, answer.etag
            log.info(
                "catalog %s: %s update, %d entries changed, %d bytes", self._region, outcome, changed, answer.wire_bytes
            )
            return CatalogUpdate(outcome, catalog, answer.wire_bytes, changed)
