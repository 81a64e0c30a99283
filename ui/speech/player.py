"""Playing a prompt: the Qt sound output on the terminal, a recording sink in tests.

A player must return at once (the UI thread calls it); Qt's ``QSoundEffect`` plays asynchronously.

``python -m ui.speech.player FILE.wav [VOLUME]`` plays one file through the same player and exits when
it has finished: a technician's check of the speaker, and how the sound-device test hears a prompt.
"""

from __future__ import annotations

import logging
import sys
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

    @property
    def has_device(self) -> bool:
        return self._effect is not None

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


def main(argv: list[str]) -> int:
    """Play one WAV through ``QtPlayer`` and return when it has finished (exit 3: no output device)."""
    from PySide6.QtCore import QCoreApplication, QTimer

    if not argv or len(argv) > 2:
        print("usage: python -m ui.speech.player FILE.wav [VOLUME 0..1]", file=sys.stderr)
        return 2
    path, volume = Path(argv[0]), float(argv[1]) if len(argv) > 1 else 0.7
    app = QCoreApplication.instance() or QCoreApplication([])
    player = QtPlayer()
    effect = player._effect
    if effect is None:
        return 3
    started = False

    def check() -> None:
        nonlocal started
        started = started or effect.isPlaying()
        if effect.status() == effect.Status.Error or (started and not effect.isPlaying()):
            app.quit()

    poll = QTimer()
    poll.timeout.connect(check)
    poll.start(20)
    QTimer.singleShot(30_000, app.quit)  # a prompt is a few seconds; never hang a check
    player.play("check", "", path, volume)
    app.exec()
    if effect.status() == effect.Status.Error or not started:
        print(f"could not play {path}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main(sys.argv[1:]))
