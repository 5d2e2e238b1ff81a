using System.Collections.Concurrent;

namespace NewsHub.Web.Ingestion.Fetching;

/// <summary>
/// One request at a time per host (or FetchOptions.MaxConcurrentPerHost), with a pause between them. Hosts are keyed
/// by scheme, name and port (robots.txt has the same scope), so two sites on one IP do not slow each other down.
/// </summary>
internal sealed class HostPoliteness(TimeProvider time, int concurrentPerHost = 1)
{
    // One small entry per host ever fetched; NewsHub polls hundreds of hosts, not millions, so entries are kept.
    private readonly ConcurrentDictionary<string, HostSlot> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public static string HostKey(Uri url) => url.GetLeftPart(UriPartial.Authority);

    /// <summary>Runs <paramref name="work"/> when no other request to the host is in flight and the pause has passed.</summary>
    public async Task<T> RunAsync<T>(Uri url, TimeSpan minimumDelay, Func<CancellationToken, Task<T>> work, CancellationToken ct)
    {
        var slot = _hosts.GetOrAdd(HostKey(url), static (_, n) => new HostSlot(n), concurrentPerHost);
        await slot.Gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (slot.LastFinished is { } last && minimumDelay > TimeSpan.Zero)
            {
                // Timers run on a coarse clock (a few ms on Linux) and may fire a little early: wait again until the
                // full pause has passed by the precise one, so a Crawl-delay is never cut short.
                TimeSpan wait;
                while ((wait = minimumDelay - time.GetElapsedTime(last)) > TimeSpan.Zero)
                    await Task.Delay(wait, time, ct).ConfigureAwait(false);
            }
            return await work(ct).ConfigureAwait(false);
        }
        finally
        {
            slot.LastFinished = time.GetTimestamp();
            slot.Gate.Release();
        }
    }

    private sealed class HostSlot(int concurrent)
    {
        public SemaphoreSlim Gate { get; } = new(concurrent, concurrent);
        public long? LastFinished { get; set; }
    }
}
