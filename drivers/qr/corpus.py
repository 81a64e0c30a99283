"""A reproducible stress corpus of QR codes in cluttered scenes, generated from a seed.

Used by the decoder tests and ``benchmarks/qr_decode.py``; nothing binary is committed. Each sample
is a 640×480 grayscale scene with one code under one distortion class, and its exact text. The
charset classes hold Chinese text encoded as GBK without ECI, UTF-8 without ECI and UTF-8 with ECI.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

import cv2
import numpy as np
import segno

WIDTH, HEIGHT = 640, 480

DISTORTIONS = (
    "clean",
    "rotation",
    "perspective",
    "blur",
    "noise",
    "low_contrast",
    "small_module",
    "glare",
    "inverted",
)
CHARSETS = ("gbk_no_eci", "utf8_no_eci", "utf8_eci")
CLASSES = DISTORTIONS + CHARSETS

# Common characters of everyday service texts, all in GB2312 so every sample is GBK-encodable.
_HANZI = (
    "政务服务中心个人办件编号申请材料户口簿身份证居住登记婚姻生育社会保险"
    "公积金医疗不动产营业执照张王李赵刘陈杨黄周吴省市区县街道路号室广东浙江上海北京四川湖南河南"
)
_BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_ASCII = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


@dataclass(frozen=True)
class Sample:
    cls: str
    text: str
    image: np.ndarray  # uint8, HEIGHT×WIDTH, grayscale


def _text(rng: np.random.Generator, chinese: bool) -> str:
    if chinese:
        n = int(rng.integers(4, 24))
        return "".join(_HANZI[int(i)] for i in rng.integers(0, len(_HANZI), n)) + f"{int(rng.integers(0, 10**6)):06d}"
    kind = int(rng.integers(0, 3))
    if kind == 0:
        return "https://zwfw.example.gov.cn/q/" + "".join(_ASCII[int(i)] for i in rng.integers(0, 62, 16))
    if kind == 1:
        return "DEMO-0001-20261123-" + "".join(_BASE32[int(i)] for i in rng.integers(0, 32, 9))
    return "".join(_ASCII[int(i)] for i in rng.integers(0, 62, int(rng.integers(10, 80))))


def _symbol(text: str, cls: str) -> np.ndarray:
    """Module matrix (1 = dark) with a 4-module quiet zone."""
    if cls == "gbk_no_eci":
        qr = segno.make_qr(text, encoding="gbk", eci=False)
    elif cls == "utf8_eci":
        qr = segno.make_qr(text, encoding="utf-8", eci=True)
    elif cls == "utf8_no_eci":
        qr = segno.make_qr(text, encoding="utf-8", eci=False)
    else:
        qr = segno.make_qr(text, error="m")
    return np.pad(np.array(qr.matrix, dtype=np.uint8), 4)


def background(rng: np.random.Generator, width: int = WIDTH, height: int = HEIGHT) -> np.ndarray:
    """A cluttered scene without a code: a lit gradient, boxes, lines and printed-text-like strokes."""
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    a, b, c = rng.uniform(-0.15, 0.15), rng.uniform(-0.15, 0.15), rng.uniform(120, 200)
    img = (c + a * xx + b * yy).clip(0, 255)
    for _ in range(int(rng.integers(6, 14))):
        x, y = int(rng.integers(0, width)), int(rng.integers(0, height))
        w, h = int(rng.integers(20, width // 3)), int(rng.integers(20, height // 3))
        cv2.rectangle(img, (x, y), (x + w, y + h), float(rng.uniform(30, 230)), int(rng.choice([-1, 1, 2, 3])))
    for _ in range(int(rng.integers(5, 15))):
        p1 = (int(rng.integers(0, width)), int(rng.integers(0, height)))
        p2 = (int(rng.integers(0, width)), int(rng.integers(0, height)))
        cv2.line(img, p1, p2, float(rng.uniform(0, 255)), int(rng.integers(1, 4)))
    for _ in range(int(rng.integers(2, 6))):
        org = (int(rng.integers(0, width - 100)), int(rng.integers(20, height)))
        cv2.putText(img, "ABC 123 xyz", org, cv2.FONT_HERSHEY_SIMPLEX, float(rng.uniform(0.4, 1.2)), 20.0, 1)
    img += rng.normal(0, 3, img.shape).astype(np.float32)
    out: np.ndarray = img.clip(0, 255).astype(np.uint8)
    return out


def _place(scene: np.ndarray, modules: np.ndarray, module_px: float, quad_jitter: float, angle: float,
           rng: np.random.Generator, dark: float, light: float) -> np.ndarray:
    n = modules.shape[0]
    src_px = 8
    levels = np.where(modules > 0, dark, light).astype(np.float32)
    code = cv2.resize(levels, (n * src_px, n * src_px), interpolation=cv2.INTER_NEAREST)
    side = n * module_px
    h, w = scene.shape
    cx = rng.uniform(side * 0.75, max(side * 0.75 + 1, w - side * 0.75))
    cy = rng.uniform(side * 0.75, max(side * 0.75 + 1, h - side * 0.75))
    half = side / 2
    corners = np.array([[-half, -half], [half, -half], [half, half], [-half, half]], np.float32)
    corners += rng.uniform(-quad_jitter, quad_jitter, corners.shape).astype(np.float32) * side
    rot = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]], np.float32)
    dst = (corners @ rot.T + np.array([cx, cy], np.float32)).astype(np.float32)
    size = float(n * src_px)
    src = np.array([[0, 0], [size, 0], [size, size], [0, size]], np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(code, m, (w, h), flags=cv2.INTER_AREA if module_px < src_px else cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones_like(code), m, (w, h), flags=cv2.INTER_LINEAR)
    out: np.ndarray = scene.astype(np.float32) * (1 - mask) + warped * mask
    return out


def make_sample(rng: np.random.Generator, cls: str) -> Sample:
    chinese = cls in CHARSETS
    text = _text(rng, chinese)
    modules = _symbol(text, cls)
    scene = background(rng)
    n = modules.shape[0]
    module_px = rng.uniform(3.0, min(6.0, 400 / n))
    jitter, angle, dark, light = 0.0, rng.uniform(-0.05, 0.05), 20.0, 235.0
    if cls == "rotation":
        angle = rng.uniform(0.2, 2 * math.pi - 0.2)
    elif cls == "perspective":
        jitter = rng.uniform(0.12, 0.24)
    elif cls == "small_module":
        module_px = rng.uniform(1.2, 2.0)
    elif cls == "low_contrast":
        mid = rng.uniform(90, 170)
        spread = rng.uniform(14, 24)
        dark, light = mid - spread, mid + spread
    elif cls == "inverted":
        dark, light = light, dark
    img = _place(scene, modules, module_px, jitter, angle, rng, dark, light)
    if cls == "blur":
        img = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.35, 0.6) * module_px)
    elif cls == "noise":
        img = img + rng.normal(0, rng.uniform(40, 75), img.shape).astype(np.float32)
    elif cls == "glare":
        yy, xx = np.mgrid[0:HEIGHT, 0:WIDTH].astype(np.float32)
        gx, gy = rng.uniform(0.3, 0.7) * WIDTH, rng.uniform(0.3, 0.7) * HEIGHT
        radius = rng.uniform(40, 90)
        img = img + rng.uniform(200, 320) * np.exp(-((xx - gx) ** 2 + (yy - gy) ** 2) / (2 * radius**2))
    return Sample(cls=cls, text=text, image=img.clip(0, 255).astype(np.uint8))


def generate(seed: int = 2026, per_class: int = 20, classes: tuple[str, ...] = CLASSES) -> Iterator[Sample]:
    """Same seed, same corpus: each class draws from its own stream so adding classes changes nothing."""
    for ci, cls in enumerate(classes):
        rng = np.random.default_rng([seed, CLASSES.index(cls) if cls in CLASSES else 1000 + ci])
        for _ in range(per_class):
            yield make_sample(rng, cls)


def empty_frames(seed: int = 7, count: int = 30, width: int = 1280, height: int = 720) -> Iterator[np.ndarray]:
    """Camera-sized scenes with no code in them: the common case the first stage must dismiss fast.

    Sensor noise and fine texture (a patterned shirt, a tiled counter) are what make a decoder
    work hardest on an empty frame, so both are added to the cluttered background.
    """
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:height, 0:width].astype(np.float32)
    for _ in range(count):
        img = background(rng, width, height).astype(np.float32)
        period, phase = rng.uniform(3, 9), rng.uniform(0, 6.3)
        texture = 25 * np.sin((xx * rng.uniform(-1, 1) + yy) * (2 * np.pi / period) + phase)
        img += texture * (xx > rng.uniform(0, width))
        img += rng.normal(0, rng.uniform(6, 12), img.shape).astype(np.float32)
        yield img.clip(0, 255).astype(np.uint8)
