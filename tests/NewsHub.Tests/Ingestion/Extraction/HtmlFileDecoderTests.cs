using System.Text;
using NewsHub.Web.Ingestion.Extraction;

namespace NewsHub.Tests.Ingestion.Extraction;

public class HtmlFileDecoderTests
{
    static HtmlFileDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Decodes_utf8_when_nothing_is_declared()
    {
        var bytes = Encoding.UTF8.GetBytes("<p>Türkiye – Қазақстан</p>");

        Assert.Equal("<p>Türkiye – Қазақстан</p>", HtmlFileDecoder.Decode(bytes));
    }

    [Fact]
    public void Honours_a_declared_legacy_charset()
    {
        var html = "<html><head><meta charset=\"windows-1251\"></head><body><p>Новости региона</p></body></html>";
        var bytes = Encoding.GetEncoding(1251).GetBytes(html);

        Assert.Contains("Новости региона", HtmlFileDecoder.Decode(bytes));
    }

    [Fact]
    public void Honours_http_equiv_content_type()
    {
        var html = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>Café crème</p>";
        var bytes = Encoding.Latin1.GetBytes(html);

        Assert.Contains("Café crème", HtmlFileDecoder.Decode(bytes));
    }

    [Fact]
    public void A_byte_order_mark_wins_over_the_declaration()
    {
        var html = "<meta charset=\"windows-1251\"><p>Grüße</p>";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(html)).ToArray();

        Assert.Contains("Grüße", HtmlFileDecoder.Decode(bytes));
    }

    [Fact]
    public void Valid_utf8_beats_a_stale_legacy_declaration()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=\"iso-8859-1\"><p>Grüße aus Köln</p>");

        Assert.Contains("Grüße aus Köln", HtmlFileDecoder.Decode(bytes));
    }
}
