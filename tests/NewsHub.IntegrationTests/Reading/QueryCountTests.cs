using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Reading;

/// <summary>No N+1: the home page costs the same handful of queries with 12 stories or 60.</summary>
public sealed class QueryCountTests(NewsHubAppFactory app) : IClassFixture<NewsHubAppFactory>
{
    [Fact]
    public async Task Home_page_query_count_does_not_grow_with_the_number_of_stories()
    {
        await CountHomeQueriesAfterAddingAsync(0);            // warms what is cached across requests (the region menu)
        var small = await CountHomeQueriesAfterAddingAsync(12);
        var large = await CountHomeQueriesAfterAddingAsync(48);
        Assert.Equal(small, large);
        Assert.InRange(large, 1, 15);
    }

    private async Task<int> CountHomeQueriesAfterAddingAsync(int stories)
    {
        await using (var db = app.CreateDbContext())
        {
            var b = new StoryBuilder(db);
            await b.EnsureGeographyAsync();
            var source = await b.SourceAsync("Counting Source");
            string[][] tags = [["KZ"], ["AZ", "TR"], ["IR", "OM"]];
            for (var i = 0; i < stories; i++)
                await b.ArticleAsync(source, $"Story number {Guid.NewGuid():N}", "Body text of the story.", DateTimeOffset.UtcNow.AddMinutes(-i), tags[i % 3]);
        }
        await ((NewsHub.Web.Reading.ContentChanges)app.Services.GetService(typeof(NewsHub.Web.Reading.ContentChanges))!).PublishAsync(default);
        // Other test classes run in parallel, each on its own database: count this one's.
        var before = CommandCounter.Executed(app.Database.Name);
        await app.CreateClient().GetStringAsync("/");
        return CommandCounter.Executed(app.Database.Name) - before;
    }
}
