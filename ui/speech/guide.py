"""What to say, and when: each screen's main instruction as it appears, each message as it is shown.

Only prompts from the fixed set are spoken (``ui.speech.prompts``): never a name, a number or an
address. The guide never blocks: a prompt not yet synthesised is made in the background and played
when ready, unless the citizen has moved on meanwhile.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.messages import Message
from ui.speech.engine import PromptLibrary
from ui.speech.player import Player
from ui.speech.prompts import prompt_for_message, prompt_for_screen

log = logging.getLogger(__name__)

Background = Callable[[Callable[[], Any], Callable[[Any], None]], None]  # TaskRunner.run


class SpeechGuide:
    def __init__(self, library: PromptLibrary, player: Player, background: Background) -> None:
        self._library = library
        self._player = player
        self._background = background
        self._wanted = 0  # bumped on every request: a late synthesis of an old prompt is not played

    def screen_shown(self, screen: str, language: str, volume: float) -> None:
        prompt = prompt_for_screen(screen)
        if prompt is not None:
            self.say(prompt, language, volume)

    def message_shown(self, message: Message, language: str, volume: float) -> None:
        self.say(prompt_for_message(message), language, volume)

    def say(self, prompt_id: str, language: str, volume: float) -> None:
        self._wanted += 1
        ticket = self._wanted
        ready = self._library.ready(prompt_id, language)
        if ready is not None:
            self._player.play(prompt_id, language, ready, volume)
            return

        def done(result: Path | BaseException) -> None:
            if isinstance(result, BaseException):
                log.warning("prompt %s (%s) could not be synthesised: %s", prompt_id, language, result)
            elif ticket == self._wanted:
                self._player.play(prompt_id, language, result, volume)

        self._background(lambda: self._library.make(prompt_id, language), done)

    def quiet(self) -> None:
        self._wanted += 1
        self._player.stop()
