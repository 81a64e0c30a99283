"""The English the sample platform sends beside its Chinese (``*_en`` siblings, docs/platform-api.yaml),
for some items only.

A real platform may have English for a few popular items and none for the rest; the sample does the
same, so a terminal in English shows both cases: an item whose whole content is in English (its name,
department, conditions, materials, fees, windows, form labels and choices), and an item in Chinese
with the cue that its content comes from the platform in Chinese. The items with English are those
named in ``NAMES_EN`` and the members of the 一件事 bundles named there (a bundle's guide and form are
made of its members' content). The English is what a government service page in English would say,
not a word-by-word rendering; the categories have English for all.

``with_english`` adds the English to an item the sample built in Chinese, and refuses (KeyError) a
Chinese text it has no English for, so an item in scope is never half-translated by accident.
"""

from __future__ import annotations

from typing import Any

NAMES_EN: dict[str, str] = {
    "户口迁移": "Moving your household registration",
    "出生登记": "Registering a birth",
    "户籍证明开具": "Household registration certificate",
    "居民身份证换领": "Renewing a resident ID card",
    "居民身份证挂失补领": "Replacing a lost resident ID card",
    "临时居民身份证申领": "Temporary resident ID card",
    "居住证申领": "Applying for a residence permit",
    "无犯罪记录证明开具": "Certificate of no criminal record",
    "社会保障卡申领": "Applying for a social security card",
    "异地就医备案": "Registering for medical care in another city",
    "养老保险个人权益记录查询": "Pension insurance record",
    "医疗保险参保凭证打印": "Printing proof of medical insurance",
    "新生儿出生“一件事”": "A new baby: everything in one go",
    "退休“一件事”": "Retiring: everything in one go",
}

CATEGORIES_EN: dict[str, str] = {
    "household": "Household registration",
    "social_security": "Social insurance",
    "medical_insurance": "Medical insurance",
    "housing_fund": "Housing provident fund",
    "civil_affairs": "Marriage and civil affairs",
    "health": "Health",
    "market": "Businesses",
    "tax": "Tax",
    "transport": "Transport",
    "real_estate": "Property",
    "education": "Education",
    "certificates": "Certificates",
    "life_events": "Life events, all in one go",
}

# Department kinds (the short name a bundle lists) and the full name's ending (templates.DEPARTMENTS).
DEPARTMENT_TYPES_EN: dict[str, str] = {
    "公安局": "Public Security Bureau",
    "人社局": "Human Resources and Social Security Bureau",
    "医保局": "Medical Security Bureau",
    "住房公积金管理中心": "Housing Provident Fund Management Center",
    "民政局": "Civil Affairs Bureau",
    "卫健委": "Health Commission",
    "市场监管局": "Administration for Market Regulation",
    "税务局": "Tax Bureau",
    "交通运输局": "Transport Bureau",
    "不动产登记中心": "Real Estate Registration Center",
    "教育局": "Education Bureau",
}

# The sample's regions in English, for department names and addresses (the terminal's own region
# table stays Chinese: it is data).
REGIONS_EN: dict[str, str] = {
    "310000": "Shanghai", "310100": "Shanghai", "310101": "Huangpu District", "310104": "Xuhui District",
    "310115": "Pudong New Area", "310112": "Minhang District",
    "320000": "Jiangsu Province", "320100": "Nanjing", "320102": "Xuanwu District", "320106": "Gulou District",
    "320500": "Suzhou", "320505": "Huqiu District", "320508": "Gusu District", "320200": "Wuxi",
    "320213": "Liangxi District",
    "330000": "Zhejiang Province", "330100": "Hangzhou", "330102": "Shangcheng District",
    "330106": "Xihu District", "330200": "Ningbo", "330212": "Yinzhou District", "330300": "Wenzhou",
    "330302": "Lucheng District",
    "340000": "Anhui Province", "340100": "Hefei", "340103": "Luyang District", "340104": "Shushan District",
    "340200": "Wuhu", "340202": "Jinghu District", "341200": "Fuyang", "341202": "Yingzhou District",
    "440000": "Guangdong Province", "440100": "Guangzhou", "440104": "Yuexiu District",
    "440106": "Tianhe District", "440300": "Shenzhen", "440304": "Futian District",
    "440305": "Nanshan District",
    "510000": "Sichuan Province", "510100": "Chengdu", "510104": "Jinjiang District",
    "510107": "Wuhou District", "511300": "Nanchong", "511302": "Shunqing District",
}  # fmt: skip

ROADS_EN: dict[str, str] = {
    "人民路": "Renmin Road", "中山路": "Zhongshan Road", "解放路": "Jiefang Road", "建设路": "Jianshe Road",
    "文化路": "Wenhua Road", "民生路": "Minsheng Road", "和平路": "Heping Road", "复兴路": "Fuxing Road",
    "新华路": "Xinhua Road", "光明路": "Guangming Road",
}  # fmt: skip

# Windows in the hall, and departments' own offices (windows.py).
WINDOWS_EN: dict[str, str] = {
    "社保综合窗口": "Social insurance counter",
    "医保综合窗口": "Medical insurance counter",
    "民政窗口": "Civil affairs counter",
    "卫生健康窗口": "Health counter",
    "企业开办及市场准入窗口": "Starting a business counter",
    "交通运输窗口": "Transport counter",
    "教育窗口": "Education counter",
    "综合受理窗口": "General enquiries counter",
    "户政服务大厅": "Household Registration Service Hall",
    "办税服务厅": "Tax Service Hall",
    "不动产登记服务大厅": "Real Estate Registration Hall",
    "公积金业务受理大厅": "Housing Fund Service Hall",
}

# Everything else an item in scope says: conditions, legal basis, materials, fees, opening hours,
# form labels and choices, bundle descriptions.
TEXT_EN: dict[str, str] = {
    # conditions
    "申请人为本人或其法定代理人": "You apply for yourself, or as the applicant's legal guardian",
    "符合迁入地落户条件": "You meet the conditions for household registration where you are moving to",
    "已取得准予迁入证明或符合“跨省通办”迁移条件":
        "You have a permit to move in, or your move can be handled across provinces",
    "婴儿出生后一个月内申报": "Register the baby within one month of the birth",
    "随父或随母落户": "The baby is registered in the father's or the mother's household",
    "在居住地居住半年以上": "You have lived in the city for at least six months",
    "有合法稳定就业、住所或连续就读": "You have a steady legal job or home there, or study there",
    "达到法定退休年龄": "You have reached the statutory retirement age",
    "累计缴纳基本养老保险费满最低缴费年限":
        "You have paid basic pension contributions for at least the minimum number of years",
    # legal basis
    "《中华人民共和国居民身份证法》": "Resident Identity Card Law of the People's Republic of China",
    "《中华人民共和国户口登记条例》": "Household Registration Regulations of the People's Republic of China",
    "《中华人民共和国社会保险法》": "Social Insurance Law of the People's Republic of China",
    "《中华人民共和国母婴保健法》": "Maternal and Infant Health Care Law of the People's Republic of China",
    "《基本医疗保险跨省异地就医直接结算经办规程》":
        "Rules for direct settlement of basic medical insurance for treatment in another province",
    "《居住证暂行条例》": "Interim Regulations on Residence Permits",
    "《住房公积金管理条例》": "Regulations on the Management of Housing Provident Funds",
    # materials (templates.MATERIALS) and the note on those photographed at the terminal
    "居民身份证": "Resident ID card",
    "居民户口簿": "Household register booklet",
    "结婚证": "Marriage certificate",
    "出生医学证明": "Medical certificate of birth",
    "社会保障卡": "Social security card",
    "近期免冠证件照片": "A recent passport-style photo",
    "营业执照": "Business license",
    "退休审批表": "Retirement approval form",
    "不动产权证书": "Property ownership certificate",
    "准予迁入证明": "Permit to move your household registration in",
    "劳动合同或工作证明": "Employment contract or proof of employment",
    "房屋租赁合同": "Tenancy agreement",
    "医疗费用票据及费用明细": "Medical receipts with itemized charges",
    "诊断证明或病历资料": "Doctor's certificate or medical records",
    "经营场所使用证明": "Proof that you may use the business premises",
    "机动车驾驶证": "Driving license",
    "身体条件证明": "Certificate of physical fitness",
    "学历证书": "Diploma",
    "住院分娩记录": "Hospital record of the birth",
    "死亡医学证明": "Medical certificate of death",
    "离婚协议书": "Divorce agreement",
    "请将原件放在拍摄区拍照上传": "Place the original in the photo area and it will be photographed",
    # fees
    "户口簿工本费": "Household register booklet fee",
    "居民身份证工本费": "ID card fee",
    "工本费": "Document fee",
    "社会保障卡补换工本费": "Social security card replacement fee",
    "驾驶证工本费": "Driving license fee",
    "按物价部门核定标准": "At the rate set by the price authority",
    # opening hours (windows.py)
    "周一至周五 9:00–12:00，13:30–17:00；周六 9:00–12:00（法定节假日除外）":
        "Monday to Friday 9:00–12:00 and 13:30–17:00; Saturday 9:00–12:00 (closed on public holidays)",
    "周一至周五 9:00–12:00，13:30–17:00（法定节假日除外）":
        "Monday to Friday 9:00–12:00 and 13:30–17:00 (closed on public holidays)",
    # bundle descriptions
    "一次办理出生医学证明、户口登记、城乡居民医保参保登记和社会保障卡申领":
        "One application for the baby's birth certificate, household registration, residents' medical "
        "insurance and social security card",
    "一次办理职工退休申请、住房公积金退休提取和退休人员医保待遇核定":
        "One application to retire, to withdraw your housing provident fund on retirement and to set "
        "your medical insurance as a retiree",
    # form labels (fields.FIELDS)
    "申请人姓名": "Applicant's name",
    "身份证号码": "ID card number",
    "性别": "Sex",
    "男": "Male",
    "女": "Female",
    "出生日期": "Date of birth",
    "手机号码": "Mobile phone number",
    "现居住地址": "Current home address",
    "现居住地区": "Where you live now",
    "迁出地": "Moving from",
    "迁入地详细地址": "Full address you are moving to",
    "迁移原因": "Reason for moving",
    "工作调动": "Job transfer",
    "投靠亲属": "Joining family",
    "购房落户": "Bought a home there",
    "人才引进": "Recruited as a skilled professional",
    "升学": "Going on to further study",
    "随迁人数": "Family members moving with you",
    "对方姓名": "Your partner's name",
    "对方身份证号码": "Your partner's ID card number",
    "预约登记日期": "Preferred date for the registration",
    "新生儿姓名": "Baby's name",
    "新生儿性别": "Baby's sex",
    "新生儿出生日期": "Baby's date of birth",
    "出生医院": "Hospital where the baby was born",
    "备案类型": "Type of registration",
    "异地长期居住": "Living in another city long term",
    "临时外出就医": "Treatment while temporarily away",
    "异地转诊就医": "Referred to a hospital in another city",
    "开始日期": "Start date",
    "参保地": "Where you are insured",
    "公积金个人账号": "Housing fund account number",
    "收款银行": "Bank to be paid into",
    "中国工商银行": "Industrial and Commercial Bank of China",
    "中国农业银行": "Agricultural Bank of China",
    "中国银行": "Bank of China",
    "中国建设银行": "China Construction Bank",
    "交通银行": "Bank of Communications",
    "银行卡号": "Bank card number",
    "退休日期": "Retirement date",
    "工作单位": "Employer",
    "经营者名称": "Business name",
    "统一社会信用代码": "Unified social credit code",
    "资金数额（万元）": "Capital (in 10,000 yuan)",
    "经营场所": "Business premises",
    "用途": "What you need it for",
    "年度": "Year",
    "份数": "Number of copies",
    "备注": "Remarks",
}

# The sample's e-licenses (demo_data.py): names and issuers.
ELICENSES_EN: dict[str, str] = {
    "居民户口簿": "Household register booklet",
    "结婚证": "Marriage certificate",
    "机动车驾驶证": "Driving license",
    "南京市公安局玄武分局": "Xuanwu Sub-bureau, Nanjing Public Security Bureau",
    "南京市玄武区民政局": "Civil Affairs Bureau of Xuanwu District, Nanjing",
    "南京市公安局交通管理局": "Traffic Management Bureau, Nanjing Public Security Bureau",
}


def region_en(code: str) -> str:
    """"Huangpu District, Shanghai" / "Nanjing" / "Jiangsu Province": where a department sits."""
    if code.endswith("0000") or code.endswith("00"):
        return REGIONS_EN[code]
    return f"{REGIONS_EN[code]}, {REGIONS_EN[code[:4] + '00']}"


def hall_en(region: str) -> str:
    """"Huangpu District Government Service Center, Shanghai" / "Nanjing Government Service Center"."""
    if region.endswith("00"):
        return f"{REGIONS_EN[region]} Government Service Center"
    return f"{REGIONS_EN[region]} Government Service Center, {REGIONS_EN[region[:4] + '00']}"


def department_en(kind: str, region: str) -> str:
    """The department's name as its English sign would give it (mirrors ``department_name``)."""
    where = region_en(region)
    city = REGIONS_EN[region[:4] + "00"] if not region.endswith("0000") else where
    if kind == "公安局" and not region.endswith("00"):
        district = REGIONS_EN[region].removesuffix(" District").removesuffix(" New Area")
        return f"{district} Sub-bureau, {city} Public Security Bureau"
    if kind == "税务局":
        return f"Tax Bureau of {where}, State Taxation Administration"
    if kind == "住房公积金管理中心":
        return f"{city} Housing Provident Fund Management Center"
    return f"{DEPARTMENT_TYPES_EN[kind]} of {where}"


def text_en(zh: str) -> str:
    return TEXT_EN[zh] if zh else ""


def with_english(item: dict[str, Any]) -> dict[str, Any]:
    """The item (as the sample built it in Chinese) with the platform's English beside every text."""
    out = dict(item)
    if item["name"] in NAMES_EN:
        out["name_en"] = NAMES_EN[item["name"]]
    out["department_en"] = department_en(item["department_type"], item["region_code"])
    out["department_type_en"] = DEPARTMENT_TYPES_EN[item["department_type"]]
    out["conditions_en"] = [text_en(c) for c in item["conditions"]]
    out["legal_basis_en"] = [text_en(b) for b in item["legal_basis"]]
    out["materials"] = [
        m | {"name_en": text_en(m["name"])} | ({"note_en": text_en(m["note"])} if m.get("note") else {})
        for m in item["materials"]
    ]
    out["fees"] = [f | {"name_en": text_en(f["name"]), "basis_en": text_en(f.get("basis", ""))} for f in item["fees"]]
    out["form"] = dict(item["form"], fields=[_field_en(f) for f in item["form"].get("fields", [])])
    return out


def _field_en(field: dict[str, Any]) -> dict[str, Any]:
    out = field | {"label_en": text_en(field["label"])}
    if field.get("hint"):
        out["hint_en"] = text_en(field["hint"])
    if "options" in field:
        out["options"] = [o | {"label_en": text_en(o["label"])} for o in field["options"]]
    return out
