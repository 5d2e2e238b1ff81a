using Microsoft.Extensions.DependencyInjection;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Search;
using Npgsql;

namespace NewsHub.IntegrationTests.Search;

/// <summary>
/// The text index keys every word by its article's month in UTC (migration 0006), and a search window asks only the
/// months it covers. These tests put matches on either side of a month's and a year's edge, move an article to another
/// month, and hold the bucket query to being a necessary condition of the exact match for every kind of websearch query.
/// </summary>
public sealed class SearchBucketsTests(SearchBucketsTests.Fixture app) : IClassFixture<SearchBucketsTests.Fixture>
{
    public sealed class Fixture : NewsHubAppFactory
    {
        /// <summary>Two months back from now, at 00:00 UTC on the 1st: always in the past, never the current month.</summary>
        public DateTimeOffset MonthEdge { get; } = StartOfMonth(DateTimeOffset.UtcNow).AddMonths(-2);
        /// <summary>1 January of last year, 00:00 UTC: at least ten months before <see cref="MonthEdge"/>.</summary>
        public DateTimeOffset YearEdge { get; } = new(DateTimeOffset.UtcNow.Year - 1, 1, 1, 0, 0, 0, TimeSpan.Zero);
        public long Moved { get; private set; }

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using var db = CreateDbContext();
            var b = new StoryBuilder(db);
            await b.EnsureGeographyAsync();
            var source = await b.SourceAsync("Glacier Watch");
            // The last microsecond of a month (PostgreSQL keeps microseconds), its first instant, and an hour before
            // midnight UTC (already the next month on a clock in Almaty: months are taken in UTC).
            await b.ArticleAsync(source, "Glacier survey closes the month", "The glacier survey ended late at night.", MonthEdge.AddTicks(-10), ["KZ"]);
            await b.ArticleAsync(source, "Glacier survey opens the month", "The glacier survey began at midnight.", MonthEdge, ["KZ"]);
            await b.ArticleAsync(source, "Glacier survey seen from Almaty", "Local time was already the next month.", MonthEdge.AddHours(-1), ["KZ"]);
            await b.ArticleAsync(source, "Glacier survey on New Year's Eve", "The last glacier survey of the year.", YearEdge.AddHours(-1), ["KG"]);
            await b.ArticleAsync(source, "Glacier survey on New Year's Day", "The first glacier survey of the year.", YearEdge.AddHours(1), ["KG"]);
            Moved = (await b.ArticleAsync(source, "Avalanche warning for the passes", "An avalanche warning was issued for the mountain passes.", MonthEdge.AddDays(-40), ["TJ"])).Id;
        }

        private static DateTimeOffset StartOfMonth(DateTimeOffset t) => new(t.UtcDateTime.Year, t.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero);
    }

    private async Task<List<string>> SearchAsync(string query, DateTimeOffset? from = null, DateTimeOffset? to = null)
    {
        string? Day(DateTimeOffset? d) => d?.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        using var scope = app.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<ArticleSearch>()
            .SearchAsync(SearchRequest.Parse(query, null, null, null, Day(from), Day(to), "date", 1), CancellationToken.None);
        return result.Hits.Select(h => h.Card.Title).ToList();
    }

    [Fact]
    public async Task Month_is_taken_in_UTC_and_every_word_carries_it()
    {
        var vector = await app.Database.ScalarAsync<string>(
            "SELECT newshub_search_buckets(to_tsvector('english', 'Glacier surveys'), '2026-01-31 20:00-05')::text");
        Assert.Equal("'@202602' 'glacier@202602' 'survey@202602'", vector);
        Assert.Equal("@202601", await app.Database.ScalarAsync<string>("SELECT newshub_search_month('2026-01-31 23:59:59.999999+00')"));
        // Already February on a clock in Almaty, still January in UTC.
        Assert.Equal("@202601", await app.Database.ScalarAsync<string>("SELECT newshub_search_month('2026-02-01 04:59:59+05')"));
    }

    [Fact]
    public async Task Matches_on_either_side_of_a_month_edge_are_found_by_a_window_across_it_and_only_their_own_side_otherwise()
    {
        var edgeDay = app.MonthEdge;
        var both = await SearchAsync("glacier survey", edgeDay.AddDays(-1), edgeDay);
        Assert.Equal(["Glacier survey opens the month", "Glacier survey closes the month", "Glacier survey seen from Almaty"], both);
        Assert.Equal(["Glacier survey opens the month"], await SearchAsync("glacier survey", edgeDay, edgeDay));
        Assert.Equal(["Glacier survey closes the month", "Glacier survey seen from Almaty"], await SearchAsync("glacier survey", edgeDay.AddDays(-1), edgeDay.AddDays(-1)));
    }

    [Fact]
    public async Task A_window_spanning_the_new_year_finds_both_years()
    {
        Assert.Equal(["Glacier survey on New Year's Day", "Glacier survey on New Year's Eve"],
            await SearchAsync("glacier", app.YearEdge.AddDays(-1), app.YearEdge));
    }

    [Fact]
    public async Task An_unbounded_search_finds_every_month()
    {
        var all = await SearchAsync("glacier");
        Assert.Equal(5, all.Count);
        Assert.Contains("Glacier survey on New Year's Eve", all);
        Assert.Contains("Glacier survey closes the month", all);
    }

    [Fact]
    public async Task An_article_whose_date_changes_moves_to_the_new_month()
    {
        var before = app.MonthEdge.AddDays(-40);
        var after = app.MonthEdge.AddDays(20);
        try
        {
            await SetPublishedAsync(after);
            Assert.Equal(["Avalanche warning for the passes"], await SearchAsync("avalanche", after, after));
            Assert.Empty(await SearchAsync("avalanche", before, before));
            // Through the index itself, not a recomputed expression: the old month's key is gone.
            Assert.Equal(0L, await CountThroughIndexAsync("avalanche", before));
            Assert.Equal(1L, await CountThroughIndexAsync("avalanche", after));
        }
        finally
        {
            await SetPublishedAsync(before);
        }
    }

    [Theory]
    [InlineData("glacier")]
    [InlineData("\"glacier survey\"")]
    [InlineData("\"survey glacier\"")]
    [InlineData("glacier -almaty")]
    [InlineData("-almaty")]
    [InlineData("glacier OR avalanche")]
    [InlineData("avalanche OR -glacier")]
    [InlineData("\"New Year\" -eve")]
    [InlineData("the")]
    public async Task The_bucket_query_holds_for_every_exact_match_in_its_months(string query)
    {
        // Necessary condition: no article the exact match finds is lost by the bucket query of its own month.
        var lost = await app.Database.ScalarAsync<long>($"""
            SELECT count(*) FROM articles a
            WHERE a.search_vector @@ websearch_to_tsquery('english', newshub_unaccent('{query.Replace("'", "''", StringComparison.Ordinal)}'))
              AND NOT newshub_search_buckets(a.search_vector, a.published_at)
                      @@ ANY(newshub_search_buckets_queries(websearch_to_tsquery('english', newshub_unaccent('{query.Replace("'", "''", StringComparison.Ordinal)}')), a.published_at, a.published_at))
            """);
        Assert.Equal(0L, lost);
    }

    [Fact]
    public async Task The_bucket_queries_ask_only_the_months_of_the_window()
    {
        const string span = "'2025-12-31 23:00+00', '2026-01-01 01:00+00'";
        Assert.Equal("'glacier@202512' & 'survey@202512' ; 'glacier@202601' & 'survey@202601'", await app.Database.ScalarAsync<string>(
            $"SELECT array_to_string(newshub_search_buckets_queries(websearch_to_tsquery('english', '\"glacier survey\" -almaty'), {span})::text[], ' ; ')"));
        Assert.Equal("'glacier@202512' | 'avalanch@202512' ; 'glacier@202601' | 'avalanch@202601'", await app.Database.ScalarAsync<string>(
            $"SELECT array_to_string(newshub_search_buckets_queries(websearch_to_tsquery('english', 'glacier OR avalanche'), {span})::text[], ' ; ')"));
        // Only negations: any article of those months; no words at all: nothing, as the exact match.
        Assert.Equal("'@202512' ; '@202601'", await app.Database.ScalarAsync<string>(
            $"SELECT array_to_string(newshub_search_buckets_queries(websearch_to_tsquery('english', '-almaty'), {span})::text[], ' ; ')"));
        Assert.Equal(0L, await app.Database.ScalarAsync<long>(
            "SELECT count(*) FROM articles WHERE newshub_search_buckets(search_vector, published_at) @@ ANY(newshub_search_buckets_queries(websearch_to_tsquery('english', 'the'), '2000-01-01', '2100-01-01'))"));
    }

    private async Task SetPublishedAsync(DateTimeOffset at)
    {
        await using var conn = new NpgsqlConnection(app.Database.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("UPDATE articles SET published_at = @at WHERE id = @id", conn);
        cmd.Parameters.AddWithValue("at", at);
        cmd.Parameters.AddWithValue("id", app.Moved);
        await cmd.ExecuteNonQueryAsync();
    }

    private async Task<long> CountThroughIndexAsync(string word, DateTimeOffset month)
    {
        await using var conn = new NpgsqlConnection(app.Database.ConnectionString);
        await conn.OpenAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await using (var off = new NpgsqlCommand("SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off", conn, tx))
            await off.ExecuteNonQueryAsync();
        const string sql = """
            SELECT count(*) FROM articles
            WHERE newshub_search_buckets(search_vector, published_at) @@ ANY(newshub_search_buckets_queries(websearch_to_tsquery('english', @word), @month, @month))
            """;
        await using (var plan = new NpgsqlCommand("EXPLAIN " + sql, conn, tx))
        {
            plan.Parameters.AddWithValue("word", word);
            plan.Parameters.AddWithValue("month", month);
            var lines = new List<string>();
            await using (var reader = await plan.ExecuteReaderAsync())
                while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
            Assert.Contains(lines, l => l.Contains("ix_articles_search_buckets", StringComparison.Ordinal));
        }
        await using var count = new NpgsqlCommand(sql, conn, tx);
        count.Parameters.AddWithValue("word", word);
        count.Parameters.AddWithValue("month", month);
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
