using AngleSharp.Dom;

namespace NewsHub.Web.Ingestion.Extraction;

/// <summary>
/// Readability-style body finder: paragraphs earn points for length and commas, pass them to their
/// ancestors, and the best-scoring ancestor (adjusted for link density) becomes the article, joined
/// by paragraph-like siblings. One instance serves one attempt on one document.
/// </summary>
internal sealed class ContentGrabber
{
    private static readonly HashSet<string> ScoredTags = new(StringComparer.Ordinal) { "section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre" };
    private static readonly HashSet<string> UnlikelyRoles = new(StringComparer.Ordinal) { "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog" };
    private static readonly HashSet<string> KeepTagOnMerge = new(StringComparer.Ordinal) { "div", "article", "section", "p", "ol", "ul" };
    private const int TopCandidateCount = 5;

    private readonly IDocument _document;
    private readonly GrabFlags _flags;
    private readonly string? _title;
    private readonly Dictionary<IElement, double> _scores = new(ReferenceEqualityComparer.Instance);

    public ContentGrabber(IDocument document, GrabFlags flags, string? title)
    {
        _document = document;
        _flags = flags;
        _title = title;
    }

    /// <summary>Text of the first byline-looking element removed from the page, if any.</summary>
    public string? Byline { get; private set; }

    /// <summary>Returns a detached div holding the article, or null when the page has no body.</summary>
    public IElement? Grab()
    {
        var body = _document.Body;
        if (body is null) return null;
        var toScore = PrepareNodes();
        ScoreParagraphs(toScore);
        var (top, topScore) = ChooseTopCandidate(body);
        var article = MergeSiblings(top, topScore);
        new ArticleCleaner(_flags).Clean(article);
        return article;
    }

    /// <summary>One pass over the page in document order: drops unlikely and empty blocks, the byline and the repeated headline, and turns text-only divs into paragraphs.</summary>
    private List<IElement> PrepareNodes()
    {
        var toScore = new List<IElement>();
        var removeTitleHeader = !string.IsNullOrWhiteSpace(_title);
        var pending = new Stack<IElement>();
        if (_document.DocumentElement is { } root) pending.Push(root);
        while (pending.TryPop(out var node))
        {
            var tag = node.LocalName;
            var hint = ClassVocabulary.Hint(node);
            if (Byline is null && IsByline(node, hint, out var byline))
            {
                Byline = byline;
                node.Remove();
                continue;
            }
            if (removeTitleHeader && tag is "h1" or "h2" && TitleText.Similarity(_title!, ElementText.Normalized(node)) > 0.75)
            {
                removeTitleHeader = false;
                node.Remove();
                continue;
            }
            if ((_flags.HasFlag(GrabFlags.StripUnlikely) && IsUnlikely(node, tag, hint))
                || (tag is "div" or "section" or "header" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" && DomEdit.IsWithoutContent(node)))
            {
                node.Remove();
                continue;
            }
            if (ScoredTags.Contains(tag)) toScore.Add(node);
            if (tag == "div") node = PrepareDiv(node, toScore);
            var children = DomEdit.ChildList(node);
            for (var i = children.Count - 1; i >= 0; i--)
                if (children[i] is IElement child) pending.Push(child);
        }
        return toScore;
    }

    private static bool IsUnlikely(IElement node, string tag, string hint)
    {
        if (tag is "body" or "a" or "html" or "main" or "article") return false;
        if (ArticleCleaner.IsQuoteLike(node)) return false;
        if (ClassVocabulary.UnlikelyCandidate().IsMatch(hint) && !ClassVocabulary.MaybeCandidate().IsMatch(hint)
            && !DomEdit.HasAncestor(node, "table") && !DomEdit.HasAncestor(node, "code"))
            return true;
        var role = node.GetAttribute("role");
        return role is not null && UnlikelyRoles.Contains(role);
    }

    private static bool IsByline(IElement node, string hint, out string? byline)
    {
        byline = null;
        var rel = node.GetAttribute("rel");
        var itemprop = node.GetAttribute("itemprop");
        if (rel != "author" && (itemprop is null || !itemprop.Contains("author", StringComparison.Ordinal)) && !ClassVocabulary.Byline().IsMatch(hint))
            return false;
        if (node.LocalName is "body" or "html" or "main" or "article") return false;
        var text = ElementText.Normalized(node);
        if (text.Length is 0 or >= 100) return false;
        var name = node.QuerySelector("[itemprop~=name]");
        byline = name is null ? text : ElementText.Normalized(name);
        return true;
    }

    /// <summary>Wraps loose inline runs of a div in paragraphs and turns text-only divs into paragraphs.</summary>
    private IElement PrepareDiv(IElement div, List<IElement> toScore)
    {
        IElement? paragraph = null;
        foreach (var child in DomEdit.ChildList(div))
        {
            if (DomEdit.IsPhrasing(child))
            {
                if (paragraph is not null) paragraph.AppendChild(child);
                else if (!DomEdit.IsWhitespace(child))
                {
                    paragraph = _document.CreateElement("p");
                    div.ReplaceChild(paragraph, child);
                    paragraph.AppendChild(child);
                }
            }
            else if (paragraph is not null)
            {
                TrimTrailingWhitespace(paragraph);
                paragraph = null;
            }
        }
        if (paragraph is not null) TrimTrailingWhitespace(paragraph);

        if (DomEdit.HasSingleChild(div, "p") && ElementText.LinkDensity(div) < 0.25)
        {
            var only = DomEdit.FirstElement(div)!;
            div.Parent!.ReplaceChild(only, div);
            toScore.Add(only);
            return only;
        }
        if (!DomEdit.HasBlockChild(div))
        {
            var renamed = DomEdit.Rename(div, "p");
            toScore.Add(renamed);
            return renamed;
        }
        return div;
    }

    private static void TrimTrailingWhitespace(IElement paragraph)
    {
        while (paragraph.LastChild is { } last && DomEdit.IsWhitespace(last) && last is not IElement) last.RemoveFromParent();
    }

    private void ScoreParagraphs(List<IElement> toScore)
    {
        foreach (var element in toScore)
        {
            if (element.ParentElement is null) continue;
            var text = ElementText.Normalized(element);
            if (text.Length < 25) continue;
            var score = 1.0 + ElementText.CommaCount(text) + 1 + Math.Min(text.Length / 100, 3);
            var level = 0;
            foreach (var ancestor in DomEdit.Ancestors(element, 5))
            {
                if (ancestor.ParentElement is null) break;
                if (!_scores.ContainsKey(ancestor)) Initialize(ancestor);
                var divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                _scores[ancestor] += score / divider;
                level++;
            }
        }
    }

    private void Initialize(IElement element)
    {
        double score = element.LocalName switch
        {
            "div" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if (_flags.HasFlag(GrabFlags.WeightClasses)) score += ClassVocabulary.Weight(element);
        score += SemanticBonus(element);
        _scores[element] = score;
    }

    /// <summary>Markup that declares the article body outright (schema.org microdata) is worth trusting.</summary>
    private static double SemanticBonus(IElement element)
    {
        var itemprop = element.GetAttribute("itemprop");
        if (itemprop is not null && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase)) return 30;
        return 0;
    }

    private double Score(IElement element) => _scores.TryGetValue(element, out var score) ? score : 0;

    private (IElement Top, double Score) ChooseTopCandidate(IElement body)
    {
        var top = new List<IElement>(TopCandidateCount + 1);
        foreach (var candidate in _scores.Keys.ToList())
        {
            if (candidate.ParentElement is null || !DomEdit.Contains(body, candidate)) continue;
            var adjusted = _scores[candidate] * (1 - ElementText.LinkDensity(candidate));
            _scores[candidate] = adjusted;
            var index = top.FindIndex(t => adjusted > _scores[t]);
            if (index < 0) { if (top.Count < TopCandidateCount) top.Add(candidate); }
            else
            {
                top.Insert(index, candidate);
                if (top.Count > TopCandidateCount) top.RemoveAt(top.Count - 1);
            }
        }

        if (top.Count == 0 || top[0].LocalName == "body")
        {
            var wrapper = _document.CreateElement("div");
            foreach (var child in DomEdit.ChildList(body)) wrapper.AppendChild(child);
            body.AppendChild(wrapper);
            Initialize(wrapper);
            return (wrapper, Score(wrapper));
        }

        var best = top[0];
        var alternatives = new List<HashSet<IElement>>();
        for (var i = 1; i < top.Count; i++)
            if (Score(top[i]) / Score(best) >= 0.75)
                alternatives.Add(new HashSet<IElement>(DomEdit.Ancestors(top[i]), ReferenceEqualityComparer.Instance));
        if (alternatives.Count >= 3)
        {
            for (var parent = best.ParentElement; parent is not null && parent.LocalName != "body"; parent = parent.ParentElement)
            {
                if (alternatives.Count(a => a.Contains(parent)) >= 3) { best = parent; break; }
            }
            if (!_scores.ContainsKey(best)) Initialize(best);
        }

        var lastScore = Score(best);
        var threshold = lastScore / 3;
        for (var parent = best.ParentElement; parent is not null && parent.LocalName != "body"; parent = parent.ParentElement)
        {
            if (!_scores.TryGetValue(parent, out var parentScore)) continue;
            if (parentScore < threshold) break;
            if (parentScore > lastScore) { best = parent; break; }
            lastScore = parentScore;
        }
        while (best.ParentElement is { } parent && parent.LocalName != "body" && DomEdit.ElementCount(parent, 2) == 1) best = parent;
        if (!_scores.ContainsKey(best)) Initialize(best);
        return (best, Score(best));
    }

    private IElement MergeSiblings(IElement top, double topScore)
    {
        var article = _document.CreateElement("div");
        var threshold = Math.Max(10, topScore * 0.2);
        var parent = top.ParentElement;
        if (parent is null)
        {
            article.AppendChild(top);
            return article;
        }
        foreach (var sibling in parent.Children.ToList())
        {
            if (!ReferenceEquals(sibling, top) && !ShouldAppendSibling(sibling, top, topScore, threshold)) continue;
            var moved = KeepTagOnMerge.Contains(sibling.LocalName) ? sibling : DomEdit.Rename(sibling, "div");
            article.AppendChild(moved);
        }
        return article;
    }

    private bool ShouldAppendSibling(IElement sibling, IElement top, double topScore, double threshold)
    {
        var bonus = !string.IsNullOrEmpty(top.ClassName) && sibling.ClassName == top.ClassName ? topScore * 0.2 : 0;
        if (_scores.TryGetValue(sibling, out var score) && score + bonus >= threshold) return IsParagraphLike(sibling);
        if (sibling.LocalName != "p") return false;
        var density = ElementText.LinkDensity(sibling);
        var text = ElementText.Normalized(sibling);
        if (text.Length > 80 && density < 0.25) return true;
        return text.Length is > 0 and < 80 && density == 0 && (text.EndsWith('.') || text.Contains(". ", StringComparison.Ordinal));
    }

    /// <summary>A high-scoring sibling joins only when it reads like prose, not a card of teasers.</summary>
    private static bool IsParagraphLike(IElement sibling)
    {
        if (ElementText.LinkDensity(sibling) >= 0.33) return false;
        var text = ElementText.Normalized(sibling);
        return text.Length >= 25;
    }
}
