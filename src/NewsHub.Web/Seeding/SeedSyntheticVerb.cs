using System.Globalization;
using NewsHub.Web.Hosting;
using Npgsql;

namespace NewsHub.Web.Seeding;

/// <summary>`newshub seed-synthetic --articles N`: fills the database with a synthetic corpus for benchmarks and demos (appends).</summary>
internal static class SeedSyntheticVerb
{
    public const string Usage = "seed-synthetic --articles N [--seed S] [--sources K] [--workers W] [--indexes auto|rebuild|keep]";
    public const string Summary = "append N synthetic articles (clusters, tags, comments) for benchmarks";

    public static Task<int> RunAsync(string[] args) => AdminVerbs.Guard(async () =>
    {
        if (!TryParse(args, out var options, out var rest, out var error))
        {
            await Console.Error.WriteLineAsync($"newshub: {error}\nusage: newshub {Usage}");
            return 2;
        }
        using var host = AdminVerbs.BuildToolHost(rest);
        await host.Services.RunStartupTasksAsync(migrate: true);
        var seeder = new SyntheticSeeder(host.Services.GetRequiredService<NpgsqlDataSource>(), TimeProvider.System,
            host.Services.GetRequiredService<ILogger<SyntheticSeeder>>());
        var report = await seeder.SeedAsync(options, SyntheticMaterial.Load(), CancellationToken.None);
        await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Seeded {report.Articles} articles (ids {report.FirstArticleId}–{report.LastArticleId}), {report.Clusters} story clusters, {report.Comments} comments in {report.Elapsed.TotalSeconds:0.0} s ({report.Articles / report.Elapsed.TotalSeconds:0} articles/s){(report.IndexesRebuilt > 0 ? $"; {report.IndexesRebuilt} secondary indexes dropped for the load and rebuilt in {report.IndexBuild.TotalSeconds:0.0} s" : "")}."));
        return 0;
    });

    /// <summary>Reads the verb's own flags; everything else goes to the host as configuration.</summary>
    internal static bool TryParse(string[] args, out SyntheticSeedOptions options, out string[] rest, out string? error)
    {
        options = new SyntheticSeedOptions();
        var others = new List<string>();
        var articles = 0;
        error = null;
        for (var i = 0; i < args.Length; i++)
        {
            var flag = args[i];
            if (flag == "--indexes")
            {
                if (i + 1 >= args.Length || !Enum.TryParse<SyntheticIndexMode>(args[i + 1], ignoreCase: true, out var mode) || !Enum.IsDefined(mode) || char.IsDigit(args[i + 1][0]))
                {
                    error = "--indexes needs auto, rebuild or keep";
                    break;
                }
                options = options with { Indexes = mode };
                i++;
                continue;
            }
            if (flag is not ("--articles" or "--seed" or "--sources" or "--workers")) { others.Add(flag); continue; }
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || (value < 1 && flag != "--seed"))
            {
                error = $"{flag} needs a positive whole number";
                break;
            }
            i++;
            options = flag switch
            {
                "--articles" => options with { Articles = articles = value },
                "--seed" => options with { Seed = value },
                "--sources" => options with { Sources = value },
                _ => options with { Workers = value },
            };
        }
        if (error is null && articles == 0) error = "--articles N is required";
        rest = others.ToArray();
        return error is null;
    }
}
