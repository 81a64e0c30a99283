"""Spoken prompts: real Mandarin and English audio from espeak-ng (checked with sox, as there is no
sound device here), recorded files replacing synthesised ones by name, nothing personal ever said."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kiosk.messages import Message, PrintProblem, Say
from ui.speech.engine import PromptLibrary
from ui.speech.guide import SpeechGuide
from ui.speech.player import RecordingSink
from ui.speech.prompts import SCREEN_PROMPTS, prompt_for_message, prompt_ids
from ui.words import LANGUAGES, Words

needs_espeak = pytest.mark.skipif(not shutil.which("espeak-ng") or not shutil.which("sox"),
                                  reason="espeak-ng and sox are installed by ./dev")


def _library(tmp_path: Path, recorded: Path | None = None) -> PromptLibrary:
    return PromptLibrary(tmp_path / "cache", lambda p, lang: Words(lang).tr(p),
                         recorded_dir=recorded or tmp_path / "recorded")


def _stat(wav: Path) -> dict[str, float]:
    out = subprocess.run(["sox", str(wav), "-n", "stat"], capture_output=True, text=True, check=True).stderr
    return {k.strip(): float(v) for k, v in re.findall(r"^([^:]+):\s+(-?[\d.]+)\s*$", out, re.M)}


@needs_espeak
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_identify_prompt_is_speech_of_plausible_length(tmp_path: Path, language: str) -> None:
    wav = _library(tmp_path).make("speech.identify", language)
    stat = _stat(wav)
    assert 1.0 < stat["Length (seconds)"] < 8.0  # "请将身份证放在读卡区。": ~3 s of speech
    assert stat["RMS     amplitude"] > 0.02  # not silence
    assert stat["Maximum amplitude"] > 0.3


@needs_espeak
def test_mandarin_is_read_with_tones_not_letter_by_letter(tmp_path: Path) -> None:
    phonemes = subprocess.run(["espeak-ng", "-v", "cmn-latn-pinyin", "-x", "-q", "--stdin"],
                              input="请将身份证放在读卡区".encode(), capture_output=True, check=True).stdout.decode()
    assert re.search(r"\d{2}", phonemes)  # tone numbers (e.g. tS;h'i21N): Mandarin, not English letter names


def test_a_recorded_prompt_replaces_the_synthesised_one_file_for_file(tmp_path: Path) -> None:
    recorded = tmp_path / "recorded" / "zh_CN" / "speech.identify.wav"
    recorded.parent.mkdir(parents=True)
    recorded.write_bytes(b"RIFF recorded")
    assert _library(tmp_path).ready("speech.identify", "zh_CN") == recorded


def test_every_screen_has_a_prompt_with_words_in_every_language() -> None:
    for language in LANGUAGES:
        words = Words(language)
        for prompt in prompt_ids():
            text = words.tr(prompt)
            assert text != prompt and "%" not in text, (language, prompt)


def test_messages_with_data_are_spoken_by_a_fixed_prompt_without_the_data() -> None:
    from datetime import date

    assert prompt_for_message(Message(Say.CARD_EXPIRED, (date(2020, 1, 1),), spoken=False)) == "speech.card_expired"
    licence = Message(Say.LICENSE_PRINTING, ("张三的结婚证",), spoken=False)
    assert prompt_for_message(licence) == "speech.license_printing"
    assert prompt_for_message(Message(Say.CARD_UNREADABLE)) == "card.unreadable"
    assert prompt_for_message(Message(Say.PRINTER_PROBLEM, (PrintProblem.MEDIA_EMPTY.value,))) == \
        "print.problem.media-empty"


def test_a_prompt_not_yet_synthesised_is_made_in_the_background_and_played_if_still_wanted(tmp_path: Path) -> None:
    library = _library(tmp_path)
    sink = RecordingSink()
    queued: list[tuple[object, object]] = []
    guide = SpeechGuide(library, sink, lambda work, done: queued.append((work, done)))
    guide.screen_shown("identify", "zh_CN", 0.8)
    assert sink.played == [] and len(queued) == 1  # nothing blocked the caller
    guide.screen_shown("idle", "zh_CN", 0.8)  # the citizen moved on before the first was ready
    (cache := tmp_path / "fake.wav").write_bytes(b"RIFF")
    for _work, done in queued:
        done(cache)  # type: ignore[operator]
    assert sink.prompts() == ["speech.idle"]


def test_the_screen_prompts_cover_every_citizen_screen() -> None:
    from kiosk.session.states import State

    assert set(SCREEN_PROMPTS) == {s.value for s in State}
