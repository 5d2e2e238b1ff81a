namespace NewsHub.Web.Tagging;

/// <summary>
/// Tags an article with the countries and regions it is about. Every _gazetteer phrase found is evidence
/// weighted by what it is (a country's name counts more than a city or an adjective) and where it is (the
/// headline three times the body, the lead twice). A country is "about" when its score clears
/// <see cref="AboutThreshold"/>; the score mixes how much evidence there is with how it compares to the
/// strongest country, so a passing mention in a long story stays out. Thread-safe: one instance serves all.
/// </summary>
public sealed class ArticleTagger
{
    /// <summary>The score of a tag that only the source's default gives (the text names no place).</summary>
    public const double HintOnlyScore = 0.3;

    private const int MaxEvidence = 8;

    private readonly Gazetteer _gazetteer;
    private readonly ScoringWeights _weights;
    private readonly PhraseMatcher _matcher;

    public ArticleTagger(Gazetteer gazetteer) : this(gazetteer, ScoringWeights.Default) { }

    internal ArticleTagger(Gazetteer gazetteer, ScoringWeights weights)
    {
        _gazetteer = gazetteer;
        _weights = weights;
        _matcher = new PhraseMatcher(gazetteer);
    }

    /// <summary>Countries and regions scoring below this are mentioned, not what the text is about.</summary>
    public double AboutThreshold => _weights.AboutThreshold;

    public Gazetteer Gazetteer => _gazetteer;

    public TagResult Tag(TaggingInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var matches = new List<PhraseMatch>();
        var cuesSeen = new bool[_gazetteer.CueCount];
        _matcher.Scan(input.Title, TextZone.Title, matches, cuesSeen);
        _matcher.Scan(input.Lead, TextZone.Lead, matches, cuesSeen);
        _matcher.Scan(input.Body, TextZone.Body, matches, cuesSeen);

        var countryEvidence = new double[_gazetteer.Countries.Count];
        var regionEvidence = new double[_gazetteer.Regions.Count];
        var words = new Dictionary<int, List<string>>();
        var senses = ResolveSenses(matches, cuesSeen);
        foreach (var m in matches)
        {
            var entry = _gazetteer.Entries[m.Entry];
            var weight = entry.Weight * ZoneWeight(m);
            if (entry.Region >= 0) regionEvidence[entry.Region] += weight;
            var countries = entry.IsAmbiguous ? senses[m.Entry] : entry.Countries;
            foreach (var c in countries)
            {
                countryEvidence[c] += weight;
                var list = words.TryGetValue(c, out var l) ? l : words[c] = [];
                if (list.Count < MaxEvidence && !list.Contains(m.Surface, StringComparer.OrdinalIgnoreCase)) list.Add(m.Surface);
            }
        }

        var hint = input.SourceCountryHint is { } h ? _gazetteer.CountryIndexOf(h) : -1;
        if (hint >= 0 && countryEvidence[hint] > 0) countryEvidence[hint] += _weights.HintBonus;
        var countryTags = ScoreCountries(countryEvidence, words);
        if (countryTags.Count == 0 && hint >= 0 && regionEvidence.All(e => e == 0))
        {
            var country = _gazetteer.Countries[hint];
            countryTags.Add((hint, new CountryTag(country.Code, country.Name, HintOnlyScore, true, ["source's default country"])));
            return new TagResult([countryTags[0].Tag], HintOnlyRegions(hint));
        }
        var regionTags = ScoreRegions(countryTags, regionEvidence, countryEvidence.Max(), input.SourceRegionHint);
        return new TagResult(countryTags.Select(t => t.Tag).ToList(), regionTags);
    }

    private double ZoneWeight(PhraseMatch m) => m.Zone switch
    {
        TextZone.Title => m.Position < _weights.HeadlineWords ? _weights.TitleWeight : _weights.TitleWeight * _weights.LongTitleFactor,
        TextZone.Lead => _weights.LeadWeight,
        _ => _weights.BodyWeight,
    };

    /// <summary>
    /// Chooses one sense per ambiguous phrase for the whole text: the sense whose cues, or other evidence for
    /// its country, appear most; ties keep the default (first) sense.
    /// </summary>
    private Dictionary<int, int[]> ResolveSenses(List<PhraseMatch> matches, bool[] cuesSeen)
    {
        var resolved = new Dictionary<int, int[]>();
        if (!matches.Any(m => _gazetteer.Entries[m.Entry].IsAmbiguous)) return resolved;
        var direct = new HashSet<int>();
        foreach (var m in matches)
            foreach (var c in _gazetteer.Entries[m.Entry].Countries) direct.Add(c);
        foreach (var m in matches)
        {
            var entry = _gazetteer.Entries[m.Entry];
            if (!entry.IsAmbiguous || resolved.ContainsKey(m.Entry)) continue;
            AmbiguousSense? best = null;
            var bestSupport = -1;
            foreach (var sense in entry.Senses)
            {
                var support = sense.CueIds.Count(id => cuesSeen[id]);
                if (sense.SupportedByAnyEvidence) support += sense.Countries.Count(direct.Contains);
                if (support > bestSupport) (best, bestSupport) = (sense, support);
            }
            resolved[m.Entry] = best!.Countries;
        }
        return resolved;
    }

    private List<(int Index, CountryTag Tag)> ScoreCountries(double[] evidence, Dictionary<int, List<string>> words)
    {
        var max = evidence.Max();
        var tags = new List<(int, CountryTag)>();
        if (max <= 0) return tags;
        var scored = evidence
            .Select((e, i) => (Index: i, Score: Score(e, max)))
            .Where(x => x.Score >= AboutThreshold)
            .OrderByDescending(x => x.Score).ThenBy(x => _gazetteer.Countries[x.Index].Code, StringComparer.Ordinal)
            .ToList();
        foreach (var (i, score) in scored)
        {
            var country = _gazetteer.Countries[i];
            tags.Add((i, new CountryTag(country.Code, country.Name, Math.Round(score, 3), tags.Count == 0, words[i])));
        }
        return tags;
    }

    /// <summary>Enough evidence (saturating) times its share of the strongest country's evidence.</summary>
    private double Score(double evidence, double max)
    {
        if (evidence <= 0) return 0;
        var amount = 1 - Math.Exp(-evidence / _weights.EvidenceScale);
        var share = evidence / max;
        return amount * (_weights.ShareFloor + (1 - _weights.ShareFloor) * share);
    }

    private List<RegionTag> ScoreRegions(List<(int Index, CountryTag Tag)> countries, double[] regionEvidence, double maxCountryEvidence, string? regionHint)
    {
        var regions = _gazetteer.Regions;
        var fromCountries = new double[regions.Count];
        Array.Fill(fromCountries, 1.0);
        foreach (var (index, tag) in countries)
            foreach (var r in _gazetteer.RegionsOfCountry[index]) fromCountries[r] *= 1 - tag.Score;
        var max = Math.Max(maxCountryEvidence, regionEvidence.Max());
        var scores = new double[regions.Count];
        for (var r = 0; r < regions.Count; r++)
        {
            // Naming a region ("Central Asia") counts like naming a country, weighed against the strongest evidence.
            var named = Score(regionEvidence[r], max);
            scores[r] = 1 - fromCountries[r] * (1 - named);
        }

        var hint = regionHint is null ? -1 : IndexOfRegion(regionHint);
        if (hint >= 0 && scores[hint] >= AboutThreshold) scores[hint] = Math.Min(1, scores[hint] + 0.05);
        var primary = countries.Count > 0
            ? _gazetteer.RegionsOfCountry[countries[0].Index].OrderByDescending(r => scores[r]).DefaultIfEmpty(-1).First()
            : -1;
        var ranked = Enumerable.Range(0, regions.Count)
            .Where(r => scores[r] >= AboutThreshold)
            .OrderByDescending(r => r == primary).ThenByDescending(r => scores[r]).ThenBy(r => regions[r].SortOrder)
            .ToList();
        if (ranked.Count == 0 && hint >= 0)
        {
            ranked.Add(hint);
            scores[hint] = HintOnlyScore;
        }
        return ranked
            .Select((r, n) => new RegionTag(regions[r].Slug, regions[r].Name, Math.Round(scores[r], 3), n == 0))
            .ToList();
    }

    private List<RegionTag> HintOnlyRegions(int country) =>
        _gazetteer.RegionsOfCountry[country]
            .Select((r, n) => new RegionTag(_gazetteer.Regions[r].Slug, _gazetteer.Regions[r].Name, HintOnlyScore, n == 0))
            .ToList();

    private int IndexOfRegion(string slug)
    {
        for (var r = 0; r < _gazetteer.Regions.Count; r++)
            if (string.Equals(_gazetteer.Regions[r].Slug, slug, StringComparison.OrdinalIgnoreCase)) return r;
        return -1;
    }
}
