"""打印指南 on paper: the guide slip as a PDF, read back and checked for overlaps, with a PNG for a look."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm as MM

from drivers.printing.renderer import PdfRenderer
from kiosk.guide_print import guide_slip
from tests.printing.conftest import pdf_text, png_of
from tests.printing.overlap import Box, check_pdf, read_pdf

GUIDE = {
    "code": "DEMO-HJ-001",
    "name": "户口迁移（跨省通办）",
    "department": "公安局",
    "windows": [{"name": "东城区政务服务中心 3 号窗口", "address": "东城区朝阳门北大街 1 号",
                 "hours": "周一至周五 9:00-17:00", "phone": "010-12345678"}],
    "sections": [
        {"title": "办理条件", "body": "本市户籍居民；迁入地已同意接收"},
        {"title": "所需材料", "body": "居民身份证；户口簿；准予迁入证明"},
        {"title": "办理时限", "body": "5 个工作日"},
    ],
}


def test_a_printed_guide_carries_its_window_hours_phone_and_every_section_without_overlaps(
        renderer: PdfRenderer, artifacts: Path) -> None:
    pdf = renderer.render_slip(guide_slip(GUIDE, datetime(2026, 11, 23, 9, 30))).pdf
    png_of(pdf, artifacts / "guide_slip")
    text = pdf_text(pdf)
    for expected in ("户口迁移（跨省通办）", "办事指南 · 公安局", "东城区政务服务中心 3 号窗口",
                     "周一至周五 9:00-17:00", "010-12345678", "所需材料", "准予迁入证明", "5 个工作日",
                     "打印时间：2026-11-23 09:30"):
        assert expected in text, expected
    width, height = read_pdf(pdf)[0].size
    assert check_pdf(pdf, frame=Box(10 * MM, 10 * MM, width - 10 * MM, height - 10 * MM)) == []
