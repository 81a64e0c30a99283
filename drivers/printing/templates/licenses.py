"""License-type metadata: printed title and field order with labels, per license type.

Adding a license type is one entry here. Fields the platform sends that a layout does not name
are still printed, after the named ones, so nothing is silently dropped; their label comes from
the labels every type shares (``FIELD_LABELS``), and a raw key is never printed: a key without a
label prints as 其他信息. A type the terminal does not know prints the name the platform gives it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class LicenseLayout:
    title: str  # printed when the platform sends no name
    fields: tuple[tuple[str, str], ...]  # (key in ELicense.fields, printed label)
    seal_label: str = "电子证照专用章"


LAYOUTS: dict[str, LicenseLayout] = {
    "household_register": LicenseLayout(
        "居民户口簿",
        (("relation", "与户主关系"), ("gender", "性别"), ("ethnicity", "民族"), ("birth_date", "出生日期"),
         ("birthplace", "出生地"), ("address", "住址"), ("household_type", "户别")),
    ),
    "marriage_certificate": LicenseLayout(
        "结婚证",
        (("spouse", "配偶姓名"), ("registered_on", "登记日期"), ("registry", "登记机关")),
    ),
    "business_license": LicenseLayout(
        "营业执照",
        (("credit_code", "统一社会信用代码"), ("legal_representative", "法定代表人"), ("entity_type", "类型"),
         ("registered_capital", "注册资本"), ("established_on", "成立日期"), ("address", "住所"),
         ("scope", "经营范围")),
    ),
    "residence_certificate": LicenseLayout(
        "居住证明",
        (("address", "居住地址"), ("since", "居住起始日期"), ("community", "所属社区")),
    ),
    "driving_license": LicenseLayout(
        "机动车驾驶证",
        (("class", "准驾车型"), ("first_issued", "初次领证日期"), ("valid_from", "有效起始日期"),
         ("gender", "性别"), ("nationality", "国籍"), ("address", "住址"), ("file_number", "档案编号")),
    ),
}

# Labels shared by all types, for fields a type's layout does not name (or a type not known here).
FIELD_LABELS: dict[str, str] = {
    "name": "姓名", "gender": "性别", "ethnicity": "民族", "nationality": "国籍", "birth_date": "出生日期",
    "birthplace": "出生地", "address": "住址", "phone": "联系电话", "relation": "与户主关系",
    "spouse": "配偶姓名", "registered_on": "登记日期", "registry": "登记机关", "issued_on": "发证日期",
    "valid_from": "有效起始日期", "valid_to": "有效期至", "class": "准驾车型", "category": "类别",
    "scope": "经营范围", "credit_code": "统一社会信用代码", "legal_representative": "法定代表人",
    "entity_type": "类型", "registered_capital": "注册资本", "established_on": "成立日期",
    "community": "所属社区", "since": "起始日期", "household_type": "户别", "remarks": "备注",
    "file_number": "档案编号", "first_issued": "初次领证日期",
}
OTHER_LABEL = "其他信息"
GENERIC = LicenseLayout("", ())  # the title is the name the platform gives the license


def layout_for(license_type: str) -> LicenseLayout:
    return LAYOUTS.get(license_type, GENERIC)


def label_for(key: str) -> str:
    """A printable label for a field key no layout names: shared metadata, a Chinese key as it is
    (the platform already sent words), or 其他信息 — never an identifier such as ``address``."""
    if key in FIELD_LABELS:
        return FIELD_LABELS[key]
    if key and not key.isascii():
        return key
    return OTHER_LABEL


def ordered_fields(layout: LicenseLayout, fields: Mapping[str, str]) -> list[tuple[str, str]]:
    named = [(label, fields[key]) for key, label in layout.fields if key in fields]
    known = {key for key, _ in layout.fields}
    return named + [(label_for(key), value) for key, value in fields.items() if key not in known]
