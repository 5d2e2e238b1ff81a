namespace NewsHub.Web.Tagging;

/// <summary>A gazetteer data file is missing or malformed; the message names the file and line.</summary>
public sealed class GazetteerFormatException(string message, Exception? inner = null) : Exception(message, inner);
