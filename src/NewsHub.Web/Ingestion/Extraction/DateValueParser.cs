using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsHub.Web.Ingestion.Extraction;

/// <summary>
/// Turns the date strings found on news pages (ISO 8601 with or without offset, RFC 1123, Unix
/// seconds, "18 November 2019 14:30", "Nov 18, 2019") into UTC. A value without a zone is taken as UTC.
/// </summary>
internal static partial class DateValueParser
{
    private static readonly DateTimeOffset Earliest = new(1995, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Latest = new(2100, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    [GeneratedRegex(@"([+-]\d{2})(\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex CompactOffset();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})(?:\D{1,6}?(\d{1,2}):(\d{2}))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:\D{1,6}?(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?", RegexOptions.CultureInvariant)]
    private static partial Regex IsoInText();

    [GeneratedRegex(@"\b(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\D{1,6}?(\d{1,2}):(\d{2}))?", RegexOptions.CultureInvariant)]
    private static partial Regex DottedDayFirst();

    [GeneratedRegex(@"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();

    /// <summary>Parses a machine-readable value (meta content, datetime attribute, JSON-LD).</summary>
    public static DateTimeOffset? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            if (text.Length == 13) epoch /= 1000;
            return text.Length is 10 or 13 ? Valid(DateTimeOffset.FromUnixTimeSeconds(epoch)) : null;
        }
        text = CompactOffset().Replace(text, "$1:$2");
        if (text.EndsWith(" UTC", StringComparison.OrdinalIgnoreCase) || text.EndsWith(" GMT", StringComparison.OrdinalIgnoreCase))
            text = text[..^4] + "Z";
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
            return Valid(parsed);
        return FindInText(value);
    }

    /// <summary>Finds a human-written date ("Published 18 November 2019, 14:30") inside a short text.</summary>
    public static DateTimeOffset? FindInText(string text)
    {
        if (IsoInText().Match(text) is { Success: true } iso)
            return Build(iso.Groups[1].Value, iso.Groups[2].Value, iso.Groups[3].Value, iso.Groups[4].Value, iso.Groups[5].Value, null);
        if (DayMonthYear().Match(text) is { Success: true } dmy)
            return Build(dmy.Groups[3].Value, MonthNumber(dmy.Groups[2].Value), dmy.Groups[1].Value, dmy.Groups[4].Value, dmy.Groups[5].Value, null);
        if (MonthDayYear().Match(text) is { Success: true } mdy)
            return Build(mdy.Groups[3].Value, MonthNumber(mdy.Groups[1].Value), mdy.Groups[2].Value, mdy.Groups[4].Value, mdy.Groups[5].Value, mdy.Groups[6].Value);
        if (DottedDayFirst().Match(text) is { Success: true } dotted)
            return Build(dotted.Groups[3].Value, dotted.Groups[2].Value, dotted.Groups[1].Value, dotted.Groups[4].Value, dotted.Groups[5].Value, null);
        return null;
    }

    /// <summary>A full year-month-day in the URL path (/2019/11/18/), as many CMSs put it.</summary>
    public static DateTimeOffset? FromUrl(Uri url)
    {
        var match = UrlDate().Match(url.AbsolutePath);
        return match.Success ? Build(match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value, "", "", null) : null;
    }

    private static string MonthNumber(string name)
    {
        var prefix = name.ToLowerInvariant()[..3];
        return (Array.FindIndex(Months, m => m.StartsWith(prefix, StringComparison.Ordinal)) + 1).ToString(CultureInfo.InvariantCulture);
    }

    private static DateTimeOffset? Build(string year, string month, string day, string hour, string minute, string? meridiem)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        var h = hour.Length > 0 ? int.Parse(hour, CultureInfo.InvariantCulture) : 0;
        var min = minute.Length > 0 ? int.Parse(minute, CultureInfo.InvariantCulture) : 0;
        if (!string.IsNullOrEmpty(meridiem))
        {
            var pm = char.ToLowerInvariant(meridiem[0]) == 'p';
            if (pm && h < 12) h += 12;
            if (!pm && h == 12) h = 0;
        }
        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(Math.Clamp(y, 1, 9999), m) || h > 23 || min > 59) return null;
        return Valid(new DateTimeOffset(y, m, d, h, min, 0, TimeSpan.Zero));
    }

    private static DateTimeOffset? Valid(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return utc >= Earliest && utc < Latest ? utc : null;
    }
}
