"""A plugin whose import fails, as a half-installed package's would."""

raise ImportError("this plugin needs a library that is not installed")
