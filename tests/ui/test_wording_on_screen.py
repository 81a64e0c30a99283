"""Small words on the real window, in zh standard and en 长辈版: the form's problem summary joins a
missing document and its problem with the language's own colon (a field's problem is a sentence that
names the field, shown alone), and a fee on the guide keeps its name apart from
its amount. Screenshots go to artifacts/screens/wording/ for a look."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from drivers.idcard.sim_card import make_number
from tests.ui.flows import identify_with_the_card, on, open_form_of
from tests.ui.harness import find, screenshot, tap, type_into, visible, walk

pytestmark = pytest.mark.slow

VARIANTS = [("zh_CN", False), ("en_US", True)]
IDS = ["zh", "en-elder"]


@pytest.fixture
def app(quiet_demo_app: Any) -> Any:
    return quiet_demo_app


def _variant(language: str, elder: bool) -> str:
    return f"{'elder' if elder else 'standard'}-{language}"


@pytest.mark.parametrize(("language", "elder"), VARIANTS, ids=IDS)
def test_the_problem_summary_joins_a_document_and_its_problem_with_the_languages_colon(
    qtbot: QtBot, app: Any, shots: Path, language: str, elder: bool
) -> None:
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "jiehundengji")
    app.vm.setLanguage(language)
    app.vm.setElderMode(elder)
    win = app.window
    type_into(qtbot, win, "field_phone", "13812345678")  # the fields right: the documents are what is left
    type_into(qtbot, win, "field_spouse_name", "阿依古丽·买买提艾力·热合曼江")
    type_into(qtbot, win, "field_spouse_id", make_number("650102", date(1982, 5, 6), 222))
    type_into(qtbot, win, "field_marriage_date", "2026-12-01")
    tap(qtbot, win, "reviewButton")
    qtbot.waitUntil(lambda: visible(app.window, "problemSummary"), timeout=3000)
    qtbot.wait(200)
    screenshot(app.window, shots / "wording", f"form-problems-{_variant(language, elder)}")
    assert app.vm.problems[0]["field"] == "materials"
    first = str(find(app.window, "problem_0").property("text"))
    label = str(app.vm.problems[0]["label"])
    if language == "zh_CN":
        assert first.startswith(f"· {label}：")
    else:
        assert first.startswith(f"· {label}: ") and "：" not in first


@pytest.mark.parametrize(("language", "elder"), VARIANTS, ids=IDS)
def test_a_fee_on_the_guide_keeps_its_name_and_amount_apart(
    qtbot: QtBot, app: Any, shots: Path, language: str, elder: bool
) -> None:
    identify_with_the_card(qtbot, app)
    app.vm.setLanguage(language)
    app.vm.setElderMode(elder)
    open_form_of(qtbot, app, "居民身份证换领")
    tap(qtbot, app.window, "backButton")
    on(qtbot, app, "guide")
    texts = [str(item.property("text")) for item in walk(find(app.window, "screen_guide"), shown_only=False)
             if isinstance(item.property("text"), str) and "20.00" in str(item.property("text"))]
    fee = {"zh_CN": "居民身份证工本费：20.00元", "en_US": ": CNY 20.00"}[language]
    assert any(fee in text for text in texts), texts
    _scroll_to(qtbot, next(i for i in walk(find(app.window, "screen_guide"), shown_only=False)
                           if i.property("text") in texts))
    screenshot(app.window, shots / "wording", f"guide-fee-{_variant(language, elder)}")


def _scroll_to(qtbot: QtBot, item: Any) -> None:
    """Scrolls the page that holds ``item`` so that it stands near the top, for the photo."""
    flick = item.parentItem()
    while flick is not None and "Flickable" not in flick.metaObject().className():
        flick = flick.parentItem()
    assert flick is not None
    content = flick.property("contentItem")
    top = item.mapToItem(content, 0, 0).y()
    flick.setProperty("contentY", max(0.0, min(top - 100, flick.property("contentHeight") - flick.height())))
    qtbot.wait(150)
