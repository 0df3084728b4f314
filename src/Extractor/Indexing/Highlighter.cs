using Extractor.Indexing.Query;
using Extractor.Indexing.Spanish;

namespace Extractor.Indexing;

/// <summary>
/// Finds the words of an original text that a query matched (comparing stems, and folded prefixes for word*), and
/// cuts a snippet around the densest run of them. Done here rather than with FTS5's snippet(), because the index
/// matches a stemmed shadow column whose tokens are not the text shown.
/// </summary>
public sealed class Highlighter
{
    private readonly HashSet<string> _stems = new(StringComparer.Ordinal);
    private readonly List<string> _prefixes = [];

    public Highlighter(QueryNode? query)
    {
        if (query is not null) Collect(query);
    }

    public bool IsEmpty => _stems.Count == 0 && _prefixes.Count == 0;

    private void Collect(QueryNode node)
    {
        switch (node)
        {
            case TermNode { Prefix: true } t:
                _prefixes.AddRange(SpanishAnalyzer.Analyze(t.Text).Select(a => a.Folded));
                break;
            case TermNode t:
                foreach (var a in SpanishAnalyzer.Analyze(t.Text)) _stems.Add(a.Stem);
                break;
            case PhraseNode p:
                foreach (var a in SpanishAnalyzer.Analyze(p.Text)) _stems.Add(a.Stem);
                break;
            case AndNode a:
                foreach (var part in a.Parts) Collect(part);
                break;
            case OrNode o:
                foreach (var part in o.Parts) Collect(part);
                break;
            case NotNode n:
                Collect(n.Include); // what is excluded never appears in a hit
                break;
        }
    }

    private bool Matches(AnalyzedToken t) =>
        _stems.Contains(t.Stem) || _prefixes.Any(p => t.Folded.StartsWith(p, StringComparison.Ordinal));

    /// <summary>A passage of about <paramref name="maxChars"/> characters with the matched words marked.</summary>
    public Snippet Snip(string text, int maxChars = 240)
    {
        var tokens = SpanishAnalyzer.Analyze(text);
        var hits = tokens.Where(Matches).ToList();
        if (text.Length <= maxChars) return new Snippet(text, hits.Select(h => new Highlight(h.Start, h.End - h.Start)).ToList());

        // Choose the window start (at a hit) that holds the most hits.
        var start = 0;
        var best = -1;
        for (var i = 0; i < hits.Count; i++)
        {
            var windowStart = Math.Max(0, hits[i].Start - 40);
            var count = hits.Count(h => h.Start >= windowStart && h.End <= windowStart + maxChars);
            if (count > best) { best = count; start = windowStart; }
        }
        // Begin and end at word boundaries.
        if (start > 0)
        {
            var firstToken = tokens.FirstOrDefault(t => t.Start >= start);
            start = firstToken?.Start ?? start;
        }
        var end = Math.Min(text.Length, start + maxChars);
        if (end < text.Length)
        {
            var lastToken = tokens.LastOrDefault(t => t.End <= end);
            if (lastToken is not null && lastToken.End > start) end = lastToken.End;
        }
        var prefix = start > 0 ? "…" : "";
        var suffix = end < text.Length ? "…" : "";
        var body = text[start..end];
        var marks = hits.Where(h => h.Start >= start && h.End <= end)
            .Select(h => new Highlight(h.Start - start + prefix.Length, h.End - h.Start)).ToList();
        return new Snippet(prefix + body + suffix, marks);
    }
}
