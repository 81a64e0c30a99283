"""Where an item is handled in person: the window, its address, opening hours and phone number.

Most departments sit in the region's 政务服务中心, each at its own numbered windows; the police
household office, the tax service hall, the real-estate registry and the housing-fund office
receive citizens at their own premises. Addresses and numbers are made up (deterministic per
region) but shaped like real ones: a road and number in the region, the city's area code.
"""

from __future__ import annotations

import hashlib

from sandbox_platform.catalog_data import regions as rg
from sandbox_platform.catalog_data.english import ROADS_EN, TEXT_EN, WINDOWS_EN, department_en, hall_en, region_en

AREA_CODES = {
    "310100": "021", "320100": "025", "320500": "0512", "320200": "0510", "330100": "0571",
    "330200": "0574", "330300": "0577", "340100": "0551", "340200": "0553", "341200": "0558",
    "440100": "020", "440300": "0755", "510100": "028", "511300": "0817",
}  # fmt: skip
_ROADS = ("人民路", "中山路", "解放路", "建设路", "文化路", "民生路", "和平路", "复兴路", "新华路", "光明路")
HALL_HOURS = "周一至周五 9:00–12:00，13:30–17:00；周六 9:00–12:00（法定节假日除外）"
OFFICE_HOURS = "周一至周五 9:00–12:00，13:30–17:00（法定节假日除外）"

# department type → (window name in the hall, or None when it receives at its own office; first window)
_HALL_WINDOWS: dict[str, tuple[str | None, int]] = {
    "人社局": ("社保综合窗口", 11),
    "医保局": ("医保综合窗口", 15),
    "民政局": ("民政窗口", 19),
    "卫健委": ("卫生健康窗口", 22),
    "市场监管局": ("企业开办及市场准入窗口", 1),
    "交通运输局": ("交通运输窗口", 25),
    "教育局": ("教育窗口", 27),
    "公安局": (None, 1),
    "税务局": (None, 1),
    "不动产登记中心": (None, 1),
    "住房公积金管理中心": (None, 1),
}
_OWN_OFFICE = {
    "公安局": "户政服务大厅",
    "税务局": "办税服务厅",
    "不动产登记中心": "不动产登记服务大厅",
    "住房公积金管理中心": "公积金业务受理大厅",
}


def _digits(seed: str, n: int) -> int:
    return int(hashlib.sha256(seed.encode()).hexdigest(), 16) % int(10**n)


def _address(region: str, seed: str) -> str:
    road = _ROADS[_digits(seed + "road", 3) % len(_ROADS)]
    return f"{rg.full_name(region)}{road}{1 + _digits(seed + 'no', 3) % 400}号"


def _address_en(region: str, seed: str, floor: str) -> str:
    road = _ROADS[_digits(seed + "road", 3) % len(_ROADS)]
    return f"{floor} floor, {1 + _digits(seed + 'no', 3) % 400} {ROADS_EN[road]}, {region_en(region)}"


def _phone(region: str, seed: str) -> str:
    code = AREA_CODES.get(rg.city_of(region), "021")
    width = 7 if len(code) == 4 else 8
    return f"{code}-{_digits(seed + 'tel', width - 1) + 6 * 10 ** (width - 1)}"


def windows_for(department_type: str, department: str, region: str, english: bool = False) -> list[dict[str, str]]:
    """The windows that receive this department's items in ``region`` (one or two); with ``english``,
    each with its name, address and hours in English too (``*_en``)."""
    hall = f"{rg.full_name(region)}政务服务中心"
    window, first = _HALL_WINDOWS.get(department_type, ("综合受理窗口", 30))
    if window is None:
        office = _OWN_OFFICE[department_type]
        own = {
            "name": f"{department}{office}",
            "address": _address(region, department) + "一楼",
            "hours": OFFICE_HOURS,
            "phone": _phone(region, department),
        }
        if english:
            own |= {"name_en": f"{WINDOWS_EN[office]}, {department_en(department_type, region)}",
                    "address_en": _address_en(region, department, "1st"), "hours_en": TEXT_EN[OFFICE_HOURS]}
        return [own]
    counter = {
        "name": f"{hall} {window}（{first}–{first + 3}号）",
        "address": _address(region, hall) + "二楼",
        "hours": HALL_HOURS,
        "phone": _phone(region, hall + window),
    }
    if english:
        counter |= {
            "name_en": f"{hall_en(region)}: {WINDOWS_EN[window]} (windows {first}–{first + 3})",
            "address_en": _address_en(region, hall, "2nd"),
            "hours_en": TEXT_EN[HALL_HOURS],
        }
    return [counter]
