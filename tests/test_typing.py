"""``mypy --strict``: clean on the package, and on user code that builds records from lists.

Both run in CI through this test (the README's test command is the one CI runs).
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from .fixture_cases import ROOT

pytest.importorskip("mypy")


def _mypy(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mypy", "--strict", "--no-error-summary",
                           "--cache-dir", str(ROOT / ".mypy_cache"), *args],
                          capture_output=True, text=True, cwd=ROOT, check=False)


def test_user_code_building_records_from_lists_type_checks() -> None:
    # Only the user's file is judged: the package is followed for its types, silently.
    done = _mypy("--follow-imports=silent", "tests/typing/user_code.py")
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_package_is_mypy_strict_clean() -> None:
    done = _mypy("readoutparse")
    assert done.returncode == 0, done.stdout + done.stderr
