"""Score the readout against hand-read labels of real posts, field by field.

    python bench/readout_score.py                      # streams ../shared/corpora/waimei-posts.tar.xz
    python bench/readout_score.py --dir /work/corpus   # the same archive, unpacked (faster)
    python bench/readout_score.py --json               # machine-readable figures
    python bench/readout_score.py --show-failures      # failing paths, predicted vs labelled values
    python bench/readout_score.py --census --dir /work/corpus   # whole-archive false-positive estimate

Labels are in ``bench/labels/readout_archive.json`` (keyed by the archive's member names) and,
when one of the uncommitted page caches exists (``bench/.pages-readout/``, the real-page benches'
``bench/.pages/pages.json`` and ``bench/.pages-ar/``), ``bench/labels/readout_pages.json``
(keyed by address), whose figures are also given per format (told by the address).  ``bench/labels/README.md`` says what each figure means and how the labels
were made.  The scorer reads both the new readout schema (``status``, participants with
``country``/``organisation``/``office``) and the old one (no ``status``): a missing field is
scored as "not given", never as right.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
import tarfile
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import readoutparse  # noqa: E402

LABELS = ROOT / "bench" / "labels" / "readout_archive.json"
PAGE_LABELS = ROOT / "bench" / "labels" / "readout_pages.json"
PAGE_CACHE = ROOT / "bench" / ".pages-readout"
SHARED_PAGES = ROOT / "bench" / ".pages" / "pages.json"
ARABIC_PAGES = ROOT / "bench" / ".pages-ar"
ARCHIVE = ROOT.parent / "shared" / "corpora" / "waimei-posts.tar.xz"
FORMAT = "readoutparse-readout-labels/1"

Record = dict[str, Any]

try:  # Traditional and Simplified spellings of one name compare equal when opencc is there.
    import opencc  # type: ignore[import-untyped]

    _T2S: Callable[[str], str] = opencc.OpenCC("t2s").convert
except ImportError:  # pragma: no cover - opencc is a dev dependency
    def _T2S(text: str) -> str:
        return text


_NAME_JUNK = re.compile(r"[\s·・•‧.\-‐_'’ʼ]+")


def norm(name: str | None) -> str:
    """A name folded for comparison: NFKC, case, Traditional to Simplified, no dots or spaces."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKC", name).casefold()
    return _NAME_JUNK.sub("", _T2S(text))


# --- reading predictions in either schema -------------------------------------------------


def readout_of(article: Any) -> Record | None:
    """The article's readout as a plain dict, whatever the schema version."""
    readout = getattr(article, "readout", None)
    if readout is None:
        return None
    data: Record = dict(readout.to_dict()) if hasattr(readout, "to_dict") else dict(readout)
    data.setdefault("status", None)
    data.setdefault("multilateral", None)
    data["participants"] = [
        {"id": p.get("id"), "name": p.get("name"), "country": p.get("country"),
         "organisation": p.get("organisation"), "office": p.get("office")}
        for p in data.get("participants") or ()
    ]
    return data


# --- matching people ----------------------------------------------------------------------


def _spellings(label: Mapping[str, Any]) -> list[str]:
    names = [label.get("name")] + list(label.get("names") or ())
    return [n for n in (norm(x) for x in names) if len(n) >= 2]


def person_matches(pred: Mapping[str, Any], label: Mapping[str, Any]) -> bool:
    """By id when both have one, else by name containment either way, else by country+office
    when the label names nobody (``name: null``, whatever spellings ``names`` offers)."""
    if pred.get("id") and label.get("id"):
        return bool(pred["id"] == label["id"])
    spellings = _spellings(label)
    if spellings:
        got = norm(pred.get("name"))
        if len(got) >= 2 and any(s in got or got in s for s in spellings):
            return True
        if label.get("name") is not None or pred.get("id"):
            return False
        # A label naming nobody (``name: null``) lists in ``names`` ways the text may refer to
        # the side (中方军长); an unnamed prediction of the same country and office is the same.
    if label.get("country") or label.get("organisation"):
        same_place = (pred.get("country") == label.get("country")
                      and pred.get("organisation") == label.get("organisation"))
        return bool(same_place and label.get("office") and pred.get("office") == label.get("office"))
    return False


def match(preds: list[Mapping[str, Any]], labels: list[Mapping[str, Any]]) -> dict[int, int]:
    """A maximum one-to-one matching, label index -> predicted index (augmenting paths)."""
    owner: dict[int, int] = {}

    def assign(li: int, seen: set[int]) -> bool:
        for pi, pred in enumerate(preds):
            if pi in seen or not person_matches(pred, labels[li]):
                continue
            seen.add(pi)
            if pi not in owner or assign(owner[pi], seen):
                owner[pi] = li
                return True
        return False

    for li in range(len(labels)):
        assign(li, set())
    return {li: pi for pi, li in owner.items()}


def _label_person(labels: list[Mapping[str, Any]], ref: str | None) -> int | None:
    if not ref:
        return None
    for i, person in enumerate(labels):
        if ref == person.get("id") or norm(ref) in _spellings(person):
            return i
    return None


def _pred_person(preds: list[Mapping[str, Any]], ref: str | None) -> int | None:
    if not ref:
        return None
    for i, person in enumerate(preds):
        if ref == person.get("id") or (ref == person.get("name")):
            return i
    return None


def initiator_right(pred: Record | None, label: Mapping[str, Any], pairs: dict[int, int]) -> bool:
    want = label.get("initiator")
    got = pred.get("initiator") if pred else None
    if not want:
        return not got
    if not got:
        return False
    li = _label_person(label["participants"], want)
    pi = _pred_person(pred["participants"], got) if pred else None
    if li is not None and pi is not None:
        return pairs.get(li) == pi
    if li is not None:  # the prediction names someone not in its own list: compare the text
        return person_matches({"id": got, "name": got}, label["participants"][li])
    return norm(want) == norm(got)


# --- scoring ------------------------------------------------------------------------------


def page_day(published: Any) -> dt.date | None:
    """The earliest calendar day anywhere at the page's publication instant.

    The archive stamps posts in UTC while outlets write in Taipei, Paris or Washington time;
    a contact is "dated before its page" only when it is before the page's day in every zone.
    """
    if isinstance(published, dt.datetime):
        if published.tzinfo is None:
            return published.date() - dt.timedelta(days=1)
        return (published.astimezone(dt.timezone.utc) - dt.timedelta(hours=12)).date()
    if isinstance(published, dt.date):
        return published - dt.timedelta(days=1)
    return None


def score_one(label: Mapping[str, Any], pred: Record | None, published: Any) -> Record:
    """One post's verdicts; every key is a boolean or a count."""
    contact = label["contact"]
    out: Record = {"path": label["path"], "outlet": label.get("outlet"), "contact": contact,
                   "has_readout": pred is not None}
    if contact == "none":
        return out
    want_people = list(label.get("participants") or [])
    got_people = list(pred["participants"]) if pred else []
    pairs = match(got_people, want_people)
    out["people_labelled"] = len(want_people)
    out["people_predicted"] = len(got_people)
    out["people_matched"] = len(pairs)
    out["participants_complete"] = pred is not None and len(pairs) == len(want_people)
    out["kind"] = pred is not None and pred.get("kind") == label.get("kind")
    want_day = label.get("event_date")
    got_day = pred.get("event_date") if pred else None
    out["event_date"] = pred is not None and got_day == want_day
    out["initiator"] = pred is not None and initiator_right(pred, label, pairs)
    out["status"] = pred is not None and pred.get("status") == contact
    out["all_four"] = all(out[k] for k in ("kind", "participants_complete", "event_date", "initiator"))
    if contact == "planned":
        day = page_day(published)
        out["not_before_page"] = not (got_day and day and dt.date.fromisoformat(got_day) < day)
    return out


def _share(rows: list[Record], key: str) -> Record:
    hits = sum(1 for r in rows if r.get(key))
    return {"right": hits, "of": len(rows), "share": round(hits / len(rows), 3) if rows else None}


def summarise(rows: list[Record]) -> Record:
    held = [r for r in rows if r["contact"] == "held"]
    planned = [r for r in rows if r["contact"] == "planned"]
    none = [r for r in rows if r["contact"] == "none"]
    contacts = held + planned
    labelled = sum(r["people_labelled"] for r in contacts)
    predicted = sum(r["people_predicted"] for r in contacts)
    matched = sum(r["people_matched"] for r in contacts)
    return {
        "posts": len(rows),
        "held": {k: _share(held, k) for k in
                 ("has_readout", "kind", "participants_complete", "event_date", "initiator", "status",
                  "all_four")},
        "people": {"labelled": labelled, "predicted": predicted, "matched": matched,
                   "recall": round(matched / labelled, 3) if labelled else None,
                   "precision": round(matched / predicted, 3) if predicted else None},
        "planned": {k: _share(planned, k) for k in ("has_readout", "status", "not_before_page")},
        "none": {"with_readout": _share(none, "has_readout")},
        "by_outlet": dict(sorted(Counter(f"{r['outlet']}/{r['contact']}" for r in rows).items())),
    }


# --- reading documents ----------------------------------------------------------------------


def archive_documents(wanted: set[str] | None, directory: Path | None) -> Iterator[tuple[str, bytes]]:
    """(member name, bytes) for the wanted members (all when ``wanted`` is None)."""
    if directory is not None:
        names = sorted(wanted) if wanted is not None else _walk(directory)
        for name in names:
            path = directory / name
            if path.is_file():
                yield name, path.read_bytes()
        return
    with tarfile.open(ARCHIVE, "r:xz") as tar:
        for member in tar:
            if not member.isfile() or (wanted is not None and member.name not in wanted):
                continue
            handle = tar.extractfile(member)
            if handle is not None:
                yield member.name, handle.read()


def _walk(directory: Path) -> list[str]:
    return sorted(str(p.relative_to(directory)) for p in directory.rglob("*.md")
                  if "\n" not in p.name and p.is_file())


def _indexed(cache: Path) -> Iterator[tuple[str, bytes]]:
    """(address, bytes) of a cache whose ``index.json`` maps each address to a file beside it."""
    index_path = cache / "index.json"
    if not index_path.is_file():
        return
    for address, filename in json.loads(index_path.read_text(encoding="utf-8")).items():
        path = cache / filename
        if path.is_file():
            yield address, path.read_bytes()


def page_documents() -> Iterator[tuple[str, bytes]]:
    """(address, bytes) of cached pages, each address once, all caches uncommitted:
    ``bench/.pages-readout/``, the Xinhua and VOV real-page bench's ``bench/.pages/pages.json``
    (addresses mapped to text) and the Arabic bench's ``bench/.pages-ar/`` (an index.json like
    the first)."""
    seen: set[str] = set()

    def shared() -> Iterator[tuple[str, bytes]]:
        if SHARED_PAGES.is_file():
            for address, text in json.loads(SHARED_PAGES.read_text(encoding="utf-8")).items():
                if isinstance(text, str):
                    yield address, text.encode("utf-8")

    for source in (_indexed(PAGE_CACHE), shared(), _indexed(ARABIC_PAGES)):
        for address, data in source:
            if address not in seen:
                seen.add(address)
                yield address, data


# Which site's layout an address is in, first match wins: the portal's Big5 gateway keeps the
# portal's host in its path, and the Arabic sites share only their language prefix.
PAGE_FORMATS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^[^/]*vov[^/]*(?:/|$)"), "vov"),
    (re.compile(r"(?:^|/)xitheory\.china\.com\.cn(?:/|$)"), "xinhua_bilingual"),
    (re.compile(r"^(?:www\.)?(?:arabic|ara|ar)\.|^[^/]*chinaarab"), "xinhua_arabic"),
)


def page_format(address: str) -> str:
    """The format a page address belongs to (``other`` when no rule knows its site)."""
    rest = re.sub(r"^[a-z]+://", "", address, flags=re.IGNORECASE)
    for pattern, name in PAGE_FORMATS:
        if pattern.search(rest):
            return name
    return "other"


def by_format(rows: list[Record]) -> dict[str, Record]:
    """:func:`summarise` of each format's pages."""
    groups: dict[str, list[Record]] = {}
    for row in rows:
        groups.setdefault(page_format(row["path"]), []).append(row)
    return {name: summarise(groups[name]) for name in sorted(groups)}


def split_of(path: str) -> str:
    """``dev`` or ``test``: a fixed half of the labels by the hash of their path, so that tuning
    on ``dev`` leaves ``test`` a fair measure of documents nobody tuned on."""
    return "dev" if int(hashlib.sha1(path.encode()).hexdigest(), 16) % 2 == 0 else "test"


def in_split(labels: list[Record], split: str) -> list[Record]:
    return labels if split == "all" else [label for label in labels if split_of(label["path"]) == split]


def load_labels(path: Path) -> list[Record]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != FORMAT:
        raise SystemExit(f"{path}: expected format {FORMAT!r}, found {data.get('format')!r}")
    return list(data["labels"])


def parse_one(name: str, data: bytes) -> tuple[Record | None, Any, str | None]:
    try:
        article = readoutparse.parse(data, name=name)
    except Exception as error:  # a post that no longer parses is a failure of every field
        return None, None, f"{type(error).__name__}: {error}"
    return readout_of(article), article.published, None


# The fields each kind of label is scored on (and listed under by --show-failures).
SCORED = {"held": ("kind", "participants_complete", "event_date", "initiator", "status"),
          "planned": ("status", "not_before_page"), "none": ()}


def score(labels: list[Record], documents: Iterable[tuple[str, bytes]]) -> tuple[list[Record], list[Record]]:
    by_path = {label["path"]: label for label in labels}
    rows: list[Record] = []
    failures: list[Record] = []
    for name, data in documents:
        label = by_path.pop(name, None)
        if label is None:
            continue
        pred, published, error = parse_one(name, data)
        row = score_one(label, pred, published)
        rows.append(row)
        bad = [k for k in SCORED[label["contact"]] if not row[k]]
        if label["contact"] == "none" and row["has_readout"]:
            bad = ["false_readout"]
        if bad or error:
            failures.append({"path": name, "contact": label["contact"], "failed": bad, "error": error,
                             "predicted": _brief(pred), "labelled": _brief(label)})
    for missing in by_path:
        print(f"warning: labelled document not found: {missing}", file=sys.stderr)
    return rows, failures


def _brief(record: Mapping[str, Any] | None) -> Record | None:
    if record is None:
        return None
    return {"status": record.get("status", record.get("contact")), "kind": record.get("kind"),
            "participants": [p.get("id") or p.get("name") or f"{p.get('country')}:{p.get('office')}"
                             for p in record.get("participants") or ()],
            "initiator": record.get("initiator"), "event_date": record.get("event_date")}


# --- census ---------------------------------------------------------------------------------

# Any word that could introduce a contact, deliberately broad: a post whose title and lead hold
# none of them reports no diplomatic contact, so a readout on it is a false positive.
CONTACT_CUE = re.compile(
    "通话|通話|通电|通電|电话|電話|谈话|談話|会见|會見|会晤|會晤|会谈|會談|会面|會面|见面|見面|晤|视频|視頻|視訊|视讯"
    "|连线|連線|致电|致電|贺电|賀電|唁电|唁電|致函|信函|来信|來信|复信|覆信|回信|书信|書信|致信|贺信|賀信|慰问|慰問"
    "|峰会|峰會|访问|訪問|访华|訪華|到访|到訪|出访|出訪|接见|接見|拜会|拜會|会谈|磋商|对话|對話|会议|會議|接待"
    "|talks|meet|met\\b|call|summit|letter|visit|phone|video",
    re.IGNORECASE)


CENSUS_SAMPLE = ROOT / "bench" / "labels" / "readout_census_sample.json"


_FRONT_TITLE = re.compile(r"^title:[ \t]*(.*)$", re.MULTILINE)
_MARKUP = re.compile(r"<[^>]*>|\[[^\]\n]*\]\([^)\n]*\)|https?://\S+|&[a-z]+;|&#\d+;")
LEAD_CHARS = 400


def stratum(data: bytes) -> str:
    """S0: no contact cue in title or lead; S1: a cue in the lead only; S2: a cue in the title.

    Read from the raw post, not from a parsed record, so that the strata (and the random sample
    drawn from them) stay the same whatever parser or readout version runs: the front matter's
    title, and the first LEAD_CHARS characters of the body with tags, Markdown links and
    addresses removed.
    """
    text = data.decode("utf-8", "replace")
    head, _, body = text.partition("\n---", ) if text.startswith("---") else ("", "", text)
    found = _FRONT_TITLE.search(head)
    title = found.group(1) if found else ""
    lead = " ".join(_MARKUP.sub(" ", body.split("\n---", 1)[-1]).split())[:LEAD_CHARS]
    if CONTACT_CUE.search(title):
        return "S2"
    return "S1" if CONTACT_CUE.search(lead) else "S0"


def census(documents: Iterable[tuple[str, bytes]], labels: list[Record] | None = None,
           sample: Mapping[str, Any] | None = None) -> Record:
    """Readouts over every post, and the share of contact-free posts given one.

    Posts fall in three strata (:func:`stratum`).  In S0 no post reports a contact, so every
    readout there is false.  S1 and S2 mix both; a seeded random sample of each was read by
    hand (``readout_census_sample.json``, labelled in ``readout_archive.json``), and the share
    of sampled posts that report no contact, and of those that still get a readout, is scaled
    to the stratum's size.  bench/labels/README.md explains the estimate and its error.
    """
    by_path = {label["path"]: label for label in labels or ()}
    wanted = {path: name for name, paths in (sample or {}).get("paths", {}).items() for path in paths}
    size: Counter[str] = Counter()
    readouts: Counter[str] = Counter()
    drawn: Counter[str] = Counter()
    drawn_none: Counter[str] = Counter()
    drawn_none_readout: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    posts = errors = 0
    for name, data in documents:
        try:
            article = readoutparse.parse(data, name=name)
        except Exception:
            errors += 1
            continue
        posts += 1
        where = stratum(data)
        size[where] += 1
        if article.readout is not None:
            readouts[where] += 1
            kinds[str(article.readout.kind)] += 1
        if name in wanted and name in by_path:
            drawn[wanted[name]] += 1
            if by_path[name]["contact"] == "none":
                drawn_none[wanted[name]] += 1
                drawn_none_readout[wanted[name]] += article.readout is not None
    result: Record = {"posts": posts, "errors": errors, "with_readout": sum(readouts.values()),
                      "kinds": dict(sorted(kinds.items())),
                      "strata": {k: {"posts": size[k], "readouts": readouts[k]} for k in ("S0", "S1", "S2")}}
    false, contactless, variance = float(readouts["S0"]), float(size["S0"]), 0.0
    for k in ("S1", "S2"):
        n = drawn[k]
        result["strata"][k].update({"sampled": n, "sampled_without_contact": drawn_none[k],
                                    "sampled_without_contact_with_readout": drawn_none_readout[k]})
        if not n:
            return result  # no sample: only the counts
        share = drawn_none_readout[k] / n
        false += size[k] * share
        contactless += size[k] * drawn_none[k] / n
        variance += size[k] ** 2 * share * (1 - share) / n
    result["false_readouts_estimate"] = round(false)
    result["false_readouts_stderr"] = round(variance ** 0.5)
    result["false_positive_share_estimate"] = round(false / contactless, 4) if contactless else None
    return result


# --- output ---------------------------------------------------------------------------------


def _line(name: str, cell: Mapping[str, Any]) -> str:
    share = "n/a" if cell["share"] is None else f"{100 * cell['share']:.1f}%"
    return f"  {name:<24} {cell['right']:>4} / {cell['of']:<4} {share:>7}"


def report(summary: Record) -> None:
    print(f"labelled posts scored: {summary['posts']}")
    print("held contacts:")
    for key, label in (("has_readout", "any readout"), ("kind", "kind"),
                       ("participants_complete", "participants complete"), ("event_date", "event_date"),
                       ("initiator", "initiator"), ("status", "status = held"),
                       ("all_four", "kind+people+date+initiator")):
        print(_line(label, summary["held"][key]))
    people = summary["people"]
    print(f"people (held and planned): recall {people['recall']} ({people['matched']}/{people['labelled']}),"
          f" precision {people['precision']} ({people['matched']}/{people['predicted']})")
    print("planned contacts:")
    for key, label in (("has_readout", "any readout"), ("status", "status = planned"),
                       ("not_before_page", "not dated before page")):
        print(_line(label, summary["planned"][key]))
    print("posts with no contact:")
    print(_line("with a readout (FP)", summary["none"]["with_readout"]))


def _cell(cell: Mapping[str, Any]) -> str:
    return f"{cell['right']}/{cell['of']}" if cell["of"] else "-"


def report_formats(formats: Mapping[str, Record]) -> None:
    """One line per format: held fields as right/of, people, planned status, false readouts."""
    print(f"  {'format':<17} {'posts':>5} {'readout':>7} {'kind':>6} {'people':>6} {'date':>6}"
          f" {'init':>6} {'all4':>6} {'recall':>6} {'prec':>6} {'plan':>5} {'FP':>5}")
    for name, s in formats.items():
        held, people = s["held"], s["people"]
        print(f"  {name:<17} {s['posts']:>5} {_cell(held['has_readout']):>7} {_cell(held['kind']):>6}"
              f" {_cell(held['participants_complete']):>6} {_cell(held['event_date']):>6}"
              f" {_cell(held['initiator']):>6} {_cell(held['all_four']):>6}"
              f" {people['recall'] if people['recall'] is not None else '-':>6}"
              f" {people['precision'] if people['precision'] is not None else '-':>6}"
              f" {_cell(s['planned']['status']):>5} {_cell(s['none']['with_readout']):>5}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, help="the archive unpacked (e.g. /work/corpus)")
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--json", action="store_true", help="print figures as JSON")
    parser.add_argument("--show-failures", action="store_true",
                        help="list failing paths with predicted vs labelled field values")
    parser.add_argument("--census", action="store_true",
                        help="count readouts over every post of the archive (false-positive estimate)")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all",
                        help="score one half of the labels (by the sha1 of the path): tune on dev, report test")
    args = parser.parse_args(argv)
    if args.dir is None and not ARCHIVE.is_file():
        print(f"skipped: {ARCHIVE} is absent and no --dir was given", file=sys.stderr)
        return 0
    if args.census:
        sample = json.loads(CENSUS_SAMPLE.read_text(encoding="utf-8")) if CENSUS_SAMPLE.is_file() else None
        result = census(archive_documents(None, args.dir), load_labels(args.labels), sample)
        print(json.dumps(result, ensure_ascii=False, indent=None if args.json else 1))
        return 0
    labels = in_split(load_labels(args.labels), args.split)
    rows, failures = score(labels, archive_documents({label["path"] for label in labels}, args.dir))
    summary: dict[str, Any] = {"archive": summarise(rows)}
    if PAGE_LABELS.is_file() and (PAGE_CACHE.is_dir() or SHARED_PAGES.is_file() or ARABIC_PAGES.is_dir()):
        page_rows, page_failures = score(in_split(load_labels(PAGE_LABELS), args.split), page_documents())
        if page_rows:
            summary["pages"] = summarise(page_rows)
            summary["pages_by_format"] = by_format(page_rows)
            failures += page_failures
    if args.json:
        if args.show_failures:
            summary["failures"] = failures
        print(json.dumps(summary, ensure_ascii=False, indent=1))
        return 0
    for part, figures in summary.items():
        if part == "pages_by_format":
            print("== pages by format ==")
            report_formats(figures)
            continue
        print(f"== {part} ==")
        report(figures)
    if args.show_failures:
        print("== failures ==")
        for failure in failures:
            print(json.dumps(failure, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
