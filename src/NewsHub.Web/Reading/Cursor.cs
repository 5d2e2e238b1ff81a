using System.Globalization;

namespace NewsHub.Web.Reading;

/// <summary>
/// Keyset pagination position: the (time, id) of the last item shown. Page 50 costs what page 1
/// costs, unlike OFFSET, and a story arriving meanwhile does not shift the pages.
/// </summary>
public readonly record struct Cursor(DateTimeOffset Time, long Id)
{
    public override string ToString() => $"{Time.UtcTicks.ToString(CultureInfo.InvariantCulture)}-{Id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Null for a missing or malformed value: a bad ?before= shows the first page, not an error.</summary>
    public static Cursor? Parse(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 60) return null;
        var dash = value.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0) return null;
        if (!long.TryParse(value.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            || !long.TryParse(value.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return null;
        if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks) return null;
        return new Cursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
    }
}
