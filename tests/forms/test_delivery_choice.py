"""Delivery choice (EMS needs a recipient, phone and address) and the handling region."""

from typing import Any

from kiosk.catalog.regions import Region, RegionTable
from kiosk.forms import delivery
from kiosk.forms.delivery import DeliveryChoice, DeliveryMethod, suggest_handling_region
from ui.words import Words

ZH = Words("zh_CN")  # the Chinese words of a typed message, from the catalog


def validate_delivery(*args: Any, **kwargs: Any) -> Any:
    return ZH.render(delivery.validate_delivery(*args, **kwargs))


def validate_handling_region(*args: Any) -> Any:
    return ZH.render(delivery.validate_handling_region(*args))


ALL = (DeliveryMethod.EMS, DeliveryMethod.PICKUP, DeliveryMethod.ONLINE)
REGIONS = RegionTable(
    [Region("340000", "安徽省"), Region("340100", "合肥市", "340000"), Region("340103", "庐阳区", "340100")]
)


def test_no_method_chosen_asks_for_one():
    assert validate_delivery(DeliveryChoice(None), ALL) == {"method": "请选择领取方式"}


def test_a_method_the_item_does_not_offer_is_refused():
    errors = validate_delivery(DeliveryChoice(DeliveryMethod.EMS), (DeliveryMethod.PICKUP,))
    assert errors == {"method": "该事项不支持EMS邮寄，请重新选择"}


def test_pickup_needs_nothing_more():
    assert validate_delivery(DeliveryChoice(DeliveryMethod.PICKUP), ALL) == {}


def test_ems_without_details_asks_for_recipient_phone_region_and_address():
    errors = validate_delivery(DeliveryChoice(DeliveryMethod.EMS), ALL, regions=REGIONS)
    assert errors == {
        "recipient": "请填写收件人姓名",
        "phone": "请填写收件人手机号码",
        "region": "请选择收件地区",
        "address": "请填写详细地址",
    }


def test_ems_with_full_details_is_accepted():
    choice = DeliveryChoice(DeliveryMethod.EMS, "王小明", "13912345678", "340103", "合肥市庐阳区长江中路1号")
    assert validate_delivery(choice, ALL, regions=REGIONS) == {}


def test_a_choice_survives_the_round_trip_through_session_values():
    choice = DeliveryChoice(DeliveryMethod.EMS, "王小明", "13912345678", "340103", "合肥市庐阳区长江中路1号")
    assert DeliveryChoice.from_values(choice.as_values()) == choice
    assert DeliveryChoice.from_values({"method": "pigeon"}).method is None


def test_handling_region_must_be_one_the_item_lists():
    listed = ("320000", "340000")
    assert validate_handling_region("", listed) == "请选择办理地"
    assert validate_handling_region("440104", listed) == "该事项暂不支持在所选地区办理，请重新选择"
    assert validate_handling_region("340103", listed) is None


def test_handling_region_is_suggested_from_the_household_registration_in_the_id_number():
    assert suggest_handling_region("340103199001011234", ("320000", "340000")) == "340103"
    assert suggest_handling_region("440104199001011234", ("320000", "340000")) == ""
