namespace NewsHub.Web.Model;

/// <summary>
/// A word seen in a headline, kept by a database trigger so search can suggest "Did you mean
/// Kazakhstan?" for "Kazakstan" through pg_trgm similarity.
/// </summary>
public class SearchTerm
{
    public required string Term { get; set; }
}
