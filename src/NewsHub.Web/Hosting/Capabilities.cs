namespace NewsHub.Web.Hosting;

/// <summary>The composition root's list of capabilities: one line each (fully qualified, so adding one touches one line).</summary>
public static class Capabilities
{
    /// <summary>Services used by the web front end, the scrapers and the command-line verbs alike.</summary>
    public static IServiceCollection AddNewsHubCapabilities(this IServiceCollection services, IConfiguration configuration)
    {
        Sources.SourceServices.AddSources(services);
        Reading.ReadingServices.AddReading(services);
        Ingestion.Fetching.FetchingServices.AddFetching(services, configuration);
        Ingestion.Parsing.ParsingServices.AddParsing(services);
        Tagging.TaggingServices.AddTagging(services);
        Stories.StoryServices.AddStories(services);
        Comments.CommentServices.AddNewsHubComments(services, configuration);
        Moderation.ModerationServices.AddNewsHubModeration(services);
        Ingestion.Extraction.ExtractionServices.AddExtraction(services);
        Ingestion.IngestionServices.AddIngestion(services);
        Curation.CurationServices.AddCuration(services);
        return services;
    }

    /// <summary>The background scrapers (role all or scraper).</summary>
    public static IServiceCollection AddNewsHubScrapers(this IServiceCollection services, IConfiguration configuration)
    {
        Ingestion.IngestionServices.AddScraperWorker(services);
        return services;
    }
}
