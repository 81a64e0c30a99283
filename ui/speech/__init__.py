"""Spoken guidance: a fixed prompt set per language (``prompts``), an engine that synthesises it
(``engine``), players (``player``) and the guide that picks what to say on each screen (``guide``)."""
