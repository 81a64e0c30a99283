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
