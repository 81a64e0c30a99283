"""The words catalog: complete in every language, and the only home of citizen and technician text."""

from __future__ import annotations

import re
from datetime import date

import pytest

from kiosk.messages import Message, PrintProblem, Say
from ui.i18n_build import counts, load, used_ids
from ui.words import LANGUAGES, Words, catalog_file, read_ts


@pytest.mark.parametrize("language", LANGUAGES)
def test_lrelease_reports_no_unfinished_entry(language: str) -> None:
    finished, unfinished = counts(language)
    assert unfinished == 0 and finished > 150


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_id_the_code_uses_has_finished_words(language: str) -> None:
    entries = read_ts(catalog_file(language))
    missing = sorted(i for i in used_ids() if not entries.get(i, ("", False))[1])
    assert missing == []


def test_the_catalog_holds_no_id_the_code_no_longer_uses() -> None:
    unused = sorted(set(load("en_US")) - used_ids())
    assert unused == [], "run `python -m ui.i18n_build update`, then delete the vanished entries"


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_match_between_languages(language: str) -> None:
    zh, other = load("zh_CN"), load(language)
    for msg_id, (_src, text, _kind) in zh.items():
        if msg_id == "date.long":
            continue  # each language takes what it writes: Chinese numbers the month, English names it
        assert sorted(re.findall(r"%\d", text)) == sorted(re.findall(r"%\d", other[msg_id][1])), msg_id


def test_english_is_not_chinese() -> None:
    cjk = re.compile(r"[\u3400-\u9fff]")
    bilingual = {"access.other_language", "access.other_language_name", "offer.english_question",
                 "offer.english_decline",  # written in both languages on purpose
                 "keyboard.chinese"}  # the keyboard's space bar names each language in its own words
    leaks = [i for i, (_s, text, _k) in load("en_US").items() if cjk.search(text) and i not in bilingual]
    assert leaks == []


def test_a_card_expiry_date_is_written_the_way_each_language_writes_dates() -> None:
    message = Message(Say.CARD_EXPIRED, (date(2025, 3, 1),), spoken=False)
    assert "2025年3月1日" in Words("zh_CN").say(message)
    assert "1 March 2025" in Words("en_US").say(message)


def test_a_printer_problem_says_what_happened_and_that_the_document_is_kept() -> None:
    message = Message(Say.PRINTER_PROBLEM, (PrintProblem.MEDIA_EMPTY.value,))
    assert Words("zh_CN").say(message) == "打印机缺纸。请联系现场工作人员处理，您的文件已保存，可稍后补打。"
    assert Words("en_US").say(message).startswith("The printer is out of paper. Please ask")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_kind_reads_as_a_sentence_without_leftover_placeholders(language: str) -> None:
    words = Words(language)
    for kind in Say:
        args = ("X", "Y") if kind is not Say.PRINTER_PROBLEM else (PrintProblem.ERROR.value,)
        text = words.say(Message(kind, args))
        assert text and "%" not in text.replace("%1%", "") and not text.startswith(kind.value.split(".")[0] + "."), kind
