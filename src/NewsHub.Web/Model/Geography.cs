namespace NewsHub.Web.Model;

/// <summary>ISO 3166-1 country. Loaded from the gazetteer at start-up.</summary>
public class Country
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public List<CountryRegion> Regions { get; set; } = [];
}

/// <summary>An editorial region (Central Asia, South Caucasus…).</summary>
public class Region
{
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
    public List<CountryRegion> Countries { get; set; } = [];
}

/// <summary>A country may belong to several regions (Türkiye: Middle East and Europe).</summary>
public class CountryRegion
{
    public required string CountryCode { get; set; }
    public Country? Country { get; set; }
    public required string RegionSlug { get; set; }
    public Region? Region { get; set; }
}
