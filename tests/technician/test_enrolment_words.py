"""The enrolment page's words come from the catalog, in Chinese and in English, one sentence for
each answer the enrolment desk can give (wiring/enrolment.py)."""

from __future__ import annotations

import pytest

from ui.viewmodels.technician_vm import enrolment_words
from ui.words import LANGUAGES, Words

OUTCOMES = ("enrolled", "rotated", "unknown_code", "code_used", "code_expired", "unreachable", "bad_answer",
            "not_written", "not_enrolled", "refused")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_answer_of_the_enrolment_desk_has_its_own_sentence(language: str) -> None:
    words = Words(language)
    sentences = [enrolment_words(words, outcome) for outcome in OUTCOMES]
    assert all(s and not s.startswith("tech.") for s in sentences)
    assert len(set(sentences)) == len(OUTCOMES)


def test_an_unknown_answer_reads_as_a_refusal() -> None:
    words = Words("zh_CN")
    assert enrolment_words(words, "teapot") == enrolment_words(words, "refused") == "平台拒绝了请求，请联系平台运维"


def test_the_enrolment_page_speaks_the_sites_language() -> None:
    assert Words("en_US").tr("tech.enrol.enrolled", "T-1", "Hall", "ab12", "2026-11-28") == (
        "Enrolled: terminal T-1, Hall, key ab12 (2026-11-28)"
    )
    assert Words("zh_CN").tr("tech.enrol.tab") == "终端登记"
