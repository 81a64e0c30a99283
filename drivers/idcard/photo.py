"""The card portrait: 1024 bytes in the vendor-licensed wavelet format (WLT).

No open decoder exists; reader vendors ship one under licence (a .so beside their SDK). The
terminal therefore keeps the bytes opaque and needs no decoder for anything. Where a site has
a licensed library, a technician names a thin wrapper as ``idcard.photo_decoder = "module:function"``:
a function from the 1024 WLT bytes to the bytes of an image file (BMP, PNG or JPEG), raising on
failure. Its image is attached to the identity; a failing decoder never costs the citizen the read.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import replace

from drivers.idcard.errors import IdCardError
from kiosk.domain.identity import Identity

log = logging.getLogger(__name__)

PHOTO_LEN = 1024
PhotoDecoder = Callable[[bytes], bytes]


class PhotoDecoderError(IdCardError):
    """The configured decoder cannot be loaded; ``str()`` is technician-facing."""


def load_photo_decoder(spec: str) -> PhotoDecoder | None:
    """``"module:function"`` → the function; ``""`` → None (keep photos opaque)."""
    if not spec:
        return None
    module_name, _, attribute = spec.partition(":")
    if not module_name or not attribute:
        raise PhotoDecoderError(f"photo decoder {spec!r} must be written module:function (e.g. vendor_wlt:decode)")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise PhotoDecoderError(f"photo decoder module {module_name} cannot be loaded: {exc}") from exc
    decoder = getattr(module, attribute, None)
    if not callable(decoder):
        raise PhotoDecoderError(f"module {module_name} has no callable {attribute}")
    return decoder  # type: ignore[no-any-return]


def with_decoded_photo(identity: Identity, decoder: PhotoDecoder | None) -> Identity:
    if decoder is None or len(identity.photo) != PHOTO_LEN:
        return identity
    try:
        image = decoder(identity.photo)
    except Exception as exc:  # vendor code: anything may come out of it
        # Only the type: a vendor's message might quote the bytes it choked on.
        log.warning("card photo not decoded: the decoder raised %s", type(exc).__name__)
        return identity
    if not isinstance(image, bytes | bytearray) or not image:
        log.warning("card photo not decoded: the decoder returned no image bytes")
        return identity
    return replace(identity, photo_image=bytes(image))
