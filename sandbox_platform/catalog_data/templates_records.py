"""查询打印 items: records a citizen prints at once after identifying (社保、医保、公积金、不动产).

These are what bank-branch terminals are mostly used for. Their ``filing_mode`` is ``record``:
nothing is filed; the terminal asks the platform for the citizen's record and prints it.
"""

from __future__ import annotations

from sandbox_platform.catalog_data.templates import Template

RECORD_TEMPLATES: tuple[Template, ...] = tuple(
    Template(
        key,
        name,
        category,
        department,
        "city",
        ("id_card",),
        form=(),
        keywords=keywords,
        popularity=popularity,
        legal_days=0,
        promised_days=0,
        delivery=("pickup",),
        mode="record",
    )
    for key, name, category, department, keywords, popularity in (
        (
            "CX-SB-01",
            "社会保险参保缴费证明打印",
            "social_security",
            "人社局",
            ("社保证明", "参保证明", "社保打印"),
            52000,
        ),
        (
            "CX-SB-02",
            "养老保险个人权益记录查询",
            "social_security",
            "人社局",
            ("养老保险", "缴费记录", "社保查询"),
            41000,
        ),
        (
            "CX-YB-01",
            "医疗保险参保凭证打印",
            "medical_insurance",
            "医保局",
            ("医保证明", "参保凭证", "医保打印"),
            38000,
        ),
        (
            "CX-YB-02",
            "医保个人账户明细查询",
            "medical_insurance",
            "医保局",
            ("医保账户", "医保余额", "医保查询"),
            33000,
        ),
        (
            "CX-GJJ-01",
            "住房公积金缴存证明打印",
            "housing_fund",
            "住房公积金管理中心",
            ("公积金证明", "缴存证明"),
            36000,
        ),
        (
            "CX-GJJ-02",
            "住房公积金个人账户明细查询",
            "housing_fund",
            "住房公积金管理中心",
            ("公积金余额", "公积金查询"),
            30000,
        ),
        (
            "CX-BDC-01",
            "不动产登记信息查询（本人名下）",
            "real_estate",
            "不动产登记中心",
            ("查房产", "不动产查询", "查档"),
            28000,
        ),
        (
            "CX-BDC-02",
            "无房证明（不动产登记结果）打印",
            "real_estate",
            "不动产登记中心",
            ("无房证明", "房产证明"),
            21000,
        ),
    )
)
