"""The enrolment page has every word in Chinese and in English, one for each reason a code can fail."""

from __future__ import annotations


def test_the_enrolment_words_are_complete_in_english_and_chinese():
    from ui.viewmodels.technician_vm import ENROL_WORDS

    zh, en = ENROL_WORDS["zh_CN"], ENROL_WORDS["en_US"]
    assert set(zh) == set(en) and all(zh.values()) and all(en.values())
    reasons = {"ok", "unknown_code", "code_used", "code_expired", "unreachable", "refused", "bad_answer",
               "not_written", "not_enrolled"}
    assert reasons <= set(zh)
