"""Certificate / e-license print (电子证照打印件) on A4: table of fields, seal, verification QR code.

Laid out from measured text. Values wrap inside their cells and rows grow; when the table would
reach the QR code, issuer and seal, its text shrinks step by step down to a legible floor
(``MIN_VALUE_SIZE``); when even that does not fit, the table continues on numbered pages (as few
as any legible size allows, at the largest size that allows them), and the QR code, issuer, date
and seal go on the last page. Every box stays inside the frame.

The seal is inked *under* the issuer and date: for black text on white paper that is what red ink
over text looks like (multiply: black × red = black), and it needs no transparency. A PDF with a
blend mode or alpha is rasterised page-wide on CUPS's PostScript path (measured on kiosk-pdf:
3.6 s instead of 1.2 s, and no text left in the output), as a soft-masked image is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from drivers.printing.fonts import FontBook
from drivers.printing.qr import draw_qr
from drivers.printing.seal import draw_seal_image, draw_seal_vector
from drivers.printing.templates.licenses import layout_for, ordered_fields
from drivers.printing.templates.table import Cell, TableStyle, lay_out, paginate, total_height
from kiosk.printing.documents import CertificateData

WIDTH, HEIGHT = A4
FRAME_OUTER = 12 * mm
FRAME_INNER = 14.5 * mm
LEFT, RIGHT = 28 * mm, WIDTH - 28 * mm
LABEL_WIDTH = 42 * mm
VALUE_SIZE = 12.0
MIN_VALUE_SIZE = 9.0  # the legible floor: ~3.2 mm characters, like a small-print line on a paper licence
SIZE_STEP = 0.5
TITLE_SIZE, MIN_TITLE_SIZE = 26.0, 16.0
ASCENT = 0.76  # of the shipped font, per point of size: baseline to the top of its em box
FOOTER_SIZE = 8.5
PAGE_NUMBER_Y = 25 * mm
FOOTER_Y = 19 * mm
TABLE_FLOOR = 31 * mm  # lowest table edge on a page without the QR code and seal
QR_SIDE = 36 * mm
QR_Y = 37 * mm
CAPTION_SIZE = 10.0
SEAL_DIAMETER = 40 * mm
SEAL_CX = RIGHT - 32 * mm
ISSUER_SIZE, MIN_ISSUER_SIZE = 11.0, 7.0
MAX_ISSUER_BLOCK = 45 * mm  # a longer issuer is set smaller rather than push the zone into the table
ISSUER_WIDTH = 62 * mm
BLOCK_LEADING = 1.5
ZONE_FLOOR = 31 * mm  # nothing of the QR/issuer/seal zone lower than this
ZONE_GAP = 5 * mm  # between the table and the zone

QrDrawer = Callable[[Canvas, str, float, float, float], None]


def rows(data: CertificateData) -> list[tuple[str, str]]:
    layout = layout_for(data.license_type)
    return [
        ("持证人", data.holder),
        ("证照编号", data.number),
        *ordered_fields(layout, data.fields),
        ("发证机关", data.issuer),
        ("有效期至", data.valid_to or "长期"),
    ]


def title_of(data: CertificateData) -> str:
    """The name the platform gives the license (the layout's title when it gives none); the bare
    word 电子证照 only when there is neither, never the type's key."""
    return data.title or layout_for(data.license_type).title or "电子证照"


def text_fields(data: CertificateData) -> dict[str, str]:
    """Every string the certificate prints, by field name, for the font coverage check."""
    out = {"title": title_of(data), "terminal_id": data.terminal_id}
    for label, value in rows(data):
        out[label] = value
        out[f"label:{label}"] = label
    return out


@dataclass(frozen=True)
class Plan:
    """What goes where: decided once from measurements, then drawn."""

    title_lines: tuple[str, ...]
    title_size: float
    table_top: float
    style: TableStyle
    pages: list[list[Cell]]
    issuer_lines: tuple[str, ...]
    issuer_size: float
    zone_top: float
    seal_cy: float


def _title(fonts: FontBook, title: str) -> tuple[tuple[str, ...], float]:
    width = RIGHT - LEFT
    at_one = fonts.width(title, 1.0) or 1.0
    size = max(MIN_TITLE_SIZE, min(TITLE_SIZE, width / at_one))
    return tuple(fonts.wrap(title, size, width)) or (title,), size


def plan(fonts: FontBook, data: CertificateData) -> Plan:
    title_lines, title_size = _title(fonts, title_of(data))
    title_bottom = HEIGHT - 40 * mm - (len(title_lines) - 1) * title_size * 1.25
    table_top = title_bottom - 18 * mm

    issuer_size = ISSUER_SIZE
    while True:
        issuer_lines = tuple(fonts.wrap(data.issuer, issuer_size, ISSUER_WIDTH)) or ("",)
        block = (len(issuer_lines) + 1) * issuer_size * BLOCK_LEADING
        if block <= MAX_ISSUER_BLOCK or issuer_size <= MIN_ISSUER_SIZE:
            break
        issuer_size -= SIZE_STEP
    seal_cy = max(ZONE_FLOOR + SEAL_DIAMETER / 2, ZONE_FLOOR + block / 2)
    zone_top = max(QR_Y + QR_SIDE, seal_cy + SEAL_DIAMETER / 2, seal_cy + block / 2) + ZONE_GAP
    room, last_room = table_top - TABLE_FLOOR, table_top - zone_top

    content = rows(data)
    sizes = [VALUE_SIZE - i * SIZE_STEP for i in range(int((VALUE_SIZE - MIN_VALUE_SIZE) / SIZE_STEP) + 1)]
    laid = {}
    for size in sizes:
        style = TableStyle(RIGHT - LEFT, LABEL_WIDTH, size)
        laid[size] = (style, lay_out(fonts, style, content))
        if total_height(laid[size][1]) <= last_room:
            return Plan(title_lines, title_size, table_top, style, [laid[size][1]], issuer_lines, issuer_size,
                        zone_top, seal_cy)
    # Even the floor does not fit on one page: as few pages as any legible size gives, at the largest
    # size that gives them.
    fewest = len(paginate(fonts, laid[sizes[-1]][0], laid[sizes[-1]][1], room, last_room))
    for size in sizes:  # larger text never needs fewer pages, so the first size that needs ``fewest`` wins
        style, cells = laid[size]
        pages = paginate(fonts, style, cells, room, last_room)
        if len(pages) <= fewest:
            return Plan(title_lines, title_size, table_top, style, pages, issuer_lines, issuer_size, zone_top, seal_cy)
    raise AssertionError("the smallest size paginates to its own page count")


def draw(canvas: Canvas, fonts: FontBook, data: CertificateData, qr: QrDrawer = draw_qr) -> None:
    """Draw every page; ``showPage`` between pages, the caller ends the last one."""
    laid = plan(fonts, data)
    count = len(laid.pages)
    for number, cells in enumerate(laid.pages, start=1):
        if number > 1:
            canvas.showPage()
        _frame(canvas)
        _header(canvas, fonts, laid, continued=number > 1)
        _table(canvas, fonts, laid.style, cells, laid.table_top)
        if number == count:
            _zone(canvas, fonts, data, laid, qr)
        _footer(canvas, fonts, data, number, count)


def _frame(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setStrokeColorRGB(0.55, 0.12, 0.1)
    canvas.setLineWidth(2.2)
    canvas.rect(FRAME_OUTER, FRAME_OUTER, WIDTH - 2 * FRAME_OUTER, HEIGHT - 2 * FRAME_OUTER)
    canvas.setLineWidth(0.6)
    canvas.rect(FRAME_INNER, FRAME_INNER, WIDTH - 2 * FRAME_INNER, HEIGHT - 2 * FRAME_INNER)
    canvas.restoreState()


def _header(canvas: Canvas, fonts: FontBook, laid: Plan, continued: bool) -> None:
    y = HEIGHT - 40 * mm
    for line in laid.title_lines:
        fonts.draw(canvas, WIDTH / 2, y, line, laid.title_size, align="center", field_name="title")
        y -= laid.title_size * 1.25
    subtitle = "电子证照打印件（续页）" if continued else "电子证照打印件"
    fonts.draw(canvas, WIDTH / 2, y + laid.title_size * 1.25 - 8 * mm, subtitle, 11, align="center")


def _table(canvas: Canvas, fonts: FontBook, style: TableStyle, cells: list[Cell], top: float) -> None:
    if not cells:  # the last page of a certificate whose QR code and seal needed a page of their own
        return
    bottom = top - total_height(cells)
    canvas.saveState()
    canvas.setFillColorRGB(0.96, 0.95, 0.92)
    canvas.rect(LEFT, bottom, style.label_width, top - bottom, stroke=0, fill=1)
    canvas.setFillGray(0)
    canvas.setLineWidth(0.7)
    canvas.rect(LEFT, bottom, style.width, top - bottom)
    canvas.line(LEFT + style.label_width, top, LEFT + style.label_width, bottom)
    y = top
    for i, cell in enumerate(cells):
        if i:
            canvas.line(LEFT, y, LEFT + style.width, y)
        _lines(canvas, fonts, style, cell.label_lines, LEFT + style.label_width / 2, y, cell.height, "center")
        _lines(canvas, fonts, style, cell.value_lines, LEFT + style.label_width + style.pad_x, y, cell.height, "left")
        y -= cell.height
    canvas.restoreState()


def _lines(canvas: Canvas, fonts: FontBook, style: TableStyle, lines: tuple[str, ...], x: float, top: float,
           height: float, align: str) -> None:
    """Lines centred as a block in the row; each sits centred in its own line slot."""
    lh = style.line_height
    slot_top = top - (height - len(lines) * lh) / 2
    for line in lines:
        baseline = slot_top - (lh - style.size) / 2 - ASCENT * style.size
        fonts.draw(canvas, x, baseline, line, style.size, align=align)
        slot_top -= lh


def _zone(canvas: Canvas, fonts: FontBook, data: CertificateData, laid: Plan, qr: QrDrawer) -> None:
    qr(canvas, data.verify_url, LEFT, QR_Y, QR_SIDE)
    fonts.draw(canvas, LEFT + QR_SIDE / 2, QR_Y - 4.5 * mm, "扫码核验真伪", CAPTION_SIZE, align="center")

    # Ink first, text over it: see the module docstring.
    layout = layout_for(data.license_type)
    if data.seal_png:
        draw_seal_image(canvas, data.seal_png, SEAL_CX, laid.seal_cy, SEAL_DIAMETER)
    else:
        draw_seal_vector(canvas, fonts, data.issuer, SEAL_CX, laid.seal_cy, SEAL_DIAMETER, layout.seal_label)
    size = laid.issuer_size
    lh = size * BLOCK_LEADING
    lines = [*laid.issuer_lines, data.printed_at.strftime("%Y年%m月%d日")]
    slot_top = laid.seal_cy + len(lines) * lh / 2
    for line in lines:
        baseline = slot_top - (lh - size) / 2 - ASCENT * size
        fonts.draw(canvas, SEAL_CX, baseline, line, size, align="center", field_name="issuer")
        slot_top -= lh


def _footer(canvas: Canvas, fonts: FontBook, data: CertificateData, number: int, count: int) -> None:
    if count > 1:
        fonts.draw(canvas, WIDTH / 2, PAGE_NUMBER_Y, f"第 {number} 页 / 共 {count} 页", FOOTER_SIZE, align="center")
    printed = data.printed_at.strftime("%Y-%m-%d %H:%M")
    text = f"本件由政务服务自助终端 {data.terminal_id} 于 {printed} 打印，内容以扫码核验结果为准。"
    # One line, smaller if it must be: an odd terminal id cannot push the footer into the page number.
    size = min(FOOTER_SIZE, (WIDTH - 2 * FRAME_INNER - 8 * mm) / (fonts.width(text, 1.0) or 1.0))
    fonts.draw(canvas, WIDTH / 2, FOOTER_Y, text, size, align="center")
