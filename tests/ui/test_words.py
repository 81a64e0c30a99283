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


def test_a_count_of_one_is_singular_in_english_and_more_are_plural() -> None:
    en, zh = Words("en_US"), Words("zh_CN")
    assert en.say(Message(Say.WORKING_DAYS, (1,))) == "1 working day"
    assert en.say(Message(Say.WORKING_DAYS, (5,))) == "5 working days"
    assert en.tr("receipt.time_limit", 1) == "Promised to be finished within 1 working day."
    assert en.tr("receipt.time_limit", 20) == "Promised to be finished within 20 working days."
    assert en.tr("age.minutes", 1) == "1 minute ago" and en.tr("age.hours", 1) == "1 hour ago"
    assert en.tr("tech.pin.wrong", 1) == "Wrong PIN; 1 try left"
    assert zh.tr("receipt.time_limit", 1) == "承诺 1 个工作日内办结。"


def test_every_singular_form_keeps_the_placeholders_of_its_plural() -> None:
    from ui.words import SINGULAR_FORMS

    for language in LANGUAGES:
        catalog = {i: text for i, (_s, text, _k) in load(language).items()}
        for msg_id in SINGULAR_FORMS:
            assert sorted(re.findall(r"%\d", catalog[f"{msg_id}.one"])) == sorted(re.findall(r"%\d", catalog[msg_id]))


def test_a_fee_keeps_its_name_and_amount_apart_in_both_languages() -> None:
    from kiosk.platform_text import PlatformText

    fee = Message(Say.GUIDE_FEE, (PlatformText("居民身份证工本费", "ID card fee"), "20.00"))
    assert Words("zh_CN").say(fee) == "居民身份证工本费：20.00元"
    assert Words("en_US").say(fee) == "ID card fee: CNY 20.00"


def test_citizen_english_spells_license_one_way() -> None:
    # en_US, as the platform's English names say it ("Driving license"); the terminal's own word for
    # 电子证照 is "e-certificate".
    from sandbox_platform.catalog_data import english

    catalog = " ".join(text for _s, text, _k in load("en_US").values())
    platform = " ".join(str(v) for name in dir(english) if name.isupper()
                        for v in (getattr(english, name).values() if isinstance(getattr(english, name), dict) else ()))
    assert "licence" not in catalog.lower() and "licence" not in platform.lower()
    assert "license" in platform.lower()


def test_a_label_and_its_value_are_joined_by_each_languages_colon() -> None:
    assert Words("zh_CN").tr("list.colon") == "：" and Words("en_US").tr("list.colon") == ": "
