using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace NewsHub.Web.Reading;

/// <summary>
/// The data behind reader pages (home, section pages, articles), shared by every request that misses the output cache:
/// signed-in readers and editors (whose pages are never output-cached), query strings the output cache has not seen.
/// <para>Entries belong to a generation; a content change (<see cref="ContentChanges"/>, here or heard from another
/// instance) starts a new one, so nothing stale is served after a change, and entries also expire after
/// <see cref="ReadingOptions.DataCacheDuration"/> (relative times, comment counts). One load per key and generation runs
/// at a time: the requests that arrive while it runs wait for it instead of all querying the database.</para>
/// </summary>
public sealed class PageDataCache(IOptions<ReadingOptions> options) : IDisposable
{
    // Its own store: a size limit on the shared IMemoryCache would oblige every other user of it to give sizes.
    private readonly MemoryCache memory = new(new MemoryCacheOptions { SizeLimit = options.Value.DataCacheEntries, CompactionPercentage = 0.25 });
    private long generation;

    /// <summary>Changes with every content change: what rendered fragments of these pages vary by (the home page's).</summary>
    public string Generation => Volatile.Read(ref generation).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public TimeSpan Duration => options.Value.DataCacheDuration;

    /// <summary>Every entry cached so far is stale from now on.</summary>
    public void Invalidate() => Interlocked.Increment(ref generation);

    /// <summary>One entry is stale from now on (an article whose comments changed); the others stay.</summary>
    public void Forget(string key) => memory.Remove(new EntryKey(Volatile.Read(ref generation), key));

    public async Task<T> GetAsync<T>(string key, Func<Task<T>> load)
    {
        var duration = options.Value.DataCacheDuration;
        if (duration <= TimeSpan.Zero) return await load();
        var entryKey = new EntryKey(Volatile.Read(ref generation), key);
        var entry = memory.GetOrCreate(entryKey, e =>
        {
            e.AbsoluteExpirationRelativeToNow = duration;
            e.Size = 1;
            return new Lazy<Task<T>>(load, LazyThreadSafetyMode.ExecutionAndPublication);
        })!;
        try
        {
            return await entry.Value;
        }
        catch
        {
            // A failed load (database down, request cancelled) is not remembered: the next request tries again.
            memory.Remove(entryKey);
            throw;
        }
    }

    public void Dispose() => memory.Dispose();

    private sealed record EntryKey(long Generation, string Key);
}
