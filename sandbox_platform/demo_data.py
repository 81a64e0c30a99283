"""E-licenses the sandbox hands out for the demo identities (fictional people, valid check digits)."""

from __future__ import annotations

from typing import Any

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
    return [dict(e) for e in _DEMO_ELICENSES.get(document_number.upper(), [])]
