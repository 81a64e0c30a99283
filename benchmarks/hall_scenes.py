"""Scenes that resemble a service hall, built from real photographs, for ``benchmarks/qr_decode.py``.

The photographs are the CC0 / public-domain samples that scikit-image ships inside its wheel
(``skimage/data``; each one's licence is stated in its ``skimage.data`` docstring): an astronaut
portrait (NASA, public domain), a brick wall, grass and gravel (CC0Textures / CC0), a camera man
(CC0), a cat (CC0), a coffee cup on wood (CC0), the Hubble deep field (NASA), a retina (CC0), a
rocket launch (SpaceX, public domain), printed text (public domain) and a clock photographed in
motion (public domain). scikit-image is a benchmark dependency only (``requirements.lock``);
the files are read directly, nothing of scikit-image is imported.

Frames are 1280×720 grey, like the kiosk camera's. Empty frames put photographs, panels, printed
text, finder-like squares (window panes, tiles), sensor noise and JPEG on one frame. Code scenes
put a code on paper or on a simulated phone screen (moiré from the screen's pixel grid, glare,
dark mode) or a watch, over a photograph; the charset classes hold the texts whose bytes are
ambiguous without ECI.
"""

from __future__ import annotations

import importlib.util
import math
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import cv2
import numpy as np
import segno

WIDTH, HEIGHT = 1280, 720

PHOTOS = (
    "astronaut.png", "brick.png", "camera.png", "chelsea.png", "coffee.png", "grass.png", "gravel.png",
    "hubble_deep_field.jpg", "retina.jpg", "rocket.jpg", "text.png", "clock_motion.png",
)  # fmt: skip

SCENE_CLASSES = ("paper", "phone", "phone_moire", "phone_glare", "phone_dark", "watch")
CHARSET_CLASSES = ("gbk_1to8_no_eci", "utf8_no_eci", "utf8_eci", "sjis_katakana_no_eci", "sjis_kanji_no_eci")
CLASSES = SCENE_CLASSES + CHARSET_CLASSES

# everyday characters of service texts (all GB2312), and Japanese for the Shift_JIS classes
_HANZI = (
    "政务服务中心个人办件编号申请材料户口簿身份证居住登记婚姻生育社会保险"
    "公积金医疗不动产营业执照签注水电气张王李赵刘陈"
)
_HALF_KANA = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｰｬｭｮｯ"
_VOICED = ("ﾃﾞ", "ｻﾞ", "ｶﾞ", "ﾊﾟ", "ﾎﾟ", "ﾀﾞ", "ｸﾞ")
_JAPANESE = "日本語東京都大阪市役所住民票の写しテキストデザイン受付番号です"
_ASCII = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


@dataclass(frozen=True)
class Scene:
    cls: str
    text: str
    image: np.ndarray  # uint8 HEIGHT×WIDTH grey


def photo_dir() -> Path:
    spec = importlib.util.find_spec("skimage")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("the hall benchmark needs scikit-image's sample photos: pip install -r requirements.lock")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def load_photos() -> list[np.ndarray]:
    folder = photo_dir()
    photos = []
    for name in PHOTOS:
        image = cv2.imread(str(folder / name), cv2.IMREAD_GRAYSCALE)
        if image is None:
            raise SystemExit(f"sample photo {name} missing from {folder}")
        photos.append(image)
    return photos


def _photo_background(rng: np.random.Generator, photos: list[np.ndarray]) -> np.ndarray:
    """A frame-filling view of one photograph: random crop, scale and light gradient."""
    photo = photos[int(rng.integers(len(photos)))]
    h, w = photo.shape
    crop_w = int(w * rng.uniform(0.5, 1.0))
    crop_h = min(h, max(8, int(crop_w * HEIGHT / WIDTH)))
    x0, y0 = int(rng.integers(0, w - crop_w + 1)), int(rng.integers(0, h - crop_h + 1))
    view = cv2.resize(photo[y0 : y0 + crop_h, x0 : x0 + crop_w], (WIDTH, HEIGHT), interpolation=cv2.INTER_LINEAR)
    yy, xx = np.mgrid[0:HEIGHT, 0:WIDTH].astype(np.float32)
    light = 1 + rng.uniform(-0.3, 0.3) * (xx / WIDTH - 0.5) + rng.uniform(-0.3, 0.3) * (yy / HEIGHT - 0.5)
    out: np.ndarray = view.astype(np.float32) * light
    return out


def _clutter(img: np.ndarray, rng: np.random.Generator, photos: list[np.ndarray]) -> None:
    """Posters (other photos), panels, printed text and finder-like squares, in place."""
    for _ in range(int(rng.integers(1, 4))):  # posters and screens showing other photographs
        photo = photos[int(rng.integers(len(photos)))]
        pw = int(rng.integers(120, 420))
        ph = max(8, int(pw * photo.shape[0] / photo.shape[1]))
        x, y = int(rng.integers(0, WIDTH - pw)), int(rng.integers(0, max(1, HEIGHT - ph)))
        patch = cv2.resize(photo, (pw, ph)).astype(np.float32)
        img[y : y + ph, x : x + pw] = patch[: HEIGHT - y, : WIDTH - x]
    for _ in range(int(rng.integers(2, 6))):  # panels and counter edges
        x, y = int(rng.integers(0, WIDTH)), int(rng.integers(0, HEIGHT))
        w, h = int(rng.integers(30, 400)), int(rng.integers(30, 300))
        cv2.rectangle(img, (x, y), (x + w, y + h), float(rng.uniform(20, 235)), int(rng.choice([-1, 2, 4])))
    for _ in range(int(rng.integers(2, 7))):  # signs and forms
        org = (int(rng.integers(0, WIDTH - 300)), int(rng.integers(30, HEIGHT)))
        words = "".join(_ASCII[int(i)] for i in rng.integers(0, 62, int(rng.integers(4, 16))))
        size, ink = float(rng.uniform(0.5, 1.6)), float(rng.uniform(0, 60))
        cv2.putText(img, words, org, cv2.FONT_HERSHEY_SIMPLEX, size, ink, 2)
    for _ in range(int(rng.integers(0, 4))):  # window panes, tiles, icons: nested squares like finders
        s = int(rng.integers(10, 60))
        x, y = int(rng.integers(0, WIDTH - 2 * s)), int(rng.integers(0, HEIGHT - 2 * s))
        dark, light = float(rng.uniform(0, 80)), float(rng.uniform(170, 255))
        cv2.rectangle(img, (x, y), (x + 7 * s // 5, y + 7 * s // 5), dark, -1)
        cv2.rectangle(img, (x + s // 5, y + s // 5), (x + 6 * s // 5, y + 6 * s // 5), light, -1)
        cv2.rectangle(img, (x + 2 * s // 5, y + 2 * s // 5), (x + s, y + s), dark, -1)


def _camera(img: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """Sensor noise and the JPEG a USB camera sends."""
    noisy = img + rng.normal(0, rng.uniform(2, 7), img.shape).astype(np.float32)
    frame = noisy.clip(0, 255).astype(np.uint8)
    ok, jpeg = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(55, 92))])
    decoded = cv2.imdecode(jpeg, cv2.IMREAD_GRAYSCALE) if ok else None
    return frame if decoded is None else np.asarray(decoded, np.uint8)


def empty_frames(seed: int = 7, count: int = 60) -> Iterator[np.ndarray]:
    photos = load_photos()
    rng = np.random.default_rng(seed)
    for _ in range(count):
        img = _photo_background(rng, photos)
        _clutter(img, rng, photos)
        yield _camera(img, rng)


def _symbol(text: str, cls: str) -> np.ndarray:
    if cls == "gbk_1to8_no_eci":
        qr = segno.make_qr(text, encoding="gbk", eci=False)
    elif cls == "utf8_no_eci":
        qr = segno.make_qr(text, encoding="utf-8", eci=False)
    elif cls == "utf8_eci":
        qr = segno.make_qr(text, encoding="utf-8", eci=True)
    elif cls in ("sjis_katakana_no_eci", "sjis_kanji_no_eci"):
        qr = segno.make_qr(text, encoding="shift_jis", eci=False)
    else:
        qr = segno.make_qr(text, error="m")
    return np.array(qr.matrix, np.uint8)


def _text(rng: np.random.Generator, cls: str, signed: list[str]) -> str:
    if cls == "gbk_1to8_no_eci":
        return "".join(_HANZI[int(i)] for i in rng.integers(0, len(_HANZI), int(rng.integers(1, 9))))
    if cls in ("utf8_no_eci", "utf8_eci"):
        n = int(rng.integers(1, 9))
        return "".join(_HANZI[int(i)] for i in rng.integers(0, len(_HANZI), n)) + ("" if rng.random() < 0.5 else "2026")
    if cls == "sjis_katakana_no_eci":
        if rng.random() < 0.2:
            return "ﾃﾞｻﾞｲﾝQR"
        parts = [_HALF_KANA[int(i)] if rng.random() < 0.8 else _VOICED[int(i) % len(_VOICED)]
                 for i in rng.integers(0, len(_HALF_KANA), int(rng.integers(2, 9)))]  # fmt: skip
        return "".join(parts) + ("QR" if rng.random() < 0.3 else "")
    if cls == "sjis_kanji_no_eci":
        n = int(rng.integers(2, 10))
        return "".join(_JAPANESE[int(i)] for i in rng.integers(0, len(_JAPANESE), n))
    kind = int(rng.integers(0, 3))
    if kind == 0:
        return signed[int(rng.integers(len(signed)))]
    if kind == 1:
        from kiosk.codes import make_tracking_number
        from kiosk.codes.tracking import ALPHABET, RANDOM_LENGTH

        # the random part from the scene's rng, so every run draws the same scenes
        random_part = "".join(ALPHABET[int(i)] for i in rng.integers(0, len(ALPHABET), RANDOM_LENGTH))
        return make_tracking_number(date(2026, 11, 28), random_part).text
    return "https://zwfw.example.gov.cn/q/" + "".join(_ASCII[int(i)] for i in rng.integers(0, 62, 16))


def _warp_into(scene: np.ndarray, content: np.ndarray, mask: np.ndarray, quad: np.ndarray) -> None:
    h, w = content.shape
    m = cv2.getPerspectiveTransform(np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32), quad)
    warped = cv2.warpPerspective(content, m, (WIDTH, HEIGHT), flags=cv2.INTER_AREA)
    alpha = cv2.warpPerspective(mask, m, (WIDTH, HEIGHT), flags=cv2.INTER_LINEAR)
    scene *= 1 - alpha
    scene += warped * alpha


def _quad(rng: np.random.Generator, w: float, h: float, tilt: float) -> np.ndarray:
    # a phone taller than the view is held with its screen centre in view
    cx = rng.uniform(min(w * 0.6, WIDTH / 2), max(WIDTH - w * 0.6, WIDTH / 2))
    cy = rng.uniform(min(h * 0.6, HEIGHT / 2), max(HEIGHT - h * 0.6, HEIGHT / 2))
    angle = rng.uniform(-0.4, 0.4)
    corners = np.array([[-w / 2, -h / 2], [w / 2, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]], np.float32)
    corners += rng.uniform(-tilt, tilt, corners.shape).astype(np.float32) * min(w, h)
    rot = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]], np.float32)
    out: np.ndarray = (corners @ rot.T + np.array([cx, cy], np.float32)).astype(np.float32)
    return out


def _code_on(modules: np.ndarray, module_px: int, dark: float, light: float, quiet: int) -> np.ndarray:
    padded = np.pad(modules, quiet)
    out: np.ndarray = np.kron(np.where(padded > 0, dark, light), np.ones((module_px, module_px))).astype(np.float32)
    return out


def make_scene(rng: np.random.Generator, cls: str, photos: list[np.ndarray], signed: list[str]) -> Scene:
    text = _text(rng, cls, signed)
    modules = _symbol(text, cls)
    n = modules.shape[0]
    scene = _photo_background(rng, photos)
    _clutter(scene, rng, photos)
    surface = cls if cls in SCENE_CLASSES else str(rng.choice(["paper", "phone", "phone_dark"]))
    module_target = rng.uniform(2.6, 6.0)  # camera pixels per module
    if surface == "paper":
        content = _code_on(modules, 8, 25, 235, 4)
        side = (n + 8) * module_target
        shade = np.linspace(rng.uniform(0.75, 1.0), rng.uniform(0.75, 1.0), content.shape[1], dtype=np.float32)
        _warp_into(scene, content * shade[None, :], np.ones_like(content), _quad(rng, side, side, 0.12))
        scene = cv2.GaussianBlur(scene, (0, 0), rng.uniform(0.3, 0.9))
    elif surface == "watch":
        module_target = rng.uniform(2.0, 3.0)
        content = _code_on(modules, 8, 235, 25, 1)  # light on dark, almost no quiet zone
        yy, xx = np.mgrid[0 : content.shape[0], 0 : content.shape[1]]
        c = content.shape[0] / 2
        content[(yy - c) ** 2 + (xx - c) ** 2 > (c * rng.uniform(1.18, 1.3)) ** 2] = 12
        side = (n + 2) * module_target
        _warp_into(scene, content, np.ones_like(content), _quad(rng, side * 1.15, side * 1.15, 0.04))
        scene = cv2.GaussianBlur(scene, (0, 0), 0.6)
    else:  # a phone: screen with bezel
        dark_mode = surface == "phone_dark"
        bg, fg = (38.0, 215.0) if dark_mode else (240.0, 20.0)
        code = _code_on(modules, 8, fg, bg, 4)
        screen_h = int(code.shape[0] * 1.9)
        screen_w = int(code.shape[1] * 1.15)
        screen = np.full((screen_h, screen_w), bg, np.float32)
        y0, x0 = (screen_h - code.shape[0]) // 2, (screen_w - code.shape[1]) // 2
        screen[y0 : y0 + code.shape[0], x0 : x0 + code.shape[1]] = code
        cv2.putText(screen, "12:30", (screen_w // 3, screen_h // 10), cv2.FONT_HERSHEY_SIMPLEX, 3.0, fg, 6)
        bezel = 10
        phone = np.pad(screen, bezel, constant_values=8.0)
        scale = module_target / 8
        _warp_into(scene, phone, np.ones_like(phone), _quad(rng, phone.shape[1] * scale, phone.shape[0] * scale, 0.08))
        if surface == "phone_moire":
            yy, xx = np.mgrid[0:HEIGHT, 0:WIDTH].astype(np.float32)
            period, angle = rng.uniform(2.05, 2.6), rng.uniform(0, math.pi)
            grating = np.cos(2 * math.pi * (xx * math.cos(angle) + yy * math.sin(angle)) / period)
            scene *= 1 - rng.uniform(0.12, 0.3) * (0.5 + 0.5 * grating)
        if surface == "phone_glare":
            yy, xx = np.mgrid[0:HEIGHT, 0:WIDTH].astype(np.float32)
            gx, gy = rng.uniform(0.3, 0.7) * WIDTH, rng.uniform(0.3, 0.7) * HEIGHT
            rx, ry = rng.uniform(30, 120), rng.uniform(20, 70)
            scene += rng.uniform(150, 300) * np.exp(-((xx - gx) ** 2 / (2 * rx**2) + (yy - gy) ** 2 / (2 * ry**2)))
        scene = cv2.GaussianBlur(scene, (0, 0), rng.uniform(0.4, 0.9))
    return Scene(cls=cls, text=text, image=_camera(scene, rng))


def generate(seed: int = 2026, per_class: int = 20, classes: tuple[str, ...] = CLASSES) -> Iterator[Scene]:
    from sandbox_platform import issuer

    photos = load_photos()
    # fixed claims (Ed25519 signs deterministically): the same code, so the same scenes, every run
    issued = datetime(2026, 11, 28, tzinfo=UTC)
    signed = [issuer.issue_service_code("11010519491231002X", "张三丰", now=issued, ttl=timedelta(days=3650),
                                        code_id="hall-scenes-0001")]  # fmt: skip
    for ci, cls in enumerate(classes):
        rng = np.random.default_rng([seed, CLASSES.index(cls) if cls in CLASSES else 1000 + ci])
        for _ in range(per_class):
            yield make_scene(rng, cls, photos, signed)
