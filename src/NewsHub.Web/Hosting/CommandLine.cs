namespace NewsHub.Web.Hosting;

/// <summary>
/// Command-line verbs of the one binary. A verb is the first argument when it does not start
/// with '-'; everything after it is the verb's own arguments (plus configuration overrides).
/// </summary>
public static class CommandLine
{
    private sealed record Verb(string Usage, string Summary, Func<string[], Task<int>> Run);

    private static readonly Dictionary<string, Verb> Verbs = new(StringComparer.Ordinal)
    {
        ["run"] = new("run [--role all|web|scraper] [--urls URL]", "serve NewsHub (web + scrapers by default)", NewsHubApp.RunAsync),
        ["migrate"] = new("migrate", "apply pending database migrations and exit", AdminVerbs.MigrateAsync),
        ["model-ddl"] = new("model-ddl", "print the DDL the EF model expects (for writing a migration)", AdminVerbs.PrintModelDdlAsync),
        ["extract"] = new(Ingestion.Extraction.ExtractVerb.Usage, "extract one saved article page and print it as JSON", Ingestion.Extraction.ExtractVerb.RunAsync),
        ["scrape"] = new(Ingestion.ScrapeVerb.Usage, Ingestion.ScrapeVerb.Summary, Ingestion.ScrapeVerb.RunAsync),
        ["create-admin"] = new("create-admin EMAIL", "create or promote an administrator (password from stdin or prompt)", AdminVerbs.CreateAdminAsync),
        ["tag"] = new(Tagging.TagVerb.Usage, Tagging.TagVerb.Summary, Tagging.TagVerb.RunAsync),
        ["seed-synthetic"] = new(Seeding.SeedSyntheticVerb.Usage, Seeding.SeedSyntheticVerb.Summary, Seeding.SeedSyntheticVerb.RunAsync),
    };

    internal static void Add(string name, string usage, string summary, Func<string[], Task<int>> run) => Verbs[name] = new(usage, summary, run);

    public static bool IsVerb(string[] args) => args.Length > 0 && !args[0].StartsWith('-');

    public static async Task<int> RunAsync(string[] args)
    {
        if (args[0] is "help" or "--help") { PrintUsage(Console.Out); return 0; }
        if (!Verbs.TryGetValue(args[0], out var verb))
        {
            await Console.Error.WriteLineAsync($"newshub: unknown command '{args[0]}'");
            PrintUsage(Console.Error);
            return 2;
        }
        return await verb.Run(args[1..]);
    }

    private static void PrintUsage(TextWriter w)
    {
        w.WriteLine("usage: newshub <command> [arguments]");
        w.WriteLine();
        w.WriteLine("  test                 run every test against a throwaway PostgreSQL (entry script only)");
        foreach (var (_, verb) in Verbs.OrderBy(v => v.Key, StringComparer.Ordinal))
            w.WriteLine($"  {verb.Usage,-40} {verb.Summary}");
    }
}
