namespace NewsHub.Web.Tagging;

/// <summary>
/// A trie over words: each gazetteer phrase is a path of word ids, so finding every phrase in an article
/// costs one dictionary look-up per word and step, whatever the size of the gazetteer. Nodes may carry an
/// entry (the phrase is a place, person or blocked name) and cue ids (the phrase helps choose a sense).
/// </summary>
internal sealed class PhraseIndex
{
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordsBySpan;
    // Edge (parent node, word id) -> child node; node 0 is the root.
    private readonly Dictionary<long, int> _edges = [];
    private readonly List<int> _entryOfNode = [-1];
    private readonly List<int[]> _cuesOfNode = [[]];

    public PhraseIndex() => _wordsBySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();

    public int NodeCount => _entryOfNode.Count;

    /// <summary>Adds a normalised phrase ("nur sultan") pointing at an entry; returns false if it had one already.</summary>
    public bool AddEntry(string normalizedPhrase, int entry)
    {
        var node = AddPath(normalizedPhrase);
        if (_entryOfNode[node] >= 0) return false;
        _entryOfNode[node] = entry;
        return true;
    }

    public void ReplaceEntry(string normalizedPhrase, int entry) => _entryOfNode[AddPath(normalizedPhrase)] = entry;

    public void AddCue(string normalizedPhrase, int cueId)
    {
        var node = AddPath(normalizedPhrase);
        if (!_cuesOfNode[node].Contains(cueId)) _cuesOfNode[node] = [.. _cuesOfNode[node], cueId];
    }

    private int AddPath(string normalizedPhrase)
    {
        if (normalizedPhrase.Length == 0) throw new FormatException("empty phrase");
        var node = 0;
        foreach (var word in normalizedPhrase.Split(' '))
        {
            if (!_words.TryGetValue(word, out var id)) _words[word] = id = _words.Count;
            var key = Edge(node, id);
            if (!_edges.TryGetValue(key, out var child))
            {
                child = _entryOfNode.Count;
                _entryOfNode.Add(-1);
                _cuesOfNode.Add([]);
                _edges[key] = child;
            }
            node = child;
        }
        return node;
    }

    /// <summary>The word's id, or -1 when no phrase uses that word (most words of an article).</summary>
    public int WordId(ReadOnlySpan<char> foldedWord) => _wordsBySpan.TryGetValue(foldedWord, out var id) ? id : -1;

    /// <summary>The child of <paramref name="node"/> along <paramref name="wordId"/>, or -1.</summary>
    public int Step(int node, int wordId) =>
        wordId >= 0 && _edges.TryGetValue(Edge(node, wordId), out var child) ? child : -1;

    public int EntryAt(int node) => _entryOfNode[node];

    public int[] CuesAt(int node) => _cuesOfNode[node];

    /// <summary>The entry of an exact normalised phrase, or -1 (used by tests and the loader's checks).</summary>
    public int Find(string normalizedPhrase)
    {
        var node = 0;
        foreach (var word in normalizedPhrase.Split(' '))
        {
            node = Step(node, WordId(word));
            if (node < 0) return -1;
        }
        return _entryOfNode[node];
    }

    private static long Edge(int node, int wordId) => ((long)node << 32) | (uint)wordId;
}
