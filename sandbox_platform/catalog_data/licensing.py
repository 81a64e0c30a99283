"""Administrative licensing items (行政许可): subject × action, to give benchmarks a large catalog."""

from __future__ import annotations

from sandbox_platform.catalog_data.fields import PERSON
from sandbox_platform.catalog_data.templates import Template

_SUBJECTS: tuple[tuple[str, str, str], ...] = (
    # (licence or registration, department type, category)
    ("食品生产许可证", "市场监管局", "market"),
    ("药品经营许可证", "市场监管局", "market"),
    ("医疗器械经营许可证", "市场监管局", "market"),
    ("特种设备使用登记证", "市场监管局", "market"),
    ("工业产品生产许可证", "市场监管局", "market"),
    ("农民专业合作社登记", "市场监管局", "market"),
    ("合伙企业登记", "市场监管局", "market"),
    ("有限责任公司登记", "市场监管局", "market"),
    ("医疗机构执业许可证", "卫健委", "health"),
    ("放射诊疗许可证", "卫健委", "health"),
    ("公共场所卫生许可证", "卫健委", "health"),
    ("医师执业证书", "卫健委", "health"),
    ("护士执业证书", "卫健委", "health"),
    ("母婴保健技术服务执业许可证", "卫健委", "health"),
    ("道路运输经营许可证", "交通运输局", "transport"),
    ("道路运输从业资格证", "交通运输局", "transport"),
    ("出租汽车经营许可证", "交通运输局", "transport"),
    ("机动车维修经营备案", "交通运输局", "transport"),
    ("民办学校办学许可证", "教育局", "education"),
    ("校外培训机构办学许可证", "教育局", "education"),
    ("社会团体登记证书", "民政局", "civil_affairs"),
    ("民办非企业单位登记证书", "民政局", "civil_affairs"),
    ("养老机构备案", "民政局", "civil_affairs"),
    ("人力资源服务许可证", "人社局", "social_security"),
    ("劳务派遣经营许可证", "人社局", "social_security"),
    ("建设工程规划许可证", "不动产登记中心", "real_estate"),
    ("建筑工程施工许可证", "不动产登记中心", "real_estate"),
    ("烟草专卖零售许可证", "市场监管局", "market"),
    ("出版物零售经营许可证", "市场监管局", "market"),
    ("娱乐场所经营许可证", "市场监管局", "market"),
    ("旅行社业务经营许可证", "市场监管局", "market"),
    ("排污许可证", "市场监管局", "market"),
)

_ACTIONS: tuple[tuple[str, int, str], ...] = (
    ("核发", 20, "新办"),
    ("变更", 10, "变更"),
    ("延续", 20, "延续"),
    ("注销", 5, "注销"),
    ("补证", 10, "补发"),
)


def licensing_templates() -> list[Template]:
    out = []
    for i, (subject, department, category) in enumerate(_SUBJECTS):
        for j, (action, days, keyword) in enumerate(_ACTIONS):
            out.append(
                Template(
                    key=f"XK-{i:02d}-{j}",
                    name=f"{subject}{action}",
                    category=category,
                    department=department,
                    level="county" if i % 3 else "city",
                    materials=("id_card", "biz_license", "premises"),
                    form=(*PERSON, "company_name", "credit_code", "business_address"),
                    keywords=(subject.removesuffix("证").removesuffix("证书"), keyword),
                    popularity=500 + (i * 37 + j * 11) % 3000,
                    basis=("《中华人民共和国行政许可法》",),
                    legal_days=days,
                    promised_days=max(1, days // 2),
                    signature=True,
                )
            )
    return out
