using NewsHub.Web.DemoSite;
using NewsHub.Web.Ingestion.Extraction;

namespace NewsHub.Web.Seeding;

/// <summary>
/// Real-language raw material for the synthetic corpus: the headlines, sentences and bylines of the
/// bundled demo pages, read with the product's own extractor so the text looks like stored articles.
/// </summary>
public sealed class SyntheticMaterial
{
    private SyntheticMaterial(IReadOnlyList<string> headlines, IReadOnlyList<string> sentences, IReadOnlyList<string> bylines)
    {
        Headlines = headlines;
        Sentences = sentences;
        Bylines = bylines;
    }

    public IReadOnlyList<string> Headlines { get; }
    public IReadOnlyList<string> Sentences { get; }
    public IReadOnlyList<string> Bylines { get; }

    /// <summary>Reads every article page under <paramref name="demoRoot"/> (default: the DemoSite folder beside the binary).</summary>
    public static SyntheticMaterial Load(string? demoRoot = null)
    {
        var root = demoRoot ?? DemoSiteFiles.DefaultRoot;
        if (!Directory.Exists(root)) throw new InvalidOperationException($"the demo pages are missing: {root} does not exist");
        var extractor = new ArticleExtractor();
        var headlines = new List<string>();
        var sentences = new List<string>();
        var bylines = new List<string>();
        // Listing and home pages are not articles: only pages whose path names one story.
        var pages = Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .Where(p => !Path.GetFileName(Path.GetDirectoryName(p)!).Equals("results", StringComparison.Ordinal))
            .Where(p => p.Contains($"{Path.DirectorySeparatorChar}news{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        || Path.GetFileName(p) == "index.html" && Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p)!)!).Length == 2)
            .Order(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var article = extractor.Extract(File.ReadAllText(page), new Uri("https://demo.newshub.test/" + Path.GetFileName(page)));
            if (string.IsNullOrWhiteSpace(article.Title) || article.Text.Length < 200) continue;
            headlines.Add(article.Title.Trim());
            if (article.Byline is { Length: > 0 } byline) bylines.Add(byline);
            sentences.AddRange(SplitSentences(article.Text));
        }
        if (headlines.Count < 5 || sentences.Count < 50)
            throw new InvalidOperationException($"too little material in {root}: {headlines.Count} headlines, {sentences.Count} sentences");
        if (bylines.Count == 0) bylines.Add("Staff reporter");
        return new SyntheticMaterial(headlines, sentences.Distinct(StringComparer.Ordinal).ToList(), bylines.Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>Sentences of at least a few words; the text has one block per line.</summary>
    internal static IEnumerable<string> SplitSentences(string text)
    {
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var start = 0;
            for (var i = 0; i < line.Length; i++)
            {
                // A sentence ends at ". " / "? " / "! " followed by a capital or a quote, not inside "U.S. officials".
                if (line[i] is not ('.' or '?' or '!') || i + 2 >= line.Length || line[i + 1] != ' ') continue;
                if (!(char.IsUpper(line[i + 2]) || line[i + 2] is '"' or '“' or '‘')) continue;
                if (i >= 2 && line[i - 2] == '.') continue;
                var sentence = line[start..(i + 1)].Trim();
                if (sentence.Count(c => c == ' ') >= 5) yield return sentence;
                start = i + 2;
            }
            var rest = line[start..].Trim();
            if (rest.Count(c => c == ' ') >= 5 && rest[^1] is '.' or '?' or '!' or '"' or '”') yield return rest;
        }
    }
}
