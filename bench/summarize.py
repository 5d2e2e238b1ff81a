#!/usr/bin/env python3
"""Turns one bench/run.sh result folder into summary.md (printed to stdout)."""
import csv, os, re, sys

out = sys.argv[1]
machine = dict(l.split(": ", 1) for l in open(os.path.join(out, "machine.txt")).read().splitlines() if ": " in l)
facts = dict(l.rstrip("\n").split("\t", 1) for l in open(os.path.join(out, "facts.tsv")) if "\t" in l)
rows = list(csv.DictReader(open(os.path.join(out, "results.tsv")), delimiter="\t"))
f = lambda k, d="–": facts.get(k, d)

def ok(good):
    return "met" if good else "**missed**"

print(f"# NewsHub benchmark, {machine.get('date_utc', '')} UTC, {f('articles')} articles\n")
print("Machine (numbers taken while other work shared it are pessimistic: see the load averages, 1/5/15 min):\n")
print("| | |\n|---|---|")
for k in ["nproc", "cpu", "memory", "kernel", "dotnet", "postgres", "wrk", "git", "load_at_start", "load_at_end"]:
    if k in machine:
        print(f"| {k} | {machine[k]} |")
seeded = int(f('seeded', f('articles', '0')))
if seeded:
    print(f"\nSeeding: {seeded} articles in {float(f('seed_seconds', '0')):.1f} s "
          f"({seeded / max(float(f('seed_seconds', '1')), 0.001):.0f} articles/s, whole verb incl. start-up), "
          f"database {f('database_size')}, load {f('seed_load')}.\n")
else:
    print(f"\nSeeding: none this run (a kept cluster already held {f('articles')} articles), database {f('database_size')}.\n")

# The ceiling is the better of the two plaintext runs (start and end): on a shared machine the ratio is then conservative.
ceiling = max((float(r["requests_per_s"]) for r in rows if r["kind"] == "ceiling"), default=None)
cores = int(machine.get("nproc", "2"))
if rows:
    print(f"## Pages (wrk, fixed concurrency; ratio = requests/s ÷ best /plaintext of the run = {ceiling:.0f} req/s)\n")
    print("CPU ms/request is NewsHub + PostgreSQL CPU time over the run ÷ requests served: unlike requests/s it does not depend on what else "
          f"the machine was doing. \"{cores}-core estimate\" = {cores} × 1000 ÷ CPU ms/request: the rate if the server and database had every core "
          "(wrk's own CPU not counted), an upper bound.\n")
    print(f"| kind | page | requests/s | ratio | p50 ms | p99 ms | errors | load | CPU ms/request | {cores}-core estimate, req/s |\n|---|---|---:|---:|---:|---:|---:|---|---:|---:|")
    for r in rows:
        ratio = float(r["requests_per_s"]) / ceiling if ceiling else 0
        cpu = float(r.get("cpu_ms_per_request") or 0)
        est = f"{cores * 1000 / cpu:.0f}" if cpu > 0 else "–"
        print(f"| {r['kind']} | {r['name']} ({r['path']}) | {float(r['requests_per_s']):.0f} | {ratio:.0%} | {r['p50_ms']} | {r['p99_ms']} | {r['errors']} | {r['load']} | {cpu:.2f} | {est} |")
    print()

print("## Search latency\n")
print(f"- Database (EXPLAIN ANALYZE execution time summed over the statements ArticleSearch runs for one search: the time-window probes, "
      f"ranking and snippets; warm cache), queries of bench/queries.txt: "
      f"p50 {f('search_db_ms_p50')} ms, p95 {f('search_db_ms_p95')} ms, p99 {f('search_db_ms_p99')} ms, max {f('search_db_ms_max')} ms (load {f('search_db_load')}). Plans: [explain.txt](explain.txt).")
print(f"- End to end (GET /search, uncached, one at a time, {f('search_http_requests')} requests, {f('search_http_non200')} not 200): "
      f"p50 {f('search_http_ms_p50')} ms, p95 {f('search_http_ms_p95')} ms, p99 {f('search_http_ms_p99')} ms (load {f('search_http_load')})"
      + (f"; the first search after start-up, not counted: {f('search_http_first_ms')} ms" if "search_http_first_ms" in facts else "") + ".\n")

if "ingest_feed_new" in facts:
    print("## Ingestion (the scraper role against a loopback site; time from the first pass start to the last pass end, from ingestion_runs)\n")
    print("CPU ms/article is the scraper's + PostgreSQL's CPU time over the case ÷ new articles"
          + (", after the scraper's start-up (measured apart: the process is started with nothing due, then the sources are made due)" if "ingest_feed_startup_cpu_ms" in facts else " (scraper start-up included)")
          + ": unlike articles/s it does not depend on other work on the machine. 2-core estimate = 2 × 1000 ÷ CPU ms/article, an upper bound. "
          "The site server's CPU (bench/site_server.py, on the same cores) is not counted.\n")
    print("| case | new articles | failed | ms | articles/s | per source, articles/s | load | CPU ms/article (scraper) | 2-core estimate, articles/s | scraper start-up, CPU ms | site server, CPU ms/article |\n|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|")
    for name, label in [("feed", "full-content RSS feeds"), ("listing", "listing pages → article pages (full pipeline)")]:
        cpu = facts.get(f"ingest_{name}_cpu_ms_per_article")
        est = f"{2 * 1000 / float(cpu):.0f}" if cpu and float(cpu) > 0 else "–"
        print(f"| {label} | {f(f'ingest_{name}_new')} | {f(f'ingest_{name}_failed')} | {f(f'ingest_{name}_ms')} | {f(f'ingest_{name}_per_s')} | {f(f'ingest_{name}_per_source_per_s')} | {f(f'ingest_{name}_load')} | "
              f"{cpu or '–'} ({facts.get(f'ingest_{name}_scraper_cpu_ms_per_article', '–')}) | {est} | {facts.get(f'ingest_{name}_startup_cpu_ms', '–')} | {facts.get(f'ingest_{name}_site_cpu_ms_per_article', '–')} |")
    print("\nPer pass: [ingestion-runs.txt](ingestion-runs.txt)."
          + (" PostgreSQL statements by total time per case (pg_stat_statements): [feed](pg-statements-feed.txt), [listing](pg-statements-listing.txt)."
             if os.path.exists(os.path.join(out, "pg-statements-feed.txt")) else ""))
    print(f"\nStory clusters formed by the ingested articles: {f('ingest_clusters')}.\n")

if os.path.exists(os.path.join(out, "extraction.txt")):
    print("## Extraction alone (bench/ExtractionBench)\n\n```")
    print(open(os.path.join(out, "extraction.txt")).read().strip())
    print(f"```\nload {f('extraction_load')}\n")

print(f"## Memory\n\nServer peak resident memory (VmHWM) {f('server_vmhwm')}; at the end {f('server_vmrss_end')}.\n")

print("## Targets (2-core machine)\n")
def val(name, kind):
    return next((float(r["requests_per_s"]) for r in rows if r["name"] == name and r["kind"] == kind), None)
lines = []
plain_cpu = min((float(r["cpu_ms_per_request"]) for r in rows if r["kind"] == "ceiling" and float(r.get("cpu_ms_per_request") or 0) > 0), default=0)
if ceiling:
    for page in ["home", "region", "article"]:
        v = val(page, "cached")
        if v is not None:
            r = next((r for r in rows if r["name"] == page and r["kind"] == "cached"), None)
            cpu_ratio = plain_cpu / float(r["cpu_ms_per_request"]) if r and plain_cpu and float(r.get("cpu_ms_per_request") or 0) > 0 else 0
            lines.append(f"cached {page} ≥ 40% of plaintext: by requests/s {v / ceiling:.0%} — {ok(v / ceiling >= 0.4)}; "
                         f"by CPU cost (plaintext CPU ms ÷ page CPU ms, load-independent) {cpu_ratio:.0%} — {ok(cpu_ratio >= 0.4)}")
    # "uncached": anonymous, a query string the output cache has not seen (the page is made, then stored);
    # "signed-in": a signed-in reader's page, never stored.
    for kind, pages in [("uncached", ["home", "region", "article", "search"]), ("signed-in", ["home", "region", "article"])]:
        for page in pages:
            v = val(page, kind)
            r = next((r for r in rows if r["name"] == page and r["kind"] == kind), None)
            est = cores * 1000 / float(r["cpu_ms_per_request"]) if r and float(r.get("cpu_ms_per_request") or 0) > 0 else 0
            if v is not None:
                lines.append(f"{kind} {page} ≥ 2,000 req/s: measured {v:.0f} — {ok(v >= 2000)}; CPU-cost estimate for an idle {cores}-core machine {est:.0f} — {ok(est >= 2000)}")
if "search_db_ms_p95" in facts:
    lines.append(f"search p95 ≤ 50 ms (here at {f('articles')} articles; the target is at 1M): database {f('search_db_ms_p95')} ms — {ok(float(f('search_db_ms_p95')) <= 50)}, "
                 f"end to end {f('search_http_ms_p95')} ms — {ok(float(f('search_http_ms_p95')) <= 50)}")
if "ingest_feed_per_s" in facts:
    lines.append(f"full-content feeds ≥ 1,000 articles/s: {f('ingest_feed_per_s')} — {ok(float(f('ingest_feed_per_s')) >= 1000)}")
    lines.append(f"full pipeline ≥ 200 articles/s: {f('ingest_listing_per_s')} — {ok(float(f('ingest_listing_per_s')) >= 200)}")
if "server_vmhwm" in facts and rows:
    kb = int(f("server_vmhwm").split()[0])
    lines.append(f"server memory under load ≤ 500 MB: {kb / 1024:.0f} MB — {ok(kb / 1024 <= 500)}")
for l in lines:
    print(f"- {l}")
print("\nRaw output: [wrk.txt](wrk.txt), [results.tsv](results.tsv), [facts.tsv](facts.tsv), [seed.log](seed.log).")
