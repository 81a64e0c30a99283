"""Field validation: the message each mistake earns, exactly as it is shown next to the field."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.catalog.gb2260 import is_issued_prefix
from kiosk.catalog.regions import Region, RegionLevel, RegionTable
from kiosk.domain.idnumber import check_char
from kiosk.forms.schema import FieldSpec, FieldType, FormSchema, Option, parse_form_schema
from kiosk.forms.validation import Form, parse_date, validate_field
from ui.words import Words

ZH = Words("zh_CN")  # the Chinese words of a typed message, from the catalog

TODAY = date(2026, 11, 23)
REGIONS = RegionTable(
    [Region("320000", "江苏省"), Region("320100", "南京市", "320000"), Region("320102", "玄武区", "320100")]
)


def check(spec, value):
    return ZH.render(validate_field(spec, value, today=TODAY, regions=REGIONS))


def valid_id(first17="11010519491231002"):
    return first17 + check_char(first17)


TEXT = FieldSpec("name", FieldType.TEXT, "申请人姓名", required=True, min_length=2, max_length=5)
NUMBER = FieldSpec("n", FieldType.NUMBER, "随迁人数", required=True, integer=True, min_value=0, max_value=10)
DATE = FieldSpec("d", FieldType.DATE, "出生日期", required=True, not_in_future=True, min_date=date(1900, 1, 1))
CHOICE = FieldSpec("c", FieldType.CHOICE, "迁移原因", required=True, options=(Option("work", "工作调动"),))
REGION = FieldSpec("r", FieldType.REGION, "迁出地", required=True, region_level=RegionLevel.COUNTY)
PHONE = FieldSpec("p", FieldType.PHONE, "手机号码", required=True)
ID = FieldSpec("i", FieldType.ID_NUMBER, "身份证号码", required=True)
ADDRESS = FieldSpec("a", FieldType.ADDRESS, "现居住地址", required=True, max_length=20)


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (TEXT, "请填写申请人姓名"),
        (NUMBER, "请填写随迁人数"),
        (DATE, "请选择出生日期"),
        (CHOICE, "请选择迁移原因"),
        (REGION, "请选择迁出地"),
        (PHONE, "请填写手机号码"),
        (ID, "请填写身份证号码"),
        (ADDRESS, "请填写现居住地址"),
    ],
)
def test_an_empty_required_field_asks_for_itself(spec, message):
    assert check(spec, "") == message
    assert check(spec, "   ") == message
    assert check(spec, None) == message


def test_an_empty_optional_field_is_fine():
    assert check(FieldSpec("x", FieldType.PHONE, "备用电话"), "") is None


def test_text_length_limits():
    assert check(TEXT, "张") == "申请人姓名至少2个字"
    assert check(TEXT, "欧阳娜娜娜娜") == "申请人姓名不能超过5个字"
    assert check(TEXT, "张三") is None


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("两个", "随迁人数应为数字"),
        ("nan", "随迁人数应为数字"),
        ("1.5", "随迁人数应为整数"),
        ("-1", "随迁人数不能小于0"),
        ("11", "随迁人数不能大于10"),
        ("3", None),
    ],
)
def test_number_messages(value, message):
    assert check(NUMBER, value) == message


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2023-02-30", "出生日期不是有效日期，请按“年-月-日”填写"),
        ("yesterday", "出生日期不是有效日期，请按“年-月-日”填写"),
        ("2026-11-24", "出生日期不能晚于今天"),
        ("1899-12-31", "出生日期不能早于1900年1月1日"),
        ("1990-05-06", None),
        ("1990/5/6", None),
        ("1990年5月6日", None),
    ],
)
def test_date_messages(value, message):
    assert check(DATE, value) == message


def test_date_latest_allowed_day():
    spec = FieldSpec("d", FieldType.DATE, "预约日期", max_date=date(2026, 12, 31))
    assert check(spec, "2027-01-01") == "预约日期不能晚于2026年12月31日"


def test_a_choice_outside_its_options_is_refused():
    assert check(CHOICE, "lottery") == "迁移原因的选项无效，请重新选择"
    assert check(CHOICE, "work") is None


def test_region_must_exist_and_reach_the_asked_level():
    assert check(REGION, "999999") == "迁出地无效，请重新选择"
    assert check(REGION, "南京") == "迁出地无效，请重新选择"
    assert check(REGION, "320100") == "请将迁出地选择到区县"
    assert check(REGION, "320102") is None


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("1381234567", "手机号码应为11位数字"),
        ("138123456789", "手机号码应为11位数字"),
        ("1381234567a", "手机号码应为11位数字"),
        ("12812345678", "手机号码不正确，请核对后重新填写"),
        ("138 1234 5678", None),
    ],
)
def test_phone_messages(value, message):
    assert check(PHONE, value) == message


def test_id_number_messages_name_the_field():
    assert check(ID, "1101051949123100") == "身份证号码应为18位"
    wrong_check = valid_id()[:17] + ("0" if valid_id()[17] != "0" else "1")
    assert check(ID, wrong_check) == "身份证号码校验位不正确，请核对后重新输入"
    assert check(ID, valid_id()) is None
    assert check(ID, valid_id().lower()) is None


def test_address_needs_detail_and_has_a_limit():
    assert check(ADDRESS, "南京市") == "请填写详细现居住地址，至少5个字"
    assert check(ADDRESS, "南京市玄武区" * 4) == "现居住地址不能超过20个字"
    assert check(ADDRESS, "南京市玄武区中山路1号") is None


def test_a_form_returns_one_message_per_wrong_field():
    form = Form(FormSchema((TEXT, PHONE, CHOICE)), today=TODAY)
    errors = ZH.render(form.validate({"name": "张三", "p": "123"}))
    assert errors == {"p": "手机号码应为11位数字", "c": "请选择迁移原因"}


def test_a_form_filled_correctly_has_no_errors():
    form = Form(FormSchema((TEXT, NUMBER, DATE, CHOICE, REGION, PHONE, ID, ADDRESS)), today=TODAY, regions=REGIONS)
    values = {
        "name": "张三",
        "n": "2",
        "d": "1990-05-06",
        "c": "work",
        "r": "320102",
        "p": "13812345678",
        "i": valid_id(),
        "a": "南京市玄武区中山路1号",
    }
    assert ZH.render(form.validate(values)) == {}


def test_a_schema_from_catalog_json_validates_like_a_built_one():
    schema = parse_form_schema({"fields": [{"id": "p", "type": "phone", "label": "手机号码", "required": True}]})
    assert ZH.render(Form(schema, today=TODAY).validate({})) == {"p": "请填写手机号码"}


@given(st.from_regex(r"1[3-9][0-9]{9}", fullmatch=True))
def test_every_mainland_mobile_number_is_accepted(number):
    assert check(PHONE, number) is None


@given(st.from_regex(r"[0-9]{17}", fullmatch=True))
def test_any_number_with_its_check_character_is_accepted_when_its_date_and_region_are_real(first17):
    date_ok = parse_date(f"{first17[6:10]}-{first17[10:12]}-{first17[12:14]}") is not None
    region_ok = is_issued_prefix(first17[:6])
    assert (check(ID, valid_id(first17)) is None) == (date_ok and region_ok)


@given(st.dates(min_value=date(1900, 1, 1), max_value=TODAY))
def test_every_past_date_in_iso_form_is_accepted(day):
    assert check(DATE, day.isoformat()) is None
