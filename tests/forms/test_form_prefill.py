"""Prefill from the identified citizen: what is filled, what is left for them to type."""

from datetime import date

from kiosk.domain.identity import CardType, Gender, Identity
from kiosk.domain.idnumber import check_char
from kiosk.forms.prefill import prefill
from kiosk.forms.schema import parse_form_schema
from kiosk.forms.validation import Form
from sandbox_platform.catalog_data.fields import form
from ui.words import Words

ZH = Words("zh_CN")  # the Chinese words of a typed message, from the catalog

NUMBER = "32010219900506123" + check_char("32010219900506123")
CITIZEN = Identity(
    CardType.RESIDENT_ID,
    name="王小明",
    document_number=NUMBER,
    gender=Gender.FEMALE,
    birth_date=date(1990, 5, 6),
    address="江苏省南京市玄武区中山路1号",
)
SCHEMA = parse_form_schema(form("applicant_name", "applicant_id", "gender", "birth_date", "address", "phone"))


def test_identity_fills_name_number_gender_birth_date_and_address():
    assert prefill(SCHEMA, CITIZEN) == {
        "applicant_name": "王小明",
        "applicant_id": NUMBER,
        "gender": "2",
        "birth_date": "1990-05-06",
        "address": "江苏省南京市玄武区中山路1号",
    }


def test_prefilled_values_pass_validation_leaving_only_what_the_card_does_not_know():
    errors = ZH.render(Form(SCHEMA, today=date(2026, 11, 23)).validate(prefill(SCHEMA, CITIZEN)))
    assert errors == {"phone": "请填写手机号码"}


def test_gender_choice_coded_by_label_is_filled_with_its_value():
    schema = parse_form_schema(
        {
            "fields": [
                {
                    "id": "sex",
                    "type": "choice",
                    "label": "性别",
                    "prefill": "gender",
                    "options": [{"value": "M", "label": "男"}, {"value": "F", "label": "女"}],
                }
            ]
        }
    )
    assert prefill(schema, CITIZEN) == {"sex": "F"}


def test_an_unknown_gender_or_missing_value_is_left_for_the_citizen():
    sparse = Identity(CardType.SERVICE_CODE, name="王小明", document_number=NUMBER)
    assert prefill(SCHEMA, sparse) == {"applicant_name": "王小明", "applicant_id": NUMBER}


def test_a_foreigner_without_a_chinese_name_gets_the_english_one():
    foreigner = Identity(CardType.FOREIGNER_2023, name="", name_en="SMITH JOHN", document_number="9" * 18)
    assert prefill(SCHEMA, foreigner)["applicant_name"] == "SMITH JOHN"
