using System.Text.Json;
using Extractor.Storage;
using Extractor.Tests.Fixtures;

namespace Extractor.Tests.Storage;

public sealed class JsonDocumentStoreTests : TempDirectoryTests
{
    private static readonly DateTimeOffset T0 = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);
    private JsonDocumentStore Open(DateTimeOffset? now = null) => new(new StoreOptions(Dir.Path), new FakeTime(now ?? T0));

    private string[] DocumentFiles() => Directory.GetFiles(Dir.File("documents")).Select(Path.GetFileName).Order().ToArray()!;

    [Test]
    public void ASavedAndCommittedDocument_IsInTheManifestAndReadBack()
    {
        var store = Open();
        var doc = ProcessedDocuments.MexicoCity();
        store.Save(doc);
        store.Commit();

        var manifest = Open().ReadManifest();
        Assert.That(manifest.Entries[doc.Info.SourcePath].DocumentId, Is.EqualTo(doc.Info.Id));
        Assert.That(manifest.IsCurrent(doc.Info.SourcePath, doc.Info.ContentHash), Is.True);
        Assert.That(manifest.Entries[doc.Info.SourcePath].StoredAt, Is.EqualTo(T0));
        var stored = store.ReadAll().Single();
        Assert.That(stored.Events.Select(e => e.Title), Has.Member("Taller de resiliencia"));
        Assert.That(stored.Events[0].FirstDay, Is.EqualTo("2021-07-24"));
        Assert.That(stored.Mentions.Single(m => m.Kind == "amount").Value!.Value.GetDecimal(), Is.EqualTo(2300000000m));
    }

    [Test]
    public void MentionsCarryTheirProvenance_PageLineAndSection()
    {
        var stored = Open().Save(ProcessedDocuments.MexicoCity());
        var forum = stored.Events.Single(e => e.Title.StartsWith("Foro", StringComparison.Ordinal));
        Assert.That((forum.Page, forum.Line), Is.EqualTo((2, 4)));
        Assert.That(forum.SectionId, Is.EqualTo(stored.Sections[1].Id));
        var ucci = stored.Mentions.Single(m => m.Canonical == "UCCI");
        Assert.That((ucci.Page, ucci.Line, ucci.SectionId), Is.EqualTo((2, 5, stored.Sections[1].Id)));
    }

    [Test]
    public void SavingTheSameDocumentAgain_GivesByteIdenticalFiles_AndRewritesNone()
    {
        var store = Open();
        store.Save(ProcessedDocuments.MexicoCity());
        store.Save(ProcessedDocuments.Bogota());
        store.Commit();
        var before = Snapshot();
        var times = Directory.GetFiles(Dir.Path, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        var again = Open(T0.AddHours(1));
        again.Save(ProcessedDocuments.MexicoCity());
        again.Save(ProcessedDocuments.Bogota());
        Assert.That(File.Exists(Dir.File("partners.pending")), Is.False, "nothing changed, so partners.json is not out of date");
        again.Commit();

        Assert.That(Snapshot(), Is.EqualTo(before));
        Assert.That(Directory.GetFiles(Dir.Path, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc), Is.EqualTo(times));
    }

    private Dictionary<string, string> Snapshot() =>
        Directory.GetFiles(Dir.Path, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(Dir.Path, f), f => Convert.ToHexString(File.ReadAllBytes(f)));

    [Test]
    public void ANewVersionFromTheSameSourcePath_ReplacesTheOldOne()
    {
        var store = Open();
        var v1 = ProcessedDocuments.MexicoCity();
        store.Save(v1);
        var v2 = new ProcessedDocumentBuilder(v1.Info.SourcePath, "Informe revisado").Section("Nueva sección", "Texto.").Build();
        store.Save(v2);
        store.Commit();

        Assert.That(DocumentFiles(), Is.EqualTo(new[] { v2.Info.Id + ".json" }));
        Assert.That(Open().ReadManifest().Entries.Single().Value.DocumentId, Is.EqualTo(v2.Info.Id));
    }

    [Test]
    public void RemovingASourcePath_DeletesItsDocumentAndManifestEntry()
    {
        var store = Open();
        store.Save(ProcessedDocuments.MexicoCity());
        store.Save(ProcessedDocuments.Bogota());
        store.Commit();
        store.Remove("corpus/001_cdmx.txt");
        store.Commit();

        Assert.That(Open().ReadManifest().Entries.Keys, Is.EqualTo(new[] { "corpus/004_bogota.txt" }));
        Assert.That(store.ReadPartners().Select(p => p.Canonical), Is.EqualTo(new[] { "CGLU", "KOICA" }));
    }

    [Test]
    public void AnInterruptedIngest_IsRecoveredOnReopen()
    {
        var store = Open();
        store.Save(ProcessedDocuments.MexicoCity());
        store.Commit();
        // Killed during the next run: a document written but never committed, a temp file half-written.
        store.Save(ProcessedDocuments.Bogota());
        File.WriteAllText(Dir.File("documents", ".abc.json.1234.tmp"), "{ \"half");
        File.WriteAllText(Dir.File(".manifest.json.99.tmp"), "{");

        var reopened = Open(T0.AddDays(1));

        Assert.That(reopened.ReadManifest().Entries.Keys, Is.EquivalentTo(new[] { "corpus/001_cdmx.txt", "corpus/004_bogota.txt" }));
        Assert.That(Directory.GetFiles(Dir.Path, "*.tmp", SearchOption.AllDirectories), Is.Empty);
        var onDisk = JsonDocument.Parse(File.ReadAllText(Dir.File("manifest.json")));
        Assert.That(onDisk.RootElement.GetProperty("entries").GetArrayLength(), Is.EqualTo(2));
        Assert.That(reopened.ReadPartners().Single(p => p.Canonical == "CGLU").DocumentIds, Has.Count.EqualTo(2));
    }

    [Test]
    public void AManifestEntryWhoseFileIsGone_IsDroppedOnReopen()
    {
        var store = Open();
        var doc = ProcessedDocuments.MexicoCity();
        store.Save(doc);
        store.Save(ProcessedDocuments.Bogota());
        store.Commit();
        File.Delete(Dir.File("documents", doc.Info.Id + ".json"));

        Assert.That(Open().ReadManifest().Entries.Keys, Is.EqualTo(new[] { "corpus/004_bogota.txt" }));
    }

    /// <summary>Stores and commits two documents; returns the second, Bogotá's.</summary>
    private Extractor.Domain.ProcessedDocument CommitMexicoCityAndBogota()
    {
        var store = Open();
        var bogota = ProcessedDocuments.Bogota();
        store.Save(ProcessedDocuments.MexicoCity());
        store.Save(bogota);
        store.Commit();
        return bogota;
    }

    [Test]
    public void AfterARunThatEndedWell_ReopeningTrustsTheManifestWithoutReadingTheDocuments()
    {
        var bogota = CommitMexicoCityAndBogota();
        // Were the files read on opening, this one would be set aside as unreadable.
        File.WriteAllText(Dir.File("documents", bogota.Info.Id + ".json"), "{");

        var reopened = Open();

        Assert.That(reopened.ReadManifest().Entries.Keys, Is.EquivalentTo(new[] { "corpus/001_cdmx.txt", "corpus/004_bogota.txt" }));
        Assert.That(Directory.Exists(Dir.File("damaged")), Is.False);
    }

    [Test]
    public void ReadingEveryDocument_SkipsADamagedFileWithAWarning_AndReadsTheRest()
    {
        var bogota = CommitMexicoCityAndBogota();
        File.WriteAllText(Dir.File("documents", bogota.Info.Id + ".json"), "{");
        var warnings = new List<string>();

        var all = new JsonDocumentStore(new StoreOptions(Dir.Path) { Warn = warnings.Add }, new FakeTime(T0)).ReadAll().ToList();

        Assert.That(all.Select(d => d.Document.SourcePath), Is.EqualTo(new[] { "corpus/001_cdmx.txt" }));
        Assert.That(warnings.Single(), Does.StartWith(Dir.File("documents", bogota.Info.Id + ".json") + ": not a readable stored document"));
    }

    [TestCase("{ \"schemaVersion\": 1, \"entries\": [ { \"sourcePath\": ")]
    [TestCase("{ \"schemaVersion\": 1, \"entries\": [ { \"sourcePath\": null, \"contentHash\": \"00ff00ff00ff00ff\", \"documentId\": \"x\", \"storedAt\": \"2026-01-01T00:00:00Z\" } ] }")]
    public void AManifestThatDoesNotParse_IsRebuiltFromTheDocumentFiles_WithAWarning(string damaged)
    {
        CommitMexicoCityAndBogota();
        var manifest = Dir.File("manifest.json");
        File.WriteAllText(manifest, damaged);
        var warnings = new List<string>();

        var reopened = new JsonDocumentStore(new StoreOptions(Dir.Path) { Warn = warnings.Add }, new FakeTime(T0));

        Assert.That(warnings.Single(), Does.StartWith(manifest + ": not a readable manifest").And.EndWith("rebuilt from the document files"));
        Assert.That(reopened.ReadManifest().Entries.Keys, Is.EquivalentTo(new[] { "corpus/001_cdmx.txt", "corpus/004_bogota.txt" }));
        reopened.Commit();
        Assert.That(Open().ReadManifest().Entries, Has.Count.EqualTo(2), "the commit wrote a readable manifest again");
    }

    [Test]
    public void AfterAKilledRun_AnUnreadableDocumentFile_IsSetAsideWithAWarningNamingIt_AndItsSourceIsNoLongerStored()
    {
        var bogota = CommitMexicoCityAndBogota();
        // A run killed while partners.json was out of date, with a document file that no longer parses.
        File.WriteAllText(Dir.File("partners.pending"), "");
        var damaged = Dir.File("documents", bogota.Info.Id + ".json");
        File.WriteAllText(damaged, "{ \"schemaVersion\": 1, \"document\": { \"id\": ");
        var warnings = new List<string>();

        var reopened = new JsonDocumentStore(new StoreOptions(Dir.Path) { Warn = warnings.Add }, new FakeTime(T0));

        Assert.That(warnings, Has.Count.EqualTo(1));
        Assert.That(warnings[0], Does.StartWith(damaged + ": not a readable stored document").And.Contain("damaged"));
        Assert.That(File.ReadAllText(Dir.File("damaged", bogota.Info.Id + ".json")), Does.StartWith("{ \"schemaVersion\""), "kept, not deleted");
        Assert.That(reopened.ReadManifest().Entries.Keys, Is.EqualTo(new[] { "corpus/001_cdmx.txt" }));
        Assert.That(reopened.ReadPartners().SelectMany(p => p.DocumentIds), Has.None.EqualTo(bogota.Info.Id));
        Assert.That(File.Exists(Dir.File("partners.pending")), Is.False);
    }

    [Test]
    public void ASaveKilledBeforeDeletingTheOldVersion_KeepsTheNewVersionOnReopen()
    {
        var store = Open();
        var v1 = ProcessedDocuments.MexicoCity();
        store.Save(v1);
        store.Commit();
        var v2 = new ProcessedDocumentBuilder(v1.Info.SourcePath, "Informe revisado").Section("Nueva sección", "Texto.").Build();
        // What Save leaves when killed between writing the new file and deleting the old one.
        File.WriteAllBytes(Dir.File("documents", v2.Info.Id + ".json"), JsonDocumentStore.Serialize(StoredDocumentBuilder.Build(v2)));

        var reopened = Open();

        Assert.That(reopened.ReadManifest().Entries[v1.Info.SourcePath].DocumentId, Is.EqualTo(v2.Info.Id));
        Assert.That(DocumentFiles(), Is.EqualTo(new[] { v2.Info.Id + ".json" }));
    }

    [Test]
    public void TheWholeStore_ValidatesAgainstTheJsonSchemas()
    {
        var store = Open();
        store.Save(ProcessedDocuments.MexicoCity());
        store.Save(ProcessedDocuments.Bogota());
        store.Commit();
        var validator = new JsonSchemaValidator(Path.Combine(TestContext.CurrentContext.TestDirectory, "schema"));

        var errors = new List<string>();
        foreach (var file in Directory.GetFiles(Dir.File("documents")))
            errors.AddRange(validator.Validate("stored-document.schema.json", JsonDocument.Parse(File.ReadAllText(file)).RootElement).Select(e => $"{file}: {e}"));
        errors.AddRange(validator.Validate("manifest.schema.json", JsonDocument.Parse(File.ReadAllText(Dir.File("manifest.json"))).RootElement));
        errors.AddRange(validator.Validate("partners.schema.json", JsonDocument.Parse(File.ReadAllText(Dir.File("partners.json"))).RootElement));
        // A commit that goes to the journal instead.
        store.PartnersJournalShare = double.MaxValue;
        store.Save(new ProcessedDocumentBuilder("corpus/c.txt", "C").Section("Taller", "Taller con la UCCI.").Partner("UCCI", "UCCI", "network").Build());
        store.Remove(ProcessedDocuments.Bogota().Info.SourcePath);
        store.Commit();
        foreach (var line in File.ReadAllLines(Dir.File("partners.delta.jsonl")))
            errors.AddRange(validator.Validate("partners-delta.schema.json", JsonDocument.Parse(line).RootElement));

        Assert.That(errors, Is.Empty);
    }

    [Test]
    public void TheValidator_RejectsARecordThatBreaksTheSchema()
    {
        var validator = new JsonSchemaValidator(Path.Combine(TestContext.CurrentContext.TestDirectory, "schema"));
        var bad = JsonDocument.Parse("""{"id":"x","documentId":"d","sectionId":null,"title":"t","type":"meeting","date":"24 julio","firstDay":null,"lastDay":null,"location":null,"participants":null,"partners":[],"page":0,"line":1,"start":0,"end":1,"confidence":0.5,"text":"t","extra":1}""");
        var errors = validator.Validate("event.schema.json", bad.RootElement);
        Assert.That(errors, Has.Some.Contains("$.date").And.Some.Contains("$.page").And.Some.Contains("\"extra\""));
    }
}
