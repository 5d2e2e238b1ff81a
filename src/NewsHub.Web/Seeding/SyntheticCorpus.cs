using System.Net;
using NewsHub.Web.Ingestion;

namespace NewsHub.Web.Seeding;

/// <summary>
/// Generates the synthetic corpus one chunk at a time, deterministically from (seed, chunk number): story
/// clusters of one to eight outlets' articles about a country, with headlines and bodies recombined from
/// real sentences (the country named in them swapped for the story's), dated over the whole span, tagged with
/// a primary country and region plus secondary ones, and sometimes commented on by a few synthetic readers.
/// </summary>
public sealed class SyntheticCorpus
{
    /// <summary>Comment ids are article-relative (base + index × this + k), so chunks need no coordination.</summary>
    public const int MaxCommentsPerArticle = 8;

    private static readonly string[] CommentLines =
    [
        "Good to see this covered at last.", "Does anyone know what this means for prices at home?", "The article leaves out the history of the dispute.",
        "I live there and this matches what we see every day.", "Interesting, but the numbers look optimistic to me.",
        "Who is going to pay for all of this?", "Thanks for the clear summary.", "This has been announced before; let us see if it happens this time.",
        "The neighbours will not be happy about this.", "More reporting like this, please.", "The headline is more dramatic than the story.",
        "Finally some good news from the region.",
    ];

    private readonly SyntheticMaterial _material;
    private readonly SyntheticGeography _geography;
    private readonly IReadOnlyList<SyntheticSource> _sources;
    private readonly IReadOnlyList<string> _readers;
    private readonly SyntheticSeedOptions _options;
    private readonly DateTimeOffset _now;
    private readonly Template[] _headlines;
    private readonly Template[] _sentences;
    private readonly SyntheticGeography.Place[] _focus;

    public SyntheticCorpus(SyntheticMaterial material, SyntheticGeography geography, IReadOnlyList<SyntheticSource> sources,
        IReadOnlyList<string> readerIds, SyntheticSeedOptions options, DateTimeOffset now)
    {
        if (geography.Countries.Count == 0) throw new ArgumentException("no countries to write about: is the geography seeded?", nameof(geography));
        if (sources.Count == 0) throw new ArgumentException("no sources", nameof(sources));
        if (readerIds.Count == 0) throw new ArgumentException("no readers", nameof(readerIds));
        _material = material;
        _geography = geography;
        _sources = sources;
        _readers = readerIds;
        _options = options;
        _now = now;
        _focus = geography.Countries.Where(c => c.Regions.Count > 0 && geography.FocusRegions.Contains(c.Regions[0])).ToArray();
        // Longest names first, so "South Korea" wins over "Korea".
        var names = geography.Countries.Select(c => c.Name).Where(n => n.Length >= 4).OrderByDescending(n => n.Length).ToArray();
        _headlines = material.Headlines.Select(h => Template.Of(h, names)).ToArray();
        _sentences = material.Sentences.Select(s => Template.Of(s, names)).ToArray();
    }

    /// <summary>Chunk <paramref name="index"/>: <paramref name="count"/> articles with ids from <paramref name="firstArticleId"/>.</summary>
    public SyntheticChunk Generate(int index, long firstArticleId, int count, long commentIdBase)
    {
        var rng = new Random(unchecked(_options.Seed * 1_000_003 + index));
        var chunk = new SyntheticChunk();
        var nextId = firstArticleId;
        var end = firstArticleId + count;
        while (nextId < end)
        {
            var size = (int)Math.Min(Math.Min(ClusterSize(rng), end - nextId), _sources.Count);
            var first = _now - TimeSpan.FromSeconds(rng.NextDouble() * _options.Span.TotalSeconds);
            var primary = PickCountry(rng);
            var secondary = Enumerable.Range(0, rng.Next(3)).Select(_ => _geography.Countries[rng.Next(_geography.Countries.Count)])
                .Where(c => c.Code != primary.Code).DistinctBy(c => c.Code).ToList();
            var headline = _headlines[rng.Next(_headlines.Length)].Render(primary.Name, withPrefix: true);
            var outlets = _sources.OrderBy(_ => rng.Next()).Take(size).ToList();
            var clusterId = nextId;
            var last = first;
            foreach (var (outlet, k) in outlets.Select((o, k) => (o, k)))
            {
                // The first article breaks the story (it leads the cluster); the others follow within a day and a half.
                var published = k == 0 ? first : Min(first + TimeSpan.FromMinutes(rng.Next(5, 36 * 60)), _now);
                if (published > last) last = published;
                var title = k == 0 ? headline : Variant(rng, headline);
                chunk.Articles.Add(Article(rng, nextId, outlet, title, primary, secondary, published, clusterId, commentIdBase, firstArticleId, chunk));
                Tag(rng, chunk, nextId, primary, secondary);
                nextId++;
            }
            chunk.Clusters.Add(new SyntheticChunk.ClusterRow(clusterId, clusterId, size, size, first, last));
        }
        return chunk;
    }

    private SyntheticChunk.ArticleRow Article(Random rng, long id, SyntheticSource outlet, string title, SyntheticGeography.Place primary,
        List<SyntheticGeography.Place> secondary, DateTimeOffset published, long clusterId, long commentIdBase, long chunkFirstId, SyntheticChunk chunk)
    {
        var sentenceCount = rng.Next(6, 15);
        var paragraphs = new List<string>();
        var paragraph = new List<string>();
        for (var i = 0; i < sentenceCount; i++)
        {
            var template = _sentences[rng.Next(_sentences.Length)];
            // The lead sentence names the story's country; later ones now and then a secondary country.
            var country = i == 0 || secondary.Count == 0 || rng.Next(3) > 0 ? primary.Name : secondary[rng.Next(secondary.Count)].Name;
            paragraph.Add(template.Render(country, withPrefix: false));
            if (paragraph.Count >= 2 + rng.Next(2)) { paragraphs.Add(string.Join(' ', paragraph)); paragraph.Clear(); }
        }
        if (paragraph.Count > 0) paragraphs.Add(string.Join(' ', paragraph));
        var text = string.Join("\n\n", paragraphs);
        var html = string.Concat(paragraphs.Select(p => "<p>" + WebUtility.HtmlEncode(p) + "</p>"));
        var slug = Slugs.From(title);
        var comments = rng.NextDouble() < _options.CommentShare ? Comments(rng, id, published, commentIdBase + (id - chunkFirstId) * MaxCommentsPerArticle, chunk) : 0;
        return new SyntheticChunk.ArticleRow(id, outlet.Id, outlet.Name, $"https://synthetic.newshub.test/{outlet.Slug}/{id}/{slug}", title, slug,
            _material.Bylines[rng.Next(_material.Bylines.Count)], paragraphs[0].Length > 600 ? paragraphs[0][..600] : paragraphs[0], html, text,
            published, ArticleIngester.Hash(text + id), clusterId, comments);
    }

    private static void Tag(Random rng, SyntheticChunk chunk, long id, SyntheticGeography.Place primary, List<SyntheticGeography.Place> secondary)
    {
        chunk.Countries.Add(new(id, primary.Code, Math.Round(0.7 + rng.NextDouble() * 0.3, 3), true, primary.Name));
        foreach (var c in secondary) chunk.Countries.Add(new(id, c.Code, Math.Round(0.2 + rng.NextDouble() * 0.4, 3), false, c.Name));
        var regions = new List<(string Slug, bool Primary)>();
        foreach (var slug in primary.Regions) if (regions.All(r => r.Slug != slug)) regions.Add((slug, regions.Count == 0));
        foreach (var slug in secondary.SelectMany(c => c.Regions)) if (regions.All(r => r.Slug != slug)) regions.Add((slug, false));
        foreach (var (slug, isPrimary) in regions) chunk.Regions.Add(new(id, slug, isPrimary ? 0.9 : 0.4, isPrimary));
    }

    private int Comments(Random rng, long articleId, DateTimeOffset published, long firstCommentId, SyntheticChunk chunk)
    {
        var count = rng.Next(1, 7);
        var at = published;
        var depths = new List<int>();
        for (var k = 0; k < count; k++)
        {
            at += TimeSpan.FromMinutes(rng.Next(5, 180));
            long? parent = null;
            var depth = 0;
            if (k > 0 && rng.Next(10) < 3)
            {
                var p = rng.Next(k);
                parent = firstCommentId + p;
                depth = Math.Min(depths[p] + 1, 3);
            }
            depths.Add(depth);
            var body = CommentLines[rng.Next(CommentLines.Length)];
            chunk.Comments.Add(new(firstCommentId + k, articleId, parent, depth, _readers[rng.Next(_readers.Count)], body,
                "<p>" + WebUtility.HtmlEncode(body) + "</p>", Min(at, _now)));
        }
        return count;
    }

    /// <summary>
    /// A regional aggregator: most stories are about the countries of its first regions (the gazetteer's sort order, Central
    /// Asia and the Caucasus first), the rest about anywhere. Keeps a name like "Kazakhstan" in a realistic share of articles.
    /// </summary>
    private SyntheticGeography.Place PickCountry(Random rng) =>
        _focus.Length > 0 && rng.Next(100) < 60 ? _focus[rng.Next(_focus.Length)] : _geography.Countries[rng.Next(_geography.Countries.Count)];

    /// <summary>Most stories are told by one outlet; a few by many (the shape real clustering produces).</summary>
    private static int ClusterSize(Random rng) => rng.Next(100) switch
    {
        < 60 => 1, < 80 => 2, < 90 => 3, _ => rng.Next(4, 9),
    };

    private static readonly string[] Prefixes = ["Update: ", "Analysis: ", "Explainer: ", "", "", ""];

    private static string Variant(Random rng, string headline) => Prefixes[rng.Next(Prefixes.Length)] + headline;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    /// <summary>
    /// A real sentence with every country it names marked, so the story's country takes their place: the material's
    /// own subjects (Kazakhstan, mostly) would otherwise appear in far more articles than in a real corpus.
    /// </summary>
    private readonly record struct Template(string Text, (int Start, int Length)[] Slots)
    {
        public static Template Of(string text, string[] countryNames)
        {
            var slots = new List<(int Start, int Length)>();
            foreach (var name in countryNames)
            {
                for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
                {
                    var whole = (at == 0 || !char.IsLetter(text[at - 1])) && (at + name.Length == text.Length || !char.IsLetter(text[at + name.Length]));
                    if (whole && slots.All(s => at + name.Length <= s.Start || at >= s.Start + s.Length)) slots.Add((at, name.Length));
                }
            }
            return new Template(text, slots.OrderBy(s => s.Start).ToArray());
        }

        public string Render(string country, bool withPrefix)
        {
            if (Slots.Length == 0) return withPrefix ? country + ": " + Text : Text;
            var sb = new System.Text.StringBuilder(Text.Length + 16);
            var from = 0;
            foreach (var (start, length) in Slots)
            {
                sb.Append(Text, from, start - from).Append(country);
                from = start + length;
            }
            return sb.Append(Text, from, Text.Length - from).ToString();
        }
    }
}
