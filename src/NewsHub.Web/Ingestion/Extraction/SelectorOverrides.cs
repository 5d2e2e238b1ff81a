using AngleSharp.Dom;
using NewsHub.Web.Model;

namespace NewsHub.Web.Ingestion.Extraction;

/// <summary>
/// Applies a source's own CSS selectors, which win over the generic heuristics. A selector that
/// does not parse is a configuration error and is reported as such, naming the field.
/// </summary>
internal sealed class SelectorOverrides
{
    private readonly SourceSelectors? _selectors;

    public SelectorOverrides(SourceSelectors? selectors) => _selectors = selectors;

    public void RemoveUnwanted(IDocument document)
    {
        foreach (var element in Select(document, _selectors?.Remove, nameof(SourceSelectors.Remove)).ToList())
            element.Remove();
    }

    public string? Title(IDocument document) => FirstText(document, _selectors?.Title, nameof(SourceSelectors.Title));

    public string? Byline(IDocument document) => BylineCleaner.Clean(FirstText(document, _selectors?.Byline, nameof(SourceSelectors.Byline)));

    public DateTimeOffset? Date(IDocument document)
    {
        var element = Select(document, _selectors?.Date, nameof(SourceSelectors.Date)).FirstOrDefault();
        if (element is null) return null;
        return DateValueParser.Parse(element.GetAttribute("datetime") ?? element.GetAttribute("content"))
            ?? DateValueParser.FindInText(ElementText.Normalized(element));
    }

    /// <summary>All elements the body selector matches (outermost only), copied into one container.</summary>
    public IElement? Body(IDocument document)
    {
        var matches = Select(document, _selectors?.Body, nameof(SourceSelectors.Body)).ToList();
        if (matches.Count == 0) return null;
        var container = document.CreateElement("div");
        foreach (var match in matches)
        {
            if (matches.Any(other => !ReferenceEquals(other, match) && DomEdit.Contains(other, match))) continue;
            container.AppendChild(match.Clone(deep: true));
        }
        return container;
    }

    private static string? FirstText(IDocument document, string? selector, string field)
    {
        var element = Select(document, selector, field).FirstOrDefault();
        if (element is null) return null;
        var text = ElementText.Normalized(element);
        return text.Length == 0 ? null : text;
    }

    private static IEnumerable<IElement> Select(IDocument document, string? selector, string field)
    {
        if (string.IsNullOrWhiteSpace(selector)) return [];
        try
        {
            return document.QuerySelectorAll(selector);
        }
        catch (DomException e)
        {
            throw new ArgumentException($"source selector {field} is not a valid CSS selector: '{selector}' ({e.Message})", nameof(selector), e);
        }
    }
}
