using System.Text;

namespace NewsHub.Web.Ingestion.Fetching;

/// <summary>The encoding to decode a body with, and how many BOM bytes to skip.</summary>
public sealed record DetectedCharset(Encoding Encoding, CharsetSource Source, int PreambleLength)
{
    public string Name => Encoding.WebName;

    public string Decode(ReadOnlySpan<byte> body) => Encoding.GetString(body[PreambleLength..]);
}
