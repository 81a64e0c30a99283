"""Item templates of the sample catalog. Each becomes one item per region at its level."""

from __future__ import annotations

from dataclasses import dataclass, field

from sandbox_platform.catalog_data.fields import PERSON

CATEGORIES: tuple[tuple[str, str], ...] = (
    ("household", "户籍办理"),
    ("social_security", "社会保障"),
    ("medical_insurance", "医疗保障"),
    ("housing_fund", "住房公积金"),
    ("civil_affairs", "婚姻和民政"),
    ("health", "卫生健康"),
    ("market", "市场主体"),
    ("tax", "税务"),
    ("transport", "交通出行"),
    ("real_estate", "不动产"),
    ("education", "教育"),
    ("certificates", "证明开具"),
    ("life_events", "一件事一次办"),
)

# department type → how its full name is formed: "{region}{suffix}" unless handled in departments.py
DEPARTMENTS: dict[str, str] = {
    "公安局": "公安局",
    "人社局": "人力资源和社会保障局",
    "医保局": "医疗保障局",
    "住房公积金管理中心": "住房公积金管理中心",
    "民政局": "民政局",
    "卫健委": "卫生健康委员会",
    "市场监管局": "市场监督管理局",
    "税务局": "税务局",
    "交通运输局": "交通运输局",
    "不动产登记中心": "不动产登记中心",
    "教育局": "教育局",
}

# material key → (name, e-license type that replaces it, or "" for paper to photograph)
MATERIALS: dict[str, tuple[str, str]] = {
    "id_card": ("居民身份证", "resident_id"),
    "hukou": ("居民户口簿", "household_register"),
    "marriage_cert": ("结婚证", "marriage_certificate"),
    "birth_cert": ("出生医学证明", "birth_medical_certificate"),
    "ss_card": ("社会保障卡", "social_security_card"),
    "photo": ("近期免冠证件照片", ""),
    "biz_license": ("营业执照", "business_license"),
    "retire_cert": ("退休审批表", "retirement_certificate"),
    "property_cert": ("不动产权证书", "real_estate_certificate"),
    "admission": ("准予迁入证明", "hukou_admission_certificate"),
    "labour_contract": ("劳动合同或工作证明", ""),
    "lease": ("房屋租赁合同", ""),
    "invoices": ("医疗费用票据及费用明细", ""),
    "diagnosis": ("诊断证明或病历资料", ""),
    "premises": ("经营场所使用证明", ""),
    "driving_licence": ("机动车驾驶证", "driving_licence"),
    "health_exam": ("身体条件证明", ""),
    "degree": ("学历证书", "graduation_certificate"),
    "hospital_record": ("住院分娩记录", ""),
    "death_proof": ("死亡医学证明", "death_medical_certificate"),
    "divorce_agreement": ("离婚协议书", ""),
}


@dataclass(frozen=True)
class Template:
    key: str  # stable part of the item code
    name: str
    category: str
    department: str  # a key of DEPARTMENTS
    level: str  # "county", "city" or "province"
    materials: tuple[str, ...]
    form: tuple[str, ...] = PERSON
    cross: str = ""  # "" | "all" (全国) | "delta" (长三角)
    keywords: tuple[str, ...] = ()
    popularity: int = 1000
    conditions: tuple[str, ...] = ()
    basis: tuple[str, ...] = ()
    fees: tuple[tuple[str, int], ...] = ()
    legal_days: int = 20
    promised_days: int = 5
    delivery: tuple[str, ...] = ("pickup", "ems")
    mode: str = "terminal"
    signature: bool = False
    optional_materials: tuple[str, ...] = field(default=())


# 一件事 bundles: (key, name, member template keys, keywords, popularity, description)
BUNDLES: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...], int, str], ...] = (
    (
        "YJS-CS",
        "新生儿出生“一件事”",
        ("WJ-CS-01", "GA-HK-02", "YB-CB-01", "RS-SB-01"),
        ("出生一件事", "新生儿", "出生证", "报户口", "医保参保", "社保卡"),
        40000,
        "一次办理出生医学证明、户口登记、城乡居民医保参保登记和社会保障卡申领",
    ),
    (
        "YJS-TX",
        "退休“一件事”",
        ("RS-TX-01", "GJJ-TQ-01", "YB-TX-01"),
        ("退休一件事", "退休", "公积金提取", "养老金"),
        25000,
        "一次办理职工退休申请、住房公积金退休提取和退休人员医保待遇核定",
    ),
)


def all_templates() -> tuple[Template, ...]:
    from sandbox_platform.catalog_data.templates_people import PEOPLE_TEMPLATES
    from sandbox_platform.catalog_data.templates_records import RECORD_TEMPLATES
    from sandbox_platform.catalog_data.templates_services import SERVICE_TEMPLATES

    return PEOPLE_TEMPLATES + SERVICE_TEMPLATES + RECORD_TEMPLATES
