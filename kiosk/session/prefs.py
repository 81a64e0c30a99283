"""How this citizen wants the terminal to talk: language, 长辈版 (elder mode) and spoken guidance.

They belong to the session: the wipe puts the site's defaults back, so the next citizen never
inherits the last one's English or large print.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Language = Literal["zh_CN", "en_US"]
FOREIGNER_OFFER: Language = "en_US"  # offered at once when a foreigner's permanent-residence card is read


@dataclass
class Preferences:
    language: Language = "zh_CN"
    elder_mode: bool = False
    speech_on: bool | None = None  # None: follow the mode (on in 长辈版, the site's choice otherwise)
    volume: float = 0.7  # 0..1; the site's ``ui.speech_volume`` in a running terminal
    language_offer: Language | None = None  # a language the terminal is offering (a foreigner's card was read)

    def speaking(self, site_speech: bool) -> bool:
        if self.speech_on is not None:
            return self.speech_on
        return self.elder_mode or site_speech

    def copy(self) -> Preferences:
        return Preferences(self.language, self.elder_mode, self.speech_on, self.volume, self.language_offer)
