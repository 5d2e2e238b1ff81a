using System.Diagnostics;
using System.Globalization;
using NewsHub.Web.Ingestion.Extraction;

// Extraction throughput over saved pages: `ExtractionBench DIR [DIR…] [--seconds S]`. Every *.html file under
// the folders is read once into memory, then extracted in a loop (one thread, then one per core) for S seconds.
// A Stopwatch harness rather than BenchmarkDotNet: the figure wanted is pages/s and MB/s over a whole corpus,
// and BenchmarkDotNet's generated per-run project and pilot phases add minutes on a busy 2-core machine.
var seconds = 5.0;
var slowest = 0;
var folders = new List<string>();
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--seconds" && i + 1 < args.Length) seconds = double.Parse(args[++i], CultureInfo.InvariantCulture);
    else if (args[i] == "--slowest" && i + 1 < args.Length) slowest = int.Parse(args[++i], CultureInfo.InvariantCulture);
    else folders.Add(args[i]);
}
if (folders.Count == 0) { Console.Error.WriteLine("usage: ExtractionBench DIR [DIR…] [--seconds S]"); return 2; }

var pages = folders.SelectMany(f => Directory.EnumerateFiles(f, "*.html", SearchOption.AllDirectories))
    .Select(p => (Url: new Uri("https://bench.newshub.test/" + Path.GetRelativePath("/", p).Replace('\\', '/')), Html: File.ReadAllText(p))).ToArray();
if (pages.Length == 0) { Console.Error.WriteLine("no .html files found"); return 1; }
var bytes = pages.Sum(p => (long)System.Text.Encoding.UTF8.GetByteCount(p.Html));
var extractor = new ArticleExtractor();
var textChars = 0L;
foreach (var p in pages) textChars += extractor.Extract(p.Html, p.Url).Text.Length; // warm-up and JIT

foreach (var threads in new[] { 1, Environment.ProcessorCount })
{
    var done = 0L;
    var doneBytes = 0L;
    var sw = Stopwatch.StartNew();
    var deadline = TimeSpan.FromSeconds(seconds);
    Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
    {
        long n = 0, b = 0;
        for (var i = t; sw.Elapsed < deadline; i = (i + 1) % pages.Length)
        {
            var page = pages[i];
            extractor.Extract(page.Html, page.Url);
            n++;
            b += page.Html.Length;
        }
        Interlocked.Add(ref done, n);
        Interlocked.Add(ref doneBytes, b);
    });
    var s = sw.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"threads={threads} pages={pages.Length} corpus_mb={bytes / 1e6:0.00} extracted={done} seconds={s:0.0} pages_per_s={done / s:0} mb_per_s={doneBytes / 1e6 / s:0.0}"));
}
if (slowest > 0)
{
    // Where the time goes (after the loops, so the code is fully optimised): each page timed alone (best of three), slowest first.
    var timed = pages.Select(p =>
    {
        var best = double.MaxValue;
        for (var r = 0; r < 3; r++)
        {
            var t = Stopwatch.GetTimestamp();
            extractor.Extract(p.Html, p.Url);
            best = Math.Min(best, Stopwatch.GetElapsedTime(t).TotalMilliseconds);
        }
        return (p.Url, p.Html.Length, Ms: best);
    }).OrderByDescending(x => x.Ms).Take(slowest);
    foreach (var (url, length, ms) in timed) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ms,8:0.0} ms {length,8} chars {url}"));
}

// Listing pages (a folder's list-*/ pages, as bench/synthetic_site.py writes them): the scraper parses every one for links.
var listings = pages.Where(p => p.Url.AbsolutePath.Contains("/list-", StringComparison.Ordinal)).ToArray();
if (listings.Length > 0)
{
    var parser = new NewsHub.Web.Ingestion.Parsing.ListingParser();
    var links = 0L;
    foreach (var p in listings) links += parser.Parse(p.Html, p.Url, null).Links.Count; // warm-up and JIT
    var sw = Stopwatch.StartNew();
    var parsed = 0;
    for (var i = 0; sw.Elapsed < TimeSpan.FromSeconds(seconds); i = (i + 1) % listings.Length, parsed++) parser.Parse(listings[i].Html, listings[i].Url, null);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"listing pages: pages={listings.Length} links_per_page={links / (double)listings.Length:0.0} parsed={parsed} ms_per_page={sw.Elapsed.TotalMilliseconds / parsed:0.00}"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"avg_page_kb={bytes / 1024.0 / pages.Length:0.0} avg_text_chars={textChars / pages.Length}"));
return 0;
