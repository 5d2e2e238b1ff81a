namespace NewsHub.Web.Reading;

/// <summary>"5 minutes ago", "yesterday", "3 Nov": how news sites show recency.</summary>
public static class RelativeTime
{
    public static string Format(DateTimeOffset when, DateTimeOffset now)
    {
        var age = now - when;
        if (age < TimeSpan.Zero) return "just now";
        if (age < TimeSpan.FromMinutes(1)) return "just now";
        if (age < TimeSpan.FromHours(1)) return Plural((int)age.TotalMinutes, "minute");
        if (age < TimeSpan.FromHours(24)) return Plural((int)age.TotalHours, "hour");
        if (age < TimeSpan.FromDays(2)) return "yesterday";
        if (age < TimeSpan.FromDays(7)) return Plural((int)age.TotalDays, "day");
        return when.Year == now.Year ? when.ToString("d MMM", System.Globalization.CultureInfo.InvariantCulture)
                                     : when.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Plural(int n, string unit) => n == 1 ? $"1 {unit} ago" : $"{n} {unit}s ago";
}
