"""The outlets a news archive carries: their names, and the hosts their URLs name.

Host rules are tried most specific first (the longest host), so ``cn.nytimes.com`` is
纽约时报中文网 although ``nytimes.com`` is 纽约时报: the order of the table does not matter.
"""

from __future__ import annotations

from urllib.parse import urlsplit

__all__ = ["HOSTS", "NAMES", "GENERIC_CATEGORIES", "NO_AUTHOR", "outlet_of_url"]

HOSTS: dict[str, str] = {
    "zaobao.com.sg": "联合早报", "zaobao.com": "联合早报", "rfi.fr": "法广",
    "voachinese.com": "美国之音", "voanews.com": "美国之音", "dw.com": "德国之声",
    "reuters.com": "路透", "bbc.com": "BBC", "bbc.co.uk": "BBC", "cna.com.tw": "中央社",
    "rti.org.tw": "中央廣播電臺", "rfa.org": "自由亚洲电台", "nytimes.com": "纽约时报",
    "cn.nytimes.com": "纽约时报中文网", "cn.nytstyle.com": "纽约时报中文网",
    "ftchinese.com": "FT中文网", "theinitium.com": "端传媒", "udn.com": "联合新闻网",
    "nikkei.com": "日经中文网", "epochtimes.com": "大纪元", "solidot.org": "Solidot",
    "chinadigitaltimes.net": "中国数字时代", "economist.com": "经济学人",
    "bitterwinter.org": "寒冬",
}
# Most specific first: more labels before fewer.
_BY_SPECIFICITY = sorted(HOSTS.items(), key=lambda item: -item[0].count("."))

NAMES = frozenset(
    [*HOSTS.values()]
    + "联合早报 联合晚报 早报 法国国际广播电台 RFI 美国之音 VOA 德国之声 DW 路透社 路透中文网 "
      "BBC中文 BBC中文网 臺中央社 (臺)中央社 (臺)中央社CNA 中央社CNA CNA RTI 央廣 自由亚洲电台 RFA "
      "纽约时报 紐約時報 法新社 美联社 共同社 明报 星岛日报 华尔街日报 金融时报 大纪元 Solidot "
      "中国数字时代 经济学人en 经济学人 维权网 寒冬 Nei.st CCTV新闻联播".split()
    + ["RTI 中央廣播電臺", "BBC News 中文"]
)
GENERIC_CATEGORIES = frozenset("news 新闻 新聞 即时 即時 realtime world china 国际 國際 中国 中國 "
                               "headlines top 要闻 要聞".split())
#: author values that name nobody
NO_AUTHOR = frozenset("unknown Unknown UNKNOWN anonymous Anonymous none None null 佚名 匿名 "
                      "admin".split())


def outlet_of_url(url: str | None) -> str | None:
    """The outlet whose host (or a parent host) ``url`` names."""
    try:
        host = (urlsplit(url or "").hostname or "").lower()
    except ValueError:  # e.g. a broken IPv6 literal
        return None
    for domain, outlet in _BY_SPECIFICITY:
        if host == domain or host.endswith("." + domain):
            return outlet
    return None
