"""A one-page A4 slip: an appointment confirmation or a printed guide (``kiosk.printing.documents.SlipData``)."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from drivers.printing.fonts import FontBook
from drivers.printing.qr import draw_qr
from drivers.printing.templates.flow import Flow
from kiosk.printing.documents import SlipData


def text_fields(data: SlipData) -> dict[str, str]:
    out = {"title": data.title, "subtitle": data.subtitle, "qr_caption": data.qr_caption, "footer": data.footer}
    out.update({f"row_{label}": value for label, value in data.rows})
    out.update({f"section_{title}": body for title, body in data.sections})
    return out


def draw(canvas: Canvas, fonts: FontBook, data: SlipData) -> None:
    width, height = A4
    left, right = 22 * mm, width - 22 * mm
    fonts.draw(canvas, width / 2, height - 28 * mm, data.title, 22, align="center")
    if data.subtitle:
        fonts.draw(canvas, width / 2, height - 36 * mm, data.subtitle, 11, align="center")
    canvas.setLineWidth(1.2)
    canvas.line(left, height - 41 * mm, right, height - 41 * mm)
    qr_side = 38 * mm if data.qr_text else 0.0
    if data.qr_text:
        draw_qr(canvas, data.qr_text, right - qr_side, height - 46 * mm - qr_side, qr_side)
        fonts.draw(canvas, right - qr_side / 2, height - 50 * mm - qr_side, data.qr_caption, 9, align="center")
    flow = Flow(fonts, canvas, left, right - left - qr_side - (6 * mm if qr_side else 0), height - 44 * mm)
    for label, value in data.rows:
        flow.field(label, value, 12, 24 * mm)
    flow.y = min(flow.y, height - 56 * mm - qr_side)
    flow.width = right - left
    for title, body in data.sections:
        if flow.y < 40 * mm:
            break  # one page: the rest is on the screen and at the window
        flow.rule(5)
        flow.line(title, 13)
        for part in body.split("；"):
            flow.paragraph(part, 10.5, indent=4 * mm, first="·")
    if data.footer:
        flow.rule(6, dash=True)
        flow.paragraph(data.footer, 9.5)
    if data.printed_at is not None:
        fonts.draw(canvas, right, 14 * mm, data.printed_at.strftime("打印时间：%Y-%m-%d %H:%M"), 8, align="right")
