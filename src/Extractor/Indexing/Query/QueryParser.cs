using System.Globalization;
using Extractor.Domain;

namespace Extractor.Indexing.Query;

/// <summary>
/// Parses the search syntax: words, word* (prefix), "phrases", AND, OR, NOT (binary: a NOT b) and parentheses.
/// Words side by side mean AND; AND binds tighter than OR, NOT tighter than AND. Operators are upper case only, so
/// the Spanish "y"/"o" stay words; articles and linking prepositions among words side by side ("reunión con la embajada") are dropped.
/// Errors name the 1-based character position ("unbalanced quote at position 7").
/// </summary>
public static class QueryParser
{
    private enum Kind { Word, Phrase, And, Or, Not, Open, Close, End }

    private sealed record Token(Kind Kind, string Text, int Position, bool Prefix = false);

    /// <summary>The query's tree, or a diagnostic (file "query") whose problem says what is wrong and where.</summary>
    public static Result<QueryNode> Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var tokens = Tokenize(query, out var error);
        if (error is not null) return Fail(error);
        if (tokens.Count == 1) return Fail("the query is empty");
        var parser = new Parser(tokens);
        var node = parser.ParseOr(out error);
        if (error is not null) return Fail(error);
        var next = parser.Peek;
        if (next.Kind == Kind.Close) return Fail($"unbalanced parenthesis at position {next.Position}");
        if (next.Kind != Kind.End) return Fail($"unexpected {Describe(next)} at position {next.Position}");
        return Result<QueryNode>.Success(node!);
    }

    private static Result<QueryNode> Fail(string problem) => Result<QueryNode>.Failure("query", problem);

    private static string Describe(Token t) => t.Kind switch
    {
        Kind.End => "end of query",
        Kind.Close => "\")\"",
        Kind.Open => "\"(\"",
        Kind.Phrase => "phrase",
        Kind.Word => $"\"{t.Text}\"",
        _ => t.Text,
    };

    private static List<Token> Tokenize(string q, out string? error)
    {
        var tokens = new List<Token>();
        error = null;
        var i = 0;
        while (i < q.Length)
        {
            var c = q[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var position = i + 1;
            if (c == '"')
            {
                var close = q.IndexOf('"', i + 1);
                if (close < 0) { error = $"unbalanced quote at position {position}"; return tokens; }
                var text = q[(i + 1)..close];
                if (string.IsNullOrWhiteSpace(text)) { error = $"empty phrase at position {position}"; return tokens; }
                tokens.Add(new Token(Kind.Phrase, text, position));
                i = close + 1;
                continue;
            }
            if (c == '(') { tokens.Add(new Token(Kind.Open, "(", position)); i++; continue; }
            if (c == ')') { tokens.Add(new Token(Kind.Close, ")", position)); i++; continue; }
            var start = i;
            while (i < q.Length && !char.IsWhiteSpace(q[i]) && q[i] is not ('"' or '(' or ')')) i++;
            var word = q[start..i];
            switch (word)
            {
                case "AND": tokens.Add(new Token(Kind.And, word, position)); continue;
                case "OR": tokens.Add(new Token(Kind.Or, word, position)); continue;
                case "NOT": tokens.Add(new Token(Kind.Not, word, position)); continue;
            }
            var star = word.IndexOf('*');
            if (star >= 0 && star != word.Length - 1)
            {
                error = $"\"*\" must end a word, at position {start + star + 1}";
                return tokens;
            }
            var stem = star >= 0 ? word[..^1] : word;
            if (!stem.Any(char.IsLetterOrDigit))
            {
                error = star >= 0 && stem.Length == 0
                    ? $"\"*\" needs letters before it, at position {position}"
                    : $"\"{word}\" has no letters or digits, at position {position}";
                return tokens;
            }
            tokens.Add(new Token(Kind.Word, stem, position, star >= 0));
        }
        tokens.Add(new Token(Kind.End, "", q.Length + 1));
        return tokens;
    }

    private sealed class Parser(List<Token> tokens)
    {
        private int _next;

        public Token Peek => tokens[_next];

        private Token Take() => tokens[_next++];

        public QueryNode? ParseOr(out string? error)
        {
            var parts = new List<QueryNode>();
            var first = ParseAnd(out error);
            if (error is not null) return null;
            parts.Add(first!);
            while (Peek.Kind == Kind.Or)
            {
                Take();
                var next = ParseAnd(out error);
                if (error is not null) return null;
                parts.Add(next!);
            }
            return parts.Count == 1 ? parts[0] : new OrNode(parts);
        }

        private QueryNode? ParseAnd(out string? error)
        {
            var parts = new List<QueryNode>();
            var first = ParseNot(out error);
            if (error is not null) return null;
            parts.Add(first!);
            var explicitAnd = false;
            while (true)
            {
                if (Peek.Kind == Kind.And) { Take(); explicitAnd = true; }
                else if (Peek.Kind is not (Kind.Word or Kind.Phrase or Kind.Open)) break;
                var next = ParseNot(out error);
                if (error is not null) return null;
                parts.Add(next!);
            }
            // "reunión con la embajada": words side by side are what the analyst looks for, not the articles and prepositions
            // between them, which would otherwise have to appear too. Written AND, a phrase, a prefix, a word in capitals ("Entre
            // Ríos", "Bajo Flores") or a query of such words alone keeps them.
            if (!explicitAnd && parts.Count > 1 && parts.Any(p => !IsConnective(p)))
            {
                // "reunión con NOT embajada": NOT binds the connective, which goes, to what it excludes; the word before takes its place.
                for (var i = parts.Count - 1; i > 0; i--)
                    if (parts[i] is NotNode { Include: var include } not && IsConnective(include) && !IsConnective(parts[i - 1]))
                    {
                        parts[i - 1] = new NotNode(parts[i - 1], not.Exclude);
                        parts.RemoveAt(i);
                    }

                parts.RemoveAll(IsConnective);
            }
            return parts.Count == 1 ? parts[0] : new AndNode(parts);
        }

        private static bool IsConnective(QueryNode node) =>
            node is TermNode { Prefix: false } t && Connectives.Contains(t.Text);

        /// <summary>
        /// Articles, the prepositions that only join a noun to its complement, and "y", as typed in lower case. Not the evaluation's
        /// longer list of function words: "sin", "contra", "entre", "bajo", "este" or "o" change what is asked for.
        /// </summary>
        private static readonly HashSet<string> Connectives = new(StringComparer.Ordinal)
        {
            "el", "la", "lo", "los", "las", "un", "una", "unos", "unas", "de", "del", "al", "a", "en", "con", "por", "para", "y", "e", "que", "se", "su", "sus",
        };

        private QueryNode? ParseNot(out string? error)
        {
            var left = ParsePrimary(out error);
            if (error is not null) return null;
            while (Peek.Kind == Kind.Not)
            {
                Take();
                var right = ParsePrimary(out error);
                if (error is not null) return null;
                left = new NotNode(left!, right!);
            }
            return left;
        }

        private QueryNode? ParsePrimary(out string? error)
        {
            error = null;
            var t = Take();
            switch (t.Kind)
            {
                case Kind.Word: return new TermNode(t.Text, t.Prefix);
                case Kind.Phrase: return new PhraseNode(t.Text);
                case Kind.Open:
                    var inner = ParseOr(out error);
                    if (error is not null) return null;
                    if (Peek.Kind != Kind.Close) { error = $"unbalanced parenthesis at position {t.Position}"; return null; }
                    Take();
                    return inner;
                case Kind.Not:
                    error = string.Create(CultureInfo.InvariantCulture, $"NOT needs a term before it, at position {t.Position} (write \"a NOT b\")");
                    return null;
                case Kind.End:
                    error = $"the query ends where a term was expected, at position {t.Position}";
                    return null;
                default:
                    error = $"unexpected {Describe(t)} at position {t.Position}: a term was expected";
                    return null;
            }
        }
    }
}
