"""Refreshing the catalog never holds the interpreter for long: no JSON call takes a whole catalog,
and no garbage-collector pass walks the catalog while it is built (the figure, in milliseconds, is
``benchmarks/catalog_stall.py``'s; these tests check what makes it small, without a clock)."""

from __future__ import annotations

import gc
import json
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.clock import SystemClock
from kiosk.service_view import SwappableServices
from offline_cache import json_pieces
from offline_cache.catalog_feed import CatalogFeed
from offline_cache.crypto import FieldCipher
from offline_cache.read_cache import ReadCache
from sandbox_platform.catalog_data import load_catalog
from sandbox_platform.server import running_sandbox
from tests.outbox.kit import make_client
from wiring.composition import CatalogRefresher
from wiring.long_lived import freeze_start_up

REGION = "310101"
ONE_ENTRY = 64 * 1024  # the largest catalog entry is a few KB; a whole region catalog is ~1 MB


class JsonCalls:
    """The size of what each call into C's JSON parser or encoder handled on this thread (the
    terminal's; the sandbox answers on its own), by any code path: the standard library's
    (``json.loads``/``dumps``, requests' ``.json()``) and ``json_pieces``'."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.sizes: list[int] = []
        self._thread = threading.get_ident()
        raw_decode, encode = json.JSONDecoder.raw_decode, json.JSONEncoder.encode
        scan, encode_piece = json_pieces._scan, json_pieces._encode

        def spy_raw_decode(decoder: json.JSONDecoder, s: str, idx: int = 0) -> tuple[Any, int]:
            value, end = raw_decode(decoder, s, idx)
            self._saw(end - idx)
            return value, end

        def spy_encode(encoder: json.JSONEncoder, o: Any) -> str:
            text = encode(encoder, o)
            self._saw(len(text))
            return text

        def spy_scan(s: str, idx: int) -> tuple[Any, int]:
            value, end = scan(s, idx)
            self._saw(end - idx)
            return value, end

        def spy_encode_piece(o: Any) -> str:
            text = encode_piece(o)
            self._saw(len(text))
            return text

        monkeypatch.setattr(json.JSONDecoder, "raw_decode", spy_raw_decode)
        monkeypatch.setattr(json.JSONEncoder, "encode", spy_encode)
        monkeypatch.setattr(json_pieces, "_scan", spy_scan)
        monkeypatch.setattr(json_pieces, "_encode", spy_encode_piece)

    def _saw(self, size: int) -> None:
        if threading.get_ident() == self._thread:
            self.sizes.append(size)


@pytest.fixture
def sandbox(tmp_path: Path) -> Iterator[Any]:
    with running_sandbox(tmp_path / "platform") as sb:
        yield sb


@pytest.fixture
def client(sandbox: Any, tmp_path: Path) -> Iterator[Any]:
    c = make_client(sandbox, tmp_path)
    yield c
    c.close()


def test_json_pieces_read_and_write_what_json_does() -> None:
    catalog = load_catalog()
    text = json.dumps(catalog, ensure_ascii=False)
    assert json_pieces.loads(text.encode()) == catalog
    assert json_pieces.loads(text) == catalog
    assert json.loads(json_pieces.dumps(catalog)) == catalog
    nested = b' {"a": [1, {"b": [2, "\xe4\xb8\xad"]}], "c": null} '
    assert json_pieces.loads(nested) == {"a": [1, {"b": [2, "\u4e2d"]}], "c": None}
    assert json_pieces.dumps({"a": (1, 2), "b": {}}) == b'{"a":[1,2],"b":{}}'


@pytest.mark.parametrize("bad", ["", "{", "[1,]", '{"a":1}x', '{"a" 1}', "[1 2]", "{1:2}", '{"a":1,}', "nul"])
def test_json_pieces_refuse_what_json_refuses_with_its_message(bad: str) -> None:
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(bad)
    with pytest.raises(json.JSONDecodeError) as got:
        json_pieces.loads(bad)
    assert got.value.pos == expected.value.pos
    assert got.value.msg == expected.value.msg or got.value.msg == "Unexpected end of document"


def test_the_read_cache_writes_and_reads_a_province_catalog_one_entry_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalog = load_catalog()
    assert len(json.dumps(catalog, ensure_ascii=False).encode()) > 2_000_000
    cache = ReadCache(tmp_path / "cache.sqlite3", FieldCipher(bytes(32)))
    calls = JsonCalls(monkeypatch)
    cache.put("catalog:310101", catalog, '"e1"', 0.0)
    held = cache.get("catalog:310101")
    largest = max(calls.sizes)
    assert held is not None and held.value == catalog
    assert largest < ONE_ENTRY


@pytest.mark.slow
def test_a_catalog_refresh_hands_no_json_call_more_than_one_entry(
    client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = JsonCalls(monkeypatch)
    update = CatalogFeed(client, client._cache, REGION).refresh()
    again = CatalogFeed(client, client._cache, REGION).held()  # the copy a restart reads
    largest = max(calls.sizes)
    assert again == update.catalog
    assert len(json.dumps(update.catalog, ensure_ascii=False).encode()) > 500_000
    assert largest < ONE_ENTRY


@pytest.mark.slow
def test_building_a_catalog_sets_off_no_collector_pass_and_freezes_what_it_built(client: Any) -> None:
    freeze_start_up()
    services = SwappableServices()
    refresher = CatalogRefresher(services, CatalogFeed(client, client._cache, REGION), REGION, SystemClock())
    passes: list[int] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            passes.append(info["generation"])

    frozen = gc.get_freeze_count()
    gc.callbacks.append(record)
    try:
        assert refresher.refresh()
    finally:
        gc.callbacks.remove(record)
    # One pass, asked for before the build (over what is not frozen: the garbage made since the
    # last build); none set off by the ~million objects the build made.
    assert passes == [2]
    assert gc.isenabled()
    entries = len(services.current.catalog.items)  # type: ignore[attr-defined]
    assert entries > 500 and gc.get_freeze_count() - frozen > entries


@pytest.mark.slow
def test_a_replaced_catalog_is_freed_without_the_collector(client: Any, sandbox: Any) -> None:
    services = SwappableServices()
    refresher = CatalogRefresher(services, CatalogFeed(client, client._cache, REGION), REGION, SystemClock())
    assert refresher.refresh()
    old = weakref.ref(services.current)
    raw = refresher._feed.held()["items"][0]
    sandbox.state.fleet.catalog.publish([dict(raw, name="户口迁移（新办法）")])
    gc.disable()
    try:
        assert refresher.refresh() and refresher.last_outcome == "incremental"
        # Frozen objects are reclaimed only by reference counting: the catalog must hold no cycle.
        assert old() is None
    finally:
        gc.enable()


@pytest.mark.slow
def test_a_catalog_built_while_a_citizen_is_served_is_not_frozen(client: Any) -> None:
    # A frozen cycle is never reclaimed: nothing of a session may be frozen with the catalog.
    freeze_start_up()
    services = SwappableServices(in_session=lambda: True)
    refresher = CatalogRefresher(services, CatalogFeed(client, client._cache, REGION), REGION, SystemClock())
    frozen = gc.get_freeze_count()
    assert refresher.refresh() and services.loaded
    assert gc.get_freeze_count() <= frozen
    assert gc.isenabled()


@pytest.mark.slow
def test_a_refresh_due_while_a_citizen_is_served_waits_until_the_terminal_is_idle(client: Any) -> None:
    serving = [False]
    services = SwappableServices(in_session=lambda: serving[0])
    refresher = CatalogRefresher(services, CatalogFeed(client, client._cache, REGION), REGION, SystemClock())
    assert refresher.refresh()  # the first catalog
    requests: list[str] = []
    original = client._session.request

    def spy(method: str, url: str, **kwargs: Any) -> Any:
        requests.append(url)
        return original(method, url, **kwargs)

    client._session.request = spy
    serving[0] = True
    assert not refresher.refresh()  # put off: the schedule asks again soon
    assert requests == [] and refresher.deferred == 1
    serving[0] = False
    assert refresher.refresh() and len(requests) == 1
