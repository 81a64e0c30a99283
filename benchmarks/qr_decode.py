"""Decoders side by side on the seeded stress corpus: rate per class, misreads, time per image and
per empty 1280×720 frame. Run: ``.venv/bin/python benchmarks/qr_decode.py [--per-class N]``.

A read counts only if the text equals the expected text; any other returned text is a misread.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from drivers.qr.chain import DecoderChain, zxing_texts
from drivers.qr.corpus import CLASSES, empty_frames, generate

Decoder = Callable[[np.ndarray], list[str]]


def pyzbar_alone(image: np.ndarray) -> list[str]:
    from pyzbar import pyzbar

    return [s.data.decode("utf-8", "replace") for s in pyzbar.decode(image, symbols=[pyzbar.ZBarSymbol.QRCODE])]


def zxing_plain(image: np.ndarray) -> list[str]:
    import zxingcpp

    qr = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    return [
        b.text
        for b in zxingcpp.read_barcodes(image, formats=qr, text_mode=zxingcpp.TextMode.Plain)
    ]


_cv_detector = cv2.QRCodeDetector()


def opencv_alone(image: np.ndarray) -> list[str]:
    text, _, _ = _cv_detector.detectAndDecode(image)
    return [text] if text else []


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-class", type=int, default=20)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--empty", type=int, default=40)
    args = parser.parse_args()
    cv2.setNumThreads(1)  # as in the decode worker
    cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)  # no ECI warning per code

    chain, chain_pz = DecoderChain(), DecoderChain(allow_pyzbar=True)
    decoders: dict[str, Decoder] = {
        "pyzbar": pyzbar_alone,
        "zxing-cpp": zxing_plain,
        "zxing-cpp+charset": zxing_texts,
        "opencv-qrcodedetector": opencv_alone,
        "chain": lambda im: [d.text for d in chain.decode(im) if d.text is not None],
        "chain+pyzbar-ascii": lambda im: [d.text for d in chain_pz.decode(im) if d.text is not None],
    }
    corpus = list(generate(seed=args.seed, per_class=args.per_class))
    empties = list(empty_frames(count=args.empty))
    print(f"corpus: {len(corpus)} images 640x480, {len(CLASSES)} classes x {args.per_class}, seed {args.seed}; "
          f"{len(empties)} empty 1280x720 frames")
    rows = {}
    for name, decode in decoders.items():
        ok: Counter[str] = Counter()
        misreads = 0
        per_image = []
        for s in corpus:
            t0 = time.perf_counter()
            texts = decode(s.image)
            per_image.append((time.perf_counter() - t0) * 1000)
            ok[s.cls] += s.text in texts
            misreads += sum(t != s.text for t in texts)
        per_empty = []
        for frame in empties:
            t0 = time.perf_counter()
            decode(frame)
            per_empty.append((time.perf_counter() - t0) * 1000)
        rows[name] = (ok, misreads, per_image, per_empty)

    width = max(len(c) for c in CLASSES)
    print("\ndecode rate per class (%)")
    print(" " * width + "".join(f"{n[:22]:>23}" for n in decoders))
    for cls in (*CLASSES, "overall"):
        cells = []
        for ok, *_ in rows.values():
            got = sum(ok.values()) if cls == "overall" else ok[cls]
            total = len(corpus) if cls == "overall" else args.per_class
            cells.append(f"{100 * got / total:>23.1f}")
        print(f"{cls:<{width}}" + "".join(cells))
    header = ("decoder", "misreads", "med ms/img", "p95 ms/img", "med ms/empty", "p95 ms/empty")
    print("\n" + f"{header[0]:<24}{header[1]:>9}{header[2]:>12}{header[3]:>12}{header[4]:>14}{header[5]:>14}")
    for name, (_, misreads, per_image, per_empty) in rows.items():
        print(f"{name:<24}{misreads:>9}{np.median(per_image):>12.2f}{np.percentile(per_image, 95):>12.2f}"
              f"{np.median(per_empty):>14.2f}{np.percentile(per_empty, 95):>14.2f}")
    best_single = max(sum(rows[n][0].values()) for n in ("pyzbar", "zxing-cpp", "opencv-qrcodedetector"))
    chain_ok = sum(rows["chain"][0].values())
    print(f"\nchain / best single library, overall reads: {chain_ok}/{best_single} = {chain_ok / best_single:.3f}")
    empty_ratio = np.percentile(rows["chain"][3], 95) / np.percentile(rows["zxing-cpp"][3], 95)
    print(f"chain / zxing-cpp alone, p95 per empty frame: {empty_ratio:.2f}")


if __name__ == "__main__":
    main()
