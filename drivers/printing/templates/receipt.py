"""The acceptance receipt (受理回执), on A4 or on 80 mm receipt paper."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from drivers.printing.fonts import FontBook
from drivers.printing.qr import draw_qr
from drivers.printing.templates.flow import Flow
from kiosk.printing.documents import ReceiptData

RECEIPT_WIDTH: float = 80 * mm
RECEIPT_MARGIN: float = 4 * mm


def _fields(data: ReceiptData) -> list[tuple[str, str]]:
    rows = [
        ("受理编号", data.tracking_number),
        ("服务事项", data.service_item),
        ("申 请 人", data.applicant_masked),
        ("证件号码", data.applicant_id_masked),
        ("受理时间", data.accepted_at.strftime("%Y年%m月%d日 %H:%M")),
        ("受理终端", f"{data.terminal_location}（{data.terminal_id}）"),
        ("送达方式", data.delivery_method),
    ]
    if data.handling_authority:
        rows.append(("办理部门", data.handling_authority))
    return rows


def text_fields(data: ReceiptData) -> dict[str, str]:
    """Every string the receipt prints, by field name, for the font coverage check."""
    out = {label: value for label, value in _fields(data)}
    out.update({f"next_step_{i}": s for i, s in enumerate(data.next_steps)})
    out["hotline"] = data.hotline
    return out


def _footer(data: ReceiptData) -> str:
    hotline = f"咨询电话：{data.hotline}。" if data.hotline else ""
    return f"请妥善保管本回执，凭受理编号或扫描二维码查询办理进度。{hotline}"


def _printed_at(data: ReceiptData) -> str:
    """The foot line the slips carry too (templates/slip.py); empty when the caller gave no time."""
    return data.printed_at.strftime("打印时间：%Y-%m-%d %H:%M") if data.printed_at is not None else ""


def draw_a4(canvas: Canvas, fonts: FontBook, data: ReceiptData) -> None:
    width, height = A4
    left, right = 25 * mm, width - 25 * mm
    fonts.draw(canvas, width / 2, height - 30 * mm, "受理回执", 24, align="center")
    fonts.draw(canvas, width / 2, height - 38 * mm, "政务服务自助终端 · 异地收件 属地办理", 11, align="center")
    canvas.setLineWidth(1.2)
    canvas.line(left, height - 43 * mm, right, height - 43 * mm)
    qr_side = 40 * mm
    draw_qr(canvas, data.progress_url, right - qr_side, height - 48 * mm - qr_side, qr_side)
    fonts.draw(canvas, right - qr_side / 2, height - 52 * mm - qr_side, "扫码查询进度", 9, align="center")
    flow = Flow(fonts, canvas, left, right - left - qr_side - 6 * mm, height - 46 * mm)
    for label, value in _fields(data):
        flow.field(label, value, 12, 24 * mm)
    flow.y = min(flow.y, height - 58 * mm - qr_side)
    flow.width = right - left
    # Long next steps continue on a second sheet rather than run off the paper.
    flow.bottom, flow.page_top = 20 * mm, height - 20 * mm
    flow.rule(8)
    flow.line("后续办理", 14)
    for i, step in enumerate(data.next_steps, start=1):
        flow.paragraph(step, 11.5, indent=7 * mm, first=f"{i}.")
    flow.rule(8, dash=True)
    flow.paragraph(_footer(data), 10)
    if data.printed_at is not None:
        # at the foot of the last sheet, where the slips have it
        fonts.draw(canvas, right, 14 * mm, _printed_at(data), 8, align="right")


def _draw_80mm(flow: Flow, data: ReceiptData) -> None:
    flow.line("受理回执", 16, align="center")
    flow.line("异地收件 属地办理", 8.5, align="center")
    flow.rule(4, dash=True)
    for label, value in _fields(data):
        flow.field(label, value, 8.5, 15 * mm)
    flow.rule(4, dash=True)
    flow.line("后续办理", 10)
    for i, step in enumerate(data.next_steps, start=1):
        flow.paragraph(step, 8.5, indent=4 * mm, first=f"{i}.")
    flow.gap(6)
    flow.qr(data.progress_url, 34 * mm)
    flow.line("扫码查询办理进度", 8, align="center")
    flow.rule(4, dash=True)
    flow.paragraph(_footer(data), 7.5)
    if data.printed_at is not None:
        flow.line(_printed_at(data), 7, align="right")


def receipt_80mm_height(fonts: FontBook, data: ReceiptData) -> float:
    flow = Flow(fonts, None, RECEIPT_MARGIN, RECEIPT_WIDTH - 2 * RECEIPT_MARGIN, 0.0)
    _draw_80mm(flow, data)
    return -flow.y + 2 * RECEIPT_MARGIN


def draw_80mm(canvas: Canvas, fonts: FontBook, data: ReceiptData, height: float) -> None:
    flow = Flow(fonts, canvas, RECEIPT_MARGIN, RECEIPT_WIDTH - 2 * RECEIPT_MARGIN, height - RECEIPT_MARGIN)
    _draw_80mm(flow, data)
