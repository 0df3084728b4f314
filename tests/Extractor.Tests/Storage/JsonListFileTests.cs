using System.Text.Json;
using Extractor.Storage;

namespace Extractor.Tests.Storage;

/// <summary>manifest.json and partners.json written and read one item at a time, as the whole-file serializer would.</summary>
public sealed class JsonListFileTests : TempDirectoryTests
{
    // One partner record larger than the reader's first buffer (64 KiB), between small ones.
    private static List<PartnerRecord> Partners() =>
    [
        new("BID", [], "multilateral", null, 3, ["d1:event:0-10"], ["d1"]),
        new("CGLU", ["Ciudades y Gobiernos Locales Unidos", "Ciudades \"Unidas\" ñ"], "network", "ES", 12000,
            Enumerable.Range(0, 6000).Select(i => $"d{i:D5}:event:{i}-{i + 5}").ToList(), Enumerable.Range(0, 6000).Select(i => $"d{i:D5}").ToList()),
        new("KOICA", ["Agencia de Cooperación Internacional de Corea"], "agency", "KR", 1, [], ["d2"]),
    ];

    [Test]
    public void APartnersFile_IsWrittenAsTheWholeFileSerializerWouldAndReadBackItemByItem()
    {
        var path = Dir.File("partners.json");
        var partners = Partners();

        JsonListFile.Write(path, "partners", partners, StoreJsonContext.Default.PartnerRecord);

        Assert.That(File.ReadAllBytes(path), Is.EqualTo(JsonSerializer.SerializeToUtf8Bytes(
            new PartnersFile(StoredDocument.CurrentSchemaVersion, partners), StoreJsonContext.Default.PartnersFile)));
        var read = JsonListFile.Read(path, "partners", StoreJsonContext.Default.PartnerRecord).ToList();
        Assert.That(read.Select(p => (p.Canonical, p.MentionCount, string.Join('|', p.Aliases), string.Join('|', p.EventIds), string.Join('|', p.DocumentIds))),
            Is.EqualTo(partners.Select(p => (p.Canonical, p.MentionCount, string.Join('|', p.Aliases), string.Join('|', p.EventIds), string.Join('|', p.DocumentIds)))));
    }

    [Test]
    public void AManifest_IsWrittenAsTheWholeFileSerializerWould_EmptyOrNot()
    {
        var path = Dir.File("manifest.json");
        var at = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);
        foreach (var entries in new List<ManifestEntry>[] { [], [new("corpus/a.txt", "ab12", "ab", at), new("corpus/b.txt", "cd34", "cd", at.AddDays(1))] })
        {
            JsonListFile.Write(path, "entries", entries, StoreJsonContext.Default.ManifestEntry);

            Assert.That(File.ReadAllBytes(path), Is.EqualTo(JsonSerializer.SerializeToUtf8Bytes(
                new ManifestFile(StoredDocument.CurrentSchemaVersion, entries), StoreJsonContext.Default.ManifestFile)));
            Assert.That(JsonListFile.Read(path, "entries", StoreJsonContext.Default.ManifestEntry), Is.EqualTo(entries));
        }
    }

    private static IEnumerable<TestCaseData> Unreadable()
    {
        var whole = JsonSerializer.Serialize(new PartnersFile(StoredDocument.CurrentSchemaVersion, Partners()), StoreJsonContext.Default.PartnersFile);
        yield return new TestCaseData(whole[..(whole.Length / 2)]).SetName("ATruncatedFile_IsRefused");
        yield return new TestCaseData(whole[..^1]).SetName("AFileWithoutItsClosingBrace_IsRefused");
        yield return new TestCaseData(whole.Replace("\"schemaVersion\": 1", "\"schemaVersion\": 2", StringComparison.Ordinal)).SetName("AnotherSchemaVersion_IsRefused");
        yield return new TestCaseData("{\"schemaVersion\": 1}").SetName("AFileWithoutItsList_IsRefused");
        yield return new TestCaseData("{\"schemaVersion\": 1, \"partners\": [], \"extra\": 0}").SetName("AnUnknownProperty_IsRefused");
        yield return new TestCaseData("[]").SetName("AnArray_IsRefused");
    }

    [TestCaseSource(nameof(Unreadable))]
    public void AFileThatIsNotAListOfThisSchema_ThrowsAJsonException(string content)
    {
        var path = Dir.File("partners.json");
        File.WriteAllText(path, content);
        Assert.Throws(Is.InstanceOf<JsonException>(), () => JsonListFile.Read(path, "partners", StoreJsonContext.Default.PartnerRecord).ToList());
    }
}
