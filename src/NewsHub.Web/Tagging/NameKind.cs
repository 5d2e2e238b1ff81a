namespace NewsHub.Web.Tagging;

/// <summary>What a gazetteer phrase is; the kind gives its default weight as evidence.</summary>
internal enum NameKind { Name, Alias, FormerName, Capital, Leader, Province, Place, City, Demonym, Organisation, Region, NotPlace }

[Flags]
internal enum NameFlags
{
    None = 0,
    /// <summary>An acronym: counts only when written in capitals ("US", "U.S.", not "us").</summary>
    Upper = 1,
    /// <summary>Also a common word: does not count when written all in lower case ("turkey", "china").</summary>
    Capitalised = 2,
}

internal static class NameKinds
{
    public static NameKind Parse(string text) => text switch
    {
        "name" => NameKind.Name,
        "alias" => NameKind.Alias,
        "former-name" => NameKind.FormerName,
        "capital" => NameKind.Capital,
        "leader" => NameKind.Leader,
        "province" => NameKind.Province,
        "place" => NameKind.Place,
        "city" => NameKind.City,
        "demonym" => NameKind.Demonym,
        "organisation" => NameKind.Organisation,
        "not-place" => NameKind.NotPlace,
        _ => throw new FormatException($"unknown kind '{text}' (name, alias, former-name, capital, leader, province, place, city, demonym, organisation, not-place)"),
    };

    public static double DefaultWeight(NameKind kind) => kind switch
    {
        NameKind.Name or NameKind.Alias or NameKind.FormerName => 1.0,
        NameKind.Leader => 0.9,
        NameKind.Capital => 0.8,
        NameKind.Region => 0.8,
        NameKind.Province or NameKind.Place => 0.7,
        NameKind.City or NameKind.Demonym => 0.6,
        NameKind.Organisation => 0.5,
        _ => 0,
    };

    public static NameFlags ParseFlags(string text)
    {
        var flags = NameFlags.None;
        foreach (var f in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            flags |= f switch
            {
                "upper" => NameFlags.Upper,
                "cap" => NameFlags.Capitalised,
                _ => throw new FormatException($"unknown flag '{f}' (upper, cap)"),
            };
        }
        return flags;
    }
}
