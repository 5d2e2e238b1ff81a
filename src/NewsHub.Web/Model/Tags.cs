namespace NewsHub.Web.Model;

public enum TagOrigin { Auto = 0, Editor = 1 }

/// <summary>An article is about a country, with a score and the words that said so.</summary>
public class ArticleCountry
{
    public long ArticleId { get; set; }
    public Article? Article { get; set; }
    public required string CountryCode { get; set; }
    public Country? Country { get; set; }
    public double Score { get; set; }
    public bool IsPrimary { get; set; }
    public TagOrigin Origin { get; set; }
    /// <summary>Editor removed this tag: kept so re-tagging does not bring it back.</summary>
    public bool Suppressed { get; set; }
    public string[] Evidence { get; set; } = [];
}

public class ArticleRegion
{
    public long ArticleId { get; set; }
    public Article? Article { get; set; }
    public required string RegionSlug { get; set; }
    public Region? Region { get; set; }
    public double Score { get; set; }
    public bool IsPrimary { get; set; }
    public TagOrigin Origin { get; set; }
    public bool Suppressed { get; set; }
}
