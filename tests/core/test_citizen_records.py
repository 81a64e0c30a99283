"""An identified citizen's own applications, records printed at once (查询打印), e-licenses shown (亮证)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from kiosk.citizen_records import OwnApplications, RecordDesk, RecordProblem, license_card, mask_license_number
from kiosk.link import Link, LinkState, RecordAge
from kiosk.ports import ELicense, Fetched, PlatformUnavailable
from kiosk.printing.documents import CertificateData
from kiosk.session.states import Purpose

RECORD = ELicense(
    "record_sb", "社会保险参保缴费证明", "SB-1", "", "上海市黄浦区人力资源和社会保障局", "", {"参保状态": "正常参保"}
)


class FakeCitizenServices:
    def __init__(self) -> None:
        self.down = False
        self.cached_at: datetime | None = None
        self.rows = [{"tracking_number": "2EPM-4XAP-2WD8", "service_code": "DEMO-YB-002", "status_label": "已受理"}]

    def applications(self, document_number: str) -> Fetched[Sequence[Mapping[str, Any]]]:
        rows = self.rows
        if self.cached_at is not None:
            return Fetched(rows, self.cached_at, from_cache=True)
        if self.down:
            raise PlatformUnavailable("down, nothing cached")
        return Fetched(rows, datetime(2026, 11, 23, 9, 0, tzinfo=UTC))

    def appointment_slots(self, item_code: str, day: date) -> Sequence[Mapping[str, Any]]:
        raise NotImplementedError

    def book_appointment(self, booking: Mapping[str, Any], key: str) -> Mapping[str, Any]:
        raise NotImplementedError

    def my_appointments(self, document_number: str) -> Sequence[Mapping[str, Any]]:
        raise NotImplementedError

    def cancel_appointment(self, confirmation: str, document_number: str) -> Mapping[str, Any]:
        raise NotImplementedError

    def record(self, document_number: str, item_code: str) -> ELicense:
        if self.down:
            raise PlatformUnavailable("down")
        return RECORD


@pytest.fixture
def services() -> FakeCitizenServices:
    return FakeCitizenServices()


@pytest.fixture
def identified(terminal, identity):  # type: ignore[no-untyped-def]
    terminal.start(Purpose.PROGRESS)
    terminal.identified(identity)
    return terminal


def test_own_applications_are_listed_with_the_items_name(identified, services) -> None:  # type: ignore[no-untyped-def]
    own = OwnApplications(identified, services)
    own.load()
    assert own.view.rows[0]["tracking_number"] == "2EPM-4XAP-2WD8"
    assert own.rows()[0]["name"] == "异地就医备案"
    assert own.view.freshness is not None and own.view.freshness.age is RecordAge.LIVE


def test_an_item_the_catalog_does_not_hold_gets_no_name_never_its_code(identified, services) -> None:  # type: ignore[no-untyped-def]
    services.rows = [{"tracking_number": "2EPM-4XAP-2WD8", "service_code": "310100-YB-YD-01", "status_label": "已受理"}]
    own = OwnApplications(identified, services)
    own.load()
    assert own.rows()[0]["name"] == ""


def test_cached_applications_carry_their_age_and_whether_the_link_is_down(identified, services, clock) -> None:  # type: ignore[no-untyped-def]
    services.cached_at = clock.now() - timedelta(minutes=7)
    identified.link = LinkState(Link.DOWN)
    own = OwnApplications(identified, services)
    own.load()
    assert own.view.freshness is not None
    assert (own.view.freshness.age, own.view.freshness.amount, own.view.freshness.offline) == (
        RecordAge.MINUTES,
        7,
        True,
    )


def test_no_platform_and_no_cache_is_said(identified, services) -> None:  # type: ignore[no-untyped-def]
    services.down = True
    own = OwnApplications(identified, services)
    own.load()
    assert own.view.problem is RecordProblem.OFFLINE and not own.view.rows


def test_a_record_is_fetched_shown_and_printed_with_the_holders_name(identified, services, identity) -> None:  # type: ignore[no-untyped-def]
    desk = RecordDesk(identified, services)
    desk.fetch_and_print("310100-CX-SB-01")
    assert desk.view.record == RECORD and desk.view.printed
    printed = identified.documents.printed[-1]
    assert isinstance(printed, CertificateData) and printed.holder == identity.name


def test_a_record_without_the_platform_is_neither_shown_nor_printed(identified, services) -> None:  # type: ignore[no-untyped-def]
    services.down = True
    desk = RecordDesk(identified, services)
    desk.fetch_and_print("310100-CX-SB-01")
    assert desk.view.problem is RecordProblem.OFFLINE and desk.view.record is None
    assert identified.documents.printed == []


def test_a_license_shown_on_screen_masks_holder_and_number_but_its_last_digits() -> None:
    lic = ELicense(
        "driving_license", "机动车驾驶证", "320102199003071239", "王小明", "南京市公安局交通管理局", "2032-06-30", {}
    )
    card = license_card(lic, date(2026, 11, 28))
    assert card["number"] == "**************1239"
    assert card["holder"].startswith("王") and "小明" not in card["holder"]
    assert card["valid"] and card["valid_to"] == "2032-06-30"
    assert "/driving_license/" in card["qr"] and "320102199003071239" not in card["qr"]


def test_an_expired_license_is_shown_as_expired() -> None:
    lic = ELicense("x", "证", "N-0001", "李四", "某局", "2020-01-01", {})
    assert not license_card(lic, date(2026, 11, 28))["valid"]
    assert mask_license_number("123") == "***"


def test_the_printed_receipt_says_when_and_where_the_result_arrives(terminal, identity) -> None:  # type: ignore[no-untyped-def]
    from kiosk.printing.documents import ReceiptData
    from kiosk.session.states import State

    terminal.start(Purpose.APPLY)
    terminal.identified(identity)
    terminal.choose_service("DEMO-HJ-001")
    terminal.session.go(State.FORM)
    terminal.session.go(State.REVIEW)
    terminal.session.data.delivery = {"method": "pickup"}
    terminal.accept_pledge()
    terminal.submit()
    receipt = terminal.receipts.printed[-1]
    assert isinstance(receipt, ReceiptData)
    assert receipt.next_steps[0] == "即办件：当天办结。"  # the item promises no days
    assert "示范市人民路1号二楼" in receipt.next_steps[1]  # its window's address
