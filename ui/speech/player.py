"""Playing a prompt: the Qt sound output on the terminal, a recording sink in tests.

A player must return at once (the UI thread calls it); Qt's ``QSoundEffect`` plays asynchronously.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

log = logging.getLogger(__name__)


class Player(Protocol):
    def play(self, prompt_id: str, language: str, path: Path, volume: float) -> None: ...

    def stop(self) -> None: ...


@dataclass
class Played:
    prompt_id: str
    language: str
    path: Path
    volume: float
    at: float  # time.perf_counter() when the player was asked to start


@dataclass
class RecordingSink:
    """Keeps what would have been played; tests assert the prompt chosen on each screen."""

    played: list[Played] = field(default_factory=list)
    stops: int = 0

    def play(self, prompt_id: str, language: str, path: Path, volume: float) -> None:
        self.played.append(Played(prompt_id, language, path, volume, time.perf_counter()))

    def stop(self) -> None:
        self.stops += 1

    def prompts(self) -> list[str]:
        return [p.prompt_id for p in self.played]


class QtPlayer:
    """Plays WAV files through the default audio output. On a machine without one it stays silent and
    says so once in the log (the screen still shows every word)."""

    def __init__(self) -> None:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

        self._effect: QSoundEffect | None = None
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            log.warning("no audio output device: spoken guidance is silent")
            return
        self._effect = QSoundEffect()
        self._effect.setAudioDevice(device)

    def play(self, prompt_id: str, language: str, path: Path, volume: float) -> None:
        from PySide6.QtCore import QUrl

        if self._effect is None:
            return
        self._effect.stop()  # a new screen interrupts the last prompt
        self._effect.setSource(QUrl.fromLocalFile(str(path)))
        self._effect.setVolume(volume)
        self._effect.play()

    def stop(self) -> None:
        if self._effect is not None:
            self._effect.stop()
