from __future__ import annotations

import pytest

from sandbox_platform.server import running_sandbox
from tests.outbox.kit import make_client, make_outbox


@pytest.fixture
def sandbox(tmp_path):
    with running_sandbox(tmp_path) as sb:
        yield sb


@pytest.fixture
def outbox(tmp_path):
    box = make_outbox(tmp_path)
    yield box
    box.close()


@pytest.fixture
def client(sandbox, tmp_path):
    c = make_client(sandbox, tmp_path)
    yield c
    c.close()
