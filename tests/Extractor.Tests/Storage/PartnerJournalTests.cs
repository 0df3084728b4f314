using Extractor.Domain;
using Extractor.Storage;
using Extractor.Tests.Fixtures;

namespace Extractor.Tests.Storage;

/// <summary>
/// partners.delta.jsonl: a commit of a few changed documents appends a line instead of rewriting partners.json; the
/// partners read are partners.json with the journal applied, and applying it (compaction) or a run killed at any point
/// gives what building them from every document gives. Real stores in a temp folder.
/// </summary>
public sealed class PartnerJournalTests : TempDirectoryTests
{
    private static readonly DateTimeOffset T0 = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private readonly List<string> _warnings = [];

    private JsonDocumentStore Open(double journalShare = 0.25) =>
        new(new StoreOptions(Dir.Path) { Warn = _warnings.Add }, new FakeTime(T0)) { PartnersJournalShare = journalShare };

    private string PartnersPath => Dir.File("partners.json");

    private string JournalPath => Dir.File("partners.delta.jsonl");

    private string PendingPath => Dir.File("partners.pending");

    /// <summary>
    /// Document <paramref name="i"/> of a store: it names KOICA (of one of two types and with a country, but every fifth
    /// without either), every third the UCCI, every fourth CGLU in an event only; <paramref name="version"/>
    /// changes its text and, when odd, the names it writes.
    /// </summary>
    private static ProcessedDocument Doc(int i, int version = 0)
    {
        var koica = version % 2 == 1 ? "Agencia Coreana" : "KOICA";
        var builder = new ProcessedDocumentBuilder($"corpus/d{i:D2}.txt", $"Informe {i}")
            .Section("Misión", $"Misión {version} con {koica}{(i % 3 == 0 ? " y la UCCI" : "")}.")
            .Partner(koica, "KOICA", i % 5 == 4 ? null : i % 2 == 0 ? "agency" : "cooperation agency", i % 5 == 4 ? null : "KR");
        if (i % 3 == 0) builder.Partner("UCCI", "UCCI", "network");
        if (i % 4 == 0) builder.Event($"Foro {i}", "meeting", null, null, null, "CGLU", "KOICA");
        return builder.Build();
    }

    private JsonDocumentStore StoreOf(int documents, double journalShare = 0.25)
    {
        var store = Open(journalShare);
        for (var i = 0; i < documents; i++) store.Save(Doc(i));
        store.Commit();
        return store;
    }

    private void AssertPartnersAreARebuild(JsonDocumentStore store, string because) =>
        PartnerFileUpdaterTests.AssertPartnersAreARebuild(store, Dir, because);

    [Test]
    public void ACommitOfAFewChangedDocuments_AppendsALineToTheJournal_AndLeavesPartnersJsonAsItWas()
    {
        var store = StoreOf(20);
        var before = File.ReadAllBytes(PartnersPath);

        store.Save(Doc(3, version: 1));
        store.Remove(Doc(7).Info.SourcePath);
        store.Commit();

        Assert.That(File.ReadAllBytes(PartnersPath), Is.EqualTo(before));
        Assert.That(File.ReadAllLines(JournalPath), Has.Length.EqualTo(1));
        Assert.That(store.ReadPartners().Single(p => p.Canonical == "KOICA").Aliases, Is.EqualTo(new[] { "Agencia Coreana" }));
        AssertPartnersAreARebuild(store, "with the journal");
        AssertPartnersAreARebuild(Open(), "reopened");
    }

    [Test]
    public void TheJournalOfManyCommits_ThenApplied_GivesWhatARebuildGives()
    {
        var store = StoreOf(20, journalShare: double.MaxValue);
        // The same documents changed again and again (back to an earlier version too), one removed and added back, one new.
        var changes = new[] { (3, 1), (4, 1), (3, 2), (9, 1), (4, 0), (3, 3), (12, 1), (0, 1), (9, 2) };
        foreach (var (i, version) in changes)
        {
            store.Save(Doc(i, version));
            store.Commit();
            AssertPartnersAreARebuild(store, $"after changing {i} to version {version}");
        }
        store.Remove(Doc(5).Info.SourcePath);
        store.Commit();
        store.Save(Doc(5));
        store.Save(Doc(20));
        store.Commit();
        Assert.That(File.ReadAllLines(JournalPath), Has.Length.EqualTo(changes.Length + 2));
        AssertPartnersAreARebuild(store, "before the journal is applied");

        store = Open(journalShare: 0);
        store.Save(Doc(11, version: 1));
        store.Commit();

        Assert.That(File.Exists(JournalPath), Is.False);
        AssertPartnersAreARebuild(store, "partners.json with the journal applied");
    }

    [Test]
    public void WhenTheDocumentThatGaveTheTypeChanges_TheJournalReadGivesTheNextOne()
    {
        var store = StoreOf(12, journalShare: double.MaxValue);
        var first = store.ReadAll().First(d => d.Mentions.Any(m => m.Canonical == "KOICA" && m.OrganisationType is not null)).Document;
        var untyped = new ProcessedDocumentBuilder(first.SourcePath, first.Title!).Section("Misión", "Misión con KOICA.").Partner("KOICA", "KOICA").Build();
        var next = store.ReadAll().First(d => d.Document.Id != first.Id && d.Mentions.Any(m => m.Canonical == "KOICA" && m.OrganisationType is not null));

        store.Save(untyped);
        store.Commit();

        Assert.That(File.Exists(JournalPath), Is.True);
        Assert.That(store.ReadPartners().Single(p => p.Canonical == "KOICA").Type,
            Is.EqualTo(next.Mentions.First(m => m.Canonical == "KOICA").OrganisationType));
        AssertPartnersAreARebuild(store, "after the type's document changed");
    }

    [Test]
    public void ChangesToMoreThanTheShareOfDocuments_GoStraightIntoPartnersJson_WithTheJournalApplied()
    {
        var store = StoreOf(20);
        store.Save(Doc(2, version: 1));
        store.Commit();
        Assert.That(File.Exists(JournalPath), Is.True);

        for (var i = 5; i < 15; i++) store.Save(Doc(i, version: 1));
        store.Commit();

        Assert.That(File.Exists(JournalPath), Is.False);
        AssertPartnersAreARebuild(store, "after half the documents changed");
    }

    /// <summary>How a run killed at each point of a commit with a journal leaves the store (pending changes in hand).</summary>
    private static IEnumerable<TestCaseData> Kills()
    {
        TestCaseData Case(string name, Action<PartnerJournalTests, JsonDocumentStore> kill) =>
            new TestCaseData(kill).SetName($"ARunKilledDuringACommit_LeavesTheStoreToBuildThePartnersAgain({name})");
        yield return Case("before the commit", (_, _) => { });
        yield return Case("inside the journal's line", (t, _) => File.AppendAllText(t.JournalPath, "{\"changed\":[\"0a1b"));
        yield return Case("after the line, before partners.pending is deleted", (t, store) =>
        {
            store.Commit();
            File.WriteAllBytes(t.PendingPath, []);
        });
        yield return Case("after applying the journal, before deleting it", (t, store) =>
        {
            var journal = File.ReadAllBytes(t.JournalPath);
            store.PartnersJournalShare = 0;
            store.Commit();
            File.WriteAllBytes(t.JournalPath, journal);
            File.WriteAllBytes(t.PendingPath, []);
        });
    }

    [TestCaseSource(nameof(Kills))]
    public void ARunKilledDuringACommit_LeavesTheStoreToBuildThePartnersAgain(Action<PartnerJournalTests, JsonDocumentStore> kill)
    {
        var store = StoreOf(20);
        store.Save(Doc(3, version: 1));
        store.Commit();
        Assert.That(File.Exists(JournalPath), Is.True);
        store.Save(Doc(4, version: 1)); // partners.pending is written before the file changes
        store.Remove(Doc(8).Info.SourcePath);
        Assert.That(File.Exists(PendingPath), Is.True);

        kill(this, store);
        var reopened = Open();

        Assert.That(File.Exists(JournalPath), Is.False, "built from every document, with nothing left to apply");
        AssertPartnersAreARebuild(reopened, "after reopening");
    }

    [TestCase("{\"changed\":[\"0a1b", TestName = "ADamagedJournal_IsNotTrusted_AndTheNextCommitBuildsThePartnersAgain(cut off)")]
    [TestCase("{\"changed\":[],\"removed\":[{\"canonical\":\"KOICA\",\"names\":{\"KOICA\":999},\"mentions\":999}],\"added\":[]}\n",
        TestName = "ADamagedJournal_IsNotTrusted_AndTheNextCommitBuildsThePartnersAgain(takes out more than counted)")]
    [TestCase("{\"changed\":[]}\n", TestName = "ADamagedJournal_IsNotTrusted_AndTheNextCommitBuildsThePartnersAgain(a line without its lists)")]
    public void ADamagedJournal_IsNotTrusted_AndTheNextCommitBuildsThePartnersAgain(string damage)
    {
        var store = StoreOf(20);
        store.Save(Doc(3, version: 1));
        store.Commit();
        File.AppendAllText(JournalPath, damage); // by hand, after a run that ended well

        AssertPartnersAreARebuild(store, "read with the damaged journal");
        Assert.That(_warnings, Has.Some.Contains("partners.delta.jsonl"));

        store.Save(Doc(6, version: 1));
        store.PartnersJournalShare = 0;
        store.Commit();

        Assert.That(File.Exists(JournalPath), Is.False);
        AssertPartnersAreARebuild(store, "after the next commit");
    }
}
