using System.Text;
using NewsHub.Web.Ingestion.Fetching;

namespace NewsHub.Tests.Ingestion.Fetching;

public class CharsetDetectorTests
{
    static CharsetDetectorTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Encode(string encoding, string text) => Encoding.GetEncoding(encoding).GetBytes(text);

    [Fact]
    public void Content_type_charset_decodes_windows_1251()
    {
        var body = Encode("windows-1251", "<p>Новости Харькова</p>");
        var detected = CharsetDetector.Detect(body, "text/html; charset=windows-1251");
        Assert.Equal(CharsetSource.ContentTypeHeader, detected.Source);
        Assert.Equal("windows-1251", detected.Name);
        Assert.Equal("<p>Новости Харькова</p>", detected.Decode(body));
    }

    [Fact]
    public void Quoted_and_upper_case_header_charset_is_understood()
    {
        var body = Encode("koi8-r", "Погода в Твери");
        var detected = CharsetDetector.Detect(body, "text/html; charset=\"KOI8-R\"");
        Assert.Equal("koi8-r", detected.Name);
        Assert.Equal("Погода в Твери", detected.Decode(body));
    }

    [Fact]
    public void Meta_charset_is_used_when_the_header_has_none()
    {
        var body = Encode("iso-8859-9", "<html><head><meta charset=\"iso-8859-9\"></head><body>İzmir'de güneşli hava</body></html>");
        var detected = CharsetDetector.Detect(body, "text/html");
        Assert.Equal(CharsetSource.MetaTag, detected.Source);
        Assert.Contains("İzmir'de güneşli hava", detected.Decode(body));
    }

    [Fact]
    public void Iso_8859_9_label_decodes_as_windows_1254_like_browsers()
    {
        // 0x93/0x94 are C1 controls in ISO-8859-9 but curly quotes in windows-1254; Turkish sites mean the quotes.
        byte[] body = [.. Encode("ascii", "<meta charset=iso-8859-9>"), 0x93, (byte)'G', 0xFC, (byte)'n', 0x94];
        var detected = CharsetDetector.Detect(body, null);
        Assert.Equal("windows-1254", detected.Name);
        Assert.EndsWith("“Gün”", detected.Decode(body));
    }

    [Fact]
    public void Http_equiv_content_type_meta_is_understood()
    {
        var body = Encode("koi8-r", "<head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=koi8-r\"></head><p>Москва</p>");
        var detected = CharsetDetector.Detect(body, null);
        Assert.Equal(CharsetSource.MetaTag, detected.Source);
        Assert.Equal("koi8-r", detected.Name);
        Assert.Contains("Москва", detected.Decode(body));
    }

    [Fact]
    public void Charset_inside_another_attribute_value_is_ignored()
    {
        var body = Encode("utf-8", "<meta name=\"description\" content=\"use charset=koi8-r wisely\"><meta charset=\"utf-8\">Ж");
        var detected = CharsetDetector.Detect(body, null);
        Assert.Equal("utf-8", detected.Name);
        Assert.EndsWith("Ж", detected.Decode(body));
    }

    [Fact]
    public void Byte_order_mark_wins_over_a_wrong_header_and_is_not_part_of_the_text()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Київ")];
        var detected = CharsetDetector.Detect(body, "text/html; charset=windows-1251");
        Assert.Equal(CharsetSource.ByteOrderMark, detected.Source);
        Assert.Equal("Київ", detected.Decode(body));
    }

    [Fact]
    public void Utf16_byte_order_mark_is_honoured()
    {
        byte[] body = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<rss>Ελλάδα</rss>")];
        var detected = CharsetDetector.Detect(body, "application/rss+xml");
        Assert.Equal("<rss>Ελλάδα</rss>", detected.Decode(body));
    }

    [Fact]
    public void Xml_declaration_encoding_is_used_for_feeds()
    {
        var body = Encode("windows-1251", "<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss><title>Львів</title></rss>");
        var detected = CharsetDetector.Detect(body, "application/rss+xml");
        Assert.Equal(CharsetSource.XmlDeclaration, detected.Source);
        Assert.Contains("Львів", detected.Decode(body));
    }

    [Fact]
    public void Meta_beyond_the_prescan_window_is_not_seen()
    {
        var padding = new string(' ', CharsetDetector.PrescanBytes);
        var body = Encode("windows-1251", $"<html>{padding}<meta charset=windows-1251>");
        Assert.Equal(CharsetSource.Default, CharsetDetector.Detect(body, null).Source);
    }

    [Fact]
    public void Unknown_header_label_falls_through_to_the_meta_tag()
    {
        var body = Encode("windows-1251", "<meta charset=windows-1251>Одеса");
        var detected = CharsetDetector.Detect(body, "text/html; charset=klingon-42");
        Assert.Equal(CharsetSource.MetaTag, detected.Source);
        Assert.EndsWith("Одеса", detected.Decode(body));
    }

    [Fact]
    public void Meta_claiming_utf16_without_a_bom_is_read_as_utf8()
    {
        var body = Encoding.UTF8.GetBytes("<meta charset=utf-16>Zürich");
        var detected = CharsetDetector.Detect(body, null);
        Assert.Equal("utf-8", detected.Name);
        Assert.EndsWith("Zürich", detected.Decode(body));
    }

    [Fact]
    public void Latin1_label_means_windows_1252()
    {
        byte[] body = [0x93, (byte)'q', 0x94];
        var detected = CharsetDetector.Detect(body, "text/html; charset=ISO-8859-1");
        Assert.Equal("windows-1252", detected.Name);
        Assert.Equal("“q”", detected.Decode(body));
    }

    [Fact]
    public void Undeclared_body_defaults_to_utf8_and_replaces_invalid_bytes()
    {
        byte[] body = [(byte)'a', 0xFF, (byte)'b'];
        var detected = CharsetDetector.Detect(body, "text/plain");
        Assert.Equal(CharsetSource.Default, detected.Source);
        Assert.Equal("a\uFFFDb", detected.Decode(body));
    }

    [Fact]
    public void Empty_body_is_fine()
    {
        var detected = CharsetDetector.Detect([], null);
        Assert.Equal("", detected.Decode([]));
    }
}
