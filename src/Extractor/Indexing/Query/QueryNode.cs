namespace Extractor.Indexing.Query;

/// <summary>A parsed search query: terms, phrases and prefixes combined with AND, OR and NOT.</summary>
public abstract record QueryNode;

/// <summary>One word as typed; <see cref="Prefix"/> when it ended with "*" (matches any word starting with it).</summary>
public sealed record TermNode(string Text, bool Prefix) : QueryNode;

/// <summary>Words that must appear next to each other, in order ("..." in the query).</summary>
public sealed record PhraseNode(string Text) : QueryNode;

/// <summary>All parts must match (explicit AND, or words side by side).</summary>
public sealed record AndNode(IReadOnlyList<QueryNode> Parts) : QueryNode;

/// <summary>Any part may match.</summary>
public sealed record OrNode(IReadOnlyList<QueryNode> Parts) : QueryNode;

/// <summary>The left side matches and the right side does not ("a NOT b").</summary>
public sealed record NotNode(QueryNode Include, QueryNode Exclude) : QueryNode;
