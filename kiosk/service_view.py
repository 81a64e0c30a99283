"""What the screens need from the catalog, as plain dicts and lists QML can show directly.

``ServiceView`` is the seam between the screens and the catalog (``kiosk.catalog.services`` is the
real one). ``SwappableServices`` lets the terminal show its home screen at once and swap the catalog
in when it has been fetched and indexed in the background, and later swap in each refreshed catalog
between sessions: a citizen half-way through a form keeps the items and fields they started with.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Protocol

from kiosk.domain.identity import Identity
from kiosk.messages import Message


class ServiceView(Protocol):
    def categories(self) -> list[str]: ...

    def search(self, query: str, category: str) -> list[dict[str, Any]]: ...

    def summary(self, code: str) -> Mapping[str, Any] | None: ...

    def guide(self, code: str) -> dict[str, Any]: ...

    def windows(self, code: str) -> list[dict[str, str]]: ...

    def suggest(self, query: str, limit: int = 5) -> dict[str, list[Any]]: ...

    def form_fields(self, code: str, identity: Identity | None) -> list[dict[str, Any]]: ...

    def materials(self, code: str, held_license_types: Iterable[str] = ()) -> list[dict[str, Any]]: ...

    def validate(self, service_code: str, values: Mapping[str, Any]) -> dict[str, Message]: ...

    def review_rows(self, code: str, values: Mapping[str, Any], reveal: bool = False) -> list[dict[str, Any]]: ...


class NoServices:
    """What the screens show while the catalog is still loading (or could not be loaded)."""

    def categories(self) -> list[str]:
        return []

    def search(self, query: str, category: str) -> list[dict[str, Any]]:
        return []

    def summary(self, code: str) -> Mapping[str, Any] | None:
        return None

    def guide(self, code: str) -> dict[str, Any]:
        raise KeyError(code)

    def windows(self, code: str) -> list[dict[str, str]]:
        return []

    def suggest(self, query: str, limit: int = 5) -> dict[str, list[Any]]:
        return {"items": [], "categories": []}

    def form_fields(self, code: str, identity: Identity | None) -> list[dict[str, Any]]:
        raise KeyError(code)

    def materials(self, code: str, held_license_types: Iterable[str] = ()) -> list[dict[str, Any]]:
        return []

    def validate(self, service_code: str, values: Mapping[str, Any]) -> dict[str, Message]:
        return {}

    def review_rows(self, code: str, values: Mapping[str, Any], reveal: bool = False) -> list[dict[str, Any]]:
        return []


class SwappableServices:
    """Delegates to the current catalog view; ``offer`` replaces it atomically from any thread, at once
    when no session is running (``in_session``), else at the next ``between_sessions`` (the wipe)."""

    def __init__(self, initial: ServiceView | None = None, in_session: Callable[[], bool] | None = None) -> None:
        self._current: ServiceView = initial or NoServices()
        self._pending: ServiceView | None = None
        self._pending_label = ""
        self._lock = threading.Lock()
        self.in_session = in_session or (lambda: False)
        self.loaded = initial is not None
        self.version = 0
        self.label = ""  # which catalog is shown (platform revision), for metrics and the technician

    def swap(self, view: ServiceView, label: str = "") -> None:
        with self._lock:
            self._current = view
            self._pending = None
            self.loaded = True
            self.version += 1
            self.label = label or self.label

    def offer(self, view: ServiceView, label: str = "") -> bool:
        """Swap now if no citizen is in a session (True), else hold it for ``between_sessions``."""
        # The first catalog always goes in: a session without one has nothing to show anyway.
        if not self.loaded or not self.in_session():
            self.swap(view, label)
            return True
        with self._lock:
            self._pending = view
            self._pending_label = label
        return False

    def between_sessions(self) -> None:
        with self._lock:
            view, self._pending = self._pending, None
            label = self._pending_label
        if view is not None:
            self.swap(view, label)

    @property
    def waiting(self) -> bool:
        with self._lock:
            return self._pending is not None

    @property
    def current(self) -> ServiceView:
        with self._lock:
            return self._current

    def categories(self) -> list[str]:
        return self.current.categories()

    def search(self, query: str, category: str) -> list[dict[str, Any]]:
        return self.current.search(query, category)

    def summary(self, code: str) -> Mapping[str, Any] | None:
        return self.current.summary(code)

    def guide(self, code: str) -> dict[str, Any]:
        return self.current.guide(code)

    def windows(self, code: str) -> list[dict[str, str]]:
        return self.current.windows(code)

    def suggest(self, query: str, limit: int = 5) -> dict[str, list[Any]]:
        return self.current.suggest(query, limit)

    def form_fields(self, code: str, identity: Identity | None) -> list[dict[str, Any]]:
        return self.current.form_fields(code, identity)

    def materials(self, code: str, held_license_types: Iterable[str] = ()) -> list[dict[str, Any]]:
        return self.current.materials(code, held_license_types)

    def validate(self, service_code: str, values: Mapping[str, Any]) -> dict[str, Message]:
        return self.current.validate(service_code, values)

    def review_rows(self, code: str, values: Mapping[str, Any], reveal: bool = False) -> list[dict[str, Any]]:
        return self.current.review_rows(code, values, reveal)
