using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Search;
using NewsHub.Web.Seeding;
using Npgsql;

namespace NewsHub.IntegrationTests.Search;

/// <summary>
/// ArticleSearch reads only the newest matches, through growing time windows. These tests hold it to the plain
/// definition it replaces: relevance ranks the newest 1,000 matches of the whole archive, date order lists them, the
/// total is counted up to 1,001 — each computed here with one straightforward statement over every match, on a
/// synthetic corpus spread over two years (common words match well over 1,000 articles, rare ones a few).
/// </summary>
public sealed class WindowedSearchTests(WindowedSearchTests.Fixture app) : IClassFixture<WindowedSearchTests.Fixture>
{
    public sealed class Fixture : NewsHubAppFactory
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var seeder = new SyntheticSeeder(Services.GetRequiredService<NpgsqlDataSource>(), TimeProvider.System, NullLogger<SyntheticSeeder>.Instance);
            await seeder.SeedAsync(new SyntheticSeedOptions { Articles = 4_000, ChunkSize = 1_000, Workers = 2, Sources = 8 }, SyntheticMaterial.Load(), CancellationToken.None);
        }
    }

    public static TheoryData<string, string?, string?, string?, int, bool> Searches => new()
    {
        // query, region, country, (from|to) as "yyyy-MM-dd|yyyy-MM-dd" days back from today, page, sort by date
        { "president", null, null, null, 1, false },
        { "nuclear OR uranium", null, null, null, 1, false },
        { "nuclear OR uranium", null, null, null, 7, false },
        { "trade -Russia", null, null, null, 2, true },
        { "\"Central Asia\"", null, null, null, 1, false },
        { "Kazakhstan", "central-asia", null, null, 1, false },
        { "president", null, "KZ", null, 1, true },
        { "president", null, null, "400|100", 1, false },
        { "president", null, null, "400|", 3, true },
        { "", "south-caucasus", null, null, 2, false },
        { "", null, null, "|300", 1, false },
        { "leopards", null, null, null, 1, false },
        { "Kazakstan", null, null, null, 1, false },
    };

    [Theory]
    [MemberData(nameof(Searches))]
    public async Task Windowed_search_returns_what_ranking_every_match_returns(string query, string? region, string? country, string? daysBack, int page, bool byDate)
    {
        var (from, to) = Dates(daysBack);
        var request = SearchRequest.Parse(query, region, country, null, from, to, byDate ? "date" : null, page);
        using var scope = app.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<ArticleSearch>().SearchAsync(request, CancellationToken.None);
        // A misspelling matches nothing; the page then shows the suggestion's results, which must be right too.
        if (result.ShowingSuggestion) request = request with { Query = result.Suggestion! };
        var (expectedIds, expectedTotal) = await ReferenceAsync(request);
        Assert.Equal(Math.Min(expectedTotal, ArticleSearch.CountCap), result.Total);
        Assert.Equal(expectedTotal > ArticleSearch.CountCap, result.TotalCapped);
        Assert.Equal(expectedIds, result.Hits.Select(h => h.Card.ArticleId).ToList());
    }

    [Fact]
    public async Task The_corpus_has_capped_partial_and_rare_searches()
    {
        // Guards the theory above: it must cover totals over the cap, between a page and the cap, and below a page.
        Assert.True((await ReferenceAsync(SearchRequest.Parse("nuclear OR uranium", null, null, null, null, null, null, 1))).Total > ArticleSearch.CountCap);
        var regional = (await ReferenceAsync(SearchRequest.Parse("Kazakhstan", "central-asia", null, null, null, null, null, 1))).Total;
        Assert.InRange(regional, ArticleSearch.PageSize + 1, ArticleSearch.CountCap);
        Assert.InRange((await ReferenceAsync(SearchRequest.Parse("leopards", null, null, null, null, null, null, 1))).Total, 1, ArticleSearch.CountCap);
        // Matches are spread over the two years, so the windows have to grow for most searches.
        Assert.True(await app.Database.ScalarAsync<long>("SELECT count(*) FROM articles WHERE published_at < now() - interval '600 days'") > 100);
    }

    private static (string? From, string? To) Dates(string? daysBack)
    {
        if (daysBack is null) return (null, null);
        var parts = daysBack.Split('|');
        string? Day(string p) => p.Length == 0 ? null : DateTime.UtcNow.AddDays(-int.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return (Day(parts[0]), Day(parts[1]));
    }

    /// <summary>The definition, in one statement over every match: no windows.</summary>
    private async Task<(List<long> Ids, int Total)> ReferenceAsync(SearchRequest r)
    {
        const string filters = """
            a.status = 'Published'
              AND (@q = '' OR a.search_vector @@ websearch_to_tsquery('english', newshub_unaccent(@q)))
              AND (@region::text IS NULL OR EXISTS (SELECT 1 FROM article_regions t WHERE t.article_id = a.id AND t.region_slug = @region AND NOT t.suppressed))
              AND (@country::text IS NULL OR EXISTS (SELECT 1 FROM article_countries t WHERE t.article_id = a.id AND t.country_code = @country AND NOT t.suppressed))
              AND (@from::timestamptz IS NULL OR a.published_at >= @from)
              AND (@to::timestamptz IS NULL OR a.published_at < @to)
            """;
        var ordered = r.SortByDate || r.Query.Length == 0
            ? $"SELECT a.id FROM articles a WHERE {filters} ORDER BY a.published_at DESC, a.id DESC LIMIT 20 OFFSET @offset"
            : $"""
              SELECT c.id FROM (SELECT a.id, a.published_at, a.search_vector FROM articles a WHERE {filters}
                                ORDER BY a.published_at DESC, a.id DESC LIMIT 1000) c
              ORDER BY ts_rank_cd(c.search_vector, websearch_to_tsquery('english', newshub_unaccent(@q)), 32)
                       / (1 + extract(epoch FROM (now() - c.published_at)) / 2592000.0) DESC, c.id DESC
              LIMIT 20 OFFSET @offset
              """;
        await using var conn = new NpgsqlConnection(app.Database.ConnectionString);
        await conn.OpenAsync();
        var ids = new List<long>();
        await using (var cmd = Command(ordered, conn, r))
        await using (var reader = await cmd.ExecuteReaderAsync())
            while (await reader.ReadAsync()) ids.Add(reader.GetInt64(0));
        await using var count = Command($"SELECT count(*)::int FROM (SELECT 1 FROM articles a WHERE {filters}) x", conn, r);
        return (ids, (int)(await count.ExecuteScalarAsync())!);
    }

    private static NpgsqlCommand Command(string sql, NpgsqlConnection conn, SearchRequest r)
    {
        var cmd = new NpgsqlCommand(sql, conn);
        cmd.Parameters.AddWithValue("q", r.Query);
        cmd.Parameters.Add(new NpgsqlParameter("region", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)r.Region ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("country", NpgsqlTypes.NpgsqlDbType.Text) { Value = (object?)r.Country ?? DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("from", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = r.From is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("to", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = r.To is { } t ? new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : DBNull.Value });
        cmd.Parameters.AddWithValue("offset", (r.Page - 1) * ArticleSearch.PageSize);
        return cmd;
    }
}
