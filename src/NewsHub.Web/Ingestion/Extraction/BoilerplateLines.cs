using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsHub.Web.Ingestion.Extraction;

/// <summary>
/// Recognises short lines that are page furniture whatever the markup: promos ("READ MORE:",
/// "You can download the … application"), comment prompts, datelines and bylines, ad labels and
/// all-capitals link promos. Only short lines are judged, so prose that merely contains such words stays.
/// </summary>
internal static partial class BoilerplateLines
{
    [GeneratedRegex(@"^(read more|see more|see also|more from|also read|read also|related( (stories|articles|coverage|content|news|links|posts))?|don[’']?t miss|you may also like|you might also like|recommended( for you)?|trending( now)?|most (read|popular|viewed)|latest( news)?|top stories|watch( now)?:|click here|sign up|subscribe|continue reading|share (this|on)|follow us|advertisement|sponsored|leave (a|the first) comment|what is your opinion|what do you think|join the (conversation|discussion)|loading|newsletter)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PromoStart();

    [GeneratedRegex(@"you can download the .{1,60}\b(app|application)\b|download (the|our) .{1,40}\bapp\b|get the .{1,40}\bapp\b|contributed to this report|^reporting by\b|^(editing|writing) by\b|sign up (for|to) (our|the)|follow .{1,40} on (twitter|facebook|instagram|telegram)|comments? (are|is) closed|be the first to comment|no comments yet|^(\d+ )?comments?$|^share$|^(tags?|topics?)\s*:",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PromoAnywhere();

    [GeneratedRegex(@"^(published|updated|posted|last updated|first published|modified|date)\b\W{0,3}.{0,100}\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^by\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex BylineStart();

    [GeneratedRegex(@"\d{1,2}[/.:]\d{1,2}|\b(19|20)\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex DateLike();

    /// <summary>True for a furniture line; <paramref name="introducesLinks"/> when it heads a list of teasers ("You may also like").</summary>
    public static bool IsBoilerplate(string text, IElement block, out bool introducesLinks)
    {
        introducesLinks = false;
        if (ClassVocabulary.AdOrLoadingWords().IsMatch(text)) return true;
        if (PromoStart().IsMatch(text) && text.Length <= 160)
        {
            // "See more photos:" introduces what follows; it is the article's own line.
            if (text.EndsWith(':')) return false;
            introducesLinks = true;
            return true;
        }
        if (PromoAnywhere().IsMatch(text)) return true;
        if (Dateline().IsMatch(text) && text.Length <= 120) return true;
        if (IsBylineLine(text)) return true;
        return IsCapitalLinkPromo(text, block);
    }

    private static bool IsBylineLine(string text)
    {
        if (text.Length > 100 || !BylineStart().IsMatch(text) || text.EndsWith('.')) return false;
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words <= 5 || DateLike().IsMatch(text);
    }

    /// <summary>"CLICK HERE TO GET THE APP", "STAR ELIMINATED FROM SHOW": an all-capitals line that is a link.</summary>
    private static bool IsCapitalLinkPromo(string text, IElement block)
    {
        if (block.GetElementsByTagName("a").Length == 0 || ElementText.LinkDensity(block) < 0.5) return false;
        var letters = 0;
        var upper = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        return letters >= 10 && upper >= 0.85 * letters && text.Contains(' ', StringComparison.Ordinal);
    }
}
