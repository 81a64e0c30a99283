"""Every form in the sample catalog can be completed: prefill plus ordinary answers validate."""

from datetime import date

import pytest

from kiosk.catalog.model import FilingMode
from kiosk.catalog.parse import parse_catalog
from kiosk.domain.identity import CardType, Gender, Identity
from kiosk.domain.idnumber import check_char
from kiosk.forms.prefill import prefill
from kiosk.forms.schema import FieldSpec, FieldType
from kiosk.forms.validation import Form
from sandbox_platform.catalog_data import load_catalog

CATALOG = parse_catalog(load_catalog())
TODAY = date(2026, 11, 23)
NUMBER = "31010119800101123" + check_char("31010119800101123")
CITIZEN = Identity(
    CardType.RESIDENT_ID,
    name="李华",
    document_number=NUMBER,
    gender=Gender.MALE,
    birth_date=date(1980, 1, 1),
    address="上海市黄浦区人民大道200号",
)


def answer(spec: FieldSpec) -> str:
    """What a careful citizen would type into this field."""
    if spec.type is FieldType.TEXT:
        return "1" * max(spec.min_length or 2, 2)
    if spec.type is FieldType.NUMBER:
        return str(int(spec.min_value if spec.min_value is not None else 1))
    if spec.type is FieldType.DATE:
        return (spec.min_date or TODAY).isoformat()
    if spec.type is FieldType.CHOICE:
        return spec.options[0].value
    if spec.type is FieldType.REGION:
        return "320102"
    if spec.type is FieldType.PHONE:
        return "13812345678"
    if spec.type is FieldType.ID_NUMBER:
        return NUMBER
    return "江苏省南京市玄武区中山路1号"


FORMS = {i.name: i.form for i in CATALOG.items if i.filing_mode is FilingMode.TERMINAL}


@pytest.mark.parametrize("name", sorted(FORMS))
def test_the_form_validates_once_answered(name):
    schema = FORMS[name]
    values = {spec.id: answer(spec) for spec in schema.fields} | prefill(schema, CITIZEN)
    assert Form(schema, today=TODAY, regions=CATALOG.regions).validate(values) == {}


@pytest.mark.parametrize("name", sorted(FORMS))
def test_the_blank_form_asks_for_every_required_field(name):
    schema = FORMS[name]
    errors = Form(schema, today=TODAY, regions=CATALOG.regions).validate({})
    assert set(errors) == {f.id for f in schema.fields if f.required}
