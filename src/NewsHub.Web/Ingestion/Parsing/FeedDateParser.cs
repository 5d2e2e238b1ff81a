using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsHub.Web.Ingestion.Parsing;

/// <summary>
/// Reads the dates feeds and sitemaps actually carry: RFC 822 with named or short zones ("EST", "+03"), missing
/// seconds, wrong or localized day names, ISO 8601 with or without zone, "22 Nov 2026 10:00", numeric day-first
/// dates, and month names in English, Russian, German, French, Spanish, Turkish and Azerbaijani. Instead of a list of
/// exact formats (which every new feed breaks) the text is split into tokens and each token is recognised by shape.
/// A date without a zone is read as UTC. Returns null, never throws, when no calendar date can be found.
/// </summary>
public static partial class FeedDateParser
{
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var date = new DateParts();
        foreach (Match token in Token().Matches(text))
        {
            if (token.Groups["time"].Success) date.ReadTime(token.Groups);
            else if (token.Groups["offset"].Success) date.ReadOffsetOrNumber(token.Value);
            else if (token.Groups["word"].Success) date.ReadWord(token.Value);
            else date.Numbers.Add(token.Value);
        }
        return date.Build();
    }

    /// <summary>Accumulates what the tokens said, then checks it is a real date.</summary>
    private sealed class DateParts
    {
        public readonly List<string> Numbers = [];
        private readonly List<(int Month, bool AlsoWeekday)> _months = [];
        private int _hour, _minute, _second;
        private bool _hasTime, _pm, _am;
        private TimeSpan _offset = TimeSpan.Zero;

        public void ReadTime(GroupCollection g)
        {
            if (_hasTime) return;
            _hasTime = true;
            _hour = int.Parse(g["h"].Value, CultureInfo.InvariantCulture);
            _minute = int.Parse(g["m"].Value, CultureInfo.InvariantCulture);
            _second = g["s"].Success ? int.Parse(g["s"].Value, CultureInfo.InvariantCulture) : 0;
        }

        // Before the time a sign is a date separator ("2026-11-22"); after it, a zone offset ("+0300", "-05:00", "+03").
        public void ReadOffsetOrNumber(string token)
        {
            var digits = token[1..].Replace(":", "", StringComparison.Ordinal);
            if (!_hasTime)
            {
                Numbers.Add(digits);
                return;
            }
            var hours = int.Parse(digits.Length <= 2 ? digits : digits[..^2], CultureInfo.InvariantCulture);
            var minutes = digits.Length <= 2 ? 0 : int.Parse(digits[^2..], CultureInfo.InvariantCulture);
            var offset = new TimeSpan(hours, minutes, 0);
            _offset += token[0] == '-' ? -offset : offset;
        }

        public void ReadWord(string word)
        {
            var w = word.ToLowerInvariant();
            if (w == "pm") _pm = true;
            else if (w == "am") _am = true;
            else if (DateWords.Zones.TryGetValue(w, out var zone)) _offset = zone;
            else if (DateWords.MonthOf(w) is { } month) _months.Add((month, DateWords.Weekdays.Contains(w)));
        }

        public DateTimeOffset? Build()
        {
            // "mar." is Tuesday in French and Spanish but March in English: a weekday only when another month follows.
            var month = _months.Count switch
            {
                0 => (int?)null,
                1 => _months[0].Month,
                _ => _months.FirstOrDefault(m => !m.AlsoWeekday, _months[0]).Month,
            };
            int year, day;
            var numbers = Numbers.Where(n => n.Length is >= 1 and <= 4).ToList();
            if (month is { } named)
            {
                // "22 Nov 2026", "Nov 22, 2026", "22 Nov 26": the four-digit number is the year, else the second one.
                var yearAt = numbers.FindIndex(n => n.Length == 4);
                if (yearAt < 0 && numbers.Count >= 2) yearAt = 1;
                var dayAt = numbers.FindIndex(n => n.Length <= 2);
                if (dayAt == yearAt) dayAt = numbers.FindIndex(yearAt + 1, n => n.Length <= 2);
                if (yearAt < 0 || dayAt < 0) return null;
                (year, day) = (ToYear(numbers[yearAt]), Int(numbers[dayAt]));
                return Make(year, named, day);
            }
            if (numbers.Count < 3) return null;
            if (numbers[0].Length == 4) return Make(Int(numbers[0]), Int(numbers[1]), Int(numbers[2]));
            var (first, second) = (Int(numbers[0]), Int(numbers[1]));
            // Day first (most of the world) unless that cannot be: "11/22/2026" is US month-first.
            return second > 12 && first <= 12
                ? Make(ToYear(numbers[2]), first, second)
                : Make(ToYear(numbers[2]), second, first);
        }

        private DateTimeOffset? Make(int year, int month, int day)
        {
            var hour = _hour;
            if (_pm && hour < 12) hour += 12;
            if (_am && hour == 12) hour = 0;
            if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
                || hour > 23 || _minute > 59 || _second > 60 || Math.Abs(_offset.TotalHours) > 14)
                return null;
            // A leap second (":60") is real in RFC 822 but not in DateTime.
            return new DateTimeOffset(year, month, day, hour, _minute, Math.Min(_second, 59), _offset);
        }

        private static int Int(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);

        private static int ToYear(string digits)
        {
            var value = Int(digits);
            return digits.Length > 2 ? value : value < 70 ? 2000 + value : 1900 + value;
        }
    }

    [GeneratedRegex(@"(?<time>(?<h>\d{1,2}):(?<m>\d{2})(?::(?<s>\d{2}))?(?:[.,]\d+)?)|(?<offset>[+-]\d{1,2}(?::?\d{2})?)(?!\d)|(?<word>\p{L}+)|(?<num>\d+)")]
    private static partial Regex Token();
}
