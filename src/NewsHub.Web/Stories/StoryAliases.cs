namespace NewsHub.Web.Stories;

/// <summary>
/// Demonyms and alternative country names folded to one term, so "Iranian officials" and "Iran" count as the same
/// evidence. Only the countries and neighbours NewsHub covers most, plus the big actors they are reported with.
/// </summary>
internal static class StoryAliases
{
    private static readonly Dictionary<string, string> Map = new(StringComparer.Ordinal)
    {
        ["turkiye"] = "turkey", ["turkish"] = "turkey",
        ["iranian"] = "iran", ["omani"] = "oman",
        ["kazakh"] = "kazakhstan", ["kazakhstani"] = "kazakhstan",
        ["uzbek"] = "uzbekistan", ["kyrgyz"] = "kyrgyzstan", ["tajik"] = "tajikistan",
        ["turkmen"] = "turkmenistan", ["azerbaijani"] = "azerbaijan", ["azeri"] = "azerbaijan",
        ["armenian"] = "armenia", ["georgian"] = "georgia", ["afghan"] = "afghanistan",
        ["russian"] = "russia", ["chinese"] = "china", ["japanese"] = "japan", ["cuban"] = "cuba",
        ["spanish"] = "spain", ["portuguese"] = "portugal", ["pakistani"] = "pakistan", ["indian"] = "india",
        ["german"] = "germany", ["french"] = "france", ["british"] = "uk", ["american"] = "usa",
        ["ukrainian"] = "ukraine", ["israeli"] = "israel", ["syrian"] = "syria", ["iraqi"] = "iraq",
        ["saudi"] = "saudi", ["emirati"] = "uae", ["european"] = "europe", ["mongolian"] = "mongolia",
        ["quake"] = "earthquake",
    };

    public static bool TryGet(string word, out string alias) => Map.TryGetValue(word, out alias!);
}
