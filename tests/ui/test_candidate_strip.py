"""The pinyin candidate strip above the keyboard, while a citizen types a name into a form."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.flows import identify_with_the_card, open_form_of
from tests.ui.harness import find, screenshot, type_into

pytestmark = pytest.mark.slow

# A 15-character Uyghur name in Chinese transliteration: the pinyin engine offers new candidates
# after each character committed.
SPOUSE = "阿依古丽·买买提艾力·热合曼江"


def test_typing_a_long_name_builds_no_candidate_the_engine_has_already_taken_back(
    qtbot: QtBot, quiet_demo_app: Any, qtlog: Any, shots: Path
) -> None:
    app, win = quiet_demo_app, quiet_demo_app.window
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "jiehundengji")
    for _ in range(3):  # the background build races the engine: one name does not always lose it
        type_into(qtbot, win, "field_spouse_name", SPOUSE)
        qtbot.wait(400)
    assert find(win, "wordCandidateView").property("count") > 0
    screenshot(win, shots, "candidate_strip_after_a_long_name")
    assert [r.message for r in qtlog.records if "DelegateModel::cancel" in r.message] == []
