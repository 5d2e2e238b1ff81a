using System.Text;
using System.Text.RegularExpressions;

namespace NewsHub.Web.Ingestion.Extraction;

/// <summary>
/// Decodes saved page bytes: a byte-order mark wins, then a charset declared in the first bytes
/// (&lt;meta charset&gt; or http-equiv), else UTF-8. A declared legacy charset is ignored when the
/// bytes are valid UTF-8 with non-ASCII text, since re-saved pages often keep a stale declaration.
/// </summary>
internal static partial class HtmlFileDecoder
{
    private const int SniffLength = 4096;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9._:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeclaredCharset();

    static HtmlFileDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        if (bytes.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE })) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF })) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);

        var declared = Declared(bytes);
        if (declared is null || declared.CodePage == Encoding.UTF8.CodePage) return Encoding.UTF8.GetString(bytes);
        try
        {
            var utf8 = StrictUtf8.GetString(bytes);
            if (utf8.Any(c => c > 127)) return utf8;
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: the declaration is right.
        }
        return declared.GetString(bytes);
    }

    private static Encoding? Declared(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, SniffLength));
        var match = DeclaredCharset().Match(head);
        if (!match.Success) return null;
        try
        {
            return Encoding.GetEncoding(match.Groups[1].Value);
        }
        catch (ArgumentException)
        {
            return null; // an unknown charset name: fall back to UTF-8
        }
    }
}
