"""The live catalog: conditional and incremental refreshes from the sandbox over real HTTP, and a
change on the platform reaching a running terminal, swapped in between sessions."""

from __future__ import annotations

import threading

import pytest

from kiosk.clock import SystemClock
from kiosk.config.models import KioskConfig, OutboxConfig, PlatformConfig, TerminalConfig
from kiosk.service_view import SwappableServices
from offline_cache.assembly import build_sync_stack
from offline_cache.catalog_feed import CatalogFeed
from sandbox_platform.server import running_sandbox
from tests.outbox.kit import make_client, wait_until
from wiring.composition import start_catalog

pytestmark = pytest.mark.slow

REGION = "310101"


@pytest.fixture
def sandbox(tmp_path):
    with running_sandbox(tmp_path / "platform") as sb:
        yield sb


@pytest.fixture
def client(sandbox, tmp_path):
    c = make_client(sandbox, tmp_path)
    yield c
    c.close()


def _spy(client) -> list[tuple[str, int, int]]:
    """Every request the client sends: (URL, status, bytes on the wire)."""
    seen: list[tuple[str, int, int]] = []
    original = client._session.request

    def spy(method, url, **kwargs):
        resp = original(method, url, **kwargs)
        seen.append((url, resp.status_code, int(resp.headers.get("Content-Length", 0))))
        return resp

    client._session.request = spy
    return seen


def test_an_unchanged_catalog_costs_one_conditional_request_answered_304(sandbox, client):
    feed = CatalogFeed(client, client._cache, REGION)
    first = feed.refresh()
    seen = _spy(client)
    again = feed.refresh()
    assert first.outcome == "full" and again.outcome == "unchanged"
    assert len(seen) == 1 and seen[0][1] == 304 and seen[0][2] == 0
    assert again.catalog == first.catalog


def test_the_region_catalog_holds_only_what_the_region_offers(sandbox, client):
    catalog = CatalogFeed(client, None, REGION).refresh().catalog
    owners = {i["region_code"] for i in catalog["items"]}
    assert owners <= {"310000", "310100", "310101"}
    everything = client.catalog().value
    assert len(catalog["items"]) < len(everything["items"])


def test_an_incremental_update_brings_only_the_changed_items(sandbox, client):
    feed = CatalogFeed(client, client._cache, REGION)
    full = feed.refresh()
    item = dict(full.catalog["items"][3], name="户口迁移（新办法）")
    gone = full.catalog["items"][5]["code"]
    sandbox.state.fleet.catalog.publish([item], [gone])
    update = feed.refresh()
    assert update.outcome == "incremental" and update.changed == 2
    assert update.wire_bytes * 5 < full.wire_bytes  # 2 of ~50 entries (gzip makes each entry cheap)
    names = {i["code"]: i["name"] for i in update.catalog["items"]}
    assert names[item["code"]] == "户口迁移（新办法）" and gone not in names
    # The merged copy is exactly what a fresh full download would give.
    fresh = CatalogFeed(client, None, REGION).refresh().catalog
    assert sorted(map(str, update.catalog["items"])) == sorted(map(str, fresh["items"]))


def test_an_edit_outside_the_terminals_region_costs_it_a_304(sandbox, client):
    feed = CatalogFeed(client, client._cache, REGION)
    feed.refresh()
    elsewhere = next(i for i in client.catalog().value["items"] if not i["region_code"].startswith("31"))
    sandbox.state.fleet.catalog.publish([dict(elsewhere, name="别处的新事项名")])
    assert feed.refresh().outcome == "unchanged"


def test_a_cursor_the_platform_does_not_know_gets_the_whole_catalog(sandbox, client, tmp_path):
    feed = CatalogFeed(client, client._cache, REGION)
    feed.refresh()
    sandbox.state.fleet.catalog.epoch = "rebuilt"  # the platform's catalog store was rebuilt
    update = feed.refresh()
    assert update.outcome == "full" and update.catalog["epoch"] == "rebuilt"


def test_the_catalog_is_held_across_a_restart_in_the_encrypted_cache(sandbox, client, tmp_path):
    CatalogFeed(client, client._cache, REGION).refresh()
    again = CatalogFeed(client, client._cache, REGION)
    assert again.held() is not None and again.revision
    assert again.refresh().outcome == "unchanged"


def test_a_catalog_change_on_the_platform_reaches_a_running_terminal_within_one_refresh_period(sandbox, tmp_path):
    period_s = 2.0
    config = KioskConfig(
        terminal=TerminalConfig(id=sandbox.terminal_id, region_code=REGION, data_dir=str(tmp_path)),
        platform=PlatformConfig.model_validate(
            {"url": sandbox.url, "key_file": str(sandbox.key_file), "catalog_refresh_s": period_s}
        ),
        outbox=OutboxConfig(path=str(tmp_path / "t" / "outbox.sqlite3"), key_file=str(tmp_path / "t" / "o.key")),
    )
    (tmp_path / "t").mkdir()
    stack = build_sync_stack(config, SystemClock())
    services = SwappableServices()
    stop = threading.Event()
    try:
        refresher = start_catalog(config, services, stack, SystemClock(), stop)
        assert wait_until(lambda: services.loaded, timeout_s=60)
        code = services.search("", "")[0]["code"]
        item = sandbox.state.fleet.catalog.entry(code)
        assert item is not None
        begun = refresher.started
        sandbox.state.fleet.catalog.publish([dict(item, name="新名称测试事项")])
        assert wait_until(lambda: (services.summary(code) or {}).get("name") == "新名称测试事项", timeout_s=60)
        # Brought by the refresh running at the publish or the next one: within one (jittered) period.
        assert refresher.started - begun <= 1
    finally:
        stop.set()
        stack.stop()


def test_the_platforms_english_reaches_the_terminal_through_the_feed_and_its_encrypted_cache(sandbox, client):
    from kiosk.catalog.parse import parse_catalog

    CatalogFeed(client, client._cache, REGION).refresh()
    held = CatalogFeed(client, client._cache, REGION)  # a restart: the copy read back from the cache
    copy = held.held()
    assert copy is not None
    moving = next(i for i in copy["items"] if i["name"] == "户口迁移")
    # English added to an item on the platform arrives in the next incremental refresh, merged in.
    sandbox.state.fleet.catalog.publish([dict(moving, conditions_en=["Rule one", "Rule two"])])
    update = held.refresh()
    assert update.outcome == "incremental"
    item = next(i for i in parse_catalog(update.catalog).items if i.code == moving["code"])
    assert item.department_en == "Huangpu Sub-bureau, Shanghai Public Security Bureau"
    assert item.conditions_en == ("Rule one", "Rule two")
    assert item.form.field("move_reason").options[0].label_en == "Job transfer"
