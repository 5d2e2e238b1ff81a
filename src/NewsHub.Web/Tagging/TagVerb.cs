using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsHub.Web.Tagging;

/// <summary>
/// <c>newshub tag [--explain] [--country CC] [--region SLUG]</c>: tags the text on stdin and prints JSON on
/// stdout. Needs no database and builds no host: it loads the gazetteer and tags.
/// </summary>
internal static class TagVerb
{
    public const string Usage = "tag [--explain] [--country CC] [--region SLUG]";
    public const string Summary = "tag the text on stdin (headline, lead, body) with countries and regions; JSON on stdout";

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = false,
    };

    public static async Task<int> RunAsync(string[] args)
    {
        bool explain = false;
        string? country = null, region = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--explain": explain = true; break;
                case "--country" when i + 1 < args.Length: country = args[++i]; break;
                case "--region" when i + 1 < args.Length: region = args[++i]; break;
                default:
                    await Console.Error.WriteLineAsync($"usage: newshub {Usage}   (unknown argument '{args[i]}')");
                    return 2;
            }
        }
        var text = await Console.In.ReadToEndAsync();
        if (string.IsNullOrWhiteSpace(text))
        {
            await Console.Error.WriteLineAsync("newshub tag: no text on stdin (first line: headline, next paragraph: lead, then the body)");
            return 2;
        }
        Gazetteer gazetteer;
        try
        {
            gazetteer = Gazetteer.Load();
        }
        catch (GazetteerFormatException e)
        {
            await Console.Error.WriteLineAsync("newshub tag: " + e.Message);
            return 1;
        }
        var input = TaggingInput.FromPlainText(text) with { SourceCountryHint = country, SourceRegionHint = region };
        var result = new ArticleTagger(gazetteer).Tag(input);
        await Console.Out.WriteLineAsync(ToJson(result, explain));
        return 0;
    }

    public static string ToJson(TagResult result, bool explain)
    {
        object document = explain
            ? new
            {
                countries = result.Countries.Select(c => new { code = c.Code, name = c.Name, score = c.Score, primary = c.IsPrimary, evidence = c.Evidence }),
                regions = result.Regions.Select(r => new { slug = r.Slug, name = r.Name, score = r.Score, primary = r.IsPrimary }),
            }
            : new
            {
                countries = result.Countries.Select(c => new { code = c.Code, name = c.Name, score = c.Score }),
                regions = result.Regions.Select(r => new { slug = r.Slug, name = r.Name, score = r.Score }),
            };
        return JsonSerializer.Serialize(document, Json);
    }
}
