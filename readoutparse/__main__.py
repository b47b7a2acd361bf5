"""``python -m readoutparse``: the same as the ``readoutparse`` command."""

from .cli import main

raise SystemExit(main())
