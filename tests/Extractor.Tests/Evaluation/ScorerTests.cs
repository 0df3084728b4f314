using Extractor.Domain;
using Extractor.Evaluation;

namespace Extractor.Tests.Evaluation;

public sealed class ScorerTests
{
    private static EvalMention M(MentionKind kind, string key, int line = 1, string doc = "d", string text = "", string? date = null) => new(doc, kind, text, line, key, date);

    private static GoldSet Gold(params EvalMention[] mentions) =>
        new(mentions.GroupBy(m => m.Doc).ToDictionary(g => g.Key, g => (IReadOnlyList<EvalMention>)g.ToList()), new Dictionary<string, LineRange>());

    [Test]
    public void ValuesMatchAsMultisetsAndNumbersNumerically()
    {
        var gold = new[] { M(MentionKind.Amount, "2300000000"), M(MentionKind.Amount, "800000000"), M(MentionKind.Amount, "800000000") };
        var system = new[] { M(MentionKind.Amount, "2300000000.00"), M(MentionKind.Amount, "800000000"), M(MentionKind.Amount, "5") };
        var score = Scorer.CompareValues(MentionKind.Amount, gold, system);
        Assert.That((score.TruePositives, score.FalsePositives, score.FalseNegatives), Is.EqualTo((2, 1, 1)));
        Assert.That(score.Precision, Is.EqualTo(2.0 / 3).Within(1e-9));
        Assert.That(score.Recall, Is.EqualTo(2.0 / 3).Within(1e-9));
        Assert.That(score.F1, Is.EqualTo(2.0 / 3).Within(1e-9));
    }

    [Test]
    public void DatesMatchAsIsoStrings()
    {
        var score = Scorer.CompareValues(MentionKind.Date, [M(MentionKind.Date, "2021-10-18"), M(MentionKind.Date, "2021-11-24/2021-11-30")],
            [M(MentionKind.Date, "2021-10-18"), M(MentionKind.Date, "2021-11-24")]);
        Assert.That((score.TruePositives, score.FalsePositives, score.FalseNegatives), Is.EqualTo((1, 1, 1)));
    }

    [Test]
    public void PartnersMatchAsDistinctNamesByCanonicalOrGoldTextFolded()
    {
        var gold = new[]
        {
            M(MentionKind.Partner, "CGLU", text: "Ciudades y Gobiernos Locales Unidos"), M(MentionKind.Partner, "CGLU", text: "CGLU"),
            M(MentionKind.Partner, "Metrópolis", text: "Metropolis"), M(MentionKind.Partner, "GIZ", text: "GIZ"),
        };
        var system = new[]
        {
            M(MentionKind.Partner, "ciudades y gobiernos locales unidos"), M(MentionKind.Partner, "CGLU"),
            M(MentionKind.Partner, "METROPOLIS"), M(MentionKind.Partner, "BID"), M(MentionKind.Partner, "BID"),
        };
        var score = Scorer.ComparePartners(gold, system);
        Assert.That((score.TruePositives, score.FalsePositives, score.FalseNegatives), Is.EqualTo((2, 1, 1)));
    }

    [Test]
    public void EventsMatchOneToOneOnEqualDatesAndTitleDiceOfAtLeastHalf()
    {
        var gold = new[]
        {
            M(MentionKind.Event, "Reunión con la Secretaria de Estado para el Comercio Internacional", date: "2021-09-24"),
            M(MentionKind.Event, "Congreso de Metropolis", date: null),
        };
        var system = new[]
        {
            M(MentionKind.Event, "Reunión con la Secretaria de Estado del Reino Unido", date: "2021-09-24"), // Dice 2·3/(5+5)… ≥ 0.5
            M(MentionKind.Event, "Reunión con la Secretaria de Estado", date: "2021-09-24"),                 // duplicate: one-to-one
            M(MentionKind.Event, "Congreso de Metrópolis", date: "2021-11-09"),                              // date differs
        };
        var score = Scorer.CompareEvents(gold, system);
        Assert.That((score.TruePositives, score.FalsePositives, score.FalseNegatives), Is.EqualTo((1, 2, 1)));
    }

    [Test]
    public void ThePartnersOfMatchedEvents_AreComparedPerPair_AndOnlyForMatchedEvents()
    {
        static EvalMention E(string title, string? date, params string[] partners) => new("d", MentionKind.Event, "", 1, title, date, partners);
        var gold = Gold(E("Reunión con la UCCI", "2021-09-24", "UCCI", "Metrópolis"), E("Foro de ciudades", null, "BID"));
        var report = Scorer.Score(gold,
        [
            E("Reunión con la UCCI", "2021-09-24", "ucci", "GIZ"), // matched: UCCI shared (folded), GIZ extra, Metrópolis missed
            E("Foro de ciudades", "2021-10-01", "BID"),             // not matched (date): its partners are not compared
        ]);
        Assert.That((report.EventPartners.TruePositives, report.EventPartners.FalsePositives, report.EventPartners.FalseNegatives), Is.EqualTo((1, 1, 1)));
        var difference = report.EventPartnerDifferences.Single();
        Assert.That((difference.Gold.Key, difference.Extra, difference.Missed), Is.EqualTo(("Reunión con la UCCI", new[] { "GIZ" }, new[] { "Metrópolis" })));
        Assert.That(report.MacroF1, Is.EqualTo(report.Kinds.Average(k => k.F1)).Within(1e-12));
    }

    [Test]
    public void MatchedEventsThatAgreeOnTheirPartners_AreNotListedAsDifferences()
    {
        static EvalMention E(string title, params string[] partners) => new("d", MentionKind.Event, "", 1, title, "2021-09-24", partners);
        var report = Scorer.Score(Gold(E("Reunión con la UCCI", "UCCI", "Metrópolis")), [E("Reunión con la UCCI", "metropolis", "UCCI", "UCCI")]);
        Assert.That((report.EventPartners.TruePositives, report.EventPartners.FalsePositives, report.EventPartners.FalseNegatives), Is.EqualTo((2, 0, 0)));
        Assert.That(report.EventPartnerDifferences, Is.Empty);
    }

    [Test]
    public void AnEventsPartnersAreReadFromItsJsonLine()
    {
        var e = EvalMention.Parse("d", "{\"kind\": \"event\", \"text\": \"x\", \"line\": 3, \"title\": \"Foro\", \"date\": null, \"partners\": [\"UCCI\", \"GIZ\"]}", out var problem);
        Assert.That(problem, Is.Null);
        Assert.That(e!.EventPartners, Is.EqualTo(new[] { "UCCI", "GIZ" }));
        Assert.That(EvalMention.Parse("d", "{\"kind\": \"event\", \"title\": \"Foro\"}", out _)!.EventPartners, Is.Empty);
    }

    [Test]
    public void DiceIgnoresCaseAccentsAndStopWords()
    {
        var a = Scorer.ContentWords("Sesión inaugural del Foro Mundial");
        var b = Scorer.ContentWords("sesion INAUGURAL de la reunión");
        Assert.That(a, Is.EquivalentTo(new[] { "sesion", "inaugural", "foro", "mundial" }));
        Assert.That(Scorer.Dice(a, b), Is.EqualTo(2.0 * 2 / (4 + 3)).Within(1e-9));
    }

    [Test]
    public void SystemMentionsOutsideTheGoldRangeAreIgnored()
    {
        var gold = new GoldSet(
            new Dictionary<string, IReadOnlyList<EvalMention>> { ["d"] = [M(MentionKind.Date, "2021-07-24", line: 10)] },
            new Dictionary<string, LineRange> { ["d"] = new LineRange(1, 100) });
        var report = Scorer.Score(gold, [M(MentionKind.Date, "2021-07-24", line: 10), M(MentionKind.Date, "2021-08-01", line: 500)]);
        var dates = report[MentionKind.Date];
        Assert.That((dates.TruePositives, dates.FalsePositives, dates.FalseNegatives), Is.EqualTo((1, 0, 0)));
    }

    [Test]
    public void TheMacroAverageIsOverTheFiveKinds()
    {
        var report = Scorer.Score(Gold(M(MentionKind.Date, "2021-07-24")), [M(MentionKind.Date, "2021-07-24"), M(MentionKind.Amount, "5")]);
        // date F1 1; amount P 0 R 0 (nothing to find, one found) → F1 0; the three empty kinds score 1.
        Assert.That(report.MacroF1, Is.EqualTo((1 + 0 + 1 + 1 + 1) / 5.0).Within(1e-9));
        Assert.That(report.Errors.Single().FalsePositive, Is.True);
    }

    [Test]
    public void GoldLinesAndRangesAreReadWithProblemsReported()
    {
        var problems = new List<Diagnostic>();
        var ranges = GoldSet.ReadRanges("RANGES.tsv", ["# doc\tfirst\tlast", "001_x\t1\t1270", "bad line"], problems);
        Assert.That(ranges["001_x"], Is.EqualTo(new LineRange(1, 1270)));
        Assert.That(problems, Has.Count.EqualTo(1));
        var m = EvalMention.Parse("001_x", """{"kind": "amount", "text": "800 mdp", "line": 332, "value": 800000000, "currency": "MXN"}""", out var problem);
        Assert.That(problem, Is.Null);
        Assert.That(m!.Number, Is.EqualTo(800000000m));
        Assert.That(EvalMention.Parse("001_x", "{\"kind\": \"weather\"}", out problem), Is.Null);
        Assert.That(problem, Does.Contain("unknown kind"));
    }
}
