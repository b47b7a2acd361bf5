"""Furniture told by position among blocks (readoutparse.parsers.block_positions)."""

from __future__ import annotations

from readoutparse.parsers.block_positions import split_rules
from readoutparse.parsers.html_body import Block


def pieces(text: str) -> list[tuple[str, str, int]]:
    return [(b.kind, b.text, b.line) for b in split_rules([Block("paragraph", text, 5, "p")])]


def test_a_rule_ends_a_paragraph_and_a_notice_boxed_between_two_rules_is_furniture() -> None:
    assert pieces("节目每周播出。==========\n嘉宾的观点不代表本台。\n==========\n下期预告") == [
        ("paragraph", "节目每周播出。", 5), ("boilerplate", "==========", 5),
        ("boilerplate", "嘉宾的观点不代表本台。", 6), ("boilerplate", "==========", 7),
        ("paragraph", "下期预告", 8)]


def test_text_after_a_single_rule_stays_text_and_short_dashes_are_no_rule() -> None:
    assert [k for k, _, _ in pieces("前文。\n——————————————————\n转载的另一篇报道。")] == [
        "paragraph", "boilerplate", "paragraph"]
    assert pieces("他说——这是真的——没错。") == [("paragraph", "他说——这是真的——没错。", 5)]


def test_a_cut_tags_residue_beside_a_rule_is_furniture_and_a_word_after_one_is_text() -> None:
    # "<p>———<" and "/p>" on the next line: the "<" is no text of the story
    assert pieces("——————————————————< /p>") == [("boilerplate", "——————————————————", 5),
                                               ("boilerplate", "< /p>", 5)]
    assert pieces("——————————————————\nHello") == [("boilerplate", "——————————————————", 5),
                                                  ("paragraph", "Hello", 6)]


def test_a_byline_title_takes_its_name_from_the_short_line_before_it() -> None:
    from readoutparse.parsers import furniture

    blocks = [Block("paragraph", "劳拉（Laura）", 1, "li"), Block("paragraph", "BBC记者 发自首尔", 1, "li"),
              Block("paragraph", "朝鲜领导人周二发表讲话，列出新的目标。", 2, "p")]
    found = [(v.kind, dict(v.facts)) for v in furniture.classify(blocks)]
    assert found == [("byline", {"names": "劳拉（Laura）"}), ("byline", {}), ("paragraph", {})]


STORY = "港口的货物吞吐量连续三年下降，市政府正在研究改造老码头的方案。"
PAGE = "https://example.com/medium/weekly/port-city"


def furniture_kinds(*blocks: Block, title: str = "港口城市") -> list[str]:
    from readoutparse.parsers import furniture

    verdicts = furniture.classify(list(blocks), None, title, PAGE)
    return [v.kind for v in furniture.buttons(verdicts, title)]


def test_a_date_in_pieces_and_the_publications_linked_name_are_a_meta_card() -> None:
    name = Block("paragraph", "某周刊", 1, "div", "https://example.com/medium/weekly")
    pieces_ = [Block("paragraph", t, 2, "div") for t in ("Mar 30", "·", "2015")]
    reversed_ = [Block("paragraph", t, 9, "div") for t in ("2018", "·", "Jan 9")]
    story = Block("paragraph", STORY, 5, "p")
    assert furniture_kinds(name, *pieces_, story, *reversed_) == ["boilerplate"] * 4 + [
        "paragraph"] + ["boilerplate"] * 3
    # a year alone is no card's piece; a link to another story is no publication's name
    other = Block("paragraph", "另一篇", 7, "div", "https://example.com/medium/other/story")
    assert furniture_kinds(story, Block("paragraph", "2015", 6, "div"), other, story) == [
        "paragraph"] * 4


def test_short_latin_lines_before_the_first_chinese_paragraph_are_a_reposts_masthead() -> None:
    lines = [Block("paragraph", t, 1, "div") for t in ("Weekly Review /", "/ Inside Stories",
                                                          "Jane Q. Writer")]
    one_word = Block("paragraph", "Hello", 1, "div")
    sentence = Block("paragraph", "The port handled fewer ships than it did ten years ago.", 2, "p")
    story = Block("paragraph", STORY, 5, "p")
    assert furniture_kinds(*lines, one_word, sentence, story) == ["boilerplate"] * 3 + [
        "paragraph", "paragraph", "paragraph"]
    # cut before the story, the same lines are read the same (the title is in Chinese) ...
    assert furniture_kinds(*lines) == ["boilerplate"] * 3
    # ... and under an English title nothing is a masthead
    assert furniture_kinds(lines[0], sentence, title="Port city") == ["paragraph", "paragraph"]
