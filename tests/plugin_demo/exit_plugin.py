"""A plugin whose import raises SystemExit, as a module that runs a script at import would."""

raise SystemExit(3)
