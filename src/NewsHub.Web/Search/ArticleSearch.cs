using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Data;
using NewsHub.Web.Reading;

namespace NewsHub.Web.Search;

/// <summary>
/// PostgreSQL full-text search over the weighted, unaccented search_vector (title A, summary B,
/// body C) with websearch_to_tsquery syntax ("phrases", OR, -exclusion), relevance with a recency
/// boost, highlighted snippets, filters, and pg_trgm suggestions for misspelt names.
/// </summary>
public sealed class ArticleSearch(NewsHubDbContext db, StoryCards cards)
{
    public const int PageSize = 20;
    private const int CountCap = 1000;
    // Control characters cannot occur in stored text, so they safely mark highlights before HTML-encoding.
    private const string Open = "\u0002", Close = "\u0003";

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
        // Every value is a parameter; the only SQL text chosen at run time is one of the two fixed query shapes below.
        var filters = """
            a.status = 'Published'
              AND ({0}::text = '' OR a.search_vector @@ q.query)
              AND ({1}::text IS NULL OR EXISTS (SELECT 1 FROM article_regions t WHERE t.article_id = a.id AND t.region_slug = {1} AND NOT t.suppressed))
              AND ({2}::text IS NULL OR EXISTS (SELECT 1 FROM article_countries t WHERE t.article_id = a.id AND t.country_code = {2} AND NOT t.suppressed))
              AND ({3}::integer IS NULL OR a.source_id = {3})
              AND ({4}::timestamptz IS NULL OR a.published_at >= {4})
              AND ({5}::timestamptz IS NULL OR a.published_at < {5})
            """;
        const string queryCte = "WITH q AS (SELECT websearch_to_tsquery('english', newshub_unaccent({0})) AS query)";
        var parameters = new object[] { r.Query, (object?)r.Region ?? DBNull.Value, (object?)r.Country ?? DBNull.Value,
            (object?)sourceId ?? DBNull.Value, (object?)from ?? DBNull.Value, (object?)to ?? DBNull.Value, PageSize, offset };
        // The interpolated parts are the fixed fragments above, never input; input goes in {0}..{7}.
        // Relevance order ranks only the newest CountCap matches: ts_rank_cd reads each match's whole search_vector, and
        // a common word matches a large share of the archive (5 s for 56k matches at 100k articles, against 0.5 s). The
        // recency boost already sinks old articles, the page shows at most CountCap results, and rarer queries, with
        // fewer matches than that, rank exactly as before.
        var idsSql = r.SortByDate || !hasQuery
            ? $$"""
                {{queryCte}}
                SELECT a.id AS "Id", 0::double precision AS rank
                FROM articles a, q
                WHERE {{filters}}
                ORDER BY a.published_at DESC, a.id DESC
                LIMIT {6} OFFSET {7}
                """
            : $$"""
                {{queryCte}},
                candidates AS (
                    SELECT a.id, a.published_at, a.search_vector FROM articles a, q
                    WHERE {{filters}}
                    ORDER BY a.published_at DESC, a.id DESC
                    LIMIT {{CountCap}})
                SELECT c.id AS "Id",
                       ts_rank_cd(c.search_vector, q.query, 32) / (1 + extract(epoch FROM (now() - c.published_at)) / 2592000.0) AS rank
                FROM candidates c, q
                ORDER BY rank DESC, c.id DESC
                LIMIT {6} OFFSET {7}
                """;
        var ids = await db.Database.SqlQueryRaw<RankedId>(idsSql, parameters).ToListAsync(ct);
        var countSql = $$"""
            {{queryCte}}
            SELECT count(*)::int AS "Value" FROM (SELECT 1 FROM articles a, q WHERE {{filters}} LIMIT {{CountCap + 1}}) x
            """;
        var total = await db.Database.SqlQueryRaw<int>(countSql, parameters.Take(6).ToArray()).SingleAsync(ct);
        var snippets = hasQuery ? await SnippetsAsync(ids.Select(i => i.Id).ToArray(), r.Query, ct) : [];
        var loaded = (await cards.LoadForArticlesAsync(ids.Select(i => i.Id).ToList(), ct)).ToDictionary(c => c.ArticleId);
        var hits = ids.Where(i => loaded.ContainsKey(i.Id)).Select(i =>
        {
            var card = loaded[i.Id];
            var snippet = snippets.GetValueOrDefault(i.Id) ?? card.Summary ?? "";
            return new Hit(card, Highlight(snippet));
        }).ToList();
        return new Result(hits, Math.Min(total, CountCap), total > CountCap, null, false);
    }

    private async Task<Dictionary<long, string>> SnippetsAsync(long[] ids, string query, CancellationToken ct)
    {
        if (ids.Length == 0) return [];
        var rows = await db.Database.SqlQuery<Snippet>($"""
            SELECT a.id AS "Id",
                   ts_headline('english', left(coalesce(nullif(a.body_text, ''), a.summary, a.title), 20000),
                               websearch_to_tsquery('english', newshub_unaccent({query})),
                               'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=40, MinWords=18, MaxFragments=2, FragmentDelimiter=" … "') AS "Text"
            FROM articles a WHERE a.id = ANY({ids})
            """).ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => r.Text);
    }

    /// <summary>The closest known word for each query word that looks misspelt; null when nothing changes.</summary>
    private async Task<string?> SuggestAsync(string query, CancellationToken ct)
    {
        var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var changed = false;
        for (var i = 0; i < words.Length && i < 8; i++)
        {
            var word = words[i].Trim('"', '-', '(', ')');
            if (word.Length < 4 || word.Equals("OR", StringComparison.Ordinal)) continue;
            var best = await db.Database.SqlQuery<string>($"""
                SELECT term AS "Value" FROM (
                    SELECT term, similarity(term, lower(newshub_unaccent({word}))) AS s FROM search_terms WHERE term % lower(newshub_unaccent({word}))
                    UNION ALL
                    SELECT lower(name), similarity(lower(newshub_unaccent(name)), lower(newshub_unaccent({word}))) FROM countries
                    WHERE lower(newshub_unaccent(name)) % lower(newshub_unaccent({word}))
                ) x WHERE s >= 0.4 ORDER BY s DESC, term LIMIT 1
                """).FirstOrDefaultAsync(ct);
            if (best is null || best.Equals(word, StringComparison.OrdinalIgnoreCase)) continue;
            words[i] = words[i].Replace(word, char.ToUpperInvariant(best[0]) + best[1..], StringComparison.Ordinal);
            changed = true;
        }
        return changed ? string.Join(' ', words) : null;
    }

    /// <summary>HTML-encode everything, then turn the highlight markers into &lt;mark&gt;.</summary>
    internal static string Highlight(string text) =>
        WebUtility.HtmlEncode(text).Replace(Open, "<mark>", StringComparison.Ordinal).Replace(Close, "</mark>", StringComparison.Ordinal);

    private sealed record RankedId(long Id, double Rank);
    private sealed record Snippet(long Id, string Text);
}
