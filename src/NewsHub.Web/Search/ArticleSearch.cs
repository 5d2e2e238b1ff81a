using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Reading;

namespace NewsHub.Web.Search;

/// <summary>
/// PostgreSQL full-text search over the weighted, unaccented search_vector (title A, summary B,
/// body C) with websearch_to_tsquery syntax ("phrases", OR, -exclusion), relevance with a recency
/// boost, highlighted snippets, filters, and pg_trgm suggestions for misspelt names. Its cost follows the
/// page, not the archive: only the newest 1,001 matches are ever read (see NewestMatchesAsync).
/// </summary>
public sealed class ArticleSearch(NewsHubDbContext db, StoryCards cards, TimeProvider clock)
{
    public const int PageSize = 20;
    /// <summary>The most results a search counts and shows ("1,000+ results"): 50 pages of 20.</summary>
    public const int CountCap = 1000;

    /// <summary>
    /// The first time window a search tries, in days back from now (or from the "to" date). At a million articles over
    /// two years a day holds ~1,400 articles, so a word in one article of three fills it.
    /// </summary>
    internal const double FirstWindowDays = 2;

    /// <summary>Wider than any archive: a window this wide is the last, unbounded one.</summary>
    private const double MaxWindowDays = 100 * 365;
    /// <summary>Matches in a window read row by row that let the next window be read the same way (it is then at most 5x wider).</summary>
    internal const int DenseMatches = 250;
    /// <summary>The widest window whose lower bound the planner may read from the published_at index (~43k articles at 1M).</summary>
    private const double IndexedWindowDays = 31;
    private const string SetSearchWorkMem = "SET LOCAL work_mem = '32MB'";

    /// <summary>
    /// How much the next window grows after one that held <paramref name="matches"/> (too few): enough, at the density
    /// just seen, for CountCap + 1 matches with a quarter to spare, at least doubling and at most x256, so one unlucky
    /// sample cannot send a search to read a large part of the archive; x64 after an empty window.
    /// </summary>
    internal static double WindowGrowth(int matches) => matches == 0 ? 64 : Math.Clamp(1.25 * (CountCap + 1) / matches, 2, 256);

    /// <summary>
    /// The newest CountCap + 1 published matches within a window, newest first, each with its relevance when ranked
    /// (else 0): ts_rank_cd with a recency boost (a month-old article counts half). Ranking here, while the row is at
    /// hand, saves fetching the thousand rows again by id. Only the conditions a search uses are in the statement, each
    /// a fixed fragment with its value as a parameter: a condition like "(@region IS NULL OR EXISTS (…))" would keep
    /// its EXISTS as a per-row subplan even when the region is given (PostgreSQL turns EXISTS into a join before it
    /// folds constants), and that subplan hashed all 70k articles of a country (0.3 s). Kept in step with
    /// bench/search-explain.sql, which EXPLAINs it.
    /// </summary>
    private static (string Sql, object[] Parameters) NewestMatchesSql(string query, bool ranked, string? region, string? country, int? sourceId,
        DateTimeOffset? from, DateTimeOffset? to, DateTimeOffset? lower, (DateTimeOffset First, DateTimeOffset Last)? months, bool lowerIndexed)
    {
        var parameters = new List<object>();
        string P(object value)
        {
            parameters.Add(value);
            return "{" + (parameters.Count - 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "}";
        }
        var rank = ranked
            ? $"ts_rank_cd(a.search_vector, websearch_to_tsquery('english', newshub_unaccent({P(query)})), 32) / (1 + extract(epoch FROM (now() - a.published_at)) / 2592000.0)"
            : "0::double precision";
        var where = new List<string> { "a.status = 'Published'" };
        // The month-bucketed text index (migration 0006) finds the candidates of the window's months; the exact match on
        // search_vector decides. Only for windows read through that index: on a row read otherwise, the bucket
        // condition would compute the article's bucket vector (40 us) for nothing.
        if (query.Length > 0 && months is { } m)
            where.Add($"newshub_search_buckets(a.search_vector, a.published_at) @@ ANY(newshub_search_buckets_queries(websearch_to_tsquery('english', newshub_unaccent({P(query)})), {P(m.First)}, {P(m.Last)}))");
        if (query.Length > 0) where.Add($"a.search_vector @@ websearch_to_tsquery('english', newshub_unaccent({P(query)}))");
        if (region is not null) where.Add($"EXISTS (SELECT 1 FROM article_regions t WHERE t.article_id = a.id AND t.region_slug = {P(region)} AND NOT t.suppressed)");
        if (country is not null) where.Add($"EXISTS (SELECT 1 FROM article_countries t WHERE t.article_id = a.id AND t.country_code = {P(country)} AND NOT t.suppressed)");
        if (sourceId is not null) where.Add($"a.source_id = {P(sourceId)}");
        if (from is not null) where.Add($"a.published_at >= {P(from)}");
        if (to is not null) where.Add($"a.published_at < {P(to)}");
        // A window's lower bound, hidden from the published_at index when the window is wide: the planner would AND the
        // months' text bitmap with a bitmap of every article of the window (430k rows, 0.3 s, for "Turkiye" over
        // 11 months), though the months already hold the window but for part of one.
        if (lower is not null) where.Add(lowerIndexed ? $"a.published_at >= {P(lower)}" : $"a.published_at + interval '0 seconds' >= {P(lower)}");
        var sql = $"""
            SELECT a.id AS "Id", {rank} AS "Rank"
            FROM articles a
            WHERE {string.Join("\n  AND ", where)}
            ORDER BY a.published_at DESC, a.id DESC
            LIMIT {CountCap + 1}
            """;
        return (sql, parameters.ToArray());
    }

    // Control characters cannot occur in stored text, so they safely mark highlights before HTML-encoding.
    private const string Open = SearchSnippet.Open, Close = SearchSnippet.Close;

    public sealed record Hit(StoryCard Card, string SnippetHtml);
    public sealed record Result(IReadOnlyList<Hit> Hits, int Total, bool TotalCapped, string? Suggestion, bool ShowingSuggestion);

    public async Task<Result> SearchAsync(SearchRequest request, CancellationToken ct)
    {
        if (request.Query.Length == 0 && !request.HasFilters) return new Result([], 0, false, null, false);
        var result = await RunAsync(request, ct);
        if (result.Total > 0 || request.Query.Length == 0) return result;
        // Nothing found: perhaps a misspelt name. Search for the suggestion and say so.
        var suggestion = await SuggestAsync(request.Query, ct);
        if (suggestion is null) return result;
        var suggested = await RunAsync(request with { Query = suggestion }, ct);
        return suggested with { Suggestion = suggestion, ShowingSuggestion = suggested.Total > 0 };
    }

    private async Task<Result> RunAsync(SearchRequest r, CancellationToken ct)
    {
        var sourceId = r.Source is null ? (int?)null : await db.Sources.Where(s => s.Slug == r.Source).Select(s => (int?)s.Id).FirstOrDefaultAsync(ct);
        if (r.Source is not null && sourceId is null) return new Result([], 0, false, null, false);
        DateTimeOffset? from = r.From is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
        DateTimeOffset? to = r.To is { } t ? new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
        var hasQuery = r.Query.Length > 0;
        var offset = (r.Page - 1) * PageSize;
        var byRelevance = hasQuery && !r.SortByDate;
        var (newest, total) = await NewestMatchesAsync(r.Query, r.Region, r.Country, sourceId, from, to, byRelevance, ct);
        // Relevance ranks the newest CountCap matches, as the page never shows more: the recency boost already sinks
        // older articles, and a rarer query, with fewer matches than that, ranks all of them. Same order as SQL's
        // ORDER BY rank DESC, id DESC.
        var ordered = byRelevance ? newest.Take(CountCap).OrderByDescending(m => m.Rank).ThenByDescending(m => m.Id) : newest.AsEnumerable();
        var pageIds = ordered.Skip(offset).Take(PageSize).Select(m => m.Id).ToList();
        var snippets = hasQuery ? await SnippetsAsync(pageIds.ToArray(), r.Query, ct) : [];
        var loaded = (await cards.LoadForArticlesAsync(pageIds.ToList(), ct)).ToDictionary(c => c.ArticleId);
        var hits = pageIds.Where(loaded.ContainsKey).Select(id =>
        {
            var card = loaded[id];
            var snippet = snippets.GetValueOrDefault(id) ?? card.Summary ?? "";
            return new Hit(card, Highlight(snippet));
        }).ToList();
        return new Result(hits, Math.Min(total, CountCap), total > CountCap, null, false);
    }

    /// <summary>
    /// The newest matches, newest first, up to CountCap + 1 of them (one more than the page ever shows, so the caller
    /// knows whether the total is capped), and their count. A common word matches a large share of the archive
    /// (half of it, in the synthetic corpus); reading every match to keep the newest thousand costs a heap visit each
    /// (0.5-0.7 s for 55k matches at 100k articles, 3.6 s for 90k at 1M). The newest CountCap + 1 matches are the
    /// matches of the smallest recent time window that holds that many, so the search asks growing windows
    /// (<see cref="WindowGrowth"/>) and stops at the first one that is full, visiting only that window's rows. A rare
    /// query falls through to the last, unbounded window and gets all its matches, as before. Each window reads the
    /// text index's posting lists of its months only (migration 0006), not every match in the archive.
    /// </summary>
    private async Task<(IReadOnlyList<Match> Newest, int Total)> NewestMatchesAsync(string query, string? region, string? country, int? sourceId,
        DateTimeOffset? from, DateTimeOffset? to, bool ranked, CancellationToken ct)
    {
        // SET LOCAL needs a transaction; it ends with this method. A common word's text-index bitmap can hold tens of
        // thousands of rows: with the default 4 MB work_mem it turns lossy and every row on a lossy page is checked
        // again against its search_vector.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // The search's rows are in memory: price an index probe as such, so a region or country filter probes its tag
        // index for the window's few thousand articles instead of hashing all 2M tag rows (0.4 s -> 0.06 s at 1M).
        // Statements are prepared once per connection (DataServices: MaxAutoPrepare); a plan made for one word must not
        // serve another, whose matches may be a thousand times commoner, so a search is always planned for its values
        // (which also lets the planner fold the month-bucket query of each window into a constant). No parallel workers
        // and no JIT: the bucket function's COST lifts a window's estimate over their thresholds, and starting workers
        // (12-100 ms) or compiling (50 ms) cost far more on the 2-core machine than scans that found nothing in 0.1 ms.
        await db.Database.ExecuteSqlRawAsync(SetSearchWorkMem + "; SET LOCAL random_page_cost = 1.1; SET LOCAL plan_cache_mode = force_custom_plan"
            + "; SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL jit = off; SET LOCAL enable_bitmapscan = off", ct);
        // Two index endpoints: where windows stop (the oldest article) and the last month a window's buckets must
        // cover (the newest, which may lie after "now" when a source dates its articles ahead).
        var span = await db.Database.SqlQueryRaw<PublishedSpan>(
            """SELECT min(published_at) AS "Oldest", max(published_at) AS "Newest" FROM articles""").SingleAsync(ct);
        if (span.Oldest is not { } oldest || span.Newest is not { } newest) return ([], 0);
        var now = clock.GetUtcNow();
        // Windows end at the newest date asked for (now, or the "to" date). One that reaches back past the "from" date,
        // or past the oldest article, is the last: it is unbounded.
        var anchor = to is { } end && end < now ? end : now;
        // "to" is exclusive: the last instant it admits (PostgreSQL keeps microseconds) fixes its last month.
        var lastMonth = to is { } t ? t.AddTicks(-10) : (newest > now ? newest : now);
        List<Match> ids = [];
        // Bitmap scans start off (set above, with the rest: one round trip) and are turned on once, for the first window
        // read through the text index.
        bool bitmap = false, bitmapOn = false;
        for (var days = FirstWindowDays; ; days *= WindowGrowth(ids.Count))
        {
            // The first window is read newest first through the published_at index, matching each row as it comes:
            // its cost is bounded by the articles of two days. So is the next window while matches are dense (at most
            // 5x wider, see WindowGrowth). Wider windows of rarer matches use the month-bucketed text index. Not for
            // dense ones: its posting list for a month can hold several times the window's matches, and the planner,
            // which estimates a two-word query as rare (it multiplies the words' frequencies; words of a phrase or a
            // story go together), then visits every row of the month instead of ANDing with the date range
            // ("middle corridor": 7,800 rows, 60 ms, for a 2-day window of 716 matches).
            if (bitmap && !bitmapOn)
            {
                await db.Database.ExecuteSqlRawAsync("SET LOCAL enable_bitmapscan = on", ct);
                bitmapOn = true;
            }
            DateTimeOffset? lower = days > MaxWindowDays ? null : anchor.AddDays(-days);
            if (lower is { } l && (l <= from || l <= oldest)) lower = null;
            var firstMonth = lower ?? (from > oldest ? from.Value : oldest);
            var (sql, parameters) = NewestMatchesSql(query, ranked, region, country, sourceId, from, to, lower, bitmap ? (firstMonth, lastMonth) : null,
                lowerIndexed: query.Length == 0 || !bitmap || days <= IndexedWindowDays);
            ids = await db.Database.SqlQueryRaw<Match>(sql, parameters).ToListAsync(ct);
            if (ids.Count > CountCap || lower is null) break;
            bitmap = bitmap || ids.Count < DenseMatches;
        }
        await tx.CommitAsync(ct);
        return (ids, ids.Count);
    }

    /// <summary>
    /// The page's snippets (<see cref="SearchSnippet"/>): the texts and the query's positive lexemes in one statement,
    /// then PostgreSQL reduces the few words of those texts that could match (a word's start agrees with a lexeme's)
    /// with the search's own stemming and unaccenting, and the snippets are cut around the words that do.
    /// </summary>
    private async Task<Dictionary<long, string>> SnippetsAsync(long[] ids, string query, CancellationToken ct)
    {
        if (ids.Length == 0) return [];
        var rows = await db.Database.SqlQuery<SnippetText>($"""
            SELECT a.id AS "Id", left(coalesce(nullif(a.body_text, ''), a.summary, a.title), 20000) AS "Text",
                   querytree(websearch_to_tsquery('english', newshub_unaccent({query}))) AS "Tree"
            FROM articles a WHERE a.id = ANY({ids})
            """).ToListAsync(ct);
        if (rows.Count == 0) return [];
        var lexemes = SearchSnippet.Lexemes(rows[0].Tree);
        var words = rows.ToDictionary(r => r.Id, r => SearchSnippet.Words(r.Text));
        var candidates = lexemes.Count == 0 ? [] : rows
            .SelectMany(r => words[r.Id].Select(w => r.Text[w].ToLowerInvariant()))
            .Distinct(StringComparer.Ordinal).Where(w => SearchSnippet.MayMatch(w, lexemes)).ToArray();
        var lexemeArray = lexemes.ToArray();
        var matched = candidates.Length == 0 ? [] : (await db.Database.SqlQuery<string>($"""
            SELECT w AS "Value" FROM unnest({candidates}::text[]) AS w
            WHERE tsvector_to_array(to_tsvector('english', newshub_unaccent(w))) && {lexemeArray}::text[]
            """).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        return rows.ToDictionary(r => r.Id, r => SearchSnippet.Compose(r.Text, words[r.Id], matched.Contains));
    }

    /// <summary>The closest known word for each query word that looks misspelt; null when nothing changes.</summary>
    private async Task<string?> SuggestAsync(string query, CancellationToken ct)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var asked = new List<(int Index, string Word)>();
        for (var i = 0; i < words.Length && i < 8; i++)
        {
            var word = words[i].Trim('"', '-', '(', ')');
            if (word.Length >= 4 && !word.Equals("OR", StringComparison.Ordinal)) asked.Add((i, word));
        }
        if (asked.Count == 0) return null;
        // All words in one statement (a round trip each cost more than the lookups), and the country names unaccented
        // once for all of them rather than once per word.
        var askedWords = asked.Select(a => a.Word).ToArray();
        var found = await db.Database.SqlQuery<WordSuggestion>($"""
            WITH c AS MATERIALIZED (SELECT lower(name) AS term, lower(newshub_unaccent(name)) AS plain FROM countries)
            SELECT w.i::int AS "Position", best.term AS "Term"
            FROM unnest({askedWords}::text[]) WITH ORDINALITY AS w(word, i)
            CROSS JOIN LATERAL (
                SELECT term FROM (
                    SELECT term, similarity(term, lower(newshub_unaccent(w.word))) AS s FROM search_terms WHERE term % lower(newshub_unaccent(w.word))
                    UNION ALL
                    SELECT c.term, similarity(c.plain, lower(newshub_unaccent(w.word))) FROM c WHERE c.plain % lower(newshub_unaccent(w.word))
                ) x WHERE s >= 0.4 ORDER BY s DESC, term LIMIT 1
            ) AS best
            """).ToListAsync(ct);
        var changed = false;
        foreach (var f in found)
        {
            var (index, word) = asked[f.Position - 1];
            if (f.Term.Equals(word, StringComparison.OrdinalIgnoreCase)) continue;
            words[index] = words[index].Replace(word, char.ToUpperInvariant(f.Term[0]) + f.Term[1..], StringComparison.Ordinal);
            changed = true;
        }
        return changed ? string.Join(' ', words) : null;
    }

    /// <summary>HTML-encode everything, then turn the highlight markers into &lt;mark&gt;.</summary>
    internal static string Highlight(string text) =>
        WebUtility.HtmlEncode(text).Replace(Open, "<mark>", StringComparison.Ordinal).Replace(Close, "</mark>", StringComparison.Ordinal);

    private sealed record SnippetText(long Id, string Text, string? Tree);
    private sealed record Match(long Id, double Rank);
    private sealed record WordSuggestion(int Position, string Term);
    private sealed record PublishedSpan(DateTimeOffset? Oldest, DateTimeOffset? Newest);
}
