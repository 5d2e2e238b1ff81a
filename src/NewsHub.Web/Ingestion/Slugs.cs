using System.Globalization;
using System.Text;

namespace NewsHub.Web.Ingestion;

/// <summary>URL slugs from headlines: "Türkiye's talks move to Oman" → "turkiyes-talks-move-to-oman".</summary>
public static class Slugs
{
    public const int MaxLength = 80;

    public static string From(string title)
    {
        var sb = new StringBuilder(Math.Min(title.Length, MaxLength + 10));
        var dash = false;
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is '\'' or '’') continue;
            var mapped = c switch { 'ı' => 'i', 'ə' or 'Ə' => 'e', 'ł' or 'Ł' => 'l', 'ø' or 'Ø' => 'o', 'đ' => 'd', _ => c };
            if (char.IsLetterOrDigit(mapped))
            {
                if (dash && sb.Length > 0) sb.Append('-');
                sb.Append(char.ToLowerInvariant(mapped));
                dash = false;
                if (sb.Length >= MaxLength) break;
            }
            else dash = true;
        }
        return sb.Length == 0 ? "article" : sb.ToString().TrimEnd('-');
    }
}
