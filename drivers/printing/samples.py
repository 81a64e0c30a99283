"""Sample documents for the demo, the tests and the benchmark (fictional people and numbers)."""

from __future__ import annotations

import io
import math
from datetime import UTC, datetime, timedelta, timezone

from PIL import Image, ImageDraw

from kiosk.printing.documents import CertificateData, ReceiptData

CST = timezone(timedelta(hours=8))
WHEN = datetime(2026, 11, 23, 10, 30, tzinfo=UTC).astimezone(CST)


def sample_receipt(applicant_masked: str = "张**", tracking_number: str = "KS0101-20261123-000042") -> ReceiptData:
    return ReceiptData(
        terminal_id="KS0101",
        terminal_location="市民服务中心一楼 1 号自助终端",
        accepted_at=WHEN,
        service_item="跨省户口迁移（迁入地受理）",
        tracking_number=tracking_number,
        progress_url=f"https://zwfw.example.gov.cn/progress?no={tracking_number}",
        applicant_masked=applicant_masked,
        applicant_id_masked="1101**********1234",
        delivery_method="邮寄送达（申请人承担邮费）",
        next_steps=(
            "材料已转交迁出地公安机关，属地审核一般在 5 个工作日内完成。",
            "审核结果将以短信通知；如需补正材料，请在收到通知后 10 个工作日内到任一自助终端上传。",
            "办结后证件将邮寄至您登记的地址，可凭受理编号查询物流信息。",
        ),
        handling_authority="北京市公安局东城分局户政科",
        hotline="12345",
        printed_at=WHEN,
    )


HOUSEHOLD = {
    "relation": "户主",
    "gender": "男",
    "ethnicity": "汉族",
    "birth_date": "1990年03月07日",
    "birthplace": "北京市东城区",
    "address": "北京市东城区东华门街道示例胡同 12 号院 3 号楼 2 单元 501 室",
    "household_type": "非农业家庭户口",
}
BUSINESS = {
    "credit_code": "91110101MA00EXAMPLE",
    "legal_representative": "王小明",
    "entity_type": "有限责任公司（自然人独资）",
    "registered_capital": "人民币壹佰万元整",
    "established_on": "2021年05月18日",
    "address": "北京市东城区示例大街 88 号 6 层 601",
    "scope": "技术开发、技术咨询、技术服务；软件开发；计算机系统服务；数据处理（依法须经批准的项目，"
             "经相关部门批准后依批准的内容开展经营活动）。",
}
# license type -> (printed name, issuer, fields)
SAMPLES = {
    "household_register": ("居民户口簿（个人信息页）", "北京市公安局东城分局", HOUSEHOLD),
    "business_license": ("营业执照", "北京市东城区市场监督管理局", BUSINESS),
}


def sample_certificate(holder: str = "王小明", seal_png: bytes = b"",
                       license_type: str = "household_register") -> CertificateData:
    title, issuer, fields = SAMPLES.get(license_type, SAMPLES["household_register"])
    return CertificateData(
        license_type=license_type,
        title=title,
        number="110101199003071234",
        holder=holder,
        issuer=issuer,
        valid_to="" if license_type == "household_register" else "2041年05月17日",
        fields=dict(fields),
        verify_url="https://zwfw.example.gov.cn/verify?lic=HR-110101-2026-000123&sig=9f3a7c21",
        printed_at=WHEN,
        terminal_id="KS0101",
        seal_png=seal_png,
    )


def sample_seal_png(size: int = 600) -> bytes:
    """A red round seal on white, like the images platforms send (RGBA with transparent corners)."""
    img = Image.new("RGBA", (size, size), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    red = (215, 25, 30, 255)
    d.ellipse((10, 10, size - 10, size - 10), outline=red, width=size // 25)
    c = size / 2
    pts = [(c + (size * 0.17 if i % 2 == 0 else size * 0.065) * math.cos(math.pi / 2 + i * math.pi / 5),
            c - (size * 0.17 if i % 2 == 0 else size * 0.065) * math.sin(math.pi / 2 + i * math.pi / 5))
           for i in range(10)]
    d.polygon(pts, fill=red)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


# --- stress set: the longest realistic value of every field (fictional) ------------------------

SCOPE_ITEMS = (
    "技术开发、技术咨询、技术交流、技术转让、技术推广", "软件开发", "信息系统集成服务", "数据处理和存储支持服务",
    "计算机系统服务", "网络技术服务", "人工智能应用软件开发", "物联网技术服务", "互联网数据服务",
    "广告设计、代理", "会议及展览服务", "企业管理咨询", "市场营销策划", "日用百货销售", "电子产品销售",
    "计算机软硬件及辅助设备零售", "通讯设备销售", "办公用品销售", "货物进出口", "技术进出口",
    "第二类增值电信业务（依法须经批准的项目，经相关部门批准后方可开展经营活动，具体经营项目以相关部门批准文件或许可证件为准）",
)


def business_scope(length: int) -> str:
    """A 经营范围 of exactly ``length`` characters, made of real-looking items."""
    text = ""
    i = 0
    while len(text) < length:
        text += SCOPE_ITEMS[i % len(SCOPE_ITEMS)] + "；"
        i += 1
    tail = "（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）。"
    return text[: max(0, length - len(tail))] + tail


LONG_ADDRESS = ("新疆维吾尔自治区伊犁哈萨克自治州伊宁市伊宁县经济合作区霍尔果斯东路与阿合买提江街交叉口"
                "东南角天山明珠花园小区二期第十八号楼三单元二十四层二四零一号东侧套间（原解放西路三巷十七号院内西侧二层临街商铺甲）")
LONG_ISSUER = ("新疆维吾尔自治区伊犁哈萨克自治州伊宁市市场监督管理局伊宁国家级经济技术开发区分局"
               "（行政审批服务局）企业登记注册与信用监管")
LONG_LATIN_NAME = "ALEXANDER JONATHAN MAXIMILIAN WILLIAMSON S"  # 42 characters
MINORITY_NAME = "阿卜杜热合曼·买买提明·艾合买提江"
RARE_NAME = "龚䶮𪚥"  # Ext-A and Ext-B: the main font has neither
RARE_SANS_NAME = "王䶮㵘"  # Ext-A only: the shipped rare-character font has both


def stress_fields(license_type: str) -> dict[str, str]:
    common = {"address": LONG_ADDRESS}
    return {
        "household_register": {**common, "relation": "户主之孙女之配偶", "gender": "女", "ethnicity": "维吾尔族",
                               "birth_date": "1990年03月07日", "birthplace": LONG_ADDRESS[:40],
                               "household_type": "非农业家庭户口（集体户）"},
        "marriage_certificate": {"spouse": RARE_NAME, "registered_on": "2018年10月01日", "registry": LONG_ISSUER},
        "business_license": {**common, "credit_code": "91650100MA7A8B9C0D",
                             "legal_representative": LONG_LATIN_NAME,
                             "entity_type": "有限责任公司（港澳台投资、非独资）（外商投资企业分支机构）",
                             "registered_capital": "人民币壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元整",
                             "established_on": "2021年05月18日", "scope": business_scope(1000)},
        "residence_certificate": {**common, "since": "2019年09月01日", "community": LONG_ISSUER[:40]},
        "driving_license": {**common, "class": "A1A2B1B2C1C2C3C4DEFMNP", "first_issued": "2008年08月08日",
                            "gender": "男", "nationality": "中华人民共和国"},
        "unknown_type": {**common, "address_history": LONG_ADDRESS, "备注": "仅供查验，复印无效。" * 8},
    }[license_type]


STRESS_HOLDERS = {
    "household_register": MINORITY_NAME,
    "marriage_certificate": RARE_SANS_NAME,
    "business_license": "伊宁市天山明珠数字科技发展有限责任公司霍尔果斯经济开发区分公司",
    "residence_certificate": LONG_LATIN_NAME,
    "driving_license": RARE_NAME,
    "unknown_type": LONG_LATIN_NAME,
}
STRESS_TITLES = {"unknown_type": "出入境边防检查机关签发的外国人永久居留身份证明（电子）"}


def stress_certificate(license_type: str, seal_png: bytes = b"") -> CertificateData:
    return CertificateData(
        license_type=license_type,
        title=STRESS_TITLES.get(license_type, ""),
        number="91650100MA7A8B9C0D-2026-000123456789",
        holder=STRESS_HOLDERS[license_type],
        issuer=LONG_ISSUER,
        valid_to="2041年05月17日",
        fields=stress_fields(license_type),
        verify_url="https://zwfw.example.gov.cn/verify?lic=91650100MA7A8B9C0D-2026-000123456789&sig=9f3a7c21e4b6",
        printed_at=WHEN,
        terminal_id="KS0101",
        seal_png=seal_png,
    )


def stress_receipt() -> ReceiptData:
    return ReceiptData(
        terminal_id="KS0101",
        terminal_location="新疆维吾尔自治区伊犁哈萨克自治州伊宁市政务服务中心一楼东侧自助服务区 12 号自助终端",
        accepted_at=WHEN,
        service_item="跨省通办：户口迁移（夫妻投靠、父母投靠子女、子女投靠父母）迁入地受理及迁出地协同办理（含准予迁入证明电子化流转）",
        tracking_number="KS0101-20261123-000042",
        progress_url="https://zwfw.example.gov.cn/progress?no=KS0101-20261123-000042&region=650100",
        applicant_masked="A**",
        applicant_id_masked="1101**********1234",
        delivery_method="邮寄送达（到付，收件地址：" + LONG_ADDRESS[:40] + "）",
        next_steps=(
            ("材料已转交迁出地公安机关，属地审核一般在 5 个工作日内完成；"
             "如遇法定节假日顺延，审核期间请保持电话畅通。") * 2,
            "审核结果将以短信通知；如需补正材料，请在收到通知后 10 个工作日内到任一自助终端或服务窗口上传补正材料。",
            "办结后证件将邮寄至您登记的地址，可凭受理编号或扫描二维码查询物流信息；逾期未领取的证件将退回受理地。",
        ),
        handling_authority=LONG_ISSUER,
        hotline="12345 / 0999-8012345（工作日 9:00–17:30）",
        printed_at=WHEN,
    )
