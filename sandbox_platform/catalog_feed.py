"""The sandbox's live catalog: per-region views, revisions, and changes since a revision.

Every published change bumps the revision and stamps each changed entry (item or bundle) with it,
so ``GET /v1/catalog?region=R&since=E.N`` can answer only what changed after revision N of feed
epoch E. A cursor from another epoch (the platform's catalog store was rebuilt) or from the future
gets the whole region catalog instead. The catalog's content (seeds, scale, site filters) comes
from ``sandbox_platform.catalog_data``; this module only versions and slices it.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable, Iterable, Mapping
from typing import Any

_ENTRY_KINDS = ("items", "bundles")
_META_KEYS = ("version", "regions", "categories")


def region_contains(outer: str, inner: str) -> bool:
    """The platform's own reading of GB/T 2260 codes: a province ends in 0000, a city in 00."""
    if outer.endswith("0000"):
        return inner[:2] == outer[:2]
    if outer.endswith("00"):
        return inner[:4] == outer[:4]
    return inner == outer


class CatalogFeed:
    def __init__(self, load: Callable[[], Mapping[str, Any]]) -> None:
        self._load = load
        self._lock = threading.Lock()
        self._ready = False
        self.epoch = secrets.token_hex(4)
        self.revision = 0
        self._meta: dict[str, Any] = {}
        self._meta_revision = 0
        self._entries: dict[str, dict[str, Any]] = {}  # code -> entry
        self._kind: dict[str, str] = {}  # code -> "items" | "bundles"
        self._changed: dict[str, int] = {}  # code -> revision it last changed in
        self._removed: dict[str, tuple[int, str]] = {}  # code -> (revision, owning region)

    def _ensure_loaded(self) -> None:
        if self._ready:
            return
        raw = dict(self._load())
        self.revision = 1
        self._meta = {k: raw[k] for k in _META_KEYS if k in raw}
        self._meta_revision = 1
        for kind in _ENTRY_KINDS:
            for entry in raw.get(kind, []):
                self._entries[entry["code"]] = entry
                self._kind[entry["code"]] = kind
                self._changed[entry["code"]] = 1
        self._ready = True

    def cursor(self, region: str = "") -> str:
        """``epoch.N``: N is the last revision that changed anything ``region`` sees (its ETag too),
        so edits elsewhere in the province cost this terminal a 304, not an empty delta."""
        with self._lock:
            self._ensure_loaded()
            return f"{self.epoch}.{self._region_revision(region)}"

    def _region_revision(self, region: str) -> int:
        def here(owner: str) -> bool:
            return not region or region_contains(owner, region)

        latest = self._meta_revision
        for code, revision in self._changed.items():
            if revision > latest and here(str(self._entries[code].get("region_code", ""))):
                latest = revision
        for revision, owner in self._removed.values():
            if revision > latest and here(owner):
                latest = revision
        return latest

    def publish(
        self, changed: Iterable[Mapping[str, Any]] = (), removed: Iterable[str] = (), kind: str = "items"
    ) -> int:
        """Add or replace entries and remove codes, as one new revision."""
        with self._lock:
            self._ensure_loaded()
            self.revision += 1
            for entry in changed:
                code = str(entry["code"])
                self._entries[code] = dict(entry)
                self._kind[code] = kind
                self._changed[code] = self.revision
                self._removed.pop(code, None)
            for code in removed:
                old = self._entries.pop(code, None)
                if old is not None:
                    self._kind.pop(code, None)
                    self._changed.pop(code, None)
                    self._removed[code] = (self.revision, str(old.get("region_code", "")))
            return self.revision

    def entry(self, code: str) -> dict[str, Any] | None:
        with self._lock:
            self._ensure_loaded()
            found = self._entries.get(code)
            return dict(found) if found else None

    def view(self, region: str, since: str = "") -> dict[str, Any]:
        """The whole catalog for ``region`` (empty region: everything), or only what changed since a cursor."""
        with self._lock:
            self._ensure_loaded()
            base = self._since_revision(since)

            def here(entry: Mapping[str, Any]) -> bool:
                return not region or region_contains(str(entry.get("region_code", "")), region)

            out: dict[str, Any] = {"epoch": self.epoch, "revision": self._region_revision(region)}
            if base is None:
                out.update(self._meta)
                out.update({kind: [] for kind in _ENTRY_KINDS})
                for code, entry in self._entries.items():
                    if here(entry):
                        out[self._kind[code]].append(entry)
                out["full"] = True
                return out
            out["since"] = base
            out["full"] = False
            if self._meta_revision > base:
                out.update(self._meta)
            out.update({kind: [] for kind in _ENTRY_KINDS})
            for code, revision in self._changed.items():
                entry = self._entries[code]
                if revision > base and here(entry):
                    out[self._kind[code]].append(entry)
            out["removed"] = sorted(
                code for code, (rev, owner) in self._removed.items() if rev > base and here({"region_code": owner})
            )
            return out

    def _since_revision(self, since: str) -> int | None:
        epoch, _, number = since.partition(".")
        if epoch != self.epoch or not number.isdigit() or not 0 < int(number) <= self.revision:
            return None
        return int(number)
