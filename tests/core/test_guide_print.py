"""打印指南: the guide of an item printed on one slip (windows, hours, phone, sections), and its outcome."""

from __future__ import annotations

from datetime import datetime

from kiosk.guide_print import GuideDesk, GuidePrint, guide_slip

GUIDE = {
    "code": "DEMO-HJ-001",
    "name": "户口迁移（跨省通办）",
    "department": "公安局",
    "windows": [
        {"name": "东城区政务服务中心 3 号窗口", "address": "东城区朝阳门北大街 1 号", "hours": "周一至周五 9:00-17:00",
         "phone": "010-12345678"},
        {"name": "东城区公安分局户籍科", "address": "东城区东四北大街 9 号"},
        {"name": "第三个窗口不上纸", "address": "—"},
    ],
    "sections": [{"title": "所需材料", "body": "居民身份证；户口簿"}],
}


def test_a_printed_guide_names_the_first_two_windows_with_their_hours_and_phone_where_known() -> None:
    slip = guide_slip(GUIDE, datetime(2026, 11, 23, 9, 30))
    assert (slip.kind, slip.reference, slip.title, slip.subtitle) == (
        "guide", "DEMO-HJ-001", "户口迁移（跨省通办）", "办事指南 · 公安局")
    assert slip.rows == (
        ("办理窗口", "东城区政务服务中心 3 号窗口"), ("地    址", "东城区朝阳门北大街 1 号"),
        ("办公时间", "周一至周五 9:00-17:00"), ("咨询电话", "010-12345678"),
        ("办理窗口", "东城区公安分局户籍科"), ("地    址", "东城区东四北大街 9 号"),
    )
    assert slip.sections == (("所需材料", "居民身份证；户口簿"),)
    assert "以办理窗口最新告知为准" in slip.footer and slip.printed_at == datetime(2026, 11, 23, 9, 30)


def test_a_guide_without_windows_still_prints_its_sections() -> None:
    slip = guide_slip({"code": "X", "name": "某事项", "sections": [{"title": "办理时限", "body": "5 个工作日"}]},
                      datetime(2026, 11, 23))
    assert slip.rows == () and slip.sections == (("办理时限", "5 个工作日"),)


def test_the_guide_button_prints_the_items_guide_and_says_printed(terminal) -> None:  # type: ignore[no-untyped-def]
    desk = GuideDesk(terminal)
    desk.print_guide("DEMO-HJ-001")
    slip = terminal.documents.printed[-1]
    assert slip.kind == "guide" and slip.title == "户口迁移（跨省通办）"
    assert desk.view.state is GuidePrint.PRINTED


def test_a_guide_the_printer_could_not_print_is_said_to_have_failed(terminal) -> None:  # type: ignore[no-untyped-def]
    terminal.documents.ok = False
    desk = GuideDesk(terminal)
    desk.print_guide("DEMO-HJ-001")
    assert desk.view.state is GuidePrint.FAILED


def test_leaving_the_session_forgets_the_guide_print(terminal) -> None:  # type: ignore[no-untyped-def]
    desk = GuideDesk(terminal)
    desk.print_guide("DEMO-HJ-001")
    terminal.session.end("left")
    assert desk.view.state is None
