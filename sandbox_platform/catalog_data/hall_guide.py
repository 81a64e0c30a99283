"""The demo hall's full guide: the 行政许可 and 公共服务 items a district hall lists (800+ in all).

The seed terminals guide far more items than they file (813 guided, 89 fileable): most are licences
and registrations a citizen or a company handles at a window. Only the demo hall's county and city
carry this set, so the catalog other sample regions download stays small. Each subject comes with
the actions a hall lists for it; the simple ones (补证, 注销) of licences a person holds can be filed
at the terminal, the rest are guide-only.
"""

from __future__ import annotations

from sandbox_platform.catalog_data.fields import PERSON
from sandbox_platform.catalog_data.licensing import licensing_templates
from sandbox_platform.catalog_data.templates import Template

DEMO_HALL = "310101"  # config/defaults.toml terminal.region_code: 上海市黄浦区

# (subject, department type, category, level)
_SUBJECTS: tuple[tuple[str, str, str, str], ...] = (
    ("食品经营许可证", "市场监管局", "market", "county"),
    ("小餐饮经营许可证", "市场监管局", "market", "county"),
    ("食品小作坊登记证", "市场监管局", "market", "county"),
    ("第二类医疗器械经营备案", "市场监管局", "market", "city"),
    ("化妆品经营备案", "市场监管局", "market", "city"),
    ("计量器具型式批准", "市场监管局", "market", "city"),
    ("检验检测机构资质认定", "市场监管局", "market", "city"),
    ("个人独资企业登记", "市场监管局", "market", "county"),
    ("外商投资企业登记", "市场监管局", "market", "city"),
    ("企业名称自主申报", "市场监管局", "market", "county"),
    ("动产抵押登记", "市场监管局", "market", "county"),
    ("广告发布登记", "市场监管局", "market", "county"),
    ("拍卖企业经营许可", "市场监管局", "market", "city"),
    ("典当经营许可", "市场监管局", "market", "city"),
    ("再生资源回收经营者备案", "市场监管局", "market", "county"),
    ("成品油零售经营许可", "市场监管局", "market", "city"),
    ("酒类商品零售许可", "市场监管局", "market", "county"),
    ("互联网上网服务营业场所经营许可证", "市场监管局", "market", "county"),
    ("营业性演出许可证", "市场监管局", "market", "county"),
    ("艺术品经营单位备案", "市场监管局", "market", "county"),
    ("电影放映经营许可证", "市场监管局", "market", "county"),
    ("出版物批发经营许可证", "市场监管局", "market", "city"),
    ("印刷经营许可证", "市场监管局", "market", "city"),
    ("音像制品零售经营许可证", "市场监管局", "market", "county"),
    ("户外广告设施设置许可", "市场监管局", "market", "county"),
    ("单用途预付卡备案", "市场监管局", "market", "county"),
    ("药品零售企业许可证", "市场监管局", "market", "county"),
    ("执业药师注册证", "市场监管局", "market", "city"),
    ("麻醉药品和第一类精神药品购用印鉴卡", "卫健委", "health", "city"),
    ("诊所备案", "卫健委", "health", "county"),
    ("中医诊所备案", "卫健委", "health", "county"),
    ("乡村医生执业证书", "卫健委", "health", "county"),
    ("外国医师来华短期行医许可", "卫健委", "health", "city"),
    ("饮用水供水单位卫生许可证", "卫健委", "health", "county"),
    ("消毒产品生产企业卫生许可证", "卫健委", "health", "city"),
    ("职业病诊断医师资格", "卫健委", "health", "city"),
    ("母婴保健专项技术服务许可", "卫健委", "health", "county"),
    ("病残儿医学鉴定", "卫健委", "health", "city"),
    ("出租汽车驾驶员从业资格证", "交通运输局", "transport", "city"),
    ("网络预约出租汽车运输证", "交通运输局", "transport", "city"),
    ("道路货物运输经营许可", "交通运输局", "transport", "county"),
    ("道路旅客运输经营许可", "交通运输局", "transport", "city"),
    ("机动车驾驶员培训经营备案", "交通运输局", "transport", "city"),
    ("城市道路占用挖掘许可", "交通运输局", "transport", "county"),
    ("超限运输车辆行驶公路许可", "交通运输局", "transport", "city"),
    ("公路建筑控制区内埋设管线许可", "交通运输局", "transport", "city"),
    ("船员适任证书", "交通运输局", "transport", "city"),
    ("幼儿园办园许可", "教育局", "education", "county"),
    ("教师资格认定", "教育局", "education", "county"),
    ("普通话水平测试等级证书", "教育局", "education", "city"),
    ("中小学教师资格定期注册", "教育局", "education", "county"),
    ("非学历文化教育培训机构设立", "教育局", "education", "county"),
    ("学历证明书", "教育局", "education", "city"),
    ("基金会登记", "民政局", "civil_affairs", "city"),
    ("慈善组织认定", "民政局", "civil_affairs", "city"),
    ("公开募捐资格", "民政局", "civil_affairs", "city"),
    ("殡葬服务机构设立", "民政局", "civil_affairs", "city"),
    ("经营性公墓审批", "民政局", "civil_affairs", "city"),
    ("婚姻登记档案查询证明", "民政局", "civil_affairs", "county"),
    ("最低生活保障", "民政局", "civil_affairs", "county"),
    ("特困人员救助供养", "民政局", "civil_affairs", "county"),
    ("临时救助", "民政局", "civil_affairs", "county"),
    ("困难残疾人生活补贴", "民政局", "civil_affairs", "county"),
    ("重度残疾人护理补贴", "民政局", "civil_affairs", "county"),
    ("高龄津贴", "民政局", "civil_affairs", "county"),
    ("地名命名更名", "民政局", "civil_affairs", "city"),
    ("职业技能等级证书", "人社局", "social_security", "city"),
    ("就业创业证", "人社局", "social_security", "county"),
    ("失业登记", "人社局", "social_security", "county"),
    ("灵活就业人员社会保险登记", "人社局", "social_security", "county"),
    ("企业职工基本养老保险关系转移", "人社局", "social_security", "city"),
    ("工伤认定", "人社局", "social_security", "city"),
    ("劳动能力鉴定", "人社局", "social_security", "city"),
    ("一次性创业补贴", "人社局", "social_security", "county"),
    ("技能提升补贴", "人社局", "social_security", "city"),
    ("特殊工时制度审批", "人社局", "social_security", "city"),
    ("劳动人事争议仲裁申请", "人社局", "social_security", "county"),
    ("外国人来华工作许可", "人社局", "social_security", "city"),
    ("医保定点医疗机构协议", "医保局", "medical_insurance", "city"),
    ("医保定点零售药店协议", "医保局", "medical_insurance", "city"),
    ("门诊慢特病待遇认定", "医保局", "medical_insurance", "city"),
    ("生育医疗费用报销", "医保局", "medical_insurance", "county"),
    ("医保关系转移接续", "医保局", "medical_insurance", "city"),
    ("城乡居民医保参保登记", "医保局", "medical_insurance", "county"),
    ("住房公积金单位缴存登记", "住房公积金管理中心", "housing_fund", "city"),
    ("住房公积金缴存基数调整", "住房公积金管理中心", "housing_fund", "city"),
    ("住房公积金贷款", "住房公积金管理中心", "housing_fund", "city"),
    ("住房公积金异地转移接续", "住房公积金管理中心", "housing_fund", "city"),
    ("国有建设用地使用权首次登记", "不动产登记中心", "real_estate", "city"),
    ("房屋所有权转移登记", "不动产登记中心", "real_estate", "city"),
    ("抵押权登记", "不动产登记中心", "real_estate", "city"),
    ("预告登记", "不动产登记中心", "real_estate", "city"),
    ("更正登记", "不动产登记中心", "real_estate", "city"),
    ("异议登记", "不动产登记中心", "real_estate", "city"),
    ("查封登记", "不动产登记中心", "real_estate", "city"),
    ("商品房预售许可证", "不动产登记中心", "real_estate", "city"),
    ("房地产开发企业资质", "不动产登记中心", "real_estate", "city"),
    ("建设用地规划许可证", "不动产登记中心", "real_estate", "city"),
    ("居住证", "公安局", "household", "county"),
    ("临时居民身份证", "公安局", "household", "county"),
    ("户口登记项目变更更正", "公安局", "household", "county"),
    ("出入境通行证件", "公安局", "household", "city"),
    ("印章刻制业特种行业许可证", "公安局", "certificates", "county"),
    ("旅馆业特种行业许可证", "公安局", "certificates", "county"),
    ("保安服务许可证", "公安局", "certificates", "city"),
    ("大型群众性活动安全许可", "公安局", "certificates", "county"),
    ("无犯罪记录证明", "公安局", "certificates", "county"),
    ("涉税信息查询", "税务局", "tax", "county"),
    ("纳税证明开具", "税务局", "tax", "county"),
    ("个人所得税完税证明", "税务局", "tax", "county"),
    ("发票领用", "税务局", "tax", "county"),
    ("税务注销", "税务局", "tax", "county"),
    ("跨区域涉税事项报告", "税务局", "tax", "county"),
)

# (action, legal days, keyword); every subject is listed with each of its actions.
_LICENCE_ACTIONS: tuple[tuple[str, int, str], ...] = (
    ("（新办）", 20, "新办"),
    ("变更", 10, "变更"),
    ("延续", 20, "延续"),
    ("注销", 5, "注销"),
    ("补办", 10, "补办"),
    ("信息查询", 0, "查询"),
)
# Actions a person may file at the terminal (the rest need the originals checked at a window).
_FILEABLE = {"注销", "补办"}


def _templates() -> list[Template]:
    out = []
    for i, (subject, department, category, level) in enumerate(_SUBJECTS):
        for j, (action, days, keyword) in enumerate(_LICENCE_ACTIONS):
            fileable = action in _FILEABLE and i % 2 == 0
            out.append(
                Template(
                    key=f"HG-{i:03d}-{j}",
                    name=f"{subject}{action}",
                    category=category,
                    department=department,
                    level=level,
                    materials=("id_card", "biz_license") if category in ("market", "tax") else ("id_card",),
                    form=PERSON,
                    keywords=(subject, keyword),
                    popularity=50 + (i * 53 + j * 17) % 1500,
                    basis=("《中华人民共和国行政许可法》",),
                    legal_days=days,
                    promised_days=max(0, days // 2),
                    delivery=("pickup", "ems") if fileable else ("pickup",),
                    mode="terminal" if fileable else "guidance",
                )
            )
    # The licensing set the benchmarks use: its 注销 and 补证 items are fileable here too.
    for t in licensing_templates():
        fileable = t.name.endswith(("注销", "补证"))
        out.append(
            Template(
                **{
                    **t.__dict__,
                    "key": "HG-" + t.key,
                    "mode": "terminal" if fileable else "guidance",
                    "signature": t.signature and fileable,
                }
            )
        )
    return out


HALL_TEMPLATES: tuple[Template, ...] = tuple(_templates())
