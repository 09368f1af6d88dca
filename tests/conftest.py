"""Helpers shared by tests in several folders (pytest imports test modules by folder, so a
shared helper is offered as a fixture rather than a module to import)."""
from __future__ import annotations

import subprocess
from typing import Callable

import pytest


def _stop(proc: subprocess.Popen) -> None:
    """Ask a server process to end, and kill it if it has not within ten seconds."""
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=10)


@pytest.fixture(scope="session")
def stop_process() -> Callable[[subprocess.Popen], None]:
    return _stop
