"""The province → city → county picker offers only what the field allows, one level at a time."""

from __future__ import annotations

import pytest

from kiosk.catalog.parse import parse_catalog
from kiosk.catalog.regions import RegionTable, cascade_options
from sandbox_platform.catalog_data import load_catalog


@pytest.fixture(scope="module")
def table() -> RegionTable:
    return parse_catalog(load_catalog()).regions


ALLOWED = ["320102", "320106", "320508", "330106"]


def test_first_level_lists_each_province_once(table: RegionTable) -> None:
    assert cascade_options(table, ALLOWED, "", 0) == [
        {"value": "320000", "label": "江苏省", "picked": False},
        {"value": "330000", "label": "浙江省", "picked": False},
    ]


def test_the_options_on_the_picked_path_are_marked(table: RegionTable) -> None:
    assert [o["picked"] for o in cascade_options(table, ALLOWED, "320106", 0)] == [True, False]
    assert [o["picked"] for o in cascade_options(table, ALLOWED, "320106", 2)] == [False, True]


def test_cities_appear_only_once_a_province_is_picked(table: RegionTable) -> None:
    assert cascade_options(table, ALLOWED, "", 1) == []
    assert [o["label"] for o in cascade_options(table, ALLOWED, "320000", 1)] == ["南京市", "苏州市"]


def test_districts_appear_only_once_a_city_is_picked(table: RegionTable) -> None:
    assert cascade_options(table, ALLOWED, "320000", 2) == []
    assert [o["value"] for o in cascade_options(table, ALLOWED, "320100", 2)] == ["320102", "320106"]
    assert [o["value"] for o in cascade_options(table, ALLOWED, "320106", 2)] == ["320102", "320106"]
