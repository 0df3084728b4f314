using System.Diagnostics;
using Extractor.Domain;
using Extractor.Extraction;
using Extractor.Extraction.Amounts;
using Extractor.Extraction.Dates;
using Extractor.Extraction.Participants;

namespace Extractor.Tests.Extraction.Participants;

public sealed class ParticipantsExtractorTests
{
    private static IEnumerable<TestCaseData> Examples() => ExtractionTestKit.Rows("Extraction/Participants/participants.es.tsv", 2);

    [TestCaseSource(nameof(Examples))]
    public void FindsTheExpectedCounts(string text, string expected)
    {
        var input = ExtractionTestKit.Input(text, DateValue.ParseIso("2021"), "MXN");
        var found = ExtractionTestKit.Run(input, new DateExtractor(), new AmountExtractor(), new ParticipantsExtractor())
            .OfType<ParticipantsMention>()
            .Select(p => $"{p.Value} {MentionJson.Qualifier(p.Qualifier) ?? "?"} {p.Unit}").ToList();
        var want = expected == "-" ? [] : expected.Split(';').ToList();
        Assert.That(found, Is.EqualTo(want), text);
    }

    [Test]
    public void RandomInputNeverThrowsAndSpansMatchTheirText()
    {
        var random = new Random(1515);
        var extractor = new ParticipantsExtractor();
        for (var round = 0; round < 300; round++)
        {
            var text = ExtractionTestKit.RandomText(random, random.Next(0, 400));
            ExtractionTestKit.AssertWellFormed(text, extractor.Extract(ExtractionTestKit.Input(text)));
        }
    }

    [Test]
    public void AMegabyteOfPathologicalTextFinishesQuickly()
    {
        var text = string.Concat(Enumerable.Repeat("más de 20 mil personas y a 3 en ", 32_000));
        var watch = Stopwatch.StartNew();
        _ = new ParticipantsExtractor().Extract(ExtractionTestKit.Input(text));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)));
    }
}
