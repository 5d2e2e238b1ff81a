using NewsHub.IntegrationTests.Accounts;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Model;

namespace NewsHub.IntegrationTests.Curation;

/// <summary>The app with a few stories in two regions and a signed-in editor.</summary>
public sealed class CurationFixture : NewsHubAppFactory
{
    public Source Caspian { get; private set; } = null!;
    public Article Talks { get; private set; } = null!;
    public Article TalksFollowUp { get; private set; } = null!;
    public Article NuclearPlant { get; private set; } = null!;
    public Article Uranium { get; private set; } = null!;
    public Article GrainTransit { get; private set; } = null!;
    public Article Snowfall { get; private set; } = null!;
    public CommunityClient Editor { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = CreateDbContext();
        var b = new StoryBuilder(db);
        await b.EnsureGeographyAsync();
        Caspian = await b.SourceAsync("Caspian Daily");
        var steppe = await b.SourceAsync("Steppe Times");
        var now = DateTimeOffset.UtcNow;
        Talks = await b.ArticleAsync(Caspian, "US agrees to move Iran nuclear talks to Oman",
            "Washington accepted Tehran's request to hold the talks in Muscat.\nNegotiators meet on Friday in Oman.", now.AddHours(-6), ["IR", "US", "OM"]);
        TalksFollowUp = await b.ArticleAsync(steppe, "Iran and US negotiators arrive in Muscat",
            "Delegations from Iran and the United States arrived in Muscat for talks.", now.AddHours(-5), ["IR", "OM"]);
        NuclearPlant = await b.ArticleAsync(steppe, "Kazakhstan picks site for second nuclear plant",
            "Astana announced the site of Kazakhstan's second nuclear power plant near Lake Balkhash.", now.AddHours(-4), ["KZ"]);
        Uranium = await b.ArticleAsync(steppe, "Uzbekistan expands uranium production",
            "Navoiyuran said Uzbekistan will expand uranium production by a third.", now.AddHours(-3), ["UZ"]);
        GrainTransit = await b.ArticleAsync(Caspian, "Azerbaijan allows grain transit to Armenia",
            "Azerbaijan allowed Kazakh grain to cross its territory to Armenia for the first time.", now.AddHours(-2), ["AZ", "AM"]);
        Snowfall = await b.ArticleAsync(Caspian, "Record snowfall closes Georgian mountain passes",
            "Heavy snow closed the Jvari pass in Georgia on Tuesday.", now.AddHours(-1), ["GE"]);
        Editor = (await CommunityClient.NewReaderAsync(this, "EditorAigerim", Roles.Editor)).Client;
    }
}
