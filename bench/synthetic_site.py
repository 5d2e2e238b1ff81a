#!/usr/bin/env python3
"""Writes a synthetic news site for the ingestion benchmark, built from the sentences of the bundled demo pages.

  synthetic_site.py OUT --feed-items N --articles M [--per-page 50]

OUT/feed-S.xml         RSS 2.0 feeds (one per shard S) of N full-content items in all (content:encoded): the "full-content feeds" case
OUT/list-S/, /list-S/page/K/  listing pages per shard, --per-page links each, pointing at M article pages in all: the "full pipeline" case
Shards (--shards) become separate sources, so the scraper's workers can take them in parallel as they would real outlets.
OUT/YYYY/MM/DD/slug-I/ article pages with a realistic page around the story (header, navigation, related links, footer)
Serve OUT with `bench/site_server.py OUT PORT` (in memory, keep-alive, `/a/b` and `/a/b/` both answered with 200).
"""
import argparse, datetime, html, os, random, re

ROOT = os.path.dirname(os.path.abspath(__file__))
DEMO = os.path.join(ROOT, "..", "src", "NewsHub.Web", "DemoSite")
COUNTRIES = ["Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Azerbaijan", "Armenia", "Georgia", "Iran",
             "Türkiye", "Mongolia", "Afghanistan", "Pakistan", "Russia", "China", "Oman"]


def sentences():
    out = set()
    for base, _, files in os.walk(DEMO):
        for f in files:
            if not f.endswith(".html") or "results" in base or "private" in base:
                continue
            text = open(os.path.join(base, f), encoding="utf-8").read()
            for p in re.findall(r"<p>(.*?)</p>", text, re.S):
                p = html.unescape(re.sub(r"<[^>]+>", "", p)).strip()
                for s in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", p):
                    if s.count(" ") >= 6 and s[-1] in ".!?”\"":
                        out.add(s)
    return sorted(out)


def story(rng, pool, i):
    country = rng.choice(COUNTRIES)
    title = f"{country} {rng.choice(['weighs', 'announces', 'debates', 'expands', 'reviews', 'delays'])} " \
            f"{rng.choice(['energy', 'transit', 'water', 'trade', 'border', 'grain', 'rail', 'budget', 'nuclear', 'health'])} " \
            f"{rng.choice(['plan', 'deal', 'talks', 'reform', 'project', 'rules'])} ({i})"
    paras, cur = [], []
    for _ in range(rng.randint(8, 14)):
        cur.append(rng.choice(pool))
        if len(cur) >= 3:
            paras.append(" ".join(cur)); cur = []
    if cur:
        paras.append(" ".join(cur))
    # A sentence of its own keeps every body distinct (no content-hash twins).
    paras.append(f"Reporting for this story, number {i}, was done in {country}.")
    return title, paras


def article_page(title, paras, published, related, site):
    body = "\n".join(f"      <p>{html.escape(p)}</p>" for p in paras)
    rel = "\n".join(f'        <li><a href="{u}">{html.escape(t)}</a></li>' for u, t in related)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{html.escape(title)} | {site}</title>
  <meta name="description" content="{html.escape(paras[0][:150])}">
  <meta property="og:title" content="{html.escape(title)}">
  <meta property="og:site_name" content="{site}">
  <meta property="article:published_time" content="{published}">
  <link rel="stylesheet" href="/assets/site.css">
</head>
<body>
  <div class="top-bar">Subscribe to our newsletter for weekly analysis. <a href="#subscribe">Sign up</a></div>
  <header class="site-header"><a class="logo" href="/">{site}</a>
    <nav class="main-nav"><ul><li><a href="/list/">Latest</a></li><li><a href="/list/">Politics</a></li><li><a href="/list/">Economy</a></li><li><a href="/list/">Energy</a></li></ul></nav>
  </header>
  <main>
    <article class="post">
      <h1 class="entry-title">{html.escape(title)}</h1>
      <div class="byline">By <span class="author">Staff Reporter</span> · <time datetime="{published}">{published[:10]}</time></div>
{body}
      <div class="share">Share this: <a href="#">Facebook</a> <a href="#">X</a> <a href="#">Telegram</a></div>
    </article>
    <aside class="related"><h3>Related</h3>
      <ul>
{rel}
      </ul>
    </aside>
  </main>
  <footer class="site-footer"><p>© {site}. All rights reserved.</p><a href="/">Home</a> · <a href="#privacy">Privacy</a></footer>
</body>
</html>
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--feed-items", type=int, default=1000)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--per-page", type=int, default=50)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--shards", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    pool = sentences()
    base = datetime.datetime(2026, 11, 20, 12, 0, tzinfo=datetime.timezone.utc)
    os.makedirs(a.out, exist_ok=True)
    open(os.path.join(a.out, "robots.txt"), "w").write("User-agent: *\nAllow: /\n")

    items = []
    for i in range(a.feed_items):
        title, paras = story(rng, pool, i)
        when = (base - datetime.timedelta(minutes=7 * i)).strftime("%a, %d %b %Y %H:%M:%S +0000")
        content = "".join(f"<p>{html.escape(p)}</p>" for p in paras)
        items.append(f"""<item><title>{html.escape(title)}</title><link>http://feed.invalid/news/{i}.html</link>
<guid>feed-{i}</guid><pubDate>{when}</pubDate><description>{html.escape(paras[0][:200])}</description>
<content:encoded><![CDATA[{content}]]></content:encoded></item>""")
    for shard in range(a.shards):
        with open(os.path.join(a.out, f"feed-{shard}.xml"), "w", encoding="utf-8") as f:
            f.write('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
                    "<channel><title>Synthetic Feed</title><link>http://feed.invalid/</link><description>bench</description>\n")
            f.write("\n".join(items[shard::a.shards]))
            f.write("</channel></rss>\n")

    links = []
    for i in range(a.articles):
        title, paras = story(rng, pool, 100000 + i)
        day = base - datetime.timedelta(hours=2 * i)
        # Links without the trailing slash, as the scraper's canonical URLs have them: one request per article (a
        # server that redirects /story-1 to /story-1/ would cost two). site_server.py serves both forms.
        path = f"/{day:%Y/%m/%d}/story-{i}"
        links.append((path, title, paras[0][:160], day.isoformat()))
        related = [(f"/{(base - datetime.timedelta(hours=2 * j)):%Y/%m/%d}/story-{j}", f"Related story {j}") for j in rng.sample(range(a.articles), min(4, a.articles))]
        os.makedirs(os.path.join(a.out, path.strip("/")), exist_ok=True)
        with open(os.path.join(a.out, path.strip("/"), "index.html"), "w", encoding="utf-8") as f:
            f.write(article_page(title, paras, day.isoformat(), related, "Synthetic Times"))

    for shard in range(a.shards):
        write_listing(a, links[shard::a.shards], f"list-{shard}")
    print(f"{a.feed_items} feed items, {a.articles} article pages, {a.shards} shard(s) in {a.out}")


def write_listing(a, links, name):
    pages = max(1, (len(links) + a.per_page - 1) // a.per_page)
    for k in range(1, pages + 1):
        chunk = links[(k - 1) * a.per_page:k * a.per_page]
        entries = "\n".join(f"""      <article class="search-result post">
        <div class="result-body"><h2 class="entry-title"><a href="{u}" rel="bookmark">{html.escape(t)}</a></h2>
        <div class="entry-meta"><time datetime="{d}">{d[:10]}</time></div><p>{html.escape(s)}</p></div>
      </article>""" for u, t, s, d in chunk)
        nxt = f'<a class="next page-numbers" href="/{name}/page/{k + 1}/">Next ›</a>' if k < pages else ""
        page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Latest | Synthetic Times</title></head>
<body>
  <header class="site-header"><a class="site-title" href="/">Synthetic Times</a>
    <nav class="primary-menu"><ul><li><a href="/list/">Latest</a></li><li><a href="/list/">Politics</a></li></ul></nav></header>
  <main>
    <header class="page-header"><h1 class="page-title">Latest news</h1></header>
{entries}
    <nav class="navigation pagination"><div class="nav-links"><span class="page-numbers current">{k}</span> {nxt}</div></nav>
  </main>
  <footer><a href="/">Home</a> · <a href="#privacy">Privacy</a></footer>
</body></html>
"""
        d = os.path.join(a.out, name) if k == 1 else os.path.join(a.out, name, "page", str(k))
        os.makedirs(d, exist_ok=True)
        open(os.path.join(d, "index.html"), "w", encoding="utf-8").write(page)


if __name__ == "__main__":
    main()
