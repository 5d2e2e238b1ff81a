namespace NewsHub.Web.Tagging;

/// <summary>Which part of the article a match was found in; the headline counts most.</summary>
internal enum TextZone { Title, Lead, Body }

/// <summary>A gazetteer phrase found in the text: which entry, where, and the words as written.</summary>
internal readonly record struct PhraseMatch(int Entry, TextZone Zone, int Position, string Surface);

/// <summary>
/// Finds gazetteer phrases in a text, longest match first, so "South Sudan" is not also "Sudan" and
/// "Islamic State of Iraq and the Levant" is not Iraq. Cue phrases (that only help choose the sense of an
/// ambiguous name) are noted wherever they occur, even inside a longer match.
/// </summary>
internal sealed class PhraseMatcher(Gazetteer gazetteer)
{
    private readonly PhraseIndex _index = gazetteer.Index;

    public void Scan(string? text, TextZone zone, List<PhraseMatch> matches, bool[] cuesSeen)
    {
        if (string.IsNullOrEmpty(text)) return;
        var folded = GazetteerText.FoldText(text);
        var tokens = new List<TextToken>(text.Length / 5);
        GazetteerText.Tokenize(folded, tokens);
        var ids = new int[tokens.Count];
        for (var t = 0; t < tokens.Count; t++) ids[t] = _index.WordId(folded.AsSpan(tokens[t].Start, tokens[t].Length));

        var i = 0;
        while (i < tokens.Count)
        {
            int node = 0, best = -1, bestEnd = i;
            for (var j = i; j < tokens.Count; j++)
            {
                node = _index.Step(node, ids[j]);
                if (node < 0) break;
                foreach (var cue in _index.CuesAt(node)) cuesSeen[cue] = true;
                var entry = _index.EntryAt(node);
                if (entry >= 0 && WrittenAsRequired(gazetteer.Entries[entry].Flags, text, tokens, i, j + 1))
                {
                    best = entry;
                    bestEnd = j + 1;
                }
            }
            if (best < 0) { i++; continue; }
            var start = tokens[i].Start;
            var end = tokens[bestEnd - 1].Start + tokens[bestEnd - 1].Length;
            matches.Add(new PhraseMatch(best, zone, i, text[start..end]));
            i = bestEnd;
        }
    }

    private static bool WrittenAsRequired(NameFlags flags, string text, List<TextToken> tokens, int from, int to)
    {
        if (flags == NameFlags.None) return true;
        if (flags.HasFlag(NameFlags.Capitalised) && tokens[from].IsAllLower(text)) return false;
        if (flags.HasFlag(NameFlags.Upper))
            for (var t = from; t < to; t++)
                if (!tokens[t].IsAllUpper(text)) return false;
        return true;
    }
}
