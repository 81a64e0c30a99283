"""The citizen session's states and the moves allowed between them."""

from __future__ import annotations

import enum


class State(enum.Enum):
    IDLE = "idle"
    IDENTIFY = "identify"
    CHOOSE_SERVICE = "choose_service"
    GUIDE = "guide"
    FORM = "form"
    REVIEW = "review"
    SUBMIT = "submit"
    RECEIPT = "receipt"
    RATE = "rate"
    QUERY_PROGRESS = "query_progress"
    PRINT_CERTIFICATE = "print_certificate"
    APPOINTMENT = "appointment"


class Purpose(enum.Enum):
    """What the citizen chose on the home screen; decides where identification leads."""

    APPLY = "apply"
    PROGRESS = "progress"
    PRINT = "print"
    RECORDS = "records"  # 查询打印: the service list shows the record items (社保、医保、公积金、不动产)


AFTER_IDENTIFY = {
    Purpose.APPLY: State.CHOOSE_SERVICE,
    Purpose.PROGRESS: State.QUERY_PROGRESS,
    Purpose.PRINT: State.PRINT_CERTIFICATE,
    Purpose.RECORDS: State.CHOOSE_SERVICE,
}

# Forward moves. Leaving to IDLE is allowed from every state and is not listed.
TRANSITIONS: dict[State, frozenset[State]] = {
    State.IDLE: frozenset({State.IDENTIFY}),
    State.IDENTIFY: frozenset({State.CHOOSE_SERVICE, State.QUERY_PROGRESS, State.PRINT_CERTIFICATE}),
    State.CHOOSE_SERVICE: frozenset({State.GUIDE}),
    State.GUIDE: frozenset({State.CHOOSE_SERVICE, State.FORM, State.APPOINTMENT}),
    State.FORM: frozenset({State.GUIDE, State.REVIEW}),
    State.REVIEW: frozenset({State.FORM, State.SUBMIT}),
    State.SUBMIT: frozenset({State.REVIEW, State.RECEIPT}),
    State.RECEIPT: frozenset({State.RATE}),
    State.RATE: frozenset(),
    State.QUERY_PROGRESS: frozenset({State.RATE}),
    State.PRINT_CERTIFICATE: frozenset({State.RATE}),
    State.APPOINTMENT: frozenset({State.GUIDE, State.RATE}),
}

# Where "back" goes; states without an entry have no back button (submitting, receipt).
BACK: dict[State, State] = {
    State.GUIDE: State.CHOOSE_SERVICE,
    State.FORM: State.GUIDE,
    State.REVIEW: State.FORM,
    State.APPOINTMENT: State.GUIDE,
}
