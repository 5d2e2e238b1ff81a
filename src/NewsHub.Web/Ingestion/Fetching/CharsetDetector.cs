using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsHub.Web.Ingestion.Fetching;

/// <summary>
/// Works out a body's character encoding the way browsers do, simplified: a byte order mark wins, then the
/// Content-Type charset, then &lt;meta charset&gt; / &lt;meta http-equiv&gt; or the XML declaration in the
/// first bytes, then UTF-8. Regional sites still serve windows-1251, ISO-8859-9, KOI8-R and friends.
/// </summary>
public static partial class CharsetDetector
{
    /// <summary>How far into the body we look for a meta tag or XML declaration (HTML's prescan uses 1024).</summary>
    public const int PrescanBytes = 4096;

    static CharsetDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DetectedCharset Detect(ReadOnlySpan<byte> body, string? contentType)
    {
        if (FromByteOrderMark(body) is { } bom) return bom;
        if (CharsetParameter(contentType) is { } headerLabel && ForLabel(headerLabel) is { } fromHeader)
            return new DetectedCharset(fromHeader, CharsetSource.ContentTypeHeader, 0);

        // Bytes below 0x80 are ASCII in every encoding a page can declare in-band, so Latin-1 reads the markup safely.
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, PrescanBytes)]);
        if (XmlDeclaration().Match(head) is { Success: true } xml && ForInBandLabel(xml.Groups["label"].Value) is { } fromXml)
            return new DetectedCharset(fromXml, CharsetSource.XmlDeclaration, 0);
        foreach (Match meta in MetaTag().Matches(head))
        {
            if (MetaCharset(meta.Value) is { } label && ForInBandLabel(label) is { } fromMeta)
                return new DetectedCharset(fromMeta, CharsetSource.MetaTag, 0);
        }
        return new DetectedCharset(Utf8, CharsetSource.Default, 0);
    }

    /// <summary>The charset parameter of a Content-Type header, or null.</summary>
    public static string? CharsetParameter(string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var parsed) &&
        parsed.CharSet is { Length: > 0 } charset
            ? charset.Trim('"', '\'', ' ')
            : null;

    /// <summary>
    /// The encoding for a label, or null when .NET does not know it. Follows the WHATWG Encoding Standard where
    /// it differs from the IANA registry: "iso-8859-1", "latin1" and "us-ascii" mean windows-1252.
    /// </summary>
    public static Encoding? ForLabel(string label)
    {
        var name = label.Trim().ToLowerInvariant();
        name = name switch
        {
            "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "ansi_x3.4-1968" or "cp1252" => "windows-1252",
            "utf8" or "unicode-1-1-utf-8" => "utf-8",
            "cp1251" or "x-cp1251" => "windows-1251",
            "iso-8859-9" or "iso8859-9" or "latin5" or "l5" => "windows-1254", // WHATWG: ISO-8859-9 is decoded as its superset
            _ => name,
        };
        try
        {
            var encoding = Encoding.GetEncoding(name, EncoderFallback.ReplacementFallback, DecoderFallback.ReplacementFallback);
            return encoding.CodePage == Encoding.UTF8.CodePage ? Utf8 : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    // A page cannot be UTF-16 and still contain an ASCII-readable meta tag; browsers read such a claim as UTF-8.
    private static Encoding? ForInBandLabel(string label) =>
        ForLabel(label) is { } encoding && (encoding is UnicodeEncoding or UTF32Encoding) ? Utf8 : ForLabel(label);

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static DetectedCharset? FromByteOrderMark(ReadOnlySpan<byte> body)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return new(Utf8, CharsetSource.ByteOrderMark, 3);
        if (body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return new(Encoding.BigEndianUnicode, CharsetSource.ByteOrderMark, 2);
        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return new(Encoding.Unicode, CharsetSource.ByteOrderMark, 2);
        return null;
    }

    private static string? MetaCharset(string metaTag)
    {
        if (MetaCharsetAttribute().Match(metaTag) is { Success: true } direct) return direct.Groups["label"].Value;
        if (!HttpEquivContentType().IsMatch(metaTag)) return null;
        return MetaContentCharset().Match(metaTag) is { Success: true } content ? content.Groups["label"].Value : null;
    }

    [GeneratedRegex("""^\s*<\?xml\s[^>]*?encoding\s*=\s*["'](?<label>[A-Za-z0-9._:-]+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex("""<meta\s[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaTag();

    // Walks the attributes so that "charset=" inside another attribute's value does not count.
    [GeneratedRegex("""^<meta(?:\s+[^\s=>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*?\s+charset\s*=\s*["']?\s*(?<label>[A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharsetAttribute();

    [GeneratedRegex("""http-equiv\s*=\s*["']?\s*content-type""", RegexOptions.IgnoreCase)]
    private static partial Regex HttpEquivContentType();

    [GeneratedRegex("""content\s*=\s*["'][^"']*?charset\s*=\s*["']?(?<label>[A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaContentCharset();
}
