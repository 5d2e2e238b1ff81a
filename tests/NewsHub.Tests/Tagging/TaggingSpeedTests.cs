using System.Diagnostics;
using NewsHub.Web.Tagging;
using Xunit.Abstractions;

namespace NewsHub.Tests.Tagging;

/// <summary>Runs alone, so the process's CPU time is the tagger's, whatever else the machine is doing.</summary>
[CollectionDefinition(nameof(TaggingSpeedTests), DisableParallelization = true)]
public sealed class TaggingSpeedCollection;

[Collection(nameof(TaggingSpeedTests))]
public sealed class TaggingSpeedTests(ITestOutputHelper output)
{
    [Fact]
    public void Tagging_a_thousand_word_article_takes_well_under_two_milliseconds()
    {
        var source = LabelledText.LoadAll().Single(t => t.Name == "s001-tokayev-turkiye-visit").Text;
        var words = source.Split(' ');
        var body = string.Join(' ', Enumerable.Range(0, 1000).Select(i => words[i % words.Length]));
        var input = new TaggingInput("Tokayev visits Türkiye", "Twenty agreements were signed.", body);
        // Warm up long enough for tiered compilation to optimise the hot loops (it waits for calls to settle).
        var warmUp = Stopwatch.StartNew();
        while (warmUp.ElapsedMilliseconds < 1500) TaggingTestData.Tagger.Tag(input);

        // CPU time, not wall-clock: on a shared machine the wall clock measures the neighbours' load.
        const int runs = 500;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < runs; i++) TaggingTestData.Tagger.Tag(input);
        process.Refresh();
        var cpuPerArticle = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / runs;
        output.WriteLine($"{cpuPerArticle:F3} ms CPU ({wall.Elapsed.TotalMilliseconds / runs:F3} ms wall) per 1,000-word article");
        Assert.True(cpuPerArticle < 2, $"tagging took {cpuPerArticle:F3} ms of CPU per article");
    }
}
