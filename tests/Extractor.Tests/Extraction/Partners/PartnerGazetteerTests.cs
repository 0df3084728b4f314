using Extractor.Extraction.Partners;

namespace Extractor.Tests.Extraction.Partners;

public sealed class PartnerGazetteerTests
{
    [TestCase("CGLU")]
    [TestCase("UCLG")]
    [TestCase("Ciudades y Gobiernos Locales Unidos")]
    [TestCase("ciudades y gobiernos locales unidos")]
    [TestCase("United Cities and Local Governments")]
    public void EveryNameOfUnitedCitiesResolvesToOneCanonical(string name) =>
        Assert.That(TestDocuments.Gazetteer.Resolve(name)?.Canonical, Is.EqualTo("CGLU"));

    [TestCase("ucci", "UCCI")]
    [TestCase("onu", "ONU")]
    [TestCase("ONU Hábitat", "ONU-Habitat")]
    [TestCase("Metropolis", "Metrópolis")]
    [TestCase("Organización de las Naciones Unidas para la Educación, la Ciencia y la Cultura", "UNESCO")]
    public void AliasesResolveAcrossCaseAndAccents(string name, string canonical) =>
        Assert.That(TestDocuments.Gazetteer.Resolve(name)?.Canonical, Is.EqualTo(canonical));

    [Test]
    public void TheGazetteerHasSeveralHundredRowsAndCountries()
    {
        Assert.That(TestDocuments.Gazetteer.Entries, Has.Count.GreaterThan(300));
        Assert.That(TestDocuments.Gazetteer.Countries, Has.Count.GreaterThan(80));
        Assert.That(TestDocuments.Gazetteer.ResolveCountry("Nueva Zelanda")?.Embassy, Is.EqualTo("Embajada de Nueva Zelandia"));
    }

    [Test]
    public void CanonicalNamesAreUnique() =>
        Assert.That(TestDocuments.Gazetteer.Entries.Select(e => e.Canonical), Is.Unique);

    [Test]
    public void MalformedRowsAreAllReportedWithTheirLineNumbers()
    {
        var tsv = "# header\nCGLU\tCGLU\tUCLG\tnetwork\t\nbad row\nX\t\t\tplanet\t\n";
        var r = PartnerGazetteer.Parse(new StringReader(tsv), null);
        Assert.That(r.IsSuccess, Is.False);
        Assert.That(r.Error!.Problem, Does.Contain("line 3").And.Contain("line 4").And.Contain("planet"));
    }

    [Test]
    public void FoldingMapsCaseAndAccentsOneToOne()
    {
        var t = new FoldedText("Unión ÁFRICA São Paulo");
        Assert.That(t.Folded, Is.EqualTo("union africa sao paulo"));
        Assert.That(t.Tokens, Has.Length.EqualTo(4));
    }
}
