"""The region table of the sample catalog: six provinces, a few cities and counties each (GB/T 2260)."""

from __future__ import annotations

# (code, name, parent). Shanghai is a municipality: its city level is the same name again.
REGIONS: tuple[tuple[str, str, str], ...] = (
    ("310000", "上海市", ""),
    ("310100", "上海市", "310000"),
    ("310101", "黄浦区", "310100"),
    ("310104", "徐汇区", "310100"),
    ("310115", "浦东新区", "310100"),
    ("310112", "闵行区", "310100"),
    ("320000", "江苏省", ""),
    ("320100", "南京市", "320000"),
    ("320102", "玄武区", "320100"),
    ("320106", "鼓楼区", "320100"),
    ("320500", "苏州市", "320000"),
    ("320505", "虎丘区", "320500"),
    ("320508", "姑苏区", "320500"),
    ("320200", "无锡市", "320000"),
    ("320213", "梁溪区", "320200"),
    ("330000", "浙江省", ""),
    ("330100", "杭州市", "330000"),
    ("330102", "上城区", "330100"),
    ("330106", "西湖区", "330100"),
    ("330200", "宁波市", "330000"),
    ("330212", "鄞州区", "330200"),
    ("330300", "温州市", "330000"),
    ("330302", "鹿城区", "330300"),
    ("340000", "安徽省", ""),
    ("340100", "合肥市", "340000"),
    ("340103", "庐阳区", "340100"),
    ("340104", "蜀山区", "340100"),
    ("340200", "芜湖市", "340000"),
    ("340202", "镜湖区", "340200"),
    ("341200", "阜阳市", "340000"),
    ("341202", "颍州区", "341200"),
    ("440000", "广东省", ""),
    ("440100", "广州市", "440000"),
    ("440104", "越秀区", "440100"),
    ("440106", "天河区", "440100"),
    ("440300", "深圳市", "440000"),
    ("440304", "福田区", "440300"),
    ("440305", "南山区", "440300"),
    ("510000", "四川省", ""),
    ("510100", "成都市", "510000"),
    ("510104", "锦江区", "510100"),
    ("510107", "武侯区", "510100"),
    ("511300", "南充市", "510000"),
    ("511302", "顺庆区", "511300"),
)

PROVINCES = tuple(code for code, _, parent in REGIONS if not parent)
# 长三角 (Shanghai, Jiangsu, Zhejiang, Anhui) runs its own 一网通办 for several items.
YANGTZE_DELTA = ("310000", "320000", "330000", "340000")

_NAMES = {code: name for code, name, _ in REGIONS}
_PARENT = {code: parent for code, _, parent in REGIONS}


def level(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    return "city" if code.endswith("00") else "county"


def codes_at(wanted: str) -> list[str]:
    return [code for code, _, _ in REGIONS if level(code) == wanted]


def full_name(code: str) -> str:
    """上海市徐汇区, 江苏省 → the name a department is prefixed with (province names stay out
    below province level, as on real department signs)."""
    if level(code) == "province":
        return _NAMES[code]
    if level(code) == "city":
        return _NAMES[code]
    city = _PARENT[code]
    return _NAMES[city] + _NAMES[code]


def city_of(code: str) -> str:
    return code if level(code) != "county" else _PARENT[code]


def as_json() -> list[dict[str, str]]:
    return [{"code": c, "name": n, "parent": p} for c, n, p in REGIONS]
