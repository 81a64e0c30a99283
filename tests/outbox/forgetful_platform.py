"""A platform that does not deduplicate: a real HTTP server that accepts every item it is sent and
records each arrival. Against it, "exactly once" can only come from the terminal's own outbox.

It checks no signature and keeps no idempotency table on purpose; it answers the routes the sync
worker uses (ping, single items and batches) the way the real platform does when all goes well.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class ForgetfulPlatform:
    def __init__(self) -> None:
        self.arrivals: Counter[str] = Counter()
        self._lock = threading.Lock()
        platform = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _answer(self, status: int, data: Any) -> None:
                body = json.dumps(data).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                self._answer(200, {"ok": True})

            def do_POST(self) -> None:
                raw = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                if self.path == "/v1/batch":
                    keys = [str(i["key"]) for i in json.loads(raw)["items"]]
                    platform._record(keys)
                    self._answer(200, {"results": [{"key": k, "status": 201, "body": {"ref": k}} for k in keys]})
                elif self.path.startswith("/v1/items/"):
                    key = self.headers.get("Idempotency-Key", "")
                    platform._record([key])
                    self._answer(201, {"ref": key})
                else:
                    self._answer(404, {"error": "no such route"})

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"

    def _record(self, keys: list[str]) -> None:
        with self._lock:
            self.arrivals.update(keys)

    def count(self, key: str) -> int:
        with self._lock:
            return self.arrivals[key]

    @contextmanager
    def running(self) -> Iterator[ForgetfulPlatform]:
        thread = threading.Thread(target=self._server.serve_forever, name="forgetful-platform", daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._server.shutdown()
            self._server.server_close()
            thread.join(5)
