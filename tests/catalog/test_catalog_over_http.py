"""End to end: the terminal's platform client fetches the sample catalog from the sandbox platform
over real HTTP on 127.0.0.1, then the cached copy serves when the platform is down."""

import pytest

from kiosk.catalog.model import listings
from kiosk.catalog.parse import parse_catalog
from kiosk.catalog.search import SearchIndex
from sandbox_platform.server import running_sandbox
from tests.outbox.kit import make_client

pytestmark = pytest.mark.slow


def test_the_served_catalog_parses_searches_and_survives_the_platform_going_away(tmp_path):
    with running_sandbox(tmp_path / "platform") as sandbox:
        client = make_client(sandbox, tmp_path)
        try:
            fetched = client.catalog()
            assert not fetched.from_cache
            catalog = parse_catalog(fetched.value)
            assert len(catalog.items) >= 300
            index = SearchIndex(listings(catalog.available_at("310101")))
            assert index.search("hukouqian")[0].entry.name == "户口迁移"
            sandbox.stop()
            cached = client.catalog()
        finally:
            client.close()
    assert cached.from_cache
    assert len(parse_catalog(cached.value).items) == len(catalog.items)
