using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsHub.IntegrationTests.Infrastructure;

/// <summary>
/// Statements EF Core executed, per database. Subscribed when the test assembly loads, before any app makes a DbContext:
/// a pooled context made before a subscription keeps not reporting to it.
/// </summary>
public static class CommandCounter
{
    private static readonly ConcurrentDictionary<string, int> Counts = new(StringComparer.Ordinal);

    public static int Executed(string database) => Counts.GetValueOrDefault(database);

#pragma warning disable CA2255 // a module initializer is the point: before any test's app starts
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Start() => DiagnosticListener.AllListeners.Subscribe(new Observer<DiagnosticListener>(listener =>
    {
        if (listener.Name != DbLoggerCategory.Name) return;
        listener.Subscribe(new Observer<KeyValuePair<string, object?>>(e =>
        {
            if (e.Key == RelationalEventId.CommandExecuted.Name && e.Value is CommandExecutedEventData { Command.Connection.Database: { } database })
                Counts.AddOrUpdate(database, 1, (_, n) => n + 1);
        }));
    }));

    private sealed class Observer<T>(Action<T> onNext) : IObserver<T>
    {
        public void OnCompleted() { }
        public void OnError(Exception error) { }
        public void OnNext(T value) => onNext(value);
    }
}
