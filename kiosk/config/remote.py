"""Which settings the platform may set remotely, and how a remote document becomes a config layer.

Layers: packaged defaults < site file < remote document < environment. The platform may set only
what a centre manages for a fleet (site profile, services, idle timeouts, printer choice, catalog
region and schedules); paths, keys, the platform address and the technician PIN stay local. A site
file can pin keys it must control itself (``[remote] pinned = ["printer.queue"]``): the remote value
of a pinned key is left out. The merged result is validated by the same models as a local file.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

REMOTELY_SETTABLE = frozenset(
    {
        "terminal.site_profile",
        "terminal.site_name",
        "terminal.region_code",
        "terminal.language",
        "session.idle_timeout_s",
        "session.form_idle_timeout_s",
        "session.receipt_idle_timeout_s",
        "session.warning_s",
        "ui.services",
        "ui.brand_color",
        "ui.button_colors",
        "ui.brand_name",
        "printer.backend",
        "printer.queue",
        "printer.receipt_backend",
        "printer.deadline_s",
        "platform.sync_interval_s",
        "platform.heartbeat_interval_s",
        "platform.catalog_refresh_s",
        "platform.trust_list_refresh_s",
        "technician.idle_exit_s",
        "logging.level",
        "metrics.alert_queue_age_s",
    }
)


class RemoteKeyRefused(ValueError):
    """The document sets something only the site may set; ``str()`` names the key."""


def remote_layer(settings: Mapping[str, Any], pinned: Iterable[str] = ()) -> tuple[dict[str, Any], list[str]]:
    """(the layer to merge, the pinned keys left out). Raises ``RemoteKeyRefused`` for a key the
    platform may not set, or a value that is not under a section."""
    pins = set(pinned)
    layer: dict[str, Any] = {}
    skipped: list[str] = []
    for section, values in settings.items():
        if not isinstance(values, Mapping):
            raise RemoteKeyRefused(f"{section}: expected a section of settings, got {type(values).__name__}")
        for key, value in values.items():
            name = f"{section}.{key}"
            if name not in REMOTELY_SETTABLE:
                raise RemoteKeyRefused(f"{name}: may not be set remotely")
            if name in pins:
                skipped.append(name)
                continue
            layer.setdefault(section, {})[key] = value
    return layer, skipped
