"""Certificate / e-license print (电子证照打印件) on A4: table of fields, seal, verification QR code."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from drivers.printing.fonts import FontBook
from drivers.printing.qr import draw_qr
from drivers.printing.seal import draw_seal_image, draw_seal_vector
from drivers.printing.templates.licenses import layout_for, ordered_fields
from kiosk.printing.documents import CertificateData

LABEL_SIZE = 12.0
VALUE_SIZE = 12.0


def rows(data: CertificateData) -> list[tuple[str, str]]:
    layout = layout_for(data.license_type)
    return [
        ("持证人", data.holder),
        ("证照编号", data.number),
        *ordered_fields(layout, data.fields),
        ("发证机关", data.issuer),
        ("有效期至", data.valid_to or "长期"),
    ]


def text_fields(data: CertificateData) -> dict[str, str]:
    """Every string the certificate prints, by field name, for the font coverage check."""
    out = {"title": data.title, "terminal_id": data.terminal_id}
    for label, value in rows(data):
        out[label] = value
        out[f"label:{label}"] = label
    return out


QrDrawer = Callable[[Canvas, str, float, float, float], None]


def draw(canvas: Canvas, fonts: FontBook, data: CertificateData, qr: QrDrawer = draw_qr) -> None:
    width, height = A4
    layout = layout_for(data.license_type)
    canvas.setStrokeColorRGB(0.55, 0.12, 0.1)
    canvas.setLineWidth(2.2)
    canvas.rect(12 * mm, 12 * mm, width - 24 * mm, height - 24 * mm)
    canvas.setLineWidth(0.6)
    canvas.rect(14.5 * mm, 14.5 * mm, width - 29 * mm, height - 29 * mm)
    canvas.setStrokeGray(0)

    fonts.draw(canvas, width / 2, height - 40 * mm, data.title or layout.title, 26, align="center")
    fonts.draw(canvas, width / 2, height - 48 * mm, "电子证照打印件", 11, align="center")

    left, right = 28 * mm, width - 28 * mm
    label_w = 42 * mm
    top = height - 58 * mm
    laid_out = []
    y = top
    for label, value in rows(data):
        lines = fonts.wrap(value or "—", VALUE_SIZE, right - left - label_w - 8 * mm) or ["—"]
        row_h = max(10 * mm, len(lines) * VALUE_SIZE * 1.5 + 5 * mm)
        laid_out.append((y, row_h, label, lines))
        y -= row_h
    canvas.setFillColorRGB(0.96, 0.95, 0.92)
    canvas.rect(left, y, label_w, top - y, stroke=0, fill=1)
    canvas.setFillGray(0)
    canvas.setLineWidth(0.7)
    canvas.rect(left, y, right - left, top - y)
    canvas.line(left + label_w, top, left + label_w, y)
    for row_top, row_h, label, lines in laid_out:
        mid = row_top - row_h / 2
        if row_top != top:
            canvas.line(left, row_top, right, row_top)
        fonts.draw(canvas, left + label_w / 2, mid - LABEL_SIZE * 0.35, label, LABEL_SIZE, align="center")
        first = mid + (len(lines) - 1) * VALUE_SIZE * 0.75 - VALUE_SIZE * 0.35
        for i, part in enumerate(lines):
            fonts.draw(canvas, left + label_w + 4 * mm, first - i * VALUE_SIZE * 1.5, part, VALUE_SIZE)

    qr_side = 38 * mm
    qr_y = 32 * mm
    qr(canvas, data.verify_url, left, qr_y, qr_side)
    fonts.draw(canvas, left + qr_side / 2, qr_y - 4 * mm, "扫码核验真伪", 10, align="center")

    cx, cy = right - 30 * mm, 68 * mm
    # Stamped over issuer and date like a paper seal, with the text below the star so it stays legible.
    fonts.draw(canvas, cx, cy - 17 * mm, data.issuer, 11, align="center")
    fonts.draw(canvas, cx, cy - 23 * mm, data.printed_at.strftime("%Y年%m月%d日"), 11, align="center")
    if data.seal_png:
        draw_seal_image(canvas, data.seal_png, cx, cy, 42 * mm)
    else:
        draw_seal_vector(canvas, fonts, data.issuer, cx, cy, 42 * mm, layout.seal_label)

    printed = data.printed_at.strftime("%Y-%m-%d %H:%M")
    fonts.draw(canvas, width / 2, 19 * mm,
               f"本件由政务服务自助终端 {data.terminal_id} 于 {printed} 打印，内容以扫码核验结果为准。",
               8.5, align="center")
