using Extractor.Profiling;

namespace Extractor.Tests.Profiling;

public sealed class SpanishCalendarTests
{
    private static readonly string[] Alternatives = SpanishCalendar.MonthPattern.Split('|');

    [Test]
    public void TheMonthPatternNamesEverySpellingThatIsAMonth()
    {
        var spellings = SpanishCalendar.MonthNames.SelectMany(n => new[] { n, n[..3] }).Concat(["setiembre", "sept", "set"]);
        Assert.That(Alternatives, Is.EquivalentTo(spellings.Distinct()));
        Assert.That(Alternatives.Select(SpanishCalendar.Month), Has.None.Null);
    }

    [Test]
    public void TheMonthPatternTriesLongerSpellingsFirst() =>
        Assert.That(Alternatives.Select(a => a.Length), Is.Ordered.Descending);

    [TestCase("de enero a junio de 2023", "2023-01/2023-06")]
    [TestCase("de sept. a dic. de 2021", "2021-09/2021-12")]
    [TestCase("de setiembre de 2022 a marzo de 2023", "2022-09/2023-03")]
    [TestCase("noviembre a febrero de 2024", "2023-11/2024-02")]
    public void AMonthRangeIsReadWithEverySpelling(string head, string expected) =>
        Assert.That(DocumentProfiler.FindPeriod("Informe", head, head)?.ToIso(), Is.EqualTo(expected));
}
