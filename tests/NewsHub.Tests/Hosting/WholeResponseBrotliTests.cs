using System.IO.Compression;
using System.Text;
using NewsHub.Web.Hosting;

namespace NewsHub.Tests.Hosting;

public sealed class WholeResponseBrotliTests
{
    // A page-like text: repetitive markup with varying headlines, like a front page.
    private static byte[] Page(int cards)
    {
        var html = new StringBuilder("<!doctype html><html><body>");
        for (var i = 0; i < cards; i++)
            html.Append($"<article class=\"card\"><h3><a href=\"/article/{i}/headline-{i}\">Headline number {i} about Almaty and Baku</a></h3><p>Summary {i * 7919 % 1000}.</p></article>");
        return Encoding.UTF8.GetBytes(html.Append("</body></html>").ToString());
    }

    private static byte[] Decompress(byte[] compressed)
    {
        using var brotli = new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        brotli.CopyTo(plain);
        return plain.ToArray();
    }

    private static async Task<byte[]> CompressInPiecesAsync(byte[] page, int piece)
    {
        var output = new MemoryStream();
        await using (var stream = new WholeResponseBrotli().CreateStream(output))
        {
            for (var offset = 0; offset < page.Length; offset += piece)
            {
                await stream.WriteAsync(page.AsMemory(offset, Math.Min(piece, page.Length - offset)));
                await stream.FlushAsync();
            }
        }
        return output.ToArray();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4096)]
    [InlineData(16384)]
    public async Task A_page_written_in_pieces_comes_back_whole(int piece)
    {
        var page = Page(400);
        Assert.Equal(page, Decompress(await CompressInPiecesAsync(page, piece)));
    }

    [Fact]
    public async Task Pieces_compress_as_well_as_one_write_where_a_streaming_encoder_does_not()
    {
        var page = Page(400);
        var whole = await CompressInPiecesAsync(page, 4096);

        var streamed = new MemoryStream();
        await using (var brotli = new BrotliStream(streamed, new BrotliCompressionOptions { Quality = WholeResponseBrotli.Quality }, leaveOpen: true))
            for (var offset = 0; offset < page.Length; offset += 4096)
                await brotli.WriteAsync(page.AsMemory(offset, Math.Min(4096, page.Length - offset)));

        var oneShot = new byte[BrotliEncoder.GetMaxCompressedLength(page.Length)];
        Assert.True(BrotliEncoder.TryCompress(page, oneShot, out var oneShotSize, WholeResponseBrotli.Quality, 22));
        Assert.Equal(oneShotSize, whole.Length);
        Assert.True(whole.Length < streamed.Length, $"whole {whole.Length} bytes, streamed in pieces {streamed.Length}");
    }

    [Fact]
    public async Task Nothing_is_written_before_the_response_ends()
    {
        var output = new MemoryStream();
        var stream = new WholeResponseBrotli().CreateStream(output);
        await stream.WriteAsync(Page(10));
        await stream.FlushAsync();
        Assert.Equal(0, output.Length);
        await stream.DisposeAsync();
        Assert.Equal(Page(10), Decompress(output.ToArray()));
    }

    [Fact]
    public async Task A_response_larger_than_the_buffer_streams_and_still_comes_back_whole()
    {
        var page = Page(30_000);
        Assert.True(page.Length > 2 * WholeResponseBrotliStream.MaxBuffered);
        var output = new MemoryStream();
        await using (var stream = new WholeResponseBrotli().CreateStream(output))
        {
            for (var offset = 0; offset < page.Length; offset += 65536)
            {
                await stream.WriteAsync(page.AsMemory(offset, Math.Min(65536, page.Length - offset)));
                // Past the buffer, output flows before the end.
                if (offset > 2 * WholeResponseBrotliStream.MaxBuffered) Assert.True(output.Length > 0);
            }
        }
        Assert.Equal(page, Decompress(output.ToArray()));
    }

    [Fact]
    public void Synchronous_writes_and_dispose_work_too()
    {
        var page = Page(50);
        var output = new MemoryStream();
        using (var stream = new WholeResponseBrotli().CreateStream(output))
        {
            stream.Write(page, 0, 100);
            stream.Write(page.AsSpan(100));
        }
        Assert.Equal(page, Decompress(output.ToArray()));
    }

    [Fact]
    public async Task An_empty_response_is_a_valid_empty_brotli_stream()
    {
        var output = new MemoryStream();
        await new WholeResponseBrotli().CreateStream(output).DisposeAsync();
        Assert.Empty(Decompress(output.ToArray()));
    }
}
