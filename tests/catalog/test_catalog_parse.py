"""Parsing the platform's catalog JSON: what is refused, and how the refusal reads."""

import copy

import pytest

from kiosk.catalog.parse import CatalogFormatError, parse_catalog
from kiosk.forms.delivery import DeliveryMethod
from sandbox_platform.catalog_data import load_catalog


@pytest.fixture(scope="module")
def sample():
    return load_catalog()


def _with_first_item(sample, **changes):
    raw = copy.deepcopy(sample)
    raw["items"][0].update(changes)
    return raw, raw["items"][0]["code"]


def test_an_unknown_field_type_is_refused_naming_the_item_and_field(sample):
    raw, code = _with_first_item(sample)
    raw["items"][0]["form"]["fields"][0]["type"] = "signature_pad"
    with pytest.raises(CatalogFormatError) as err:
        parse_catalog(raw)
    assert code in str(err.value) and "applicant_name" in str(err.value) and "signature_pad" in str(err.value)


def test_a_choice_field_without_options_is_refused(sample):
    raw, _ = _with_first_item(sample)
    raw["items"][0]["form"]["fields"].append({"id": "x", "type": "choice", "label": "类型"})
    with pytest.raises(CatalogFormatError, match="options"):
        parse_catalog(raw)


def test_an_unknown_delivery_method_is_refused(sample):
    raw, code = _with_first_item(sample, delivery_methods=["drone"])
    with pytest.raises(CatalogFormatError, match=code):
        parse_catalog(raw)


def test_a_negative_time_limit_is_refused(sample):
    raw, _ = _with_first_item(sample, promised_limit_days=-1)
    with pytest.raises(CatalogFormatError, match="promised_limit_days"):
        parse_catalog(raw)


def test_a_repeated_item_code_is_refused(sample):
    raw = copy.deepcopy(sample)
    raw["items"].append(copy.deepcopy(raw["items"][0]))
    with pytest.raises(CatalogFormatError, match="twice"):
        parse_catalog(raw)


def test_a_bundle_naming_an_unknown_item_is_refused(sample):
    raw = copy.deepcopy(sample)
    raw["bundles"][0]["item_codes"].append("999999-NOPE")
    with pytest.raises(CatalogFormatError, match="999999-NOPE"):
        parse_catalog(raw)


def test_parsed_item_keeps_fees_limits_and_delivery(sample):
    catalog = parse_catalog(sample)
    item = next(i for i in catalog.items if i.name == "居民身份证换领")
    assert item.fees[0].amount_fen == 2000 and item.fees[0].amount_yuan == "20.00"
    assert (item.legal_limit_days, item.promised_limit_days) == (60, 15)
    assert DeliveryMethod.EMS in item.delivery_methods
    free = next(i for i in catalog.items if i.name == "异地就医备案")
    assert free.free


def test_a_category_that_is_not_an_object_is_refused(sample):
    raw = copy.deepcopy(sample)
    raw["categories"].append("户籍")
    with pytest.raises(CatalogFormatError, match="categories"):
        parse_catalog(raw)


def test_something_other_than_an_object_is_not_a_catalog():
    with pytest.raises(CatalogFormatError, match="expected an object"):
        parse_catalog([])  # type: ignore[arg-type]
