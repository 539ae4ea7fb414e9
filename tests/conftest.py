"""Shared fixtures: the real GiNZA-backed detector (built once per session), a
synthetic share built in a temp dir, an installation key per test, no network."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from detectors import Detector, build_analyzer, load_ja_nlp
from inventory import Inventory, load_or_create_key, open_inventory
from samples.generate import Manifest, build_share
from scanner.objects import ObjectScanner
from tests.unprivileged import nobody_folder


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Tests talk to loopback only."""
    real_connect = socket.socket.connect

    def guarded(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and host not in ("127.0.0.1", "localhost", "::1") and "/" not in host:
            raise OSError(f"network blocked in tests: {address}")
        return real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(autouse=True)
def in_process(monkeypatch):
    """Commands extract and detect in the test's own process (--workers 0), with
    the session's model; tests of the workers ask for them."""
    monkeypatch.setenv("DAICHO_WORKERS", "0")


@pytest.fixture(autouse=True)
def daicho_home(tmp_path, monkeypatch) -> Path:
    home = tmp_path / "daicho-home"
    monkeypatch.setenv("DAICHO_HOME", str(home))
    monkeypatch.delenv("DAICHO_KEY_FILE", raising=False)
    return home


@pytest.fixture
def nobody_tmp_path() -> Iterator[Path]:
    """tmp_path for tests that run daicho as nobody (tests.unprivileged)."""
    with nobody_folder() as folder:
        yield folder


@pytest.fixture(scope="session")
def nlp():
    return load_ja_nlp()


@pytest.fixture(scope="session")
def detector(nlp) -> Detector:
    return Detector(build_analyzer(nlp))


@pytest.fixture
def scanner(detector) -> ObjectScanner:
    return ObjectScanner(detector)


@pytest.fixture
def inventory(tmp_path) -> Inventory:
    return Inventory(open_inventory(tmp_path / "inventory.db"), load_or_create_key())


@pytest.fixture(scope="session")
def sample_share(tmp_path_factory) -> Manifest:
    """The sample share as the generator makes it (read-only for tests)."""
    return build_share(tmp_path_factory.mktemp("share") / "share")


@pytest.fixture
def share_copy(sample_share, tmp_path) -> Manifest:
    """A private copy of the sample share, for tests that change files."""
    import shutil

    root = tmp_path / "share"
    shutil.copytree(sample_share.root, root, symlinks=True)
    return Manifest(root=root, raw_values=sample_share.raw_values,
                    statuses=sample_share.statuses, my_numbers=sample_share.my_numbers)
