namespace Extractor.Extraction.Partners;

/// <summary>
/// A trie over folded words: finds, at a token position, the longest stored word sequence in one pass
/// (a multi-pattern matcher, so the gazetteer costs the same whether it has ten rows or ten thousand).
/// </summary>
internal sealed class TokenTrie<T> where T : class
{
    private readonly Node _root = new();

    public int Count { get; private set; }

    public void Add(IReadOnlyList<string> words, T value)
    {
        if (words.Count == 0) return;
        var node = _root;
        foreach (var w in words)
        {
            if (node.Children is null)
            {
                node.Children = new Dictionary<string, Node>(StringComparer.Ordinal);
                node.Lookup = node.Children.GetAlternateLookup<ReadOnlySpan<char>>();
            }

            if (node == _root) _firstWords[Bucket(w)] = true;
            if (!node.Children.TryGetValue(w, out var next))
            {
                next = new Node();
                node.Children.Add(w, next);
            }

            node = next;
        }

        if (node.Value is null) Count++;
        node.Value ??= value;
    }

    /// <summary>The longest match starting at token <paramref name="first"/>: its length in tokens and value, or (0, null).</summary>
    /// <param name="gapAllowed">Whether the text between two consecutive tokens may join them inside one name.</param>
    public (int Length, T? Value) LongestMatch(FoldedText text, int first, Func<int, bool> gapAllowed)
    {
        var node = _root;
        var best = (0, (T?)null);
        if (first >= text.Tokens.Length || !_firstWords[Bucket(text.Key(text.Tokens[first]))]) return best;
        for (var i = first; i < text.Tokens.Length; i++)
        {
            if (node.Children is null) break;
            if (i > first && !gapAllowed(i)) break;
            if (!node.Lookup.TryGetValue(text.Key(text.Tokens[i]), out var next)) break;
            node = next;
            if (node.Value is not null) best = (i - first + 1, node.Value);
        }

        return best;
    }

    // Most words start no stored name: a table over (first letter, length) of the first words rejects them before any hashing.
    private readonly bool[] _firstWords = new bool[128 * 32];

    private static int Bucket(ReadOnlySpan<char> word) => (word.Length == 0 ? 0 : word[0] & 127) * 32 + Math.Min(word.Length, 31);

    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> Lookup;
        public T? Value;
    }
}
