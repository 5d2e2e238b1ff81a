using System.Threading.Channels;

namespace NewsHub.Web.Sources;

/// <summary>Sources an editor asked to run now, waiting for <see cref="SourceRunWorker"/>. Singleton; a source already waiting is not queued twice.</summary>
public sealed class SourceRunQueue
{
    private readonly Channel<int> channel = Channel.CreateBounded<int>(new BoundedChannelOptions(100) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly HashSet<int> waiting = [];

    public void Enqueue(int sourceId)
    {
        lock (waiting)
            if (waiting.Add(sourceId) && !channel.Writer.TryWrite(sourceId)) waiting.Remove(sourceId);
    }

    public async Task<int> DequeueAsync(CancellationToken ct)
    {
        var id = await channel.Reader.ReadAsync(ct);
        lock (waiting) waiting.Remove(id);
        return id;
    }
}
