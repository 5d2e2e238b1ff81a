namespace NewsHub.Web.Ingestion.Parsing;

/// <summary>The document is not a feed NewsHub can read; the message says why, in words an operator understands.</summary>
public sealed class FeedParseException(string message, Exception? inner = null) : Exception(message, inner);
