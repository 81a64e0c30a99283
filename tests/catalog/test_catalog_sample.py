"""The sample catalog the sandbox platform serves: size, coverage, and that it all parses."""

import json

import pytest

from kiosk.catalog.model import FilingMode
from kiosk.catalog.parse import parse_catalog
from kiosk.catalog.regions import RegionLevel
from sandbox_platform.catalog_data import generate_catalog, load_catalog


@pytest.fixture(scope="module")
def raw():
    return load_catalog()


@pytest.fixture(scope="module")
def catalog(raw):
    return parse_catalog(raw)


def test_sample_has_at_least_300_items_in_at_least_four_provinces(catalog):
    assert len(catalog.items) >= 300
    assert len({i.region_code[:2] for i in catalog.items}) >= 4


@pytest.mark.parametrize(
    "name",
    ["户口迁移", "异地就医备案", "住房公积金退休提取", "内地居民结婚登记", "出生登记", "社会保障卡申领"],
)
def test_high_frequency_items_can_be_filed_across_provinces_in_the_yangtze_delta(catalog, name):
    delta = {"31", "32", "33", "34"}
    items = [i for i in catalog.items if i.name == name and i.region_code[:2] in delta]
    assert {i.region_code[:2] for i in items} == delta
    assert all(i.cross_province and len(i.handling_regions) >= 2 for i in items)


@pytest.mark.parametrize("name", ["新生儿出生“一件事”", "退休“一件事”"])
def test_both_bundles_exist_and_cover_several_items(catalog, name):
    bundles = [b for b in catalog.bundles if b.name == name]
    assert bundles
    for bundle in bundles:
        assert len(catalog.items_of(bundle)) >= 3


def test_birth_bundle_covers_certificate_registration_insurance_and_card(catalog):
    bundle = next(b for b in catalog.bundles if b.name == "新生儿出生“一件事”")
    names = {i.name for i in catalog.items_of(bundle)}
    assert names == {"出生医学证明首次签发", "出生登记", "城乡居民基本医疗保险参保登记", "社会保障卡申领"}


def test_every_filable_item_has_a_form_asking_who_applies(catalog):
    for item in catalog.items:
        if item.filing_mode is FilingMode.TERMINAL:
            assert {"applicant_name", "applicant_id", "phone"} <= set(item.form.field_ids), item.code


def test_every_item_schema_survives_a_json_round_trip(raw):
    # What the terminal parses is the cached JSON text, not the Python dict.
    assert len(parse_catalog(json.loads(json.dumps(raw, ensure_ascii=False))).items) == len(raw["items"])


def test_departments_are_named_as_on_their_signs(catalog):
    departments = {i.department for i in catalog.items}
    assert "上海市公安局黄浦区分局" in departments
    assert "南京市住房公积金管理中心" in departments
    assert "国家税务总局南京市玄武区税务局" in departments
    assert "杭州市上城区医疗保障局" in departments or "杭州市医疗保障局" in departments


def test_department_types_cover_the_usual_bureaus(catalog):
    kinds = {i.department_type for i in catalog.items}
    assert {"公安局", "人社局", "医保局", "住房公积金管理中心", "民政局", "市场监管局", "税务局"} <= kinds


def test_materials_replaceable_by_an_elicense_say_which(catalog):
    item = next(i for i in catalog.items if i.name == "户口迁移")
    household = next(m for m in item.materials if m.name == "居民户口簿")
    assert household.elicense_type == "household_register"


def test_region_table_cascades_from_province_to_county(catalog):
    regions = catalog.regions
    provinces = [r.code for r in regions.provinces()]
    assert {"310000", "320000", "330000", "340000", "440000", "510000"} <= set(provinces)
    cities = regions.children("320000")
    assert "320100" in [c.code for c in cities]
    counties = regions.children("320100")
    assert counties and all(c.level is RegionLevel.COUNTY for c in counties)
    assert regions.full_name("310104") == "上海市徐汇区"


def test_sample_is_the_same_on_every_load():
    assert load_catalog() == load_catalog()


def test_generator_makes_the_requested_number_of_items_reproducibly():
    first = generate_catalog(3000, seed=7)
    assert len(first["items"]) == 3000
    assert first == generate_catalog(3000, seed=7)
    assert first["items"] != generate_catalog(3000, seed=8)["items"]
    assert len(parse_catalog(first).items) == 3000


def test_generator_refuses_more_items_than_it_has_distinct_pairs():
    with pytest.raises(ValueError, match="at most"):
        generate_catalog(10**6)
