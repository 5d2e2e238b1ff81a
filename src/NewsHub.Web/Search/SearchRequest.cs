namespace NewsHub.Web.Search;

/// <summary>What a reader asked for, already made safe: trimmed, capped, defaults filled.</summary>
public sealed record SearchRequest(string Query, string? Region, string? Country, string? Source, DateOnly? From, DateOnly? To, bool SortByDate, int Page)
{
    public const int MaxQueryLength = 300;
    public const int MaxPage = 50;

    public static SearchRequest Parse(string? q, string? region, string? country, string? source, string? from, string? to, string? sort, int? page)
    {
        var query = (q ?? "").Trim();
        if (query.Length > MaxQueryLength) query = query[..MaxQueryLength];
        return new SearchRequest(query, Clean(region, 60)?.ToLowerInvariant(), Clean(country, 2)?.ToUpperInvariant(), Clean(source, 100),
            ParseDate(from), ParseDate(to), sort == "date", Math.Clamp(page ?? 1, 1, MaxPage));
    }

    public bool HasFilters => Region is not null || Country is not null || Source is not null || From is not null || To is not null;

    private static string? Clean(string? value, int max) => string.IsNullOrWhiteSpace(value) || value.Length > max ? null : value.Trim();

    private static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;
}
