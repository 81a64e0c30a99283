"""Browsing what a terminal offers: by category, by department, bundles and materials."""

import pytest

from kiosk.catalog.parse import parse_catalog
from sandbox_platform.catalog_data import load_catalog


@pytest.fixture(scope="module")
def catalog():
    return parse_catalog(load_catalog())


@pytest.fixture(scope="module")
def huangpu(catalog):
    return catalog.available_at("310101")


def test_a_terminal_offers_its_county_and_city_items_only(huangpu):
    assert huangpu.items
    assert {i.region_code for i in huangpu.items} <= {"310101", "310100", "310000"}
    assert {"310101", "310100"} <= {i.region_code for i in huangpu.items}


def test_a_terminal_offers_the_bundles_of_its_county(huangpu):
    assert {b.name for b in huangpu.bundles} == {"新生儿出生“一件事”", "退休“一件事”"}


def test_browsing_a_category_lists_only_that_category_busiest_first(huangpu):
    items = huangpu.in_category("housing_fund")
    assert items and all(i.category == "housing_fund" for i in items)
    assert [i.popularity for i in items] == sorted((i.popularity for i in items), reverse=True)


def test_categories_in_use_leave_out_empty_ones(huangpu):
    used = {c.id for c in huangpu.categories_in_use()}
    assert {"household", "medical_insurance", "housing_fund", "life_events"} <= used
    assert all(huangpu.in_category(c) or huangpu.bundles_in_category(c) for c in used)


def test_browsing_a_department_lists_its_items(huangpu):
    items = huangpu.of_department("上海市公安局黄浦区分局")
    assert {"户口迁移", "出生登记", "居民身份证换领"} <= {i.name for i in items}
    assert all(i.department == "上海市公安局黄浦区分局" for i in items)


def test_departments_are_listed_busiest_first(huangpu):
    departments = huangpu.departments()
    load = {d: sum(i.popularity for i in huangpu.of_department(d)) for d in departments}
    assert [load[d] for d in departments] == sorted(load.values(), reverse=True)


def test_a_held_elicense_makes_its_material_unnecessary(huangpu):
    item = next(i for i in huangpu.items if i.name == "户口迁移")
    everything = {m.name for m in item.materials_to_provide([])}
    with_register = {m.name for m in item.materials_to_provide(["household_register"])}
    assert everything - with_register == {"居民户口簿"}


def test_a_bundle_asks_each_shared_field_and_material_once(huangpu):
    bundle = next(b for b in huangpu.bundles if b.name == "新生儿出生“一件事”")
    form = huangpu.bundle_form(bundle)
    assert form.field_ids.count("applicant_id") == 1
    assert {"baby_name", "birth_hospital", "bank"} <= set(form.field_ids)
    materials = [m.name for m in huangpu.bundle_materials(bundle)]
    assert len(materials) == len(set(materials))
    assert "出生医学证明" in materials
