using Extractor.Domain;

namespace Extractor.Tests.Domain;

public sealed class DateValueTests
{
    [TestCase("2021-07-24")]
    [TestCase("2021-07")]
    [TestCase("2021-11-24/2021-11-30")]
    [TestCase("2021-07/2021-12")]
    public void IsoTextRoundTrips(string iso) => Assert.That(DateValue.ParseIso(iso)!.ToIso(), Is.EqualTo(iso));

    [TestCase("2021-02-30")]
    [TestCase("2021-13")]
    [TestCase("2021-12/2021-07")]
    [TestCase("julio")]
    public void InvalidIsoTextIsRejected(string iso) => Assert.That(DateValue.ParseIso(iso), Is.Null);

    [Test]
    public void ARangeCoversItsEndsWholeMonths()
    {
        var v = DateValue.ParseIso("2021-07/2021-12")!;
        Assert.That(v.FirstDay, Is.EqualTo(new DateOnly(2021, 7, 1)));
        Assert.That(v.LastDay, Is.EqualTo(new DateOnly(2021, 12, 31)));
    }

    [Test]
    public void ASpanCannotEndBeforeItStarts() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new TextSpan(5, 4));
}
