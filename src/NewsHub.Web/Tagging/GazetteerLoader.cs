namespace NewsHub.Web.Tagging;

/// <summary>
/// Reads the gazetteer's tab-separated files. The generated names come first; the hand-curated files replace
/// them phrase by phrase, so an editor's correction survives the next regeneration.
/// </summary>
internal static class GazetteerLoader
{
    private static readonly string[] CuratedNameFiles = ["places.tsv", "people.tsv", "not-places.tsv"];

    private sealed record Row(string File, int Line, string[] Columns)
    {
        public string this[int i] => i < Columns.Length ? Columns[i].Trim() : "";
        public string Where => $"{File}:{Line}";
    }

    public static Gazetteer Load(string folder)
    {
        if (!Directory.Exists(folder)) throw new GazetteerFormatException($"gazetteer folder not found: {folder}");
        var countryRows = ReadRows(folder, Path.Combine("generated", "countries.tsv"));
        var regionRows = ReadRows(folder, "regions.tsv");

        var codes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var countryNames = new List<(string Code, string Name)>();
        foreach (var row in countryRows)
        {
            var code = row[0].ToUpperInvariant();
            if (code.Length != 2 || row[1].Length == 0) throw Error(row, "expected: code<TAB>name");
            if (!codes.TryAdd(code, countryNames.Count)) throw Error(row, $"country {code} listed twice");
            countryNames.Add((code, row[1]));
        }

        var regions = new List<GazetteerRegion>();
        var regionPhrases = new List<(Row Row, string Phrase, int Region)>();
        var membership = countryNames.Select(_ => new List<string>()).ToArray();
        foreach (var row in regionRows)
        {
            if (row[0].Length == 0 || row[1].Length == 0 || !int.TryParse(row[2], out var sort))
                throw Error(row, "expected: slug<TAB>name<TAB>sort order<TAB>countries<TAB>phrases");
            var members = row[3].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => c.ToUpperInvariant()).ToList();
            foreach (var code in members)
            {
                if (!codes.TryGetValue(code, out var ci)) throw Error(row, $"unknown country code {code}");
                membership[ci].Add(row[0]);
            }
            foreach (var phrase in Split(row[4])) regionPhrases.Add((row, phrase, regions.Count));
            regions.Add(new GazetteerRegion(row[0], row[1], sort, members));
        }
        if (regions.Select(r => r.Slug).Distinct(StringComparer.Ordinal).Count() != regions.Count)
            throw new GazetteerFormatException("regions.tsv: a region slug is listed twice");
        // Regions keep the editor's order; a country's regions follow it too.
        var order = regions.OrderBy(r => r.SortOrder).Select(r => r.Slug).ToList();
        var countries = countryNames
            .Select((c, i) => new GazetteerCountry(c.Code, c.Name, membership[i].OrderBy(order.IndexOf).ToList()))
            .ToList();

        var entries = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var curatedAt = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (row, phrase, region) in regionPhrases)
            AddCurated(entries, curatedAt, row, phrase, new GazetteerEntry { Phrase = phrase, Kind = NameKind.Region, Weight = NameKinds.DefaultWeight(NameKind.Region), Region = region });
        foreach (var row in ReadRows(folder, Path.Combine("generated", "names.tsv")))
        {
            var entry = ParseName(row, codes);
            entries.TryAdd(Normalize(row, entry.Phrase), entry);
        }
        foreach (var file in CuratedNameFiles)
            foreach (var row in ReadRows(folder, file))
                AddCurated(entries, curatedAt, row, row[0], ParseName(row, codes));

        var cues = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in ReadRows(folder, "ambiguous.tsv").GroupBy(r => Normalize(r, r[0])))
        {
            var first = group.First();
            var kind = NameKinds.Parse(first[1]);
            var senses = group.Select(r => new AmbiguousSense
            {
                Countries = ParseCountries(r, r[4], codes),
                SupportedByAnyEvidence = r[5] switch
                {
                    "any" => true,
                    "cues" => false,
                    _ => throw Error(r, "support must be 'any' or 'cues'"),
                },
                CueIds = Split(r[6]).Select(c => CueId(cues, Normalize(r, c))).Distinct().ToArray(),
            }).ToArray();
            var entry = new GazetteerEntry
            {
                Phrase = first[0],
                Kind = kind,
                Weight = ParseWeight(first, first[2], kind),
                Flags = ParseFlags(first, first[3]),
                Senses = senses,
            };
            AddCurated(entries, curatedAt, first, first[0], entry);
        }

        var index = new PhraseIndex();
        var list = new List<GazetteerEntry>(entries.Count);
        foreach (var (phrase, entry) in entries)
        {
            index.AddEntry(phrase, list.Count);
            list.Add(entry);
        }
        foreach (var (phrase, id) in cues) index.AddCue(phrase, id);
        return new Gazetteer(countries, regions.OrderBy(r => r.SortOrder).ToList(), list, index, cues.Count);
    }

    private static void AddCurated(Dictionary<string, GazetteerEntry> entries, Dictionary<string, string> curatedAt, Row row, string phrase, GazetteerEntry entry)
    {
        var key = Normalize(row, phrase);
        if (curatedAt.TryGetValue(key, out var where))
            throw Error(row, $"'{phrase}' is already defined at {where}");
        curatedAt[key] = row.Where;
        entries[key] = entry;
    }

    private static GazetteerEntry ParseName(Row row, Dictionary<string, int> codes)
    {
        if (row[0].Length == 0) throw Error(row, "empty phrase");
        var kind = Parse(row, () => NameKinds.Parse(row[2]));
        var countries = ParseCountries(row, row[1], codes);
        if (kind != NameKind.NotPlace && countries.Length == 0) throw Error(row, "a name must point at a country (use kind not-place for names that do not)");
        return new GazetteerEntry
        {
            Phrase = row[0],
            Kind = kind,
            Weight = ParseWeight(row, row[3], kind),
            Flags = ParseFlags(row, row[4]),
            Countries = kind == NameKind.NotPlace ? [] : countries,
        };
    }

    private static int[] ParseCountries(Row row, string text, Dictionary<string, int> codes)
    {
        if (text is "" or "-") return [];
        return text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(c => codes.TryGetValue(c, out var i) ? i : throw Error(row, $"unknown country code {c}"))
            .ToArray();
    }

    private static double ParseWeight(Row row, string text, NameKind kind)
    {
        if (text.Length == 0) return NameKinds.DefaultWeight(kind);
        if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var w) || w < 0 || w > 3)
            throw Error(row, $"weight '{text}' is not a number between 0 and 3");
        return w;
    }

    private static NameFlags ParseFlags(Row row, string text) => Parse(row, () => NameKinds.ParseFlags(text));

    private static T Parse<T>(Row row, Func<T> parse)
    {
        try { return parse(); }
        catch (FormatException e) { throw Error(row, e.Message); }
    }

    private static int CueId(Dictionary<string, int> cues, string phrase)
    {
        if (!cues.TryGetValue(phrase, out var id)) cues[phrase] = id = cues.Count;
        return id;
    }

    private static string Normalize(Row row, string phrase)
    {
        var normalized = GazetteerText.NormalizePhrase(phrase);
        return normalized.Length > 0 ? normalized : throw Error(row, $"'{phrase}' has no letters or digits");
    }

    private static IEnumerable<string> Split(string list) =>
        list.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static List<Row> ReadRows(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path)) throw new GazetteerFormatException($"gazetteer file not found: {path}");
        var rows = new List<Row>();
        var n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Length == 0 || line.StartsWith('#') || string.IsNullOrWhiteSpace(line)) continue;
            rows.Add(new Row(file, n, line.Split('\t')));
        }
        return rows;
    }

    private static GazetteerFormatException Error(Row row, string message) => new($"{row.Where}: {message}");
}
