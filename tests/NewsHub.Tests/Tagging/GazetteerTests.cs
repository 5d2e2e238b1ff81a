using NewsHub.Web.Tagging;

namespace NewsHub.Tests.Tagging;

public sealed class GazetteerTests
{
    private static Gazetteer Gazetteer => TaggingTestData.Tagger.Gazetteer;

    [Fact]
    public void Every_country_but_the_Antarctic_territories_belongs_to_a_region()
    {
        var antarctic = new[] { "AQ", "BV", "GS", "HM", "TF" };
        var orphans = Gazetteer.Countries.Where(c => c.RegionSlugs.Count == 0).Select(c => c.Code).Order().ToArray();
        Assert.Equal(antarctic, orphans);
        Assert.True(Gazetteer.Countries.Count >= 249);
    }

    [Fact]
    public void The_taxonomy_has_the_editorial_regions_in_order()
    {
        var slugs = Gazetteer.Regions.Select(r => r.Slug).ToArray();
        foreach (var slug in new[] { "central-asia", "south-caucasus", "middle-east", "russia-eastern-europe", "europe", "south-asia", "east-asia", "africa", "americas", "oceania" })
            Assert.Contains(slug, slugs);
        Assert.Equal(Gazetteer.Regions.OrderBy(r => r.SortOrder).Select(r => r.Slug), slugs);
        Assert.Equal(["KG", "KZ", "TJ", "TM", "UZ"], Gazetteer.Regions.Single(r => r.Slug == "central-asia").CountryCodes.Where(c => c != "AF").Order().ToArray());
        Assert.Equal(["middle-east", "europe"], Gazetteer.FindCountry("TR")!.RegionSlugs);
    }

    [Fact]
    public void Country_names_and_region_slugs_fit_their_columns()
    {
        Assert.All(Gazetteer.Countries, c => Assert.True(c.Code.Length == 2 && c.Name.Length is > 0 and <= 100, c.Code));
        Assert.All(Gazetteer.Regions, r => Assert.True(r.Slug.Length <= 60 && r.Name.Length <= 100, r.Slug));
    }

    [Fact]
    public void A_malformed_line_is_reported_with_file_and_line()
    {
        var folder = CopyGazetteer();
        try
        {
            File.AppendAllText(Path.Combine(folder, "places.tsv"), "\nAtlantis\tZZ\tcity\n");
            var e = Assert.Throws<GazetteerFormatException>(() => Gazetteer.Load(folder));
            Assert.Contains("places.tsv:", e.Message, StringComparison.Ordinal);
            Assert.Contains("unknown country code ZZ", e.Message, StringComparison.Ordinal);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public void A_curated_name_wins_over_the_generated_one()
    {
        // generated/names.tsv says "Turkey" is nothing (world-countries lists Türkiye); places.tsv adds it.
        Assert.Equal(["TR"], TaggingTestData.Tag("Turkey").Codes());
        var folder = CopyGazetteer();
        try
        {
            File.AppendAllText(Path.Combine(folder, "not-places.tsv"), "\nBaku\t-\tnot-place\n");
            var blocked = File.ReadAllLines(Path.Combine(folder, "places.tsv")).Where(l => !l.StartsWith("Baku\t", StringComparison.Ordinal));
            File.WriteAllLines(Path.Combine(folder, "places.tsv"), blocked);
            var tagger = new ArticleTagger(Gazetteer.Load(folder));
            Assert.Empty(tagger.Tag(new TaggingInput("Exhibition opens in Baku", null, null)).Countries);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public void A_missing_folder_is_a_clear_error()
    {
        var e = Assert.Throws<GazetteerFormatException>(() => Gazetteer.Load("/nonexistent/gazetteer"));
        Assert.Contains("not found", e.Message, StringComparison.Ordinal);
    }

    private static string CopyGazetteer()
    {
        var target = Path.Combine(Path.GetTempPath(), "gazetteer-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(Gazetteer.DefaultFolder, "*", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(target, Path.GetRelativePath(Gazetteer.DefaultFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(file, dest);
        }
        return target;
    }
}
