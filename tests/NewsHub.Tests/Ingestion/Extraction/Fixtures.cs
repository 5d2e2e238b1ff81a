namespace NewsHub.Tests.Ingestion.Extraction;

/// <summary>Reads saved pages from TestData/Extraction beside the test assembly.</summary>
internal static class Fixtures
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Extraction", name));

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Extraction", name);

    /// <summary>A minimal page around a body fragment, long enough to be taken as an article.</summary>
    public static string Page(string articleInner, string head = "") => $$"""
        <!DOCTYPE html><html lang="en"><head><title>Test story | Example News</title>{{head}}</head>
        <body>
        <nav class="menu"><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
        <article><div class="article-body">{{articleInner}}</div></article>
        <footer><a href="/about">About</a> <a href="/privacy">Privacy</a></footer>
        </body></html>
        """;

    public const string Prose1 = "The city council approved the new budget on Tuesday evening after a long debate, allocating more money to public transport, schools and the repair of old bridges across the river.";
    public const string Prose2 = "Opposition members argued that the plan relied on optimistic tax forecasts, but the mayor said the figures had been checked twice by independent auditors before the vote.";
    public const string Prose3 = "Residents will see the first changes in spring, when three bus lines get more frequent services and work begins on the footbridge near the central market, officials said.";
}
