"""The package's own data files (``readoutparse/readout/data/*.json``), read as JSON."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def packaged(name: str) -> Any:
    """The parsed content of ``data/<name>``; each lexicon validates its own shape."""
    return json.loads(resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8"))
