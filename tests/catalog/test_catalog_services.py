"""CatalogServices: the screens' view of the real catalog, from rows to validation."""

from datetime import date

import pytest

from kiosk.catalog.parse import parse_catalog
from kiosk.catalog.services import CatalogServices
from kiosk.clock import ManualClock
from kiosk.domain.identity import CardType, Gender, Identity
from kiosk.domain.idnumber import check_char
from kiosk.domain.masking import mask_name
from kiosk.service_view import ServiceView
from sandbox_platform.catalog_data import load_catalog
from ui.words import Words

NUMBER = "32010219900506123" + check_char("32010219900506123")  # registered in 南京市玄武区
CITIZEN = Identity(
    CardType.RESIDENT_ID,
    name="王小明",
    document_number=NUMBER,
    gender=Gender.FEMALE,
    birth_date=date(1990, 5, 6),
    address="上海市黄浦区人民大道200号",
)


ZH = Words("zh_CN")  # the Chinese words of the view's typed messages, from the catalog


@pytest.fixture(scope="module")
def services():
    return CatalogServices(parse_catalog(load_catalog()), "310101", ManualClock())


def code_of(services, name):
    return next(row["code"] for row in services.search(name, "") if row["name"] == name)


def test_it_is_a_service_view(services):
    view: ServiceView = services
    assert view.categories()


def test_categories_are_named_for_people(services):
    assert {"户籍办理", "住房公积金", "一件事一次办"} <= set(services.categories())


def test_search_rows_carry_what_the_list_shows(services):
    rows = services.search("gjj", "")
    assert rows and all(set(r) >= {"code", "name", "department", "cross", "online"} for r in rows)
    assert {"住房公积金退休提取", "租房提取住房公积金"} <= {r["name"] for r in rows}


def test_an_empty_query_browses_the_category(services):
    rows = services.search("", "住房公积金")
    assert rows and all(r["category"] == "住房公积金" for r in rows)


def test_a_category_narrows_a_search(services):
    rows = services.search("huji", "证明开具")
    assert [r["name"] for r in rows] == ["户籍证明开具"]


def test_summary_of_an_unknown_code_is_none(services):
    assert services.summary("NOPE") is None


def test_a_guide_only_item_is_not_online(services):
    assert services.summary(code_of(services, "住房公积金个人住房贷款"))["online"] is False


def test_a_guide_lists_conditions_materials_fees_and_time_limits(services):
    guide = ZH.render(services.guide(code_of(services, "居民身份证换领")))
    sections = {s["title"]: s["body"] for s in guide["sections"]}
    assert "居民身份证工本费：20.00元" in sections["收费标准"]
    assert sections["办理时限"] == "法定60个工作日，承诺15个工作日"
    assert "居民户口簿（可用电子证照免提交）" in sections["所需材料"]


def test_a_bundle_summary_names_its_items(services):
    summary = services.summary(code_of(services, "新生儿出生“一件事”"))
    assert summary["kind"] == "bundle" and "出生登记" in summary["items"]


def test_form_fields_are_prefilled_and_suggest_the_household_region(services):
    fields = {f["id"]: f for f in services.form_fields(code_of(services, "户口迁移"), CITIZEN)}
    assert fields["applicant_name"]["value"] == "王小明"
    assert fields["applicant_id"]["value"] == NUMBER
    assert fields["handling_region"]["value"] == "320000"
    assert fields["from_region"]["kind"] == "region" and fields["from_region"]["options"]


def test_a_blank_form_gets_a_message_for_every_required_field(services):
    errors = ZH.render(services.validate(code_of(services, "户口迁移"), {}))
    assert errors["applicant_name"] == "请填写申请人姓名"
    assert errors["phone"] == "请填写手机号码"
    assert errors["handling_region"] == "请选择办理地"
    assert errors["delivery"] == "请选择领取方式"


def test_choosing_ems_requires_its_details(services):
    code = code_of(services, "户口迁移")
    values = {f["id"]: f["value"] for f in services.form_fields(code, CITIZEN)} | {"delivery": "ems"}
    errors = ZH.render(services.validate(code, values))
    assert errors["ems_phone"] == "请填写收件人手机号码"
    assert errors["ems_region"] == "请选择收件地区"
    assert "ems_recipient" not in errors  # prefilled with the citizen's name


def test_a_complete_filing_validates_and_reviews_with_labels(services):
    code = code_of(services, "户口迁移")
    values = {f["id"]: f["value"] for f in services.form_fields(code, CITIZEN)} | {
        "phone": "13812345678",
        "from_region": "320102",
        "to_address": "上海市黄浦区人民大道200号",
        "move_reason": "work",
        "movers": "0",
        "delivery": "pickup",
    }
    assert services.validate(code, values) == {}
    rows = {r["label"]: r["value"] for r in ZH.render(services.review_rows(code, values))}
    assert rows["办理事项"] == "户口迁移"
    assert rows["迁移原因"] == "工作调动"
    assert rows["办理地"] == "江苏省"
    assert rows["结果领取方式"] == "窗口自取"


def test_a_held_elicense_marks_its_material_done(services):
    rows = {r["name"]: r for r in services.materials(code_of(services, "户口迁移"), ["household_register"])}
    assert rows["居民户口簿"]["done"] and not rows["居民户口簿"]["needs_photo"]
    assert rows["准予迁入证明"]["done"] is False


# --- what a public screen shows, where a guide-only item leads, what a site offers -------------


def test_card_data_on_the_form_is_read_only_and_shown_masked(services):
    fields = {f["id"]: f for f in services.form_fields(code_of(services, "户口迁移"), CITIZEN)}
    id_field = next(f for f in fields.values() if f["type"] == "id_number")
    assert id_field["locked"] and id_field["value"] == NUMBER
    assert id_field["display"] == NUMBER[:4] + "**********" + NUMBER[-4:]
    assert not fields["phone"]["locked"]


def test_review_masks_id_number_phone_and_name_unless_the_holder_asks(services):
    code = code_of(services, "户口迁移")
    values = {f["id"]: f["value"] for f in services.form_fields(code, CITIZEN)} | {"phone": "13812345678"}
    shown = " ".join(r["value"] for r in services.review_rows(code, values))
    assert NUMBER not in shown and "13812345678" not in shown and "王小明" not in shown
    revealed = " ".join(r["value"] for r in services.review_rows(code, values, reveal=True))
    assert NUMBER in revealed and "13812345678" in revealed


def test_postal_fields_are_shown_only_when_ems_is_chosen(services):
    fields = services.form_fields(code_of(services, "户口迁移"), CITIZEN)
    ems = [f for f in fields if f["id"].startswith("ems_")]
    assert ems and all(f["when"] == {"field": "delivery", "value": "ems"} for f in ems)
    assert all("when" not in f for f in fields if not f["id"].startswith("ems_"))


def test_a_guide_names_its_window_with_address_hours_and_phone_and_the_department_once(services):
    guide = ZH.render(services.guide(code_of(services, "户口迁移")))
    (window,) = guide["windows"]
    assert window["address"].startswith("上海市黄浦区") and window["hours"] and window["phone"].startswith("021-")
    bodies = " ".join(s["body"] for s in guide["sections"])
    assert guide["department"] not in bodies
    assert "办理地点" not in [s["title"] for s in guide["sections"]]


def test_the_demo_hall_guides_over_800_items_and_files_over_89(services):
    items = services.catalog.items
    assert len(items) >= 800
    assert sum(i.filing_mode.value == "terminal" for i in items) >= 89
    assert all(i.windows for i in items)


def test_a_site_profile_offers_only_its_categories():
    bank = CatalogServices(
        parse_catalog(load_catalog()),
        "310101",
        ManualClock(),
        offered=["social_security", "medical_insurance", "housing_fund", "real_estate"],
    )
    assert bank.categories() == ["社会保障", "医疗保障", "住房公积金", "不动产"]
    assert {r["category"] for r in bank.search("", "")} <= {"社会保障", "医疗保障", "住房公积金", "不动产"}
    assert bank.search("户口迁移", "") == []


def test_a_search_without_results_suggests_the_nearest_items_and_categories(services):
    assert services.search("养老金资格认证xyz", "") == []
    suggestions = services.suggest("养老金资格认证xyz")
    assert len(suggestions["items"]) == 5 and suggestions["categories"]
    assert any("养老" in r["name"] for r in suggestions["items"])


def test_the_postal_recipient_is_the_card_holder_masked_and_the_cards_address_is_not_offered(services):
    code = code_of(services, "户口迁移")
    fields = {f["id"]: f for f in services.form_fields(code, CITIZEN)}
    recipient = fields["ems_recipient"]
    assert recipient["value"] == CITIZEN.display_name  # filed as the holder's name…
    assert recipient["locked"] and recipient["replaceable"]
    assert recipient["display"] == mask_name(CITIZEN.display_name)  # …shown masked on the public screen
    assert fields["ems_address"]["value"] == ""  # the household-registration address is not put on screen


def test_opening_a_form_again_works_out_no_region_name_again(monkeypatch):
    services = CatalogServices(parse_catalog(load_catalog()), "310101", ManualClock())
    code = code_of(services, "户口迁移")
    first = services.form_fields(code, CITIZEN)
    named: list[str] = []
    full_name = services._regions.full_name

    def counted(region_code):
        named.append(region_code)
        return full_name(region_code)

    monkeypatch.setattr(services._regions, "full_name", counted)
    again = services.form_fields(code, CITIZEN)
    assert len(named) < 10  # before: ~5,700 full names (two region fields) each time a form opened
    assert again == first
    next(f for f in again if f["id"] == "from_region")["options"][0]["label"] = "changed"  # each form has its own copy
    assert services.form_fields(code, CITIZEN) == first
