using Extractor.Indexing.Query;

namespace Extractor.Tests.Indexing.Query;

public sealed class QueryParserTests
{
    private static readonly object[] Errors =
    [
        new object[] { "reunión \"cglu", "unbalanced quote at position 9" },
        new object[] { "(reunión OR foro", "unbalanced parenthesis at position 1" },
        new object[] { "reunión)", "unbalanced parenthesis at position 8" },
        new object[] { "NOT foro", "NOT needs a term before it, at position 1 (write \"a NOT b\")" },
        new object[] { "foro OR", "the query ends where a term was expected, at position 8" },
        new object[] { "foro AND AND taller", "unexpected AND at position 10: a term was expected" },
        new object[] { "co*op", "\"*\" must end a word, at position 3" },
        new object[] { "\"\"", "empty phrase at position 1" },
        new object[] { "   ", "the query is empty" },
    ];

    [TestCaseSource(nameof(Errors))]
    public void ABadQuery_IsReportedWithWhatAndWhere(string query, string problem)
    {
        var result = QueryParser.Parse(query);
        Assert.That(result.IsSuccess, Is.False);
        Assert.That(result.Error!.Problem, Is.EqualTo(problem));
    }

    [Test]
    public void WordsSideBySide_MeanAnd_AndAndBindsTighterThanOr()
    {
        var node = QueryParser.Parse("reunión cglu OR foro* NOT \"taller de resiliencia\"").Value;
        Assert.That(Describe(node!), Is.EqualTo("OR(AND(reunión,cglu),NOT(foro*,\"taller de resiliencia\"))"));
    }

    [TestCase("reunión con la embajada", "AND(reunión,embajada)")]
    [TestCase("Reunión CON Embajada", "AND(Reunión,CON,Embajada)")]
    [TestCase("reunión sin acuerdo", "AND(reunión,sin,acuerdo)")]
    [TestCase("Entre Ríos", "AND(Entre,Ríos)")]
    [TestCase("Madrid o Barcelona", "AND(Madrid,o,Barcelona)")]
    [TestCase("reunión AND con", "AND(reunión,con)")]
    [TestCase("foro de ciudades OR taller en línea", "OR(AND(foro,ciudades),AND(taller,línea))")]
    [TestCase("de la", "AND(de,la)")]
    [TestCase("de", "de")]
    [TestCase("el \"taller de resiliencia\"", "\"taller de resiliencia\"")]
    [TestCase("con* foro", "AND(con*,foro)")]
    [TestCase("la sede de cglu", "AND(sede,cglu)")]
    [TestCase("reunión con NOT embajada", "NOT(reunión,embajada)")]
    [TestCase("foro de ciudades con NOT embajada", "AND(foro,NOT(ciudades,embajada))")]
    [TestCase("con NOT embajada", "NOT(con,embajada)")]
    public void ArticlesAndLinkingPrepositionsAmongWords_AreDropped_UnlessWrittenOrAllThereIs(string query, string expected) =>
        Assert.That(Describe(QueryParser.Parse(query).Value!), Is.EqualTo(expected));

    private static string Describe(QueryNode n) => n switch
    {
        TermNode t => t.Text + (t.Prefix ? "*" : ""),
        PhraseNode p => $"\"{p.Text}\"",
        AndNode a => $"AND({string.Join(',', a.Parts.Select(Describe))})",
        OrNode o => $"OR({string.Join(',', o.Parts.Select(Describe))})",
        NotNode x => $"NOT({Describe(x.Include)},{Describe(x.Exclude)})",
        _ => "?",
    };

    [Test]
    public void RandomQueries_NeverThrow()
    {
        var random = new Random(7);
        string[] pieces = ["foro", "\"", "(", ")", "AND", "OR", "NOT", "*", "reunión", " ", "x*", "-", "¿"];
        for (var i = 0; i < 5000; i++)
        {
            var q = string.Concat(Enumerable.Range(0, random.Next(0, 10)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(2) == 0 ? " " : "")));
            Assert.DoesNotThrow(() => QueryParser.Parse(q), q);
        }
    }
}
