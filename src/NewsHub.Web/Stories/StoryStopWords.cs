namespace NewsHub.Web.Stories;

/// <summary>
/// English function words plus the vocabulary every news report uses (said, officials, week, Friday…): words that
/// say nothing about which event an article is about. IDF would push most of them down anyway, but on a young
/// archive the document frequencies are too thin to rely on.
/// </summary>
internal static class StoryStopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // function words
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "either", "else", "ever", "every", "few", "for", "from", "further", "had", "has",
        "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "however", "i", "if", "in",
        "into", "is", "it", "its", "itself", "just", "least", "less", "like", "may", "me", "might", "more", "most", "much", "must",
        "my", "neither", "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "others", "our",
        "ours", "out", "over", "own", "per", "same", "shall", "she", "should", "since", "so", "some", "such", "than",
        "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "though",
        "through", "to", "too", "under", "until", "up", "upon", "us", "very", "was", "we", "were", "what", "when", "where",
        "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "would", "yet",
        "you", "your", "yours", "amid", "among", "via", "across", "around", "toward", "towards", "onto", "still", "even",
        "already", "well", "many", "several", "another", "new", "two", "three", "four", "five", "six", "first", "second",
        "third", "last", "next", "early", "late", "later", "earlier", "ago", "s", "st", "nd", "rd", "th", "mr", "mrs", "ms",
        // newsroom boilerplate
        "said", "say", "says", "saying", "told", "tell", "according", "report", "reported", "reports", "reporting",
        "statement", "news", "official", "officials", "spokesman", "spokesperson", "source", "sources",
        "year", "years", "month", "months", "week", "weeks", "day", "days", "today", "yesterday", "tomorrow", "time",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "percent", "cent", "million", "billion", "including", "part", "make", "made", "take", "taken", "took", "set", "expected",
        "expect", "hold", "held", "come", "came", "comes", "go", "going", "way", "number", "country", "countries",
        "national", "government", "side", "sides",
    };

    public static bool Contains(string word) => Words.Contains(word);
}
