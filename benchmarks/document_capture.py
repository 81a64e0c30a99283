"""Page capture on seeded synthetic 1280×720 photos: detection accuracy and time of our detector
against a naive peer (largest Canny contour boxed by ``cv2.minAreaRect``, no sanity checks), and the
time of the whole capture step (detect + rectify + assess). Run:
``.venv/bin/python benchmarks/document_capture.py [--photos N]``.

A detection counts as correct when every corner is within 2% of the sheet's diagonal.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from drivers.document.detect import detect_page
from drivers.document.quad import PageQuad, corner_error
from drivers.document.quality import assess
from drivers.document.rectify import rectify
from drivers.document.synthetic import SyntheticPhoto, empty_frame, generate

Detector = Callable[[np.ndarray], PageQuad | None]


def naive_detect(frame: np.ndarray) -> PageQuad | None:
    gray = cv2.GaussianBlur(cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY), (5, 5), 0)
    edges = cv2.dilate(cv2.Canny(gray, 50, 150), np.ones((3, 3), np.uint8))
    contours = cv2.findContours(edges, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)[0]
    if not contours:
        return None
    box = cv2.boxPoints(cv2.minAreaRect(max(contours, key=cv2.contourArea)))
    return PageQuad.from_points(box, frame.shape[1], frame.shape[0])


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(values, q))


def score(detector: Detector, photos: list[SyntheticPhoto], empties: list[np.ndarray]) -> dict[str, float]:
    times, correct = [], 0
    for photo in photos:
        start = time.perf_counter()
        quad = detector(photo.frame)
        times.append((time.perf_counter() - start) * 1000)
        correct += quad is not None and corner_error(quad, photo.corners) <= 0.02
    false_pages = sum(detector(frame) is not None for frame in empties)
    return {
        "accuracy": correct / len(photos),
        "false_pages": false_pages / len(empties),
        "median_ms": statistics.median(times),
        "p95_ms": percentile(times, 95),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=100)
    parser.add_argument("--empty", type=int, default=30)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    cv2.setNumThreads(1)  # as in a capture worker on the 2-core terminal
    photos = [generate(args.seed + i) for i in range(args.photos)]
    empties = [empty_frame(args.seed + 10_000 + i) for i in range(args.empty)]

    ours, naive = score(detect_page, photos, empties), score(naive_detect, photos, empties)
    print(f"{args.photos} photos 1280x720, {args.empty} frames without a sheet; correct = corners within 2%")
    print(f"{'detector':<10} {'accuracy':>9} {'false pages':>12} {'median ms':>10} {'p95 ms':>8}")
    for name, result in (("ours", ours), ("naive", naive)):
        print(
            f"{name:<10} {result['accuracy']:>9.1%} {result['false_pages']:>12.1%} "
            f"{result['median_ms']:>10.1f} {result['p95_ms']:>8.1f}"
        )
    accuracy_ratio = ours["accuracy"] / naive["accuracy"] if naive["accuracy"] else float("inf")
    print(f"ours/naive: accuracy x{accuracy_ratio:.2f}, median time x{ours['median_ms'] / naive['median_ms']:.2f}")

    steps: list[float] = []
    for photo in photos:
        start = time.perf_counter()
        quad = detect_page(photo.frame)
        if quad is not None:
            assess(rectify(photo.frame, quad), quad)
        steps.append((time.perf_counter() - start) * 1000)
    median, p95 = statistics.median(steps), percentile(steps, 95)
    print(f"detect+rectify(150 dpi)+assess: median {median:.1f} ms, p95 {p95:.1f} ms")


if __name__ == "__main__":
    main()
