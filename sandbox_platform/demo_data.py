"""E-licenses the sandbox hands out for the demo identities (fictional people, valid check digits)."""

from __future__ import annotations

from typing import Any

from sandbox_platform.catalog_data.english import ELICENSES_EN, REGIONS_EN, department_en

_DEMO_ELICENSES: dict[str, list[dict[str, Any]]] = {
    "320102199003071239": [
        {
            "license_type": "household_register",
            "name": "居民户口簿",
            "number": "HK320102000123",
            "holder": "王小明",
            "issuer": "南京市公安局玄武分局",
            "valid_to": "",
            "fields": {"household_type": "非农业家庭户口", "address": "江苏省南京市玄武区中山路100号"},
        },
        {
            "license_type": "marriage_certificate",
            "name": "结婚证",
            "number": "J320102-2018-004512",
            "holder": "王小明",
            "issuer": "南京市玄武区民政局",
            "valid_to": "",
            "fields": {"registered_on": "2018-10-01"},
        },
        {
            "license_type": "driving_license",
            "name": "机动车驾驶证",
            "number": "320102199003071239",
            "holder": "王小明",
            "issuer": "南京市公安局交通管理局",
            "valid_to": "2032-06-30",
            "fields": {"class": "C1"},
        },
    ],
}


def elicenses_for(document_number: str) -> list[dict[str, Any]]:
    """The holder's e-licenses, each with the platform's English for its name and issuer."""
    return [
        dict(e, name_en=ELICENSES_EN[e["name"]], issuer_en=ELICENSES_EN[e["issuer"]])
        for e in _DEMO_ELICENSES.get(document_number.upper(), [])
    ]


# 查询打印 records: what the platform holds about a person, made up from the document number.
_RECORD_FIELDS: dict[str, tuple[str, str, list[tuple[str, str]]]] = {
    "CX-SB-01": ("社会保险参保缴费证明", "人力资源和社会保障局", [
        ("参保险种", "企业职工基本养老保险、失业保险、工伤保险"),
        ("参保状态", "正常参保"),
        ("累计缴费月数", "{months}")]),
    "CX-SB-02": ("养老保险个人权益记录", "人力资源和社会保障局", [
        ("累计缴费月数", "{months}"), ("个人账户累计储存额", "{amount}元"), ("最近缴费年月", "{last}")]),
    "CX-YB-01": ("医疗保险参保凭证", "医疗保障局", [
        ("参保类型", "职工基本医疗保险"), ("参保状态", "正常参保"), ("参保起始年月", "2015-07")]),
    "CX-YB-02": ("医保个人账户明细", "医疗保障局", [
        ("个人账户余额", "{small}元"), ("本年划入", "1,860.00元"), ("本年支出", "735.40元")]),
    "CX-GJJ-01": ("住房公积金缴存证明", "住房公积金管理中心", [
        ("缴存状态", "正常缴存"), ("月缴存额", "2,140.00元"), ("账户余额", "{amount}元")]),
    "CX-GJJ-02": ("住房公积金个人账户明细", "住房公积金管理中心", [
        ("账户余额", "{amount}元"), ("最近汇缴年月", "{last}"), ("贷款情况", "无")]),
    "CX-BDC-01": ("不动产登记信息查询结果", "不动产登记中心", [
        ("查询结果", "名下有不动产登记记录 1 条"),
        ("坐落", "{city}示范路88弄3号502室"),
        ("权利类型", "国有建设用地使用权/房屋所有权")]),
    "CX-BDC-02": ("不动产登记结果证明（无房）", "不动产登记中心", [
        ("查询结果", "经查询，在本市不动产登记簿中未发现其名下有住房登记记录"),
        ("查询范围", "{city}")]),
}  # fmt: skip

# The English the platform sends for the records of its items with English (english.NAMES_EN):
# name, the issuing department's kind, and the rows in the same order as the Chinese.
_RECORD_FIELDS_EN: dict[str, tuple[str, str, list[tuple[str, str]]]] = {
    "CX-SB-02": ("Pension insurance record", "人社局", [
        ("Months of contributions paid", "{months}"), ("Personal account balance", "CNY {amount}"),
        ("Last contribution month", "{last}")]),
    "CX-YB-01": ("Proof of medical insurance", "医保局", [
        ("Type of insurance", "Employees' basic medical insurance"), ("Status", "Insured"),
        ("Insured since", "2015-07")]),
}  # fmt: skip


def record_for(
    document_number: str, item_code: str, region_name: str, today: str, region: str = ""
) -> dict[str, Any] | None:
    """The record a 查询打印 item prints for this person, or None for an item that is not one; with
    the platform's English beside it for the items it has English for (``region``: the item's
    region code, for the issuer's English name)."""
    key = item_code.split("-", 1)[1] if "-" in item_code else item_code
    spec = _RECORD_FIELDS.get(key)
    if spec is None:
        return None
    title, issuer_suffix, rows = spec
    seed = sum(ord(c) * (i + 1) for i, c in enumerate(document_number))
    values = {
        "months": str(60 + seed % 200),
        "amount": f"{10000 + seed % 90000:,}.{seed % 100:02d}",
        "small": f"{1000 + seed % 9000:,}.{seed % 97:02d}",
        "last": today[:7],
        "city": region_name,
    }
    return {
        "license_type": "record_" + key.lower().replace("-", "_"),
        "name": title,
        "number": f"{key}-{today.replace('-', '')}-{seed % 100000:05d}",
        "holder": "",
        "issuer": region_name + issuer_suffix,
        "valid_to": "",
        "fields": {label: value.format(**values) for label, value in rows},
        **_record_english(key, region, values, [label for label, _ in rows]),
    }


def _record_english(key: str, region: str, values: dict[str, str], labels: list[str]) -> dict[str, Any]:
    spec = _RECORD_FIELDS_EN.get(key)
    if spec is None or region not in REGIONS_EN:
        return {}
    name, kind, rows = spec
    return {
        "name_en": name,
        "issuer_en": department_en(kind, region),
        # Each Chinese row's label → [its English label, its English value].
        "fields_en": {zh: [label, value.format(**values)] for zh, (label, value) in zip(labels, rows, strict=True)},
    }


# Applications the demo citizen filed before (at a hall window, online): "my applications" is not empty
# on a first demo. Tracking numbers in the terminals' format, service codes from the sample catalog.
_DEMO_APPLICATIONS: dict[str, list[dict[str, str]]] = {
    "320102199003071239": [
        {"tracking_number": "2E17-KQMT-4W83", "service_code": "310100-YB-YD-01",
         "filed_at": "2026-11-02T10:14:00+08:00", "status": "completed", "status_label": "已办结"},
        {"tracking_number": "2EKC-9DEF-G2H1", "service_code": "310100-GJJ-TQ-02",
         "filed_at": "2026-11-20T15:40:00+08:00", "status": "accepted", "status_label": "属地部门已受理"},
    ],
}  # fmt: skip


def demo_applications_for(document_number: str) -> list[dict[str, str]]:
    return [dict(a) for a in _DEMO_APPLICATIONS.get(document_number.upper(), [])]


def demo_progress(tracking: str) -> dict[str, Any] | None:
    """The timeline of an earlier demo application, or None for any other number."""
    for apps in _DEMO_APPLICATIONS.values():
        for a in apps:
            if a["tracking_number"] == tracking:
                steps = [("received", "已收件"), ("forwarded", "已转至属地办理部门"), ("accepted", "属地部门已受理")]
                if a["status"] == "completed":
                    steps.append(("completed", "已办结"))
                timeline = [{"at": a["filed_at"], "status": st, "label": label} for st, label in steps]
                return {"tracking_number": tracking, "found": True, "service_code": a["service_code"],
                        "status": a["status"], "timeline": timeline}
    return None
