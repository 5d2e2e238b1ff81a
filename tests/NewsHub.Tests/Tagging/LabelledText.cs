namespace NewsHub.Tests.Tagging;

/// <summary>
/// One text of the labelled set: a file whose leading "# expect: KZ TR" line holds the countries an editor
/// says the story is about (written before the tagger was tuned), followed by the text itself.
/// </summary>
internal sealed record LabelledText(string Name, IReadOnlySet<string> Expected, string Text)
{
    public static IReadOnlyList<LabelledText> LoadAll()
    {
        var folder = Path.Combine(TaggingTestData.Folder, "labelled");
        return Directory.GetFiles(folder, "*.txt").OrderBy(f => f, StringComparer.Ordinal).Select(Load).ToList();
    }

    private static LabelledText Load(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines.TakeWhile(l => l.StartsWith('#')).ToList();
        var expect = header.FirstOrDefault(l => l.StartsWith("# expect:", StringComparison.Ordinal))
            ?? throw new InvalidDataException($"{path}: no '# expect:' line");
        var codes = expect["# expect:".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return new LabelledText(Path.GetFileNameWithoutExtension(path), codes, string.Join('\n', lines.Skip(header.Count)));
    }
}
