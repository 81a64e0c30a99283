"""The build backend (``hall_kiosk_build``); pip loads it through ``backend-path`` in pyproject.toml."""
