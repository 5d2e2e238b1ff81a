using System.Buffers;
using System.IO.Compression;

namespace NewsHub.Web.Hosting;

/// <summary>
/// Collects what is written and brotli-compresses it in one piece when disposed (see <see cref="WholeResponseBrotli"/>).
/// Past <see cref="MaxBuffered"/> bytes it turns into a plain BrotliStream, so a large response is not held whole.
/// </summary>
internal sealed class WholeResponseBrotliStream(Stream output) : Stream
{
    /// <summary>Larger than any page; feeds and exports past it stream.</summary>
    internal const int MaxBuffered = 1024 * 1024;

    private byte[]? buffer;
    private int length;
    private BrotliStream? streaming;
    private bool disposed;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => !disposed;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> data)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (streaming is null && length + data.Length > MaxBuffered)
        {
            streaming = new BrotliStream(output, new BrotliCompressionOptions { Quality = WholeResponseBrotli.Quality }, leaveOpen: true);
            streaming.Write(buffer.AsSpan(0, length));
            ReturnBuffer();
        }
        if (streaming is not null) streaming.Write(data);
        else Append(data);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (streaming is null && length + data.Length > MaxBuffered) return StartStreamingAsync(data, cancellationToken);
        if (streaming is not null) return streaming.WriteAsync(data, cancellationToken);
        Append(data.Span);
        return ValueTask.CompletedTask;
    }

    // What was buffered goes first, then everything else straight through a streaming encoder.
    private async ValueTask StartStreamingAsync(ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        streaming = new BrotliStream(output, new BrotliCompressionOptions { Quality = WholeResponseBrotli.Quality }, leaveOpen: true);
        if (buffer is not null) await streaming.WriteAsync(buffer.AsMemory(0, length), cancellationToken);
        ReturnBuffer();
        await streaming.WriteAsync(data, cancellationToken);
    }

    // Nothing to push early: the page is compressed when it is complete.
    public override void Flush() => streaming?.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => streaming?.FlushAsync(cancellationToken) ?? Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposed || !disposing) { base.Dispose(disposing); return; }
        disposed = true;
        try
        {
            if (streaming is not null) streaming.Dispose();
            else
            {
                var (compressed, size) = Compress();
                try { output.Write(compressed, 0, size); }
                finally { ArrayPool<byte>.Shared.Return(compressed); }
            }
        }
        finally
        {
            ReturnBuffer();
            base.Dispose(disposing);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        if (disposed) return;
        disposed = true;
        try
        {
            if (streaming is not null) await streaming.DisposeAsync();
            else
            {
                var (compressed, size) = Compress();
                try { await output.WriteAsync(compressed.AsMemory(0, size)); }
                finally { ArrayPool<byte>.Shared.Return(compressed); }
            }
        }
        finally
        {
            ReturnBuffer();
            GC.SuppressFinalize(this);
        }
    }

    private void Append(ReadOnlySpan<byte> data)
    {
        if (buffer is null || length + data.Length > buffer.Length)
        {
            var grown = ArrayPool<byte>.Shared.Rent(Math.Max(16 * 1024, Math.Max(length + data.Length, (buffer?.Length ?? 0) * 2)));
            buffer?.AsSpan(0, length).CopyTo(grown);
            if (buffer is not null) ArrayPool<byte>.Shared.Return(buffer);
            buffer = grown;
        }
        data.CopyTo(buffer.AsSpan(length));
        length += data.Length;
    }

    private (byte[] Compressed, int Size) Compress()
    {
        var source = buffer.AsSpan(0, length);
        var compressed = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(length));
        if (!BrotliEncoder.TryCompress(source, compressed, out var size, WholeResponseBrotli.Quality, window: 22))
        {
            ArrayPool<byte>.Shared.Return(compressed);
            // GetMaxCompressedLength is brotli's own bound: failing it means the encoder itself failed.
            throw new InvalidOperationException($"Brotli could not compress a {length}-byte response.");
        }
        return (compressed, size);
    }

    private void ReturnBuffer()
    {
        if (buffer is not null) ArrayPool<byte>.Shared.Return(buffer);
        buffer = null;
        length = 0;
    }
}
