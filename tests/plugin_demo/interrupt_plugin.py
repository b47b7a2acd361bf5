"""A plugin whose import raises KeyboardInterrupt (a module body that waits on input)."""

raise KeyboardInterrupt
