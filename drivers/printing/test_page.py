"""The self-test page: fonts, a QR code and rulers, so a technician can judge the printer at a glance."""

from __future__ import annotations

import io
from datetime import datetime

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from drivers.printing.fonts import FontBook, shared_font_book
from drivers.printing.qr import draw_qr
from drivers.printing.renderer import job_title
from kiosk.ports import PrintDocument


def render_test_page(queue: str, fonts: FontBook | None = None) -> PrintDocument:
    fonts = fonts or shared_font_book()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, pageCompression=1, initialFontName=fonts.primary.name)
    width, height = A4
    fonts.draw(c, width / 2, height - 35 * mm, "打印机自检页", 24, align="center")
    fonts.draw(c, width / 2, height - 45 * mm, f"队列 {queue} · {datetime.now().astimezone():%Y-%m-%d %H:%M:%S}",
               11, align="center")
    fonts.draw(c, 25 * mm, height - 65 * mm, "中文字体：政务服务自助终端 受理回执 电子证照 0123456789", 12)
    draw_qr(c, f"kiosk-test-page:{queue}", width / 2 - 25 * mm, height - 130 * mm, 50 * mm)
    for i in range(0, 161, 10):
        c.line(25 * mm + i * mm, 40 * mm, 25 * mm + i * mm, (44 if i % 50 else 48) * mm)
    c.line(25 * mm, 40 * mm, 185 * mm, 40 * mm)
    fonts.draw(c, 25 * mm, 32 * mm, "刻度尺 160 mm：打印后用尺子核对，偏差超过 1 mm 请检查缩放设置。", 10)
    c.showPage()
    c.save()
    # The title names the file a spool folder or cups-pdf writes: no slashes or spaces from a folder path.
    return PrintDocument("test_page", job_title("test-page", queue), buf.getvalue(), "A4")
