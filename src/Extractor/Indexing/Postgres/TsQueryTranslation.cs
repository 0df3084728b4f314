using System.Globalization;
using System.Text;
using Extractor.Indexing.Query;
using Extractor.Indexing.Spanish;

namespace Extractor.Indexing.Postgres;

/// <summary>A parsed query as a parameterised SQL condition over events' tsvectors, and the rank expression that goes with it.</summary>
/// <param name="Condition">A boolean SQL expression on alias <c>e</c>; the user's words are only in <see cref="Parameters"/>.</param>
/// <param name="Rank">A double precision expression, higher is better: the sum of ts_rank over the query's positive leaves.</param>
internal sealed record TsQuerySql(string Condition, string Rank, IReadOnlyList<(string Name, string Value)> Parameters);

/// <summary>
/// Translates the query parser's tree (the same tree the SQLite index gets) into PostgreSQL full-text conditions. Each
/// word or phrase becomes <c>phraseto_tsquery('spanish', extractor_unaccent(@p))</c> against the stemmed vector,
/// as the SQLite index matches a word of several tokens as a phrase of stems; a word the Spanish configuration drops as
/// a stop word ("de", "con") matches the unstemmed vector instead, as it would in SQLite. A prefix ("coop*") becomes
/// <c>to_tsquery('simple', 'coop:*')</c> against the folded, unstemmed vector. AND, OR and NOT (a AND NOT b) become SQL
/// boolean operators so each leaf can use its own vector; the GIN indexes still answer each leaf.
/// </summary>
internal static class TsQueryTranslation
{
    public static TsQuerySql From(QueryNode node, string parameterPrefix = "q")
    {
        var parameters = new List<(string, string)>();
        var ranks = new List<string>();
        var condition = Write(node, parameters, ranks, parameterPrefix, positive: true);
        return new TsQuerySql(condition, ranks.Count == 0 ? "0::double precision" : "(" + string.Join(" + ", ranks) + ")::double precision", parameters);
    }

    private static string Write(QueryNode node, List<(string, string)> parameters, List<string> ranks, string prefix, bool positive)
    {
        string Param(string value)
        {
            var name = prefix + parameters.Count.ToString(CultureInfo.InvariantCulture);
            parameters.Add((name, value));
            return "@" + name;
        }

        switch (node)
        {
            case TermNode { Prefix: true } t:
            {
                var folded = SpanishAnalyzer.Analyze(t.Text).Select(a => a.Folded).ToList();
                // Tokens are letters and digits only, so the tsquery text needs no quoting; it is a parameter all the same.
                var text = folded.Count == 0 ? "zzznomatchzzz" : string.Join(" <-> ", folded) + ":*";
                var q = $"to_tsquery('simple', {Param(text)})";
                if (positive) ranks.Add($"ts_rank(e.tsv_fold, {q})");
                return $"(e.tsv_fold @@ {q})";
            }
            case TermNode t:
                return Words(t.Text);
            case PhraseNode p:
                return Words(p.Text);
            case AndNode a:
                return "(" + string.Join(" AND ", a.Parts.Select(part => Write(part, parameters, ranks, prefix, positive))) + ")";
            case OrNode o:
                return "(" + string.Join(" OR ", o.Parts.Select(part => Write(part, parameters, ranks, prefix, positive))) + ")";
            case NotNode n:
                return "(" + Write(n.Include, parameters, ranks, prefix, positive) + " AND NOT " + Write(n.Exclude, parameters, ranks, prefix, positive: false) + ")";
            default:
                throw new ArgumentOutOfRangeException(nameof(node), node, "Unknown query node.");
        }

        string Words(string text)
        {
            var p = Param(text);
            var stemmed = $"phraseto_tsquery('spanish', extractor_unaccent({p}))";
            var plain = $"phraseto_tsquery('simple', extractor_unaccent({p}))";
            if (positive) ranks.Add($"ts_rank(e.tsv_stem, {stemmed})");
            // numnode = 0: every word was a stop word, so the Spanish configuration left nothing to look for.
            return new StringBuilder()
                .Append("((numnode(").Append(stemmed).Append(") > 0 AND e.tsv_stem @@ ").Append(stemmed).Append(')')
                .Append(" OR (numnode(").Append(stemmed).Append(") = 0 AND e.tsv_fold @@ ").Append(plain).Append("))")
                .ToString();
        }
    }
}
