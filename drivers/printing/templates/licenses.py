"""License types the certificate template knows: printed title and field order with labels.

Adding a license type is one entry here. Fields the platform sends that a layout does not name
are still printed, after the named ones, under their own key, so nothing is silently dropped.
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
}

GENERIC = LicenseLayout("电子证照", ())


def layout_for(license_type: str) -> LicenseLayout:
    return LAYOUTS.get(license_type, GENERIC)


def ordered_fields(layout: LicenseLayout, fields: Mapping[str, str]) -> list[tuple[str, str]]:
    named = [(label, fields[key]) for key, label in layout.fields if key in fields]
    known = {key for key, _ in layout.fields}
    return named + [(key, value) for key, value in fields.items() if key not in known]
