"""Form schemas from the catalog JSON: refusals name the field, bundles merge forms."""

import pytest

from kiosk.forms.schema import FieldType, FormSchemaError, PrefillSource, parse_form_schema


def parse(*fields):
    return parse_form_schema({"fields": list(fields)}, where="item X.form")


def test_every_field_type_parses():
    types = ["text", "number", "date", "choice", "region", "phone", "id_number", "address"]
    fields: list[dict[str, object]] = [{"id": t, "type": t, "label": t} for t in types]
    fields[3]["options"] = [{"value": "a", "label": "甲"}]
    schema = parse(*fields)
    assert [f.type for f in schema.fields] == [FieldType(t) for t in types]


def test_limits_and_prefill_are_read():
    schema = parse(
        {"id": "n", "type": "number", "label": "人数", "min": 0, "max": 9, "integer": True},
        {"id": "a", "type": "address", "label": "地址", "max_length": 80, "prefill": "address"},
    )
    assert (schema.field("n").min_value, schema.field("n").max_value, schema.field("n").integer) == (0, 9, True)
    assert schema.field("a").prefill is PrefillSource.ADDRESS


def test_an_unknown_type_is_refused_with_the_field_named():
    with pytest.raises(FormSchemaError, match=r"item X\.form\.fields\[0\] \(sig\).*'pad'"):
        parse({"id": "sig", "type": "pad", "label": "签名"})


def test_duplicate_field_ids_are_refused():
    with pytest.raises(FormSchemaError, match="duplicate"):
        parse({"id": "a", "type": "text", "label": "甲"}, {"id": "a", "type": "text", "label": "乙"})


def test_contradictory_length_limits_are_refused():
    with pytest.raises(FormSchemaError, match="min_length"):
        parse({"id": "a", "type": "text", "label": "甲", "min_length": 9, "max_length": 2})


def test_an_unknown_prefill_source_is_refused():
    with pytest.raises(FormSchemaError, match="prefill"):
        parse({"id": "a", "type": "text", "label": "甲", "prefill": "mood"})


def test_merging_keeps_the_first_definition_of_a_shared_field():
    first = parse({"id": "phone", "type": "phone", "label": "手机号码"}, {"id": "a", "type": "text", "label": "甲"})
    second = parse({"id": "phone", "type": "phone", "label": "联系电话"}, {"id": "b", "type": "text", "label": "乙"})
    merged = first.merged_with(second)
    assert merged.field_ids == ("phone", "a", "b")
    assert merged.field("phone").label == "手机号码"
