using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Seeding;
using Npgsql;

namespace NewsHub.IntegrationTests.Seeding;

/// <summary>Seeds a small corpus twice into a real database (the second run appends) and checks what readers and search see.</summary>
public sealed class SyntheticSeederTests(SyntheticSeederTests.Fixture app) : IClassFixture<SyntheticSeederTests.Fixture>
{
    public const int PerRun = 1_200;

    public sealed class Fixture : NewsHubAppFactory
    {
        public SyntheticSeeder.Report First { get; private set; } = null!;
        public SyntheticSeeder.Report Second { get; private set; } = null!;
        /// <summary>Index definitions and validity before any seeding, to compare with after the rebuild.</summary>
        public IReadOnlyList<string> IndexesBefore { get; private set; } = [];

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var seeder = new SyntheticSeeder(Services.GetRequiredService<NpgsqlDataSource>(), TimeProvider.System, NullLogger<SyntheticSeeder>.Instance);
            var material = SyntheticMaterial.Load();
            // Small chunks and two workers: several chunks load concurrently, as with a million articles.
            var options = new SyntheticSeedOptions { Articles = PerRun, ChunkSize = 250, Workers = 2, Sources = 10 };
            IndexesBefore = await IndexesAsync(Database.ConnectionString);
            First = await seeder.SeedAsync(options, material, CancellationToken.None);
            // The second run drops the secondary indexes and builds them again, as a large load does.
            Second = await seeder.SeedAsync(options with { Seed = 7, Indexes = SyntheticIndexMode.Rebuild }, material, CancellationToken.None);
        }

        public static async Task<IReadOnlyList<string>> IndexesAsync(string connectionString)
        {
            await using var conn = new NpgsqlConnection(connectionString);
            await conn.OpenAsync();
            await using var cmd = new NpgsqlCommand("""
                SELECT pg_get_indexdef(x.indexrelid) || ' valid=' || x.indisvalid || ' ready=' || x.indisready
                FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid
                WHERE t.relnamespace = 'public'::regnamespace ORDER BY 1
                """, conn);
            await using var reader = await cmd.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
            return rows;
        }
    }

    private Task<long> Count(string sql) => app.Database.ScalarAsync<long>(sql);

    [Fact]
    public async Task A_second_run_appends_after_the_first()
    {
        Assert.Equal(2L * PerRun, await Count("SELECT count(*) FROM articles"));
        Assert.Equal(app.First.LastArticleId + 1, app.Second.FirstArticleId);
        Assert.Equal(2L * PerRun, await Count("SELECT count(DISTINCT url) FROM articles"));
        // The identity sequences moved past the copied ids: the next scraped article gets a fresh id.
        Assert.True(await Count("SELECT nextval(pg_get_serial_sequence('articles', 'id'))") > app.Second.LastArticleId);
    }

    [Fact]
    public async Task Articles_spread_over_two_years_sources_and_regions()
    {
        Assert.True(await Count("SELECT count(*) FROM articles WHERE published_at < now() - interval '1 year'") > PerRun / 2);
        Assert.True(await Count("SELECT count(*) FROM articles WHERE published_at > now() - interval '30 days'") > 0);
        Assert.Equal(0L, await Count("SELECT count(*) FROM articles WHERE published_at > now() OR published_at < now() - interval '731 days'"));
        Assert.Equal(10L, await Count("SELECT count(DISTINCT source_id) FROM articles"));
        Assert.Equal(0L, await Count("SELECT count(*) FROM sources WHERE slug LIKE 'synthetic-%' AND enabled"));
        Assert.True(await Count("SELECT count(DISTINCT region_slug) FROM article_regions") >= 8);
        Assert.True(await Count("SELECT count(DISTINCT country_code) FROM article_countries") >= 100);
        // Exactly one primary country and one primary region per article, the region being one of its country's.
        Assert.Equal(0L, await Count("SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM article_countries t WHERE t.article_id = a.id AND t.is_primary) <> 1"));
        Assert.Equal(0L, await Count("SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM article_regions t WHERE t.article_id = a.id AND t.is_primary) <> 1"));
        Assert.Equal(0L, await Count("""
            SELECT count(*) FROM article_regions r JOIN article_countries c ON c.article_id = r.article_id AND c.is_primary
            WHERE r.is_primary AND NOT EXISTS (SELECT 1 FROM country_regions cr WHERE cr.country_code = c.country_code AND cr.region_slug = r.region_slug)
            """));
        Assert.True(await Count("SELECT count(*) FROM article_countries WHERE NOT is_primary") > PerRun / 2);
    }

    [Fact]
    public async Task Clusters_agree_with_their_articles()
    {
        Assert.Equal(0L, await Count("SELECT count(*) FROM articles WHERE story_cluster_id IS NULL"));
        Assert.Equal(0L, await Count("""
            SELECT count(*) FROM story_clusters c
            JOIN LATERAL (SELECT count(*) AS n, count(DISTINCT source_id) AS s, min(published_at) AS first, max(published_at) AS last
                          FROM articles a WHERE a.story_cluster_id = c.id) x ON true
            WHERE x.n <> c.article_count OR x.s <> c.source_count OR x.first <> c.first_published_at OR x.last <> c.last_published_at
               OR NOT EXISTS (SELECT 1 FROM articles l WHERE l.id = c.lead_article_id AND l.story_cluster_id = c.id AND l.published_at = x.first)
            """));
        Assert.True(await Count("SELECT count(*) FROM story_clusters WHERE article_count >= 3") > 20);
        Assert.Equal((long)(app.First.Clusters + app.Second.Clusters), await Count("SELECT count(*) FROM story_clusters"));
    }

    [Fact]
    public async Task Comments_are_threaded_and_counted_on_their_articles()
    {
        Assert.Equal((long)(app.First.Comments + app.Second.Comments), await Count("SELECT count(*) FROM comments"));
        Assert.True(await Count("SELECT count(*) FROM comments WHERE parent_id IS NOT NULL") > 0);
        Assert.Equal(0L, await Count("SELECT count(*) FROM comments c JOIN comments p ON p.id = c.parent_id WHERE p.article_id <> c.article_id OR c.depth <> least(p.depth + 1, 3)"));
        Assert.Equal(0L, await Count("SELECT count(*) FROM articles a WHERE a.comment_count <> (SELECT count(*) FROM comments c WHERE c.article_id = a.id)"));
        Assert.True(await Count("SELECT count(DISTINCT author_id) FROM comments") > 10);
    }

    [Fact]
    public async Task Headline_words_are_collected_and_the_trigger_is_back_on()
    {
        Assert.Equal("O", (await app.Database.ScalarAsync<char>("SELECT tgenabled FROM pg_trigger WHERE tgname = 'trg_articles_search_terms'")).ToString());
        // Every headline word the trigger would have collected is there.
        Assert.Equal(0L, await Count("""
            SELECT count(*) FROM (SELECT DISTINCT left(lower(newshub_unaccent(m[1])), 100) AS term
                                  FROM articles a, regexp_matches(a.title, '([[:alpha:]][[:alpha:]''’-]{3,})', 'g') AS m) w
            WHERE NOT EXISTS (SELECT 1 FROM search_terms s WHERE s.term = w.term)
            """));
    }

    [Fact]
    public async Task Seeded_articles_are_found_by_search_and_shown_on_reader_pages()
    {
        var client = app.CreateClient();
        var (id, slug, title) = await NewestAbout("KZ");
        var search = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString("\"" + title + "\""));
        Assert.Contains($"/article/{id}/{slug}", search, StringComparison.Ordinal);
        Assert.Contains("<mark>", search, StringComparison.Ordinal);
        Assert.Contains("Synthetic Outlet", await client.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Contains("Synthetic Outlet", await client.GetStringAsync("/region/central-asia"), StringComparison.Ordinal);
        var commented = await Count("SELECT id FROM articles WHERE comment_count > 0 ORDER BY id LIMIT 1");
        var article = await client.GetAsync($"/article/{commented}");
        Assert.Equal(System.Net.HttpStatusCode.OK, article.StatusCode);
        Assert.Contains("Reader ", await article.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<(long Id, string Slug, string Title)> NewestAbout(string country)
    {
        await using var conn = new NpgsqlConnection(app.Database.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("""
            SELECT a.id, a.slug, a.title FROM articles a JOIN article_countries t ON t.article_id = a.id AND t.is_primary AND t.country_code = @c
            ORDER BY a.published_at DESC LIMIT 1
            """, conn);
        cmd.Parameters.AddWithValue("c", country);
        await using var reader = await cmd.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "no article about " + country);
        return (reader.GetInt64(0), reader.GetString(1), reader.GetString(2));
    }

    [Fact]
    public async Task A_load_that_rebuilds_indexes_leaves_every_index_as_the_migrations_made_it_and_valid()
    {
        Assert.Equal(0, app.First.IndexesRebuilt);
        Assert.True(app.Second.IndexesRebuilt >= 5, $"only {app.Second.IndexesRebuilt} indexes were rebuilt");
        Assert.Equal(app.IndexesBefore, await Fixture.IndexesAsync(app.Database.ConnectionString));
        Assert.Contains(app.IndexesBefore, i => i.Contains("ix_articles_search_buckets", StringComparison.Ordinal) && i.EndsWith("valid=true ready=true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_uses_the_rebuilt_text_index()
    {
        await using var conn = new NpgsqlConnection(app.Database.ConnectionString);
        await conn.OpenAsync();
        await using (var off = new NpgsqlCommand("SET enable_seqscan = off", conn)) await off.ExecuteNonQueryAsync();
        // The text index is keyed by month (migration 0006): searched as ArticleSearch searches it.
        await using var cmd = new NpgsqlCommand("""
            EXPLAIN SELECT id FROM articles WHERE newshub_search_buckets(search_vector, published_at)
                @@ ANY(newshub_search_buckets_queries(websearch_to_tsquery('english', 'nuclear'), now() - interval '2 years', now()))
            """, conn);
        var plan = string.Join('\n', await ReadAllAsync(cmd));
        Assert.Contains("ix_articles_search_buckets", plan, StringComparison.Ordinal);
    }

    private static async Task<List<string>> ReadAllAsync(NpgsqlCommand cmd)
    {
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }

    [Theory]
    [InlineData(new[] { "--articles", "500", "--indexes", "rebuild" }, true, 500)]
    [InlineData(new[] { "--articles", "500", "--indexes", "sometimes" }, false, 0)]
    [InlineData(new[] { "--articles", "500", "--indexes", "1" }, false, 0)]
    [InlineData(new[] { "--articles", "500", "--indexes" }, false, 0)]
    [InlineData(new[] { "--articles", "500", "--seed", "3" }, true, 500)]
    [InlineData(new[] { "--seed", "3" }, false, 0)]
    [InlineData(new[] { "--articles", "-5" }, false, 0)]
    [InlineData(new[] { "--articles" }, false, 0)]
    [InlineData(new[] { "--articles", "many" }, false, 0)]
    public void Verb_arguments_are_checked(string[] args, bool valid, int articles)
    {
        Assert.Equal(valid, SeedSyntheticVerb.TryParse(args, out var options, out _, out var error));
        if (valid) Assert.Equal(articles, options.Articles);
        if (valid) Assert.Equal(args.Contains("rebuild") ? SyntheticIndexMode.Rebuild : SyntheticIndexMode.Auto, options.Indexes);
        else Assert.False(string.IsNullOrEmpty(error));
    }
}
