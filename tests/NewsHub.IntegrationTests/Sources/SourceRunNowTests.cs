using System.Net;
using Microsoft.EntityFrameworkCore;
using NewsHub.Web.Model;

namespace NewsHub.IntegrationTests.Sources;

public sealed class SourceRunNowTests(SourcesFixture app) : IClassFixture<SourcesFixture>
{
    [Fact]
    public async Task Run_now_runs_a_pass_in_the_background_and_the_runs_page_shows_its_counts()
    {
        int id;
        await using (var db = app.CreateDbContext())
        {
            var source = new Source
            {
                Name = "Caspian Daily run-now", Slug = "caspian-daily-run-now", Url = app.Demo.Url("demo/caspian-daily/feed.xml?run-now").AbsoluteUri,
                Enabled = false, NextAttemptAt = DateTimeOffset.UtcNow.AddDays(1), CreatedAt = DateTimeOffset.UtcNow,
            };
            db.Sources.Add(source);
            await db.SaveChangesAsync();
            id = source.Id;
        }
        var response = await app.Editor.PostFormAsync("/editor/sources", $"/editor/sources/{id}/run", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith($"/editor/sources/{id}/runs?since=", location, StringComparison.Ordinal);
        Assert.Contains("http-equiv=\"refresh\"", await app.Editor.GetPageAsync(location), StringComparison.Ordinal);

        IngestionRun? run = null;
        for (var i = 0; i < 120 && run is null; i++)
        {
            await Task.Delay(250);
            await using var db = app.CreateDbContext();
            run = await db.IngestionRuns.FirstOrDefaultAsync(r => r.SourceId == id && r.FinishedAt != null);
        }
        Assert.NotNull(run);
        Assert.True(run.Succeeded, string.Join("\n", run.Errors));
        Assert.True(run.New >= 10, $"{run.New} new");
        var page = await app.Editor.GetPageAsync(location);
        Assert.DoesNotContain("http-equiv=\"refresh\"", page, StringComparison.Ordinal);
        Assert.Contains($"<td data-label=\"New\">{run.New}</td>", page, StringComparison.Ordinal);
    }
}
