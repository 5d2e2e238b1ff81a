#!/usr/bin/env python3
"""Writes the demo news site (src/NewsHub.Web/DemoSite/) from caspian_articles.py and steppe_articles.py.

Run from anywhere: python3 tools/demosite/generate.py. The output is committed; the product only reads it.
Links between pages are relative; absolute URLs (feed, sitemap, canonical, OpenGraph, JSON-LD, robots)
carry {{BASE}} / {{BASE_PATH}}, which the server replaces per request (see README.md)."""
import html, json, os, re, shutil, sys
from datetime import datetime
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import caspian_articles, steppe_articles  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, '..', '..', 'src', 'NewsHub.Web', 'DemoSite'))
BASE_DATE = '2026-11-21'
def e(s):
    """Escapes text and double-quoted attribute values; apostrophes stay readable."""
    return html.escape(s, quote=False).replace('"', '&quot;')
MANIFEST = []


def write(rel, text):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


def rel(from_file, to_file):
    """Relative href from one file to another (both relative to the outlet root); directories end in '/'."""
    target_dir = to_file.endswith('/')
    r = os.path.relpath(to_file.rstrip('/') or '.', os.path.dirname(from_file) or '.')
    if target_dir:
        r = './' if r == '.' else r + '/'
    return r


def art_href(me, a):
    return rel(me, 'news/' + a['slug'] + '.html')


def img_href(me, a):
    return rel(me, 'images/' + a['slug'] + '.svg')


def truncate(text, limit, ellipsis='…'):
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(' ', 1)[0].rstrip(',;:')
    return cut + ellipsis


def svg(label, sub, color):
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450" viewBox="0 0 800 450">'
            f'<rect width="800" height="450" fill="{color}"/>'
            f'<text x="40" y="380" font-family="sans-serif" font-size="28" fill="#fff" opacity=".8">{e(sub)}</text>'
            f'<text x="40" y="420" font-family="sans-serif" font-size="20" fill="#fff" opacity=".6">{e(label)}</text></svg>\n')


def body_text(blocks):
    return [t for k, t in blocks if k == 'p']


def check_noise(a, phrases, own_text, page=None):
    if page is not None:
        visible = html.unescape(re.sub(r'<[^>]+>', '', page))
        missing = [p for p in phrases if p not in visible]
        if missing:
            raise SystemExit(f'{a["slug"]}: boilerplate phrases listed but not on the page: {missing}')
    for p in phrases:
        if p in own_text:
            raise SystemExit(f'{a["slug"]}: boilerplate phrase also occurs in the article body: {p!r}')


def words(a):
    return sum(len(t.split()) for _, t in a['body'])


# ---------------------------------------------------------------- Caspian Daily
CD = 'caspian-daily'
CD_PROMO = 'You can download the Caspian Daily application for iOS and Android from the App Store and Google Play.'
CD_BOILER = [CD_PROMO, 'What is your opinion on this topic?', 'Leave the first comment', 'Related news',
             'Subscribe to the Caspian Daily newsletter', 'Share this article', 'Most read', 'Top story']


def cd_display(iso):
    d = datetime.fromisoformat(iso)
    return f'{d.day} {d.strftime("%B %Y, %H:%M")}'


def cd_page(a, arts):
    me = f'news/{a["slug"]}.html'
    others = [x for x in arts if x is not a]
    top = others[0]
    i = arts.index(a)
    related = [arts[(i + k) % len(arts)] for k in range(1, 6)]
    most_read = [x for x in others if x not in related][:5]
    noise = [top['title'], truncate(top['lead'], 150, '...')[:-3]]
    rel_items = []
    for k, r in enumerate(related):
        teaser = truncate(r['lead'], 140) if k % 2 == 0 else r['lead']
        noise += [r['title'], truncate(r['lead'], 80, '')]
        rel_items.append(f'''        <li class="related-item">
          <a href="{art_href(me, r)}"><img src="{img_href(me, r)}" alt="" width="160" height="90" loading="lazy"></a>
          <div class="related-text">
            <h3><a href="{art_href(me, r)}">{e(r['title'])}</a></h3>
            <p>{e(teaser)}</p>
            <time datetime="{r['published']}">{cd_display(r['published'])}</time>
          </div>
        </li>''')
    noise += [m['title'] for m in most_read] + CD_BOILER
    body, paras = [], 0
    read_also = arts[(i + 7) % len(arts)] if i % 3 == 0 else None
    for kind, text in a['body']:
        body.append(f'        <{kind}>{e(text)}</{kind}>')
        paras += kind == 'p'
        if read_also and paras == 2 and kind == 'p':
            body.append(f'        <p class="read-also"><strong>Read also:</strong> <a href="{art_href(me, read_also)}">{e(read_also["title"])}</a></p>')
            noise += ['Read also:', read_also['title']]
            read_also = None
    own = ' '.join([a['title'], a['lead']] + [t for _, t in a['body']])
    noise = list(dict.fromkeys(noise))
    check_noise(a, noise, own)
    url = f'{{{{BASE}}}}/{me}'
    img = f'{{{{BASE}}}}/images/{a["slug"]}.svg'
    meta = ''
    if a['meta']:
        ld = {'@context': 'https://schema.org', '@type': 'NewsArticle', 'headline': a['title'], 'description': a['lead'],
              'datePublished': a['published'], 'dateModified': a['published'],
              'author': {'@type': 'Person', 'name': a['byline']},
              'publisher': {'@type': 'Organization', 'name': 'Caspian Daily',
                            'logo': {'@type': 'ImageObject', 'url': '{{BASE}}/images/logo.svg'}},
              'image': [img], 'mainEntityOfPage': url, 'articleSection': a['section'], 'keywords': a['tags']}
        meta = f'''
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="Caspian Daily">
  <meta property="og:title" content="{e(a['title'])}">
  <meta property="og:description" content="{e(a['lead'])}">
  <meta property="og:url" content="{url}">
  <meta property="og:image" content="{img}">
  <meta property="article:published_time" content="{a['published']}">
  <meta property="article:section" content="{e(a['section'])}">
  <meta name="twitter:card" content="summary_large_image">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'''
    tags = ''.join(f'<li><a href="{rel(me, "index.html")}#tag-{t.lower().replace(" ", "-")}">{e(t)}</a></li>' for t in a['tags'])
    nav = ''.join(f'<li><a href="{rel(me, "index.html")}#{s.lower()}">{s}</a></li>' for s in ['Region', 'World', 'Business', 'Analysis', 'Culture'])
    page = f'''<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(a['title'])} | Caspian Daily</title>
  <meta name="description" content="{e(truncate(a['lead'], 155))}">
  <link rel="canonical" href="{url}">
  <link rel="alternate" type="application/rss+xml" title="Caspian Daily" href="{rel(me, 'feed.xml')}">
  <link rel="stylesheet" href="{rel(me, 'assets/site.css')}">{meta}
</head>
<body class="page-article">
  <div class="top-story-bar">
    <span class="label">Top story</span>
    <a href="{art_href(me, top)}"><strong>{e(top['title'])}</strong></a>
    <p>{e(truncate(top['lead'], 150, '...'))}</p>
  </div>
  <header class="site-header">
    <a class="logo" href="{rel(me, 'index.html')}"><img src="{rel(me, 'images/logo.svg')}" alt="Caspian Daily" width="180" height="40"></a>
    <nav class="main-nav" aria-label="Sections">
      <ul><li><a href="{rel(me, 'index.html')}">Home</a></li>{nav}<li><a href="{rel(me, 'feed.xml')}">RSS</a></li></ul>
    </nav>
    <form class="search" action="{rel(me, 'index.html')}" method="get"><input type="search" name="q" placeholder="Search"><button type="submit">Search</button></form>
  </header>
  <nav class="breadcrumb" aria-label="Breadcrumb">
    <ol><li><a href="{rel(me, 'index.html')}">Home</a></li><li><a href="{rel(me, 'index.html')}#{a['section'].lower()}">{e(a['section'])}</a></li><li aria-current="page">{e(truncate(a['title'], 50))}</li></ol>
  </nav>
  <main class="layout">
    <article class="news-article">
      <header class="article-header">
        <span class="category">{e(a['section'])}</span>
        <h1 class="article-title">{e(a['title'])}</h1>
        <p class="article-lead">{e(a['lead'])}</p>
        <div class="article-meta">
          <span class="author">By <a href="{rel(me, 'index.html')}#authors" rel="author">{e(a['byline'])}</a></span>
          <time datetime="{a['published']}">{cd_display(a['published'])}</time>
          <span class="read-time">{max(1, round(words(a) / 200))} min read</span>
        </div>
      </header>
      <figure class="lead-image">
        <img src="{img_href(me, a)}" alt="{e(a['caption'])}" width="800" height="450">
        <figcaption>{e(a['caption'])} <span class="credit">Photo: Caspian Daily</span></figcaption>
      </figure>
      <div class="share-bar">
        <span>Share this article</span>
        <a href="#" class="share-facebook">Facebook</a> <a href="#" class="share-x">X</a> <a href="#" class="share-telegram">Telegram</a> <a href="#" class="share-whatsapp">WhatsApp</a>
        <button type="button" class="copy-link">Copy link</button>
      </div>
      <div class="article-body">
{chr(10).join(body)}
      </div>
      <ul class="tags">{tags}</ul>
      <section class="related-news">
        <h2>Related news</h2>
        <ul>
{chr(10).join(rel_items)}
        </ul>
      </section>
      <div class="app-promo">
        <p>{e(CD_PROMO)}</p>
        <a class="store" href="#">App Store</a> <a class="store" href="#">Google Play</a>
      </div>
      <section class="comments" id="comments">
        <h2>Comments</h2>
        <p>What is your opinion on this topic?</p>
        <a class="comment-cta" href="#comment-form">Leave the first comment</a>
      </section>
    </article>
    <aside class="sidebar">
      <h2>Most read</h2>
      <ol>{''.join(f'<li><a href="{art_href(me, m)}">{e(m["title"])}</a></li>' for m in most_read)}</ol>
    </aside>
  </main>
  <aside class="newsletter">
    <h2>Newsletter</h2>
    <p>Subscribe to the Caspian Daily newsletter and get the day’s top stories every morning.</p>
    <form><input type="email" name="email" placeholder="Your e-mail"><button type="submit">Subscribe</button></form>
  </aside>
  <footer class="site-footer">
    <ul><li><a href="{rel(me, 'index.html')}#about">About us</a></li><li><a href="{rel(me, 'index.html')}#contact">Contact</a></li><li><a href="{rel(me, 'index.html')}#privacy">Privacy policy</a></li></ul>
    <p>© 2026 Caspian Daily. All rights reserved. A demo outlet shipped with NewsHub; the article texts come from public regional news.</p>
  </footer>
</body>
</html>
'''
    check_noise(a, noise, own, page)
    write(f'{CD}/{me}', page)
    paras_ = body_text(a['body'])
    MANIFEST.append(dict(outlet=CD, path=me, title=a['title'], byline=a['byline'], published=a['published'],
                         publishedPrecision='minute', lead=a['lead'], firstParagraph=paras_[0], lastParagraph=paras_[-1],
                         paragraphCount=len(paras_), structuredMetadata=a['meta'], story=a.get('story'),
                         mustNotContain=noise))


def caspian():
    arts = sorted(caspian_articles.ARTICLES, key=lambda a: a['published'], reverse=True)
    for a in arts:
        cd_page(a, arts)
        write(f'{CD}/images/{a["slug"]}.svg', svg('Caspian Daily', truncate(a['title'], 48), a['color']))
    write(f'{CD}/images/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="180" height="40" viewBox="0 0 180 40">'
          '<rect width="180" height="40" fill="#0d3b66"/><text x="10" y="27" font-family="serif" font-size="20" fill="#fff">Caspian Daily</text></svg>\n')
    write(f'{CD}/assets/site.css', 'body{font-family:Georgia,serif;margin:0;color:#222}.site-header,.top-story-bar{background:#0d3b66;color:#fff;padding:.5em 1em}'
          '.top-story-bar a{color:#ffd166}.main-nav ul,.breadcrumb ol,.tags,.site-footer ul{list-style:none;display:flex;gap:1em;padding:0}'
          '.layout{display:grid;grid-template-columns:3fr 1fr;gap:2em;max-width:1100px;margin:auto}.article-lead{font-size:1.2em;font-weight:bold}'
          'figure img,.related-item img{max-width:100%;height:auto}.related-news ul{list-style:none;padding:0}.related-item{display:flex;gap:1em}'
          '.app-promo,.newsletter{background:#f1f1f1;padding:1em}.site-footer{background:#222;color:#ccc;padding:1em}\n')
    items = []
    for n, a in enumerate(arts):
        title, link = e(a['title']), f'{{{{BASE}}}}/news/{a["slug"]}.html'
        if a['slug'] == 'japan-record-snowfall-aomori':
            link = f'news/{a["slug"]}.html'  # relative on purpose: readers must resolve it against the feed URL
        if 'feed_title_html' in a:
            title = e(a['feed_title_html'])  # escaped markup in a title, as some CMSs emit
        elif a['slug'] in ('tokayev-turkiye-visit-20-agreements', 'pezeshkian-kazakhstan-visit-central-asia'):
            title = e(truncate(a['title'], 60))
        desc = f'<![CDATA[<p>{e(a["lead"])}</p>]]>' if n % 4 == 1 else e(a['lead'])
        date = format_datetime(datetime.fromisoformat(a['published']))
        items.append(f'''    <item>
      <title>{title}</title>
      <link>{link}</link>
      <guid isPermaLink="false">caspian-daily-{a['slug']}</guid>
      <pubDate>{date}</pubDate>
      <dc:creator>{e(a['byline'])}</dc:creator>
      <category>{e(a['section'])}</category>
      <description>{desc}</description>
      <enclosure url="{{{{BASE}}}}/images/{a['slug']}.svg" type="image/svg+xml" length="{len(svg('Caspian Daily', truncate(a['title'], 48), a['color']).encode())}"/>
    </item>''')
    last = format_datetime(datetime.fromisoformat(arts[0]['published']))
    write(f'{CD}/feed.xml', f'''<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>Caspian Daily</title>
    <link>{{{{BASE}}}}/index.html</link>
    <atom:link href="{{{{BASE}}}}/feed.xml" rel="self" type="application/rss+xml"/>
    <description>News from the South Caucasus, the Caspian and beyond</description>
    <language>en</language>
    <lastBuildDate>{last}</lastBuildDate>
    <ttl>15</ttl>
{chr(10).join(items)}
  </channel>
</rss>
''')
    lis = '\n'.join(f'      <li id="{a["slug"]}"><a href="news/{a["slug"]}.html">{e(a["title"])}</a> <time datetime="{a["published"]}">{cd_display(a["published"])}</time><p>{e(truncate(a["lead"], 160))}</p></li>' for a in arts)
    write(f'{CD}/index.html', f'''<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Caspian Daily — latest news</title><link rel="stylesheet" href="assets/site.css">
<link rel="alternate" type="application/rss+xml" title="Caspian Daily" href="feed.xml"></head>
<body>
  <header class="site-header"><a class="logo" href="index.html"><img src="images/logo.svg" alt="Caspian Daily" width="180" height="40"></a></header>
  <main><h1>Latest news</h1>
    <ul class="latest">
{lis}
    </ul>
  </main>
  <footer class="site-footer"><p>© 2026 Caspian Daily. A demo outlet shipped with NewsHub. <a href="feed.xml">RSS</a></p></footer>
</body>
</html>
''')
    write(f'{CD}/robots.txt', 'User-agent: *\nDisallow: {{BASE_PATH}}/admin/\n')


# ---------------------------------------------------------------- Steppe Times
ST = 'steppe-times'
ST_PER_PAGE = 6
ST_PROMO = 'Subscribe to The Steppe Times newsletter for weekly analysis from Central Asia.'
ST_BOILER = [ST_PROMO, 'Read more', 'Support independent journalism', 'Get the latest from Central Asia in your inbox',
             'Share on', 'Filed under']
ST_DECOY = 'private/embargoed-caspian-shipping.html'


def st_path(a):
    d = datetime.fromisoformat(a['published'])
    return f'{d:%Y/%m/%d}/{a["slug"]}/'


def st_display(iso):
    d = datetime.fromisoformat(iso)
    return f'{d.strftime("%B")} {d.day}, {d.year}'


def st_header(me):
    menu = ''.join(f'<li class="menu-item"><a href="{rel(me, "results/")}">{s}</a></li>' for s in ['Politics', 'Economy', 'Energy', 'Environment', 'Analysis'])
    return f'''  <div class="top-bar"><span>{e(ST_PROMO)}</span> <a href="#subscribe">Sign up</a></div>
  <header id="masthead" class="site-header">
    <a class="site-title" href="{rel(me, './')}">The Steppe Times</a>
    <nav id="site-navigation" class="primary-menu"><ul><li class="menu-item"><a href="{rel(me, "results/")}">Latest</a></li>{menu}</ul></nav>
  </header>'''


def st_footer(me):
    return f'''  <footer id="colophon" class="site-footer">
    <div class="footer-widgets"><a href="{rel(me, './')}">Home</a> · <a href="{rel(me, 'sitemap.xml')}">Sitemap</a> · <a href="#privacy">Privacy</a></div>
    <p class="copyright">Copyright © 2026 The Steppe Times. A demo outlet shipped with NewsHub.</p>
  </footer>'''


def st_page(a, arts):
    me = st_path(a) + 'index.html'
    i = arts.index(a)
    more = [arts[(i + k) % len(arts)] for k in (1, 2, 3, 4)]
    noise = [m['title'] for m in more] + ST_BOILER
    body, paras = [], 0
    for kind, text in a['body']:
        body.append(f'      <{kind}>{e(text)}</{kind}>')
        paras += kind == 'p'
        if paras == 2 and kind == 'p':
            body.append(f'      <div class="inline-promo"><p><strong>{e(ST_PROMO)}</strong> Support independent journalism.</p><a href="#subscribe" class="button">Subscribe</a></div>')
    own = ' '.join([a['title']] + [t for _, t in a['body']])
    check_noise(a, noise, own)
    # A third of the pages state the time in a meta tag; the rest show only "November 20, 2026".
    timed = i % 3 == 0
    meta = f'\n  <meta property="article:published_time" content="{a["published"]}">\n  <meta property="og:title" content="{e(a["title"])}">' if timed else ''
    page = f'''<!DOCTYPE html>
<html lang="en-US">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(a['title'])} - The Steppe Times</title>
  <link rel="canonical" href="{{{{BASE}}}}/{st_path(a)}">{meta}
  <link rel="stylesheet" href="{rel(me, 'assets/style.css')}">
</head>
<body class="post-template-default single single-post">
{st_header(me)}
  <main id="primary" class="site-main">
    <div class="entry-header">
      <div class="cat-links"><a href="{rel(me, 'results/')}" rel="category tag">{e(a['category'])}</a></div>
      <h1 class="entry-title">{e(a['title'])}</h1>
      <div class="entry-meta"><span class="posted-on">{st_display(a['published'])}</span> <span class="byline">by <a class="url fn n" href="{rel(me, './')}#team">{e(a['byline'])}</a></span></div>
    </div>
    <div class="post-thumbnail">
      <img src="{img_href(me, a)}" alt="" width="800" height="450">
      <p class="wp-caption-text">{e(a['caption'])}</p>
    </div>
    <div class="entry-content">
{chr(10).join(body)}
    </div>
    <div class="entry-footer">
      <span class="tags-links">Filed under <a href="{rel(me, 'results/')}">{e(a['category'])}</a></span>
      <div class="share-links">Share on <a href="#">Facebook</a> <a href="#">X</a> <a href="#">LinkedIn</a></div>
    </div>
    <section class="read-more">
      <h3>Read more</h3>
      <ul>
{chr(10).join(f'        <li><a href="{rel(me, st_path(m))}">{e(m["title"])}</a> <span class="date">{st_display(m["published"])}</span></li>' for m in more)}
      </ul>
    </section>
    <aside class="subscribe-box" id="subscribe">
      <h3>Get the latest from Central Asia in your inbox</h3>
      <form><input type="email" placeholder="Email address"><button type="submit">Subscribe</button></form>
    </aside>
  </main>
{st_footer(me)}
</body>
</html>
'''
    check_noise(a, noise, own, page)
    write(f'{ST}/{me}', page)
    paras_ = body_text(a['body'])
    MANIFEST.append(dict(outlet=ST, path=st_path(a), title=a['title'], byline=a['byline'],
                         published=a['published'] if timed else a['published'][:10],
                         publishedPrecision='minute' if timed else 'day', lead=None,
                         firstParagraph=paras_[0], lastParagraph=paras_[-1], paragraphCount=len(paras_),
                         structuredMetadata=timed, story=a.get('story'), mustNotContain=noise))


def st_results(arts):
    pages = [arts[i:i + ST_PER_PAGE] for i in range(0, len(arts), ST_PER_PAGE)]
    files = ['results/index.html'] + [f'results/page/{n}/index.html' for n in range(2, len(pages) + 1)]
    dirs = ['results/'] + [f'results/page/{n}/' for n in range(2, len(pages) + 1)]
    for n, chunk in enumerate(pages):
        me = files[n]
        first = n * ST_PER_PAGE + 1
        results = []
        for a in chunk:
            text = ' '.join(body_text(a['body']))
            # Always cut, like the seed listing: a teaser never carries the whole article.
            excerpt = truncate(text, min(420, len(text) * 2 // 3), '...')
            href = rel(me, st_path(a))
            results.append(f'''      <article class="search-result post">
        <a class="result-thumb" href="{href}"><img src="{img_href(me, a)}" alt="" width="240" height="135" loading="lazy"></a>
        <div class="result-summary">
          <h2 class="entry-title"><a href="{href}" rel="bookmark">{e(a['title'])}</a></h2>
          <div class="entry-meta"><span class="posted-on">{st_display(a['published'])}</span> · <span class="cat">{e(a['category'])}</span></div>
          <p class="entry-summary">{e(excerpt)}</p>
        </div>
      </article>''')
        nums = []
        if n > 0:
            nums.append(f'<a class="prev page-numbers" href="{rel(me, dirs[n - 1])}">‹ Prev</a>')
        for k in range(len(pages)):
            nums.append(f'<span aria-current="page" class="page-numbers current">{k + 1}</span>' if k == n
                        else f'<a class="page-numbers" href="{rel(me, dirs[k])}">{k + 1}</a>')
        if n < len(pages) - 1:
            nums.append(f'<a class="next page-numbers" href="{rel(me, dirs[n + 1])}">Next ›</a>')
        decoy = f'''    <aside class="members-preview">
      <h3>Members preview</h3>
      <p><a href="{rel(me, ST_DECOY)}">Embargoed: draft analysis of Caspian shipping rates</a></p>
      <p><a href="{rel(me, 'admin/')}">Editor login</a></p>
    </aside>''' if n == 0 else ''
        write(f'{ST}/{me}', f'''<!DOCTYPE html>
<html lang="en-US">
<head>
  <meta charset="UTF-8">
  <title>Search results for “Central Asia” – Page {n + 1} - The Steppe Times</title>
  <link rel="stylesheet" href="{rel(me, 'assets/style.css')}">
</head>
<body class="search search-results">
{st_header(me)}
  <main id="primary" class="site-main">
    <header class="page-header"><h1 class="page-title">Search results for: <span>Central Asia</span></h1></header>
    <p class="results-count">Viewing results {first} - {first + len(chunk) - 1} of {len(arts)}</p>
    <div class="search-results-list">
{chr(10).join(results)}
    </div>
    <nav class="navigation pagination" aria-label="Posts"><div class="nav-links">{' '.join(nums)}</div></nav>
{decoy}
  </main>
{st_footer(me)}
</body>
</html>
''')
    return len(pages)


def steppe():
    arts = sorted(steppe_articles.ARTICLES, key=lambda a: a['published'], reverse=True)
    for a in arts:
        if a['body'][-1][1][-1] not in '.!?”"':
            a['body'][-1] = ('p', a['body'][-1][1] + '.')
        st_page(a, arts)
        write(f'{ST}/images/{a["slug"]}.svg', svg('The Steppe Times', truncate(a['title'], 48), a['color']))
    page_count = st_results(arts)
    write(f'{ST}/assets/style.css', 'body{font-family:Helvetica,Arial,sans-serif;margin:0}.top-bar{background:#c8a951;padding:.3em 1em}'
          '.site-header{border-bottom:3px solid #c8a951;padding:1em}.primary-menu ul{list-style:none;display:flex;gap:1em;padding:0}'
          '.site-main{max-width:900px;margin:auto}.search-result{display:flex;gap:1em;border-bottom:1px solid #ddd}'
          '.inline-promo,.subscribe-box,.members-preview{background:#faf5e6;padding:1em}img{max-width:100%;height:auto}\n')
    write(f'{ST}/index.html', f'''<!DOCTYPE html>
<html lang="en-US">
<head><meta charset="UTF-8"><title>The Steppe Times — news and analysis from Central Asia</title><link rel="stylesheet" href="assets/style.css"></head>
<body class="home">
{st_header('index.html')}
  <main id="primary" class="site-main"><h1>The Steppe Times</h1>
    <p><a href="results/">All recent stories</a></p>
    <ul>{''.join(f'<li><a href="{st_path(a)}">{e(a["title"])}</a></li>' for a in arts[:5])}</ul>
  </main>
{st_footer('index.html')}
</body>
</html>
''')
    write(f'{ST}/{ST_DECOY}', '''<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="robots" content="noindex"><title>Embargoed draft - The Steppe Times</title></head>
<body><h1>Embargoed: draft analysis of Caspian shipping rates</h1>
<p>Draft for members. This page is disallowed by robots.txt; a polite scraper never fetches it.</p></body></html>
''')
    write(f'{ST}/robots.txt', 'User-agent: *\nDisallow: {{BASE_PATH}}/admin/\nDisallow: {{BASE_PATH}}/private/\n\nSitemap: {{BASE}}/sitemap.xml\n')
    urls = '\n'.join(f'''  <url>
    <loc>{{{{BASE}}}}/{st_path(a)}</loc>
    <news:news>
      <news:publication><news:name>The Steppe Times</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>{a['published']}</news:publication_date>
      <news:title>{e(a['title'])}</news:title>
    </news:news>
  </url>''' for a in arts)
    write(f'{ST}/sitemap.xml', f'''<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
{urls}
</urlset>
''')
    return page_count


def main():
    for outlet in (CD, ST):
        shutil.rmtree(os.path.join(ROOT, outlet), ignore_errors=True)
    caspian()
    pages = steppe()
    manifest = dict(
        baseDate=BASE_DATE,
        note='Written by tools/demosite/generate.py. Paths are relative to the outlet root ({prefix}/{outlet}/).',
        outlets=[dict(slug=CD, entry='feed.xml', kind='Feed'),
                 dict(slug=ST, entry='results/', kind='Listing', listingPages=pages, perPage=ST_PER_PAGE)],
        articles=MANIFEST,
        stories=[dict(key=k, members=[f'{m["outlet"]}/{m["path"]}' for m in MANIFEST if m['story'] == k])
                 for k in dict.fromkeys(m['story'] for m in MANIFEST if m['story'])],
        # Same day, same country, different stories: a clusterer must keep them apart.
        mustNotCluster=[[f'{CD}/news/kazakhstan-oil-shipments-europe-january.html', f'{CD}/news/kazakhstan-second-nuclear-power-plant.html'],
                        [f'{CD}/news/tokayev-turkiye-visit-20-agreements.html', f'{CD}/news/pezeshkian-kazakhstan-visit-central-asia.html']],
        disallowed=[f'{ST}/{ST_DECOY}', f'{ST}/admin/'])
    write('manifest.json', json.dumps(manifest, ensure_ascii=False, indent=1) + '\n')
    total = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(ROOT) for f in fs)
    print(f'{len(MANIFEST)} articles, {pages} listing pages, {total} bytes in {ROOT}')


if __name__ == '__main__':
    main()
