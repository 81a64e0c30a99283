"""GB/T 3304 ethnicity codes as printed on the resident ID card (modern names)."""

from __future__ import annotations

_NAMES = [
    "汉",
    "蒙古",
    "回",
    "藏",
    "维吾尔",
    "苗",
    "彝",
    "壮",
    "布依",
    "朝鲜",
    "满",
    "侗",
    "瑶",
    "白",
    "土家",
    "哈尼",
    "哈萨克",
    "傣",
    "黎",
    "傈僳",
    "佤",
    "畲",
    "高山",
    "拉祜",
    "水",
    "东乡",
    "纳西",
    "景颇",
    "柯尔克孜",
    "土",
    "达斡尔",
    "仫佬",
    "羌",
    "布朗",
    "撒拉",
    "毛南",
    "仡佬",
    "锡伯",
    "阿昌",
    "普米",
    "塔吉克",
    "怒",
    "乌孜别克",
    "俄罗斯",
    "鄂温克",
    "德昂",
    "保安",
    "裕固",
    "京",
    "塔塔尔",
    "独龙",
    "鄂伦春",
    "赫哲",
    "门巴",
    "珞巴",
    "基诺",
]

ETHNICITY_BY_CODE: dict[str, str] = {f"{i:02d}": name for i, name in enumerate(_NAMES, start=1)}
ETHNICITY_BY_CODE["97"] = "其他"
ETHNICITY_BY_CODE["98"] = "外国血统中国籍人士"
CODE_BY_ETHNICITY: dict[str, str] = {name: code for code, name in ETHNICITY_BY_CODE.items()}


def ethnicity_name(code: str) -> str:
    """The display name, or the raw code itself for codes outside the table (vendor 9x extensions)."""
    return ETHNICITY_BY_CODE.get(code, code)


def ethnicity_code(name_or_code: str) -> str:
    return CODE_BY_ETHNICITY.get(name_or_code, name_or_code)
