namespace NewsHub.Web.Ingestion.Parsing;

/// <summary>Month, weekday and time-zone words that <see cref="FeedDateParser"/> recognises.</summary>
internal static class DateWords
{
    // Stems, longest first so "juil" (French July) wins over "jui"-like prefixes and "juin" over "jun".
    private static readonly (string Stem, int Month)[] MonthStems = new (string, int)[]
    {
        // English, German, French, Spanish, Italian-ish abbreviations
        ("jan", 1), ("feb", 2), ("fév", 2), ("fev", 2), ("mar", 3), ("mär", 3), ("apr", 4), ("avr", 4), ("abr", 4),
        ("may", 5), ("mai", 5), ("mayo", 5), ("jun", 6), ("juin", 6), ("jul", 7), ("juil", 7), ("aug", 8),
        ("aoû", 8), ("aou", 8), ("ago", 8), ("sep", 9), ("set", 9), ("oct", 10), ("okt", 10), ("nov", 11),
        ("dec", 12), ("déc", 12), ("dez", 12), ("dic", 12), ("ene", 1), ("janv", 1), ("févr", 2),
        // Turkish
        ("oca", 1), ("şub", 2), ("nis", 4), ("haz", 6), ("tem", 7), ("ağu", 8), ("eyl", 9), ("eki", 10),
        ("kas", 11), ("ara", 12),
        // Azerbaijani / Uzbek latin
        ("yanv", 1), ("fevr", 2), ("iyun", 6), ("iyul", 7), ("avq", 8), ("avg", 8), ("sent", 9), ("noy", 11), ("dek", 12),
        // Russian (nominative and genitive share these stems)
        ("янв", 1), ("фев", 2), ("мар", 3), ("апр", 4), ("май", 5), ("мая", 5), ("июн", 6), ("июл", 7),
        ("авг", 8), ("сен", 9), ("окт", 10), ("ноя", 11), ("дек", 12),
    }.OrderByDescending(s => s.Item1.Length).ToArray();

    public static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal)
    {
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "lun", "mar", "mer", "jeu", "ven", "sam", "dim", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
        "dimanche", "lundi", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar",
    };

    /// <summary>RFC 822 zones plus the abbreviations regional outlets print. "CST" is read as US Central, as RFC 822 says.</summary>
    public static readonly Dictionary<string, TimeSpan> Zones = new(StringComparer.Ordinal)
    {
        ["z"] = TimeSpan.Zero, ["ut"] = TimeSpan.Zero, ["utc"] = TimeSpan.Zero, ["gmt"] = TimeSpan.Zero,
        ["wet"] = TimeSpan.Zero,
        ["est"] = TimeSpan.FromHours(-5), ["edt"] = TimeSpan.FromHours(-4), ["cst"] = TimeSpan.FromHours(-6),
        ["cdt"] = TimeSpan.FromHours(-5), ["mst"] = TimeSpan.FromHours(-7), ["mdt"] = TimeSpan.FromHours(-6),
        ["pst"] = TimeSpan.FromHours(-8), ["pdt"] = TimeSpan.FromHours(-7), ["akst"] = TimeSpan.FromHours(-9),
        ["akdt"] = TimeSpan.FromHours(-8), ["hst"] = TimeSpan.FromHours(-10),
        ["bst"] = TimeSpan.FromHours(1), ["west"] = TimeSpan.FromHours(1), ["cet"] = TimeSpan.FromHours(1),
        ["met"] = TimeSpan.FromHours(1), ["cest"] = TimeSpan.FromHours(2), ["mest"] = TimeSpan.FromHours(2),
        ["eet"] = TimeSpan.FromHours(2), ["eest"] = TimeSpan.FromHours(3), ["msk"] = TimeSpan.FromHours(3),
        ["trt"] = TimeSpan.FromHours(3), ["irst"] = new TimeSpan(3, 30, 0), ["azt"] = TimeSpan.FromHours(4),
        ["get"] = TimeSpan.FromHours(4), ["gst"] = TimeSpan.FromHours(4), ["uzt"] = TimeSpan.FromHours(5),
        ["tjt"] = TimeSpan.FromHours(5), ["tmt"] = TimeSpan.FromHours(5), ["pkt"] = TimeSpan.FromHours(5),
        ["almt"] = TimeSpan.FromHours(5), ["aqtt"] = TimeSpan.FromHours(5), ["ist"] = new TimeSpan(5, 30, 0),
        ["kgt"] = TimeSpan.FromHours(6), ["sgt"] = TimeSpan.FromHours(8), ["hkt"] = TimeSpan.FromHours(8),
        ["jst"] = TimeSpan.FromHours(9), ["kst"] = TimeSpan.FromHours(9), ["aest"] = TimeSpan.FromHours(10),
        ["aedt"] = TimeSpan.FromHours(11),
    };

    /// <summary>The month a word names (1–12), or null. Needs at least three letters so "de" or "am" never match.</summary>
    public static int? MonthOf(string lowerWord)
    {
        if (lowerWord.Length < 3) return null;
        foreach (var (stem, month) in MonthStems)
            if (lowerWord.StartsWith(stem, StringComparison.Ordinal)) return month;
        return null;
    }
}
