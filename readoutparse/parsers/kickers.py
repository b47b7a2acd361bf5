"""A kicker: a label of a few words closed by a colon, printed over what it introduces.

Portals of several formats print one over a headline or a block (VOV's ``Bài 1:``, an Arabic
special's ``مقدمة:``).  A headline never ends with a colon: the line announces what comes
under it, so it is never the story's title.
"""

from __future__ import annotations

__all__ = ["KICKER_WORDS", "kicker"]

#: most words of a kicker (``Bài 1:``, ``Kỳ cuối:``, ``مقدمة:``)
KICKER_WORDS = 3


def kicker(text: str) -> bool:
    """A few words closed by a colon, with no sentence punctuation before it."""
    text = text.strip()
    return (text.endswith((":", "：")) and 0 < len(text[:-1].split()) <= KICKER_WORDS
            and not any(ch in text[:-1] for ch in ".:;!?؟-–—|"))
