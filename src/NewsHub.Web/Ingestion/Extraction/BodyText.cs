using AngleSharp.Dom;

namespace NewsHub.Web.Ingestion.Extraction;

/// <summary>The plain text of the extracted body, one line per block.</summary>
internal static class BodyText
{
    public static string Write(IElement content, string? title) => BlockTextWriter.Write(content);
}
