"""What a scanned code does, depending on where the citizen is.

A code is trusted only after ``kiosk.codes.classify`` verified it against the trust list. On the
identify screen a personal service code or an e-license code identifies its holder; on the progress
screen a receipt's tracking number asks for progress; on the form an e-license code attaches that
license as a material the citizen need not bring on paper (免提交).

One look can hold several codes (a phone showing two, a code beside a receipt) and a code can have
several plausible readings. Each code is resolved by verification (``kiosk.codes.resolve``); the
terminal acts on the one verified code that is usable on the current screen, and asks the citizen
to show one code when more than one is.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from kiosk.codes import (
    Classified,
    CodeError,
    ELicenseCode,
    ServiceCode,
    SeveralCodes,
    TrackingNumber,
    TrustList,
    resolve,
)
from kiosk.domain.identity import CardType, Identity
from kiosk.messages import Message, Say
from kiosk.ports import CodeScanned
from kiosk.session.states import State
from kiosk.terminal import Terminal

log = logging.getLogger(__name__)


class CodeIntake:
    def __init__(
        self,
        trust: Callable[[], TrustList],
        on_tracking_number: Callable[[Terminal, str], None] | None = None,
    ) -> None:
        self._trust = trust
        self._on_tracking_number = on_tracking_number

    def __call__(self, terminal: Terminal, event: CodeScanned) -> None:
        session = terminal.session
        if session.state is State.IDLE:
            return  # nobody is at the terminal: a phone waved past the camera is not a request
        trust, now = self._trust(), terminal.clock.now()
        verified: list[Classified] = []
        first_error: CodeError | None = None
        for readings in event.codes:
            try:
                code = resolve(readings, trust, now)
            except CodeError as err:
                first_error = first_error or err
                continue
            if code not in verified:
                verified.append(code)
        usable = [code for code in verified if _usable(session.state, code)]
        if len(usable) > 1:
            several = SeveralCodes(f"{len(usable)} verified codes usable on {session.state.name}")
            log.warning("codes refused (SeveralCodes): %s", several.detail)
            self._refuse(terminal, several)
        elif usable:
            self._act(terminal, usable[0])
        elif verified:
            self._act(terminal, verified[0])  # says why it cannot be used here
        elif first_error is not None:
            self._refuse(terminal, first_error)

    @staticmethod
    def _refuse(terminal: Terminal, err: CodeError) -> None:
        session = terminal.session
        session.data.notice = Message(err.say)
        session.touch()
        session.notify()

    def _act(self, terminal: Terminal, code: Classified) -> None:
        session = terminal.session
        state = session.state
        if state is State.IDENTIFY and isinstance(code, ServiceCode):
            self._identify(terminal, code.identity)
        elif state is State.IDENTIFY and isinstance(code, ELicenseCode):
            lic = code.license
            self._identify(
                terminal,
                Identity(card_type=CardType.SERVICE_CODE, name=lic.holder, document_number=code.holder_document_number),
            )
        elif state is State.QUERY_PROGRESS and isinstance(code, TrackingNumber):
            if self._on_tracking_number is not None:
                self._on_tracking_number(terminal, code.text)
        elif state is State.FORM and isinstance(code, ELicenseCode):
            identity = session.data.identity
            if identity is None or identity.document_number != code.holder_document_number:
                session.data.notice = Message(Say.CODE_LICENSE_NOT_YOURS)
            else:
                lic = code.license
                session.data.attachments.append(
                    {"kind": "elicense", "license_type": lic.license_type, "name": lic.name, "number": lic.number}
                )
                session.data.notice = Message(Say.CODE_LICENSE_ADDED, (lic.title,))
        else:
            session.data.notice = Message(Say.CODE_WRONG_PLACE)
        session.touch()
        session.notify()

    @staticmethod
    def _identify(terminal: Terminal, identity: Identity) -> None:
        terminal.identified(identity)


def _usable(state: State, code: Classified) -> bool:
    """Whether ``_act`` would do something with ``code`` on this screen (rather than say "wrong place")."""
    if state is State.IDENTIFY:
        return isinstance(code, ServiceCode | ELicenseCode)
    if state is State.QUERY_PROGRESS:
        return isinstance(code, TrackingNumber)
    if state is State.FORM:
        return isinstance(code, ELicenseCode)
    return False
