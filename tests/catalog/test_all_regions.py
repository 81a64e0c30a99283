"""Every division in force is offered: 34 provincial-level divisions, each county reachable through
the province → city → county picker, and ID numbers must begin with a region that was issued."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.catalog import gb2260
from kiosk.catalog.parse import parse_catalog
from kiosk.catalog.regions import RegionLevel, RegionTable, cascade_options, region_level_of
from kiosk.domain.idnumber import IdNumberError, check_char, validate_id_number
from kiosk.forms.schema import FieldSpec, FieldType
from kiosk.forms.validation import validate_field
from sandbox_platform.catalog_data import load_catalog
from ui.words import Words


@pytest.fixture(scope="module")
def table() -> RegionTable:
    return parse_catalog(load_catalog()).regions  # what the terminal gets from the platform


def leaves(table: RegionTable) -> list[str]:
    return [r.code for r in table if table.is_leaf(r.code)]


def test_the_catalog_names_all_34_provincial_level_divisions(table: RegionTable) -> None:
    names = {r.name for r in table.provinces()}
    assert len(names) == 34
    assert {"北京市", "新疆维吾尔自治区", "香港特别行政区", "澳门特别行政区", "台湾省"} <= names


def test_the_catalog_holds_every_county_of_the_dataset(table: RegionTable) -> None:
    counties = [r for r in gb2260.regions_in_force() if region_level_of(r.code) is RegionLevel.COUNTY]
    assert len(counties) > 2800
    assert all(r.code in table for r in counties)


def test_every_county_level_code_is_reachable_through_the_cascade(table: RegionTable) -> None:
    allowed = leaves(table)
    reached: set[str] = set()
    for province in cascade_options(table, allowed, "", 0):
        cities = cascade_options(table, allowed, province["value"], 1)
        if not cities:
            reached.add(province["value"])  # 香港: the pick ends at the province
        for city in cities:
            counties = cascade_options(table, allowed, city["value"], 2)
            if not counties:
                reached.add(city["value"])  # 东莞市: no counties under it
            reached.update(c["value"] for c in counties)
    county_codes = {r.code for r in table if region_level_of(r.code) is RegionLevel.COUNTY}
    assert county_codes <= reached
    assert reached == set(allowed)


def test_chongqing_districts_and_counties_are_picked_under_one_city(table: RegionTable) -> None:
    allowed = leaves(table)
    assert [c["label"] for c in cascade_options(table, allowed, "500000", 1)] == ["重庆市"]
    labels = [c["label"] for c in cascade_options(table, allowed, "500100", 2)]
    assert "渝中区" in labels and "城口县" in labels


def test_counties_a_province_runs_itself_are_named_without_the_grouping_row(table: RegionTable) -> None:
    assert table.full_name("429004") == "湖北省仙桃市"


def test_a_city_without_counties_completes_a_county_level_region_field(table: RegionTable) -> None:
    spec = FieldSpec("r", FieldType.REGION, "收件地区", required=True, region_level=RegionLevel.COUNTY)
    assert validate_field(spec, "441900", today=date(2026, 11, 28), regions=table) is None
    problem = validate_field(spec, "440100", today=date(2026, 11, 28), regions=table)
    assert Words("zh_CN").say(problem) == "请将收件地区选择到区县"


def number(first17: str) -> str:
    return first17 + check_char(first17)


def test_an_id_number_with_an_unknown_region_prefix_is_refused_with_a_message() -> None:
    with pytest.raises(IdNumberError) as info:
        validate_id_number(number("99010119800101123"))
    assert "前六位不是有效的行政区划代码" in Words("zh_CN").tr(info.value.say, "证件号码")


def test_an_id_number_from_an_abolished_county_is_still_accepted() -> None:
    # 110104 was 北京市宣武区 until 2010; its people keep their numbers.
    assert "110104" not in gb2260.region_table()
    assert validate_id_number(number("11010419800101123"))


def test_residence_permits_of_hong_kong_macao_and_taiwan_residents_are_accepted() -> None:
    for prefix in ("810000", "820000", "830000"):
        assert validate_id_number(number(prefix + "19800101123"))


def test_the_dataset_says_where_it_comes_from_and_when() -> None:
    assert "fetched 2026-" in gb2260.source_line()
