using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace NewsHub.Web.Data.Migrations;

// The ordered history. Add a step: write NNNN_name.sql beside this file and a class here.

[DbContext(typeof(NewsHubDbContext))]
[Migration("20261122000001_Initial")]
public sealed class Initial : SqlMigration
{
    protected override string ScriptName => "0001_initial.sql";
}

[DbContext(typeof(NewsHubDbContext))]
[Migration("20261122000002_StorySignatures")]
public sealed class StorySignatures : SqlMigration
{
    protected override string ScriptName => "0002_story_signatures.sql";
}

[DbContext(typeof(NewsHubDbContext))]
[Migration("20261122000003_SearchTerms")]
public sealed class SearchTerms : SqlMigration
{
    protected override string ScriptName => "0003_search_terms.sql";
}

[DbContext(typeof(NewsHubDbContext))]
[Migration("20261122000004_SearchStorage")]
public sealed class SearchStorage : SqlMigration
{
    protected override string ScriptName => "0004_search_storage.sql";
}

[DbContext(typeof(NewsHubDbContext))]
[Migration("20261122000005_HeadlineTerms")]
public sealed class HeadlineTerms : SqlMigration
{
    protected override string ScriptName => "0005_headline_terms.sql";
}

[DbContext(typeof(NewsHubDbContext))]
[Migration("20261122000006_SearchBuckets")]
public sealed class SearchBuckets : SqlMigration
{
    protected override string ScriptName => "0006_search_buckets.sql";
}

[DbContext(typeof(NewsHubDbContext))]
[Migration("20261122000007_IngestHeadlineTermsOnce")]
public sealed class IngestHeadlineTermsOnce : SqlMigration
{
    protected override string ScriptName => "0007_ingest_headline_terms_once.sql";
}
