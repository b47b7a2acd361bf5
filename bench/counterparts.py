"""Who the archive's contact posts name: candidate counterparts, counted by post.

The gazetteer should know everyone who appears as a counterpart in three or more contact
posts of the real archive.  This script finds them: it reads the title and the lead (first
two paragraphs) of every post, keeps the posts whose title or lead carries a contact cue
(通电话, 会见, 会谈, 视频, 致电, 贺电, 见面 ... in Simplified or Traditional), and takes
as a candidate name the run of Chinese characters (or a ``·``-joined name) that follows an
office word (总统, 外长, 国务卿, 秘书长 ...) in the sentences carrying the cue.  Names
are counted once per post, after folding Traditional to Simplified with OpenCC, and printed
with their counts, most frequent first.  The candidates are then resolved by reading: the
list has noise (``总统府``, fragments), which a person has to strike out.

With ``--covered`` each candidate is marked ``+`` when a name or short form of the built-in
gazetteer is the candidate or ends it (or is the one known name the candidate begins, for a
name the stop characters cut short), and the figures covered / all are printed.

Run: ``python bench/counterparts.py --dir /work/corpus`` (or without ``--dir`` to stream
``../shared/corpora/waimei-posts.tar.xz``); ``--min 3`` (default) sets the threshold.
It prints; it asserts nothing.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import tarfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import opencc  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parent.parent
ARCHIVE = ROOT.parent / "shared" / "corpora" / "waimei-posts.tar.xz"

CUES_RAW = CUES = ("通电话", "通話", "会见", "會見", "会晤", "會晤", "会谈", "會談", "视频", "視訊",
        "致电", "致電", "贺电", "賀電", "见面", "見面")
# Office words after which a name follows (Simplified; the text is folded first).
OFFICES = sorted((
    "总统", "副总统", "总理", "副总理", "首相", "副首相", "外长", "外交部长", "外交部部长", "国务卿",
    "副国务卿", "防长", "国防部长", "国防部部长", "主席", "副主席", "秘书长", "国王", "王储", "女王",
    "议长", "大使", "特使", "部长", "顾问", "领导人", "委员长", "总书记", "外相", "外务大臣",
    "外交大臣", "防卫大臣", "防卫相", "大臣", "国防大臣", "国家安全顾问", "国安顾问", "埃米尔",
    "苏丹", "亲王", "总督", "院长", "行政院长", "立法院长", "代表", "主任", "署长", "总干事",
    "卫生部长", "财政部长", "财长", "商务部长", "贸易代表", "国防部长官", "部长官", "大法官",
    "党魁", "领袖", "党主席", "市长", "州长", "省长", "参议员", "众议员", "议员", "委员",
    "外交与安全政策高级代表", "高级代表", "教宗", "教皇", "天皇", "国务委员", "常务副部长",
), key=len, reverse=True)
# Where a name ends: a connective, a cue, a time word, punctuation.
STOPS = ("与", "同", "及", "跟", "、", "，", ",", "。", "：", ":", "；", ";", "（", "(", "“", "\"",
         "”", "‘", "’", "「", "」", "在", "将", "于", "今", "昨", "周", "明", "前", "就", "对", "向",
         "为", "时", "称", "表示", "会", "通", "举", "视", "致", "等", "的", "也", "已", "本", "上", "明天", "明日",
         "下", "当", "说", "是", "一", "二", "两", "三", "首", "进", "正", "日前", "月", "再", "并",
         "以", "则", "又", "还", "曾", "即", "要", "出", "访", "抵", "到", "透", "星", "此", "近",
         " ", "\u3000", "-", "—", "|", "》", "《", "？", "?", "！", "!", "见", "面", "电", "率", "偕")
_OFFICE_RE = "|".join(map(re.escape, OFFICES))
_OFFICE_ANY = re.compile(_OFFICE_RE + "|兼")
_NAME = r"([\u4e00-\u9fff]{2,14}(?:[·・•‧][\u4e00-\u9fff]{1,8}){0,3})"
_CANDIDATE = re.compile(rf"(?:{_OFFICE_RE}){_NAME}")
# In a title, the names around a connective: 蓬佩奥与王毅会晤, 菅义伟同拜登通电话.
_PAIR = re.compile(r"([\u4e00-\u9fff·]{2,20}?)(?:与|同|跟|和|及|、)([\u4e00-\u9fff·]{2,20}?)(?=" + "|".join(CUES_RAW) + ")")
_DOTTED = re.compile(r"([\u4e00-\u9fff]{1,8}(?:[·・•‧．][\u4e00-\u9fff]{1,8}){1,3})")
_SENTENCE = re.compile(r"[^。！？!?\n]+")
_TAG = re.compile(r"<[^>]+>")
_PARA = re.compile(r"<p[^>]*>(.*?)</p>", re.S)
_TITLE = re.compile(r'^title:\s*"?(.*?)"?\s*$', re.M)
# Strings that follow an office word but are no one's name.
NOT_NAMES = ("总统府", "总统选举", "总统大选", "总理府", "首相官邸", "首相府", "秘书长特使")


def posts(directory: Path | None) -> Iterator[tuple[str, str]]:
    """(archive path, text) of every post."""
    if directory is not None:
        for path in sorted(directory.rglob("*.md")):
            yield str(path.relative_to(directory)), path.read_text("utf-8", errors="replace")
        return
    if not ARCHIVE.exists():
        sys.exit(f"no archive at {ARCHIVE}; pass --dir with an unpacked copy")
    with tarfile.open(ARCHIVE, "r:xz") as tar:
        for member in tar:
            if member.isfile() and member.name.endswith(".md"):
                handle = tar.extractfile(member)
                if handle is not None:
                    yield member.name, handle.read().decode("utf-8", errors="replace")


def title_and_lead(text: str) -> str:
    found = _TITLE.search(text)
    title = found.group(1) if found else ""
    paragraphs = [html.unescape(_TAG.sub("", p)).strip() for p in _PARA.findall(text)]
    paragraphs = [p for p in paragraphs if p][:2]
    return "\n".join([title, *paragraphs])


def _trim(name: str) -> str:
    # A chain of titles (国务委员兼外长王毅, 德国总理默克尔): the name follows the last one.
    last = max((m.end() for m in _OFFICE_ANY.finditer(name)), default=0)
    name = name[last:]
    cut = len(name)
    for stop in STOPS:
        at = name.find(stop)
        if 0 <= at < cut:
            cut = at
    # 和 joins two names (蓬佩奥和王毅) unless a stop follows it: then it ends one (魏凤和在).
    at = name.find("和", 0, cut)
    if at >= 0 and at + 1 < cut:
        cut = at
    name = name[:cut]
    head, dot, tail = name.partition("·")
    return name if dot else name[:6]


def candidates(text: str) -> set[str]:
    names: set[str] = set()
    for sentence in _SENTENCE.findall(text):
        if not any(cue in sentence for cue in CUES_S):
            continue
        for found in _CANDIDATE.finditer(sentence):
            name = _trim(found.group(1))
            if len(name) >= 2 and not any(name.startswith(n) for n in NOT_NAMES):
                names.add(name)
        for found in _DOTTED.finditer(sentence):
            names.add(found.group(1))
    title = text.split("\n", 1)[0]
    for found in _PAIR.finditer(title):
        for part in found.groups():
            name = _trim(part)
            if 2 <= len(name) and name not in names and not any(name.startswith(n) for n in NOT_NAMES):
                names.add(name)
    return names


def gazetteer_names() -> set[str]:
    """Every Chinese name and short form the built-in data holds, folded to Simplified."""
    data = json.loads((ROOT / "readoutparse" / "readout" / "data" / "people.json").read_text("utf-8"))
    names: set[str] = set()
    for person in data["people"]:
        for group in ("names", "short"):
            for lang in ("zh-Hans", "zh-Hant"):
                names.update(TO_SIMPLIFIED.convert(n) for n in person.get(group, {}).get(lang, ()))
    return names


TO_SIMPLIFIED = opencc.OpenCC("t2s")
CUES_S = tuple(dict.fromkeys(TO_SIMPLIFIED.convert(c) for c in CUES))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", type=Path, help="an unpacked archive (faster than the tarball)")
    ap.add_argument("--min", type=int, default=3, help="least number of posts to print a name")
    ap.add_argument("--covered", action="store_true", help="mark names the built-in gazetteer knows")
    args = ap.parse_args()
    counts: Counter[str] = Counter()
    total = contact = 0
    for _path, text in posts(args.dir):
        total += 1
        lead = TO_SIMPLIFIED.convert(title_and_lead(text))
        if not any(cue in lead for cue in CUES_S):
            continue
        contact += 1
        counts.update(candidates(lead))
    known = gazetteer_names() if args.covered else set()
    shown = covered = 0
    for name, count in counts.most_common():
        if count < args.min:
            break
        shown += 1
        mark = ""
        if args.covered:
            # A candidate cut short by a stop character (刘晓 of 刘晓明) counts when one known name begins with it.
            hit = any(name == k or name.endswith(k) for k in known) \
                or sum(1 for k in known if k.startswith(name)) == 1
            covered += hit
            mark = "+ " if hit else "- "
        print(f"{mark}{count:5d}  {name}")
    print(f"# {total} posts, {contact} with a contact cue in title or lead, "
          f"{shown} candidate names in >= {args.min} posts", file=sys.stderr)
    if args.covered:
        print(f"# covered by the gazetteer: {covered} of {shown}", file=sys.stderr)


if __name__ == "__main__":
    main()
