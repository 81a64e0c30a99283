"""The postal recipient on a public screen (docs/personal-data.md): the card holder's name stands in
masked and read-only, the card's address is not put on screen, and posting to someone else is one tap."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from kiosk.domain.masking import mask_name
from tests.ui.flows import identify_with_the_card, on, open_form_of, option_index
from tests.ui.harness import find, screenshot, tap, type_into, visible
from tests.ui.test_citizen_flows import texts_on_screen

pytestmark = pytest.mark.slow

def test_the_postal_recipient_is_masked_the_cards_address_is_not_shown_and_another_can_be_typed(
    qtbot: QtBot, app: Any, shots: Path
) -> None:
    win = app.window
    qtbot.waitUntil(lambda: app.vm.catalogLoaded, timeout=30000)  # a loaded machine parses it slowly
    identify_with_the_card(qtbot, app)
    holder = app.assembly.terminal.session.data.identity
    open_form_of(qtbot, app, "户口簿补领")
    tap(qtbot, win, f"field_delivery_{option_index(app, 'delivery', 'ems')}")
    qtbot.waitUntil(lambda: visible(win, "field_ems_recipient"), timeout=2000)
    recipient = find(win, "field_ems_recipient")
    assert recipient.property("text") == mask_name(holder.display_name)
    assert recipient.property("readOnly")
    assert find(win, "field_ems_address").property("text") == ""
    shown = " | ".join(texts_on_screen(win))
    assert holder.display_name not in shown and holder.address not in shown
    screenshot(win, shots, "i16_ems_recipient_masked")

    tap(qtbot, win, "field_ems_recipient_replace")
    qtbot.waitUntil(lambda: not find(win, "field_ems_recipient").property("readOnly"), timeout=2000)
    assert find(win, "field_ems_recipient").property("text") == ""
    type_into(qtbot, win, "field_ems_recipient", "李四")
    assert app.vm.formValues["ems_recipient"] == "李四"
    tap(qtbot, win, "backButton")
    on(qtbot, app, "guide")
    tap(qtbot, win, "startFormButton")
    on(qtbot, app, "form")
    assert find(win, "field_ems_recipient").property("text") == "李四"  # kept, and still the citizen's to edit
    assert not find(win, "field_ems_recipient").property("readOnly")
