"""Turning the prompt set into audio files, offline, with espeak-ng; recorded prompts take precedence.

espeak-ng's ``cmn-latn-pinyin`` voice reads Chinese characters with correct Mandarin tones (its plain
``cmn`` voice reads them with English letter rules); English uses ``en-gb``. The voice is robotic,
so the library looks for a recorded file first (``assets/prompts/<lang>/<prompt id>.wav``): recorded
prompts replace synthesised ones file for file, without code changes.

Synthesis takes ~15-150 ms per prompt (a subprocess); it never runs on the UI thread. The library
synthesises the whole set at start in a background thread and caches it in the data folder, keyed
by the prompt's text, so an edited catalog entry is synthesised again.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import threading
from collections.abc import Callable, Iterable
from pathlib import Path

log = logging.getLogger(__name__)

VOICES = {"zh_CN": "cmn-latn-pinyin", "en_US": "en-gb"}
RECORDED_DIR = Path(__file__).resolve().parents[2] / "assets" / "prompts"


class EspeakEngine:
    """Synthesises one text to a WAV file (blocking: call it off the UI thread)."""

    def __init__(self, binary: str | None = None, speed_wpm: int = 150) -> None:
        self.binary = binary or shutil.which("espeak-ng") or ""
        self.speed_wpm = speed_wpm
        self._nice = shutil.which("nice") or ""

    @property
    def available(self) -> bool:
        return bool(self.binary)

    def synthesise(self, text: str, language: str, out: Path) -> None:
        if not self.binary:
            raise RuntimeError("espeak-ng is not installed (Debian package espeak-ng)")
        voice = VOICES.get(language, VOICES["zh_CN"])
        out.parent.mkdir(parents=True, exist_ok=True)
        partial = out.with_suffix(".part")
        # The text goes on stdin, not argv: nothing of it appears in the process list.
        # Under nice: a card read must never wait for a prompt being made.
        nice = [self._nice, "-n", "10"] if self._nice else []
        subprocess.run(
            [*nice, self.binary, "-v", voice, "-s", str(self.speed_wpm), "-w", str(partial), "--stdin"],
            input=text.encode("utf-8"), check=True, capture_output=True, timeout=30,
        )
        os.replace(partial, out)


class PromptLibrary:
    """Where the audio of each prompt is: a recorded file, else a cached synthesis of its catalog text."""

    def __init__(
        self,
        cache_dir: Path,
        text_of: Callable[[str, str], str],
        engine: EspeakEngine | None = None,
        recorded_dir: Path = RECORDED_DIR,
    ) -> None:
        self._cache = cache_dir
        self._text_of = text_of  # (prompt id, language) -> words from the catalog
        self._engine = engine or EspeakEngine()
        self._recorded = recorded_dir
        self._lock = threading.Lock()
        self._stop = threading.Event()

    def stop(self) -> None:
        """Make a running ``prepare`` return soon (the app is closing)."""
        self._stop.set()

    def recorded(self, prompt_id: str, language: str) -> Path | None:
        path = self._recorded / language / f"{prompt_id}.wav"
        return path if path.exists() else None

    def _cached(self, prompt_id: str, language: str) -> Path:
        text = self._text_of(prompt_id, language)
        digest = hashlib.sha256(f"{language}\0{text}".encode()).hexdigest()[:12]
        return self._cache / language / f"{prompt_id}.{digest}.wav"

    def ready(self, prompt_id: str, language: str) -> Path | None:
        """The file to play now, or None if it still has to be synthesised (never blocks)."""
        recorded = self.recorded(prompt_id, language)
        if recorded is not None:
            return recorded
        cached = self._cached(prompt_id, language)
        return cached if cached.exists() else None

    def make(self, prompt_id: str, language: str) -> Path:
        """The file, synthesising it if needed (blocking: off the UI thread only)."""
        ready = self.ready(prompt_id, language)
        if ready is not None:
            return ready
        with self._lock:
            out = self._cached(prompt_id, language)
            if not out.exists():
                self._engine.synthesise(self._text_of(prompt_id, language), language, out)
        return out

    def prepare(self, prompt_ids: Iterable[str], languages: Iterable[str]) -> int:
        """Synthesise every prompt not yet cached; returns how many were made (blocking)."""
        made = 0
        for language in languages:
            for prompt_id in prompt_ids:
                if self._stop.is_set():
                    return made
                if self.ready(prompt_id, language) is None:
                    try:
                        self.make(prompt_id, language)
                        made += 1
                    except (OSError, subprocess.SubprocessError, RuntimeError) as exc:
                        log.warning("prompt %s (%s) not synthesised: %s", prompt_id, language, exc)
                        return made
        return made
