namespace NewsHub.Web.Ingestion.Parsing;

/// <summary>The document is not a sitemap NewsHub can read; the message says why.</summary>
public sealed class SitemapParseException(string message, Exception? inner = null) : Exception(message, inner);
