namespace NewsHub.Web.Tagging;

/// <summary>
/// What the tagger reads: the headline and lead weigh more than the body. The source's default country and
/// region are hints: they break ties and tag a text that names no place, but never outvote the text.
/// </summary>
public sealed record TaggingInput(string Title, string? Lead, string? Body, string? SourceCountryHint = null, string? SourceRegionHint = null)
{
    /// <summary>
    /// Splits plain text by the command-line convention: the first non-empty line is the headline, the next
    /// paragraph the lead, the rest the body. Paragraphs are separated by blank lines when the text has any,
    /// otherwise each line is a paragraph.
    /// </summary>
    public static TaggingInput FromPlainText(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var i = 0;
        while (i < lines.Length && string.IsNullOrWhiteSpace(lines[i])) i++;
        var title = i < lines.Length ? lines[i++].Trim() : "";
        var rest = lines.Skip(i).ToList();
        while (rest.Count > 0 && string.IsNullOrWhiteSpace(rest[0])) rest.RemoveAt(0);
        while (rest.Count > 0 && string.IsNullOrWhiteSpace(rest[^1])) rest.RemoveAt(rest.Count - 1);
        var blankSeparated = rest.Any(string.IsNullOrWhiteSpace);
        var leadLines = blankSeparated ? rest.TakeWhile(l => !string.IsNullOrWhiteSpace(l)).ToList() : rest.Take(1).ToList();
        var lead = string.Join('\n', leadLines).Trim();
        var body = string.Join('\n', rest.Skip(leadLines.Count)).Trim();
        return new TaggingInput(title, lead.Length > 0 ? lead : null, body.Length > 0 ? body : null);
    }
}
