"""The platform link and the outbox queue as one state, and the wording kinds every screen takes from it.

The header, the receipt, the progress screen and every message read ``LinkState``; none of them
decides on its own whether the terminal is online. Until the sync worker has tried the platform once
the link is ``CHECKING`` (start-up): the header then says it is connecting rather than "offline".
What a citizen is told about a filing or a cached record is chosen here from the same state, so a
receipt cannot say "will be sent when the network is back" under a header that says connected.
The words for each kind live in the screens' catalog; queue depth and terminal id are for the
technician and never reach a citizen screen.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from kiosk.ports import OutboxStatus


class Link(enum.StrEnum):
    CHECKING = "checking"  # nothing tried yet
    UP = "up"
    DOWN = "down"


@dataclass(frozen=True)
class LinkState:
    link: Link = Link.CHECKING
    pending: int = 0  # technician only

    @classmethod
    def from_status(cls, status: OutboxStatus) -> LinkState:
        # A platform that answers but refuses this terminal (not enrolled, key refused) takes no
        # filing: for a citizen that is offline, filings kept here; the technician sees why.
        if status.platform_connected:
            link = Link.UP
        elif status.platform_checked or status.platform_refusal:
            link = Link.DOWN
        else:
            link = Link.CHECKING
        return cls(link, status.pending)


class FilingWording(enum.StrEnum):
    """What the receipt says happened to the filing."""

    SENT = "filing.sent"  # 申请已提交，正在转送办理部门
    SAVED_OFFLINE = "filing.saved_offline"  # 申请已保存在本终端，联网后自动上报


def filing_wording(state: LinkState) -> FilingWording:
    # While the link is still being checked the filing is safe in the outbox either way; saying it
    # was sent would be a promise the terminal cannot yet keep.
    return FilingWording.SENT if state.link is Link.UP else FilingWording.SAVED_OFFLINE


class RecordAge(enum.StrEnum):
    """How old a record shown to the citizen is."""

    LIVE = "age.live"  # fetched from the platform just now: nothing to say
    JUST_NOW = "age.just_now"  # from the cache, under a minute old: 刚刚的记录
    MINUTES = "age.minutes"  # from the cache: N 分钟前的记录
    HOURS = "age.hours"  # from the cache: N 小时前的记录


@dataclass(frozen=True)
class Freshness:
    age: RecordAge
    amount: int = 0  # minutes or hours, with MINUTES / HOURS
    offline: bool = False  # the link is down (else: the platform could not answer this one read)


def freshness(from_cache: bool, fetched_at: datetime, now: datetime, state: LinkState) -> Freshness:
    if not from_cache:
        return Freshness(RecordAge.LIVE)
    seconds = max(0.0, (now - fetched_at).total_seconds())
    offline = state.link is not Link.UP
    if seconds < 60:
        return Freshness(RecordAge.JUST_NOW, 0, offline)
    if seconds < 3600:
        return Freshness(RecordAge.MINUTES, int(seconds // 60), offline)
    return Freshness(RecordAge.HOURS, int(seconds // 3600), offline)
