"""Table pagination: every line lands exactly once, every page within its room, the last page within less."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from drivers.printing.templates.table import CONTINUED, TableStyle, lay_out, paginate, total_height

STYLE = TableStyle(width=436.0, label_width=119.0, size=12.0)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["持证人", "住址", "经营范围", "统一社会信用代码"]),
                          st.text(alphabet="技术开发咨询服务；、ABC -", min_size=1, max_size=900)),
                min_size=1, max_size=12))
def test_every_line_is_placed_once_and_each_page_fits(fonts, rows):
    room, last_room = 589.0, 456.0
    cells = lay_out(fonts, STYLE, rows)
    pages = paginate(fonts, STYLE, cells, room, last_room)
    assert all(total_height(page) <= room + 1e-6 for page in pages)
    assert total_height(pages[-1]) <= last_room + 1e-6
    placed = [line for page in pages for cell in page for line in cell.value_lines]
    assert placed == [line for cell in cells for line in cell.value_lines]
    continued = [cell for page in pages[1:] for cell in page[:1] if CONTINUED in "".join(cell.label_lines)]
    assert all(cell.label_lines for cell in continued)


def test_a_table_that_fits_the_last_page_is_one_page(fonts):
    cells = lay_out(fonts, STYLE, [("持证人", "王小明"), ("住址", "北京市东城区")])
    assert paginate(fonts, STYLE, cells, 589.0, 456.0) == [cells]


def test_without_room_beside_the_qr_code_and_seal_they_get_a_page_of_their_own(fonts):
    cells = lay_out(fonts, STYLE, [("经营范围", "技术开发；" * 300), ("住址", "北京市东城区")])
    pages = paginate(fonts, STYLE, cells, 589.0, 20.0)
    assert pages[-1] == [] and all(total_height(page) <= 589.0 + 1e-6 for page in pages)
    assert [line for page in pages for cell in page for line in cell.value_lines] == [
        line for cell in cells for line in cell.value_lines]
