using System.Text;

namespace NewsHub.Tests.Ingestion.Parsing;

/// <summary>Reads saved documents from TestData, decoding bytes the way a fetcher would (a BOM stays in the text).</summary>
internal static class Fixture
{
    public static string Read(string relativePath) =>
        Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", relativePath)));
}
