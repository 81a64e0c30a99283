"""The summary 下一步 shows above a form with problems follows the citizen as they fix them: a line
leaves when its field is edited (as the field's own message does), and the lines are in the language
on screen. Screenshots go to artifacts/screens/problem_summary/ for a look."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.flows import identify_with_the_card, open_form_of
from tests.ui.harness import find, hide_keyboard, screenshot, tap, type_into, visible

pytestmark = pytest.mark.slow


def _problems_shown(qtbot: QtBot, app: Any) -> None:
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "jiehundengji")
    tap(qtbot, app.window, "reviewButton")  # nothing filled in: several problems
    qtbot.waitUntil(lambda: visible(app.window, "problemSummary"), timeout=3000)


def _fields_listed(app: Any) -> list[str]:
    return [str(p["field"]) for p in app.vm.problems]


def test_a_field_filled_in_after_next_leaves_the_problem_summary_and_its_count(
    qtbot: QtBot, quiet_demo_app: Any, shots: Path
) -> None:
    app, win = quiet_demo_app, quiet_demo_app.window
    _problems_shown(qtbot, app)
    before = len(app.vm.problems)
    assert {"phone", "spouse_name"} <= set(_fields_listed(app))
    type_into(qtbot, win, "field_phone", "13812345678")
    type_into(qtbot, win, "field_spouse_name", "阿依古丽·买买提艾力·热合曼江")
    hide_keyboard(qtbot)
    qtbot.waitUntil(lambda: len(app.vm.problems) == before - 2, timeout=2000)
    assert not {"phone", "spouse_name"} & set(_fields_listed(app))
    title = str(find(win, "problemsTitle").property("text"))
    assert str(before - 2) in title and str(before) not in title
    assert "手机号码" not in str(find(win, "problem_0").property("text"))
    screenshot(win, shots / "problem_summary", "two-fields-filled-zh")


def test_the_problem_summary_changes_language_with_the_screen(
    qtbot: QtBot, quiet_demo_app: Any, shots: Path
) -> None:
    app, win = quiet_demo_app, quiet_demo_app.window
    _problems_shown(qtbot, app)
    assert "请填写" in str(find(win, "problem_0").property("text"))
    app.vm.setLanguage("en_US")
    qtbot.waitUntil(lambda: "Please" in str(find(win, "problem_0").property("text")), timeout=2000)
    qtbot.wait(100)
    screenshot(win, shots / "problem_summary", "after-switching-to-english")
    assert "请" not in str(find(win, "problem_0").property("text"))


def test_a_summary_of_more_than_five_problems_says_how_many_more_the_form_marks(
    qtbot: QtBot, quiet_demo_app: Any, shots: Path
) -> None:
    # The title counted six and five lines followed: a citizen looked for the sixth in the summary.
    app, win = quiet_demo_app, quiet_demo_app.window
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "hukouqianyi")
    tap(qtbot, win, "reviewButton")
    qtbot.waitUntil(lambda: visible(win, "problemSummary"), timeout=3000)
    count = len(app.vm.problems)
    assert count > 5
    assert "另有" in str(find(win, "problemsMore").property("text"))
    assert str(count - 5) in str(find(win, "problemsMore").property("text")) and visible(win, "problemsMore")
    app.vm.setElderMode(True)
    app.vm.setLanguage("en_US")
    qtbot.waitUntil(lambda: "more" in str(find(win, "problemsMore").property("text")), timeout=2000)
    qtbot.wait(100)
    # The field named in English is asked for in English too, not "Please fill in: 手机号码", and named once.
    assert str(find(win, "problem_0").property("text")) == "· Please fill in: Mobile phone number"
    screenshot(win, shots / "problem_summary", "more-than-five-en-elder")
    type_into(qtbot, win, "field_phone", "13812345678")
    hide_keyboard(qtbot)
    qtbot.waitUntil(lambda: len(app.vm.problems) == count - 1, timeout=2000)
    if count - 1 > 5:
        assert str(count - 6) in str(find(win, "problemsMore").property("text"))
    else:
        assert not visible(win, "problemsMore")


@pytest.mark.parametrize(("language", "elder"), [("zh_CN", False), ("zh_CN", True), ("en_US", False), ("en_US", True)],
                         ids=["zh", "zh-elder", "en", "en-elder"])
def test_each_line_of_the_problem_summary_names_its_field_once(
    qtbot: QtBot, quiet_demo_app: Any, shots: Path, language: str, elder: bool
) -> None:
    # "· 手机号码: Please fill in: 手机号码": the line put the field's name before a sentence that names it.
    app, win = quiet_demo_app, quiet_demo_app.window
    identify_with_the_card(qtbot, app)
    open_form_of(qtbot, app, "hukouqianyi")
    app.vm.setLanguage(language)
    app.vm.setElderMode(elder)
    tap(qtbot, win, "reviewButton")  # nothing filled in: more than five problems
    qtbot.waitUntil(lambda: visible(win, "problemSummary"), timeout=3000)
    qtbot.wait(100)
    screenshot(win, shots / "problem_summary", f"named-once-{language}{'-elder' if elder else ''}")
    problems = list(app.vm.problems)
    assert len(problems) > 5
    lines = [str(find(win, f"problem_{i}").property("text")) for i in range(5)]
    assert [line.count(str(p["label"])) for line, p in zip(lines, problems, strict=False)] == [1] * 5, lines
    assert lines[0] == "· " + str(problems[0]["message"])  # the sentence alone: it names the field
    # A missing document's sentence does not name it: its line keeps the document's name before it.
    documents = [p for p in problems if p["field"] == "materials"]
    assert documents and all(str(p["line"]).startswith(str(p["label"])) for p in documents)
    more = str(find(win, "problemsMore").property("text"))
    assert visible(win, "problemsMore") and str(len(problems) - 5) in more
    assert ("另有" in more) == (language == "zh_CN")
