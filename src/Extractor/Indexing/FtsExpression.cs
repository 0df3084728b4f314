using System.Text;
using Extractor.Indexing.Query;
using Extractor.Indexing.Spanish;

namespace Extractor.Indexing;

/// <summary>
/// Translates a parsed query into an FTS5 MATCH expression over the index's shadow columns: words and phrases match
/// the stemmed columns (title_s, body_s); prefixes match the folded, unstemmed columns (title_f, body_f), since a
/// stem of a word's beginning is not a beginning of its stem. Tokens are only letters and digits, so quoting is safe.
/// </summary>
internal static class FtsExpression
{
    private const string Stemmed = "{title_s body_s}";
    private const string Folded = "{title_f body_f}";

    public static string From(QueryNode node)
    {
        var sb = new StringBuilder();
        Write(node, sb);
        return sb.ToString();
    }

    private static void Write(QueryNode node, StringBuilder sb)
    {
        switch (node)
        {
            case TermNode { Prefix: true } t:
                sb.Append(Folded).Append(" : \"").Append(string.Join(' ', SpanishAnalyzer.Analyze(t.Text).Select(a => a.Folded))).Append("\" *");
                break;
            case TermNode t:
                sb.Append(Stemmed).Append(" : \"").Append(string.Join(' ', SpanishAnalyzer.Analyze(t.Text).Select(a => a.Stem))).Append('"');
                break;
            case PhraseNode p:
                var stems = SpanishAnalyzer.Analyze(p.Text).Select(a => a.Stem).ToList();
                // A phrase of punctuation only matches nothing; an impossible token says so to FTS5.
                sb.Append(Stemmed).Append(" : \"").Append(stems.Count == 0 ? "zzznomatchzzz" : string.Join(' ', stems)).Append('"');
                break;
            case AndNode a:
                Join(a.Parts, " AND ", sb);
                break;
            case OrNode o:
                Join(o.Parts, " OR ", sb);
                break;
            case NotNode n:
                sb.Append('(');
                Write(n.Include, sb);
                sb.Append(" NOT ");
                Write(n.Exclude, sb);
                sb.Append(')');
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(node), node, "Unknown query node.");
        }
    }

    private static void Join(IReadOnlyList<QueryNode> parts, string op, StringBuilder sb)
    {
        sb.Append('(');
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0) sb.Append(op);
            Write(parts[i], sb);
        }
        sb.Append(')');
    }
}
