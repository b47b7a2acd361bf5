"""Who hosted a meeting when no invitation says so: who receives, and the country visited.

- a receiving verb (``接见``, ``会见来访的``, ``received``, ``tiếp``, ``استقبل``; the
  ``host_receives`` section of ``cues.json``) hosts its subject;
- a visit (``访台``, ``访问日本``, ``visiting Tokyo``) is hosted by the participant of the
  country visited, the one side of the contact that does not travel.

Only meetings have hosts: a call, a letter or a cable is hosted by nobody.
"""

from __future__ import annotations

import re

from .contacts import Contact
from .lexicon import COUNTRY, ENTITY, KIND, ORG, OFFICE, PERSON, SHORT, VISIT
from .participants import Someone

__all__ = ["HOSTED_KINDS", "visit_host"]

HOSTED_KINDS = frozenset({"meeting"})
# What may stand between a visit word and the country it names: 访问了日本, 访问东京期间.
_VISIT_OBJECT = re.compile(r"[了过過]?")


def visit_host(contact: Contact) -> Someone | None:
    """The participant of the country the evidence's visit word goes to, when exactly one side
    of the contact is of that country and another side is not."""
    unit = contact.unit
    text = unit.text
    places = [m for m in unit.mentions[ENTITY]
              if m.cats.keys() & {COUNTRY, ORG} and not m.cats.keys() & {PERSON, SHORT, OFFICE}]
    for cue in unit.mentions[KIND]:
        if VISIT not in cue.cats:
            continue
        codes = {h for h in cue.cats[VISIT] if h}
        after = [m for m in places if m.start >= cue.end]
        if not codes and after and _VISIT_OBJECT.fullmatch(text[cue.end:after[0].start]):
            codes = set(after[0].cats.get(COUNTRY, ())) | set(after[0].cats.get(ORG, ()))
        if not codes:
            continue
        hosts = [p for p in contact.people if p.side in codes]
        guests = [p for p in contact.people if p.side is not None and p.side not in codes]
        # a tour of several countries (访问印度尼西亚和越南) has no one host
        if hosts and guests and len({p.side for p in contact.people}) == 2:
            named = [p for p in hosts if not p.vague]
            return (named or hosts)[0]
    return None
