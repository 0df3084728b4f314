using System.Text.Json;
using System.Text.Json.Nodes;
using Extractor.Domain;
using Extractor.Storage;
using Extractor.Tests.Fixtures;

namespace Extractor.Tests.Storage;

/// <summary>
/// partners.json kept up to date run after run from the changed documents only must be what building it from every
/// document gives (<see cref="PartnerAggregator.Aggregate"/>), byte for byte: real stores in a temp folder. Unless a
/// test says otherwise, the store writes partners.json at every commit (no journal, <see cref="PartnerJournalTests"/>).
/// </summary>
public sealed class PartnerFileUpdaterTests : TempDirectoryTests
{
    private static readonly DateTimeOffset T0 = new(2025, 1, 2, 3, 4, 5, TimeSpan.Zero);

    // Partners with several written names, and types and countries that documents disagree on (null included).
    private static readonly (string Canonical, string[] Names, string?[] Types, string?[] Countries)[] Known =
    [
        ("CGLU", ["CGLU", "Ciudades y Gobiernos Locales Unidos"], ["network", null], [null]),
        ("UCCI", ["UCCI", "Unión de Ciudades Capitales Iberoamericanas"], ["network", "association", null], [null, "ES"]),
        ("KOICA", ["KOICA"], ["agency"], ["KR", null, "KP"]),
        ("BID", ["BID", "Banco Interamericano de Desarrollo"], ["multilateral", null], [null]),
        ("Metrópolis", ["Metrópolis", "Metropolis"], [null, "network"], [null]),
    ];

    // Named by events only, never by a partner mention.
    private static readonly string[] EventOnly = ["Unión Europea", "ONU-Hábitat"];

    // The share of partners.json past which the store applies its journal: 0 applies it at every commit.
    private double _journalShare;

    private JsonDocumentStore Open() => new(new StoreOptions(Dir.Path), new FakeTime(T0)) { PartnersJournalShare = _journalShare };

    private string PartnersPath => Dir.File("partners.json");

    private string TallyPath => Dir.File("partners.tally.json");

    /// <summary>A document of one to three sections naming random partners by random names, some with an event.</summary>
    private static ProcessedDocument RandomDocument(Random random, string path, string title)
    {
        var builder = new ProcessedDocumentBuilder(path, title);
        for (var s = 0; s < 1 + random.Next(3); s++)
        {
            var named = Enumerable.Range(0, random.Next(4)).Select(_ => Known[random.Next(Known.Length)])
                .Select(p => (Partner: p, Name: p.Names[random.Next(p.Names.Length)])).ToList();
            builder.Section($"Actividad {s}", $"Reunión {random.Next(10_000)} con {string.Join(" y ", named.Select(n => n.Name).Append("otros"))}.");
            if (random.Next(2) == 0)
            {
                var partners = Known.Select(p => p.Canonical).Concat(EventOnly).Where(_ => random.Next(3) == 0).ToArray();
                builder.Event($"Reunión {s}", "meeting", null, null, null, partners);
            }
            foreach (var (partner, name) in named)
                builder.Partner(name, partner.Canonical, partner.Types[random.Next(partner.Types.Length)],
                    partner.Countries[random.Next(partner.Countries.Length)]);
        }
        return builder.Build();
    }

    private void AssertPartnersAreARebuild(JsonDocumentStore store, string because) => AssertPartnersAreARebuild(store, Dir, because);

    /// <summary>
    /// The partners the store reads must be what a build from every stored document gives, byte for byte once
    /// serialized; without a journal, partners.json must be that build and partners.tally.json what the updater builds
    /// from every document; and nothing may be left pending.
    /// </summary>
    internal static void AssertPartnersAreARebuild(JsonDocumentStore store, TempDirectory dir, string because)
    {
        static string Serialized(IReadOnlyList<PartnerRecord> partners) => System.Text.Encoding.UTF8.GetString(
            JsonSerializer.SerializeToUtf8Bytes(new PartnersFile(StoredDocument.CurrentSchemaVersion, partners), StoreJsonContext.Default.PartnersFile));
        var rebuilt = Serialized(PartnerAggregator.Aggregate(store.ReadAll()));
        Assert.That(Serialized(store.ReadPartners()), Is.EqualTo(rebuilt), because + " (the partners read)");
        Assert.That(File.Exists(dir.File("partners.pending")), Is.False, because);
        Assert.That(Directory.GetFiles(dir.Path, "*.tmp", SearchOption.AllDirectories), Is.Empty, because);
        if (File.Exists(dir.File("partners.delta.jsonl"))) return;

        Assert.That(File.ReadAllText(dir.File("partners.json")), Is.EqualTo(rebuilt), because);
        var (partners, tally) = (Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")), Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")));
        try
        {
            PartnerFileUpdater.Update(partners, tally, changes: null, store.ReadAll().Select(d => d.Document.Id), store.ReadPartnerView);
            Assert.That(File.ReadAllText(dir.File("partners.tally.json")), Is.EqualTo(File.ReadAllText(tally)), because);
        }
        finally
        {
            File.Delete(partners);
            File.Delete(tally);
        }
    }

    // Each seed with the journal applied at every commit, by the store's default, and never (until the end).
    private static IEnumerable<TestCaseData> Seeds() =>
        Enumerable.Range(1, 12).SelectMany(seed => new[] { 0, 0.25, double.MaxValue }.Select(share => new TestCaseData(seed, share)));

    [TestCaseSource(nameof(Seeds))]
    public void AfterRunsOfAddedChangedAndRemovedDocuments_PartnersJsonIsWhatARebuildGives(int seed, double journalShare)
    {
        _journalShare = journalShare;
        var random = new Random(seed);
        var titles = new SortedDictionary<string, string>(StringComparer.Ordinal); // source path → title now stored
        var next = 0;
        var store = Open();
        for (var run = 0; run < 15; run++)
        {
            var log = new List<string>();
            for (var op = 0; op < 1 + random.Next(6); op++)
            {
                var choice = titles.Count == 0 ? 0 : random.Next(4);
                var path = choice == 0 ? $"corpus/d{next++:D3}.txt" : titles.Keys.ElementAt(random.Next(titles.Count));
                switch (choice)
                {
                    case 0 or 1: // a new document, or new content under the same id (same path and title)
                        titles[path] = titles.GetValueOrDefault(path, "Informe");
                        store.Save(RandomDocument(random, path, titles[path]));
                        log.Add((choice == 0 ? "add " : "change ") + path);
                        break;
                    case 2: // new content under a new id
                        titles[path] += "+";
                        store.Save(RandomDocument(random, path, titles[path]));
                        log.Add("replace " + path);
                        break;
                    default:
                        store.Remove(path);
                        titles.Remove(path);
                        log.Add("remove " + path);
                        break;
                }
            }

            switch (random.Next(4))
            {
                case 0: // killed before its commit: the next open repairs
                    store = Open();
                    log.Add("killed, reopened");
                    break;
                case 1:
                    store.Commit();
                    store = Open();
                    log.Add("committed, reopened");
                    break;
                default:
                    store.Commit();
                    log.Add("committed");
                    break;
            }
            AssertPartnersAreARebuild(store, $"seed {seed}, run {run}: {string.Join(", ", log)}");
        }

        // The journal applied: partners.json itself is then the rebuild.
        _journalShare = 0;
        store = Open();
        store.Save(RandomDocument(random, $"corpus/d{next:D3}.txt", "Informe"));
        store.Commit();
        Assert.That(File.Exists(Dir.File("partners.delta.jsonl")), Is.False);
        AssertPartnersAreARebuild(store, $"seed {seed}, the journal applied");
    }

    [Test]
    public void RemovingTheOnlyDocumentWithAName_DropsTheAlias_AndTheTypeComesFromTheNextDocument()
    {
        var store = Open();
        var first = new ProcessedDocumentBuilder("corpus/a.txt", "A")
            .Section("Foro", "Foro con la Unión de Ciudades Capitales Iberoamericanas.")
            .Partner("Unión de Ciudades Capitales Iberoamericanas", "UCCI", "association", "ES")
            .Build();
        var second = new ProcessedDocumentBuilder("corpus/b.txt", "B")
            .Section("Taller", "Taller con la UCCI.")
            .Partner("UCCI", "UCCI", "network")
            .Build();
        var (earlier, later) = string.CompareOrdinal(first.Info.Id, second.Info.Id) < 0 ? (first, second) : (second, first);
        store.Save(earlier);
        store.Save(later);
        store.Commit();
        Assert.That(store.ReadPartners().Single().Type, Is.EqualTo(earlier == first ? "association" : "network"));

        store.Remove(earlier.Info.SourcePath);
        store.Commit();

        var ucci = store.ReadPartners().Single();
        Assert.That((ucci.Aliases.Count, ucci.Type, ucci.MentionCount, ucci.DocumentIds.Single()),
            Is.EqualTo((later == first ? 1 : 0, later == first ? "association" : "network", 1, later.Info.Id)));
        AssertPartnersAreARebuild(store, "after the removal");
    }

    [Test]
    public void ANewEarlierDocumentOfAnotherType_GivesThePartnerItsType()
    {
        static ProcessedDocument Mission(string title, string type) => new ProcessedDocumentBuilder($"corpus/{title}.txt", title)
            .Section("Misión", "Misión con KOICA.").Partner("KOICA", "KOICA", type, "KR").Build();
        var store = Open();
        // Ids come from path and title: the document to come is the one that sorts first.
        var docs = Enumerable.Range(0, 5).Select(i => Mission($"T{i}", "cooperation agency")).OrderBy(d => d.Info.Id, StringComparer.Ordinal).ToList();
        foreach (var d in docs.Skip(1)) store.Save(d);
        store.Commit();
        Assert.That(store.ReadPartners().Single().Type, Is.EqualTo("cooperation agency"));

        store.Save(Mission(docs[0].Info.Title, "agency"));
        store.Commit();

        Assert.That(store.ReadPartners().Single().Type, Is.EqualTo("agency"));
        AssertPartnersAreARebuild(store, "after adding the earliest document");
    }

    [Test]
    public void NewContributionsBeyondTheMemoryBound_GoThroughATempFile_WithTheSameResult()
    {
        var random = new Random(7);
        var store = Open();
        var docs = Enumerable.Range(0, 40).Select(i => RandomDocument(random, $"corpus/d{i}.txt", "Informe")).ToList();
        foreach (var d in docs.Take(20)) store.Save(d);
        store.Commit();
        var (copy, copyTally) = (Dir.File("copy.json"), Dir.File("copy.tally.json"));
        File.Copy(PartnersPath, copy);
        File.Copy(TallyPath, copyTally);
        // The changes as the store notes them: each document before its file is written or deleted.
        var changes = new PartnerChanges();
        foreach (var d in docs.Skip(20).Append(docs[3])) changes.Add(d.Info.Id, store.ReadPartnerView);
        foreach (var d in docs.Skip(20)) store.Save(d);
        store.Remove(docs[3].Info.SourcePath);
        var ids = store.ReadAll().Select(d => d.Document.Id).ToList();

        // The same update, from copies of the old files, with a bound of 3 ids: nearly every document goes to the temp file.
        PartnerFileUpdater.Update(copy, copyTally, changes, ids, store.ReadPartnerView, heldIds: 3);
        store.Commit();

        AssertPartnersAreARebuild(store, "the store's own update");
        Assert.That(File.ReadAllText(copy), Is.EqualTo(File.ReadAllText(PartnersPath)));
        Assert.That(File.ReadAllText(copyTally), Is.EqualTo(File.ReadAllText(TallyPath)));
        PartnerFileUpdater.Update(copy, copyTally, changes: null, ids, store.ReadPartnerView, heldIds: 3);
        Assert.That(File.ReadAllText(copy), Is.EqualTo(File.ReadAllText(PartnersPath)), "built from every document");
        Assert.That(File.ReadAllText(copyTally), Is.EqualTo(File.ReadAllText(TallyPath)), "built from every document");
    }

    [TestCase("{\"schemaVersion\": 1, \"partners\": [{\"canonical\": ", TestName = "AnUnreadablePartnersFile_IsBuiltAgainFromEveryDocument(cut off)")]
    [TestCase("{\"schemaVersion\": 1.5, \"partners\": []}", TestName = "AnUnreadablePartnersFile_IsBuiltAgainFromEveryDocument(fractional version)")]
    [TestCase("{\"schemaVersion\": 99999999999, \"partners\": []}", TestName = "AnUnreadablePartnersFile_IsBuiltAgainFromEveryDocument(huge version)")]
    [TestCase("{\"schemaVersion\": 1, \"partners\": [{\"canonical\": \"X\"}]}", TestName = "AnUnreadablePartnersFile_IsBuiltAgainFromEveryDocument(record without lists)")]
    public void AnUnreadablePartnersFile_IsBuiltAgainFromEveryDocument(string damaged)
    {
        var store = Open();
        store.Save(ProcessedDocuments.MexicoCity());
        store.Commit();
        File.WriteAllText(PartnersPath, damaged);

        store.Save(ProcessedDocuments.Bogota());
        store.Commit();

        AssertPartnersAreARebuild(store, "after the commit");
    }

    /// <summary>A document naming KOICA by each of <paramref name="names"/>, every mention with the type and country given (either may be null).</summary>
    private static ProcessedDocument Koica(string path, string title, string? type, string? country, params string[] names)
    {
        var builder = new ProcessedDocumentBuilder(path, title).Section("Misión", $"Misión con {string.Join(" y ", names)}.");
        foreach (var name in names) builder.Partner(name, "KOICA", type, country);
        return builder.Build();
    }

    /// <summary>The documents in id order (ids come from path and title).</summary>
    private static List<ProcessedDocument> InIdOrder(params ProcessedDocument[] docs) =>
        docs.OrderBy(d => d.Info.Id, StringComparer.Ordinal).ToList();

    [Test]
    public void ReplacingADocument_TakesOutWhatItsOldVersionGave_UnderTheSameIdOrANewOne()
    {
        var store = Open();
        store.Save(Koica("corpus/a.txt", "A", "agency", "KR", "KOICA", "Agencia Coreana"));
        store.Save(Koica("corpus/b.txt", "B", "agency", "KR", "KOICA"));
        store.Commit();
        Assert.That(store.ReadPartners().Single().Aliases, Is.EqualTo(new[] { "Agencia Coreana" }));

        var sameId = Koica("corpus/a.txt", "A", "agency", "KR", "KOICA");
        store.Save(sameId);
        store.Commit();
        var koica = store.ReadPartners().Single();
        Assert.That((koica.Aliases.Count, koica.MentionCount, koica.DocumentIds.Count), Is.EqualTo((0, 2, 2)));
        AssertPartnersAreARebuild(store, "after a new version under the same id");

        var newId = Koica("corpus/b.txt", "B revisado", "agency", "KR", "KOICA", "Agencia Coreana", "Agencia de Corea");
        store.Save(newId);
        store.Commit();
        koica = store.ReadPartners().Single();
        Assert.That((koica.Aliases, koica.MentionCount), Is.EqualTo((new[] { "Agencia Coreana", "Agencia de Corea" }, 4)));
        Assert.That(koica.DocumentIds, Is.EquivalentTo(new[] { sameId.Info.Id, newId.Info.Id }));
        AssertPartnersAreARebuild(store, "after a new version under a new id");
    }

    [Test]
    public void AnAlias_StaysWhileAnyDocumentWritesIt_AndThePartnerGoesWithItsLastDocument()
    {
        var store = Open();
        var (a, b, c) = (Koica("corpus/a.txt", "A", "agency", null, "Agencia Coreana"), Koica("corpus/b.txt", "B", "agency", null, "KOICA", "Agencia Coreana"),
            Koica("corpus/c.txt", "C", "agency", null, "KOICA"));
        foreach (var d in new[] { a, b, c }) store.Save(d);
        store.Commit();

        store.Remove(a.Info.SourcePath);
        store.Commit();
        Assert.That(store.ReadPartners().Single().Aliases, Is.EqualTo(new[] { "Agencia Coreana" }), "B still writes it");
        AssertPartnersAreARebuild(store, "after removing A");

        store.Remove(b.Info.SourcePath);
        store.Commit();
        Assert.That(store.ReadPartners().Single().Aliases, Is.Empty, "no document writes it any more");
        AssertPartnersAreARebuild(store, "after removing B");

        store.Remove(c.Info.SourcePath);
        store.Commit();
        Assert.That(store.ReadPartners(), Is.Empty);
        AssertPartnersAreARebuild(store, "after removing C");
    }

    // Five documents in id order: what KOICA's mentions in each give as type and country.
    private static readonly (string? Type, string? Country)[] GivenInIdOrder =
        [("agency", "KR"), (null, null), (null, "KP"), ("cooperation agency", null), ("agency", "KR")];

    private static IEnumerable<TestCaseData> TypeAndCountryChanges()
    {
        TestCaseData Case(string name, int[] removed, (int Index, string? Type, string? Country)[] retyped, string? type, string? country) =>
            new TestCaseData(removed, retyped, type, country).SetName($"WhenTheDocumentsThatGaveTheTypeOrCountryChange_TheNextThatGivesOneGivesIt({name})");
        yield return Case("first removed", [0], [], "cooperation agency", "KP");
        yield return Case("first loses both", [], [(0, null, null)], "cooperation agency", "KP");
        yield return Case("first gives another type", [], [(0, "bilateral", null)], "bilateral", "KP");
        yield return Case("first and the next country removed", [0, 2], [], "cooperation agency", "KR");
        yield return Case("first removed, a later one gains both", [0], [(1, "bilateral", "JP")], "bilateral", "JP");
        yield return Case("first removed, the last changes", [0], [(4, "bilateral", "JP")], "cooperation agency", "KP");
        yield return Case("an untyped one gains a type after the first", [], [(1, "bilateral", "JP")], "agency", "KR");
        yield return Case("all that give one removed", [0, 2, 3, 4], [], null, null);
    }

    [TestCaseSource(nameof(TypeAndCountryChanges))]
    public void WhenTheDocumentsThatGaveTheTypeOrCountryChange_TheNextThatGivesOneGivesIt(int[] removed, (int Index, string? Type, string? Country)[] retyped,
        string? type, string? country)
    {
        // The type and country are in the stored mentions, so a document saved again with others is new content under its id.
        static ProcessedDocument Doc(string path, string? t, string? c) => Koica(path, "K", t, c, "KOICA");
        var paths = InIdOrder(Enumerable.Range(0, GivenInIdOrder.Length).Select(i => Doc($"corpus/k{i}.txt", null, null)).ToArray())
            .Select(d => d.Info.SourcePath).ToList();
        var store = Open();
        for (var i = 0; i < paths.Count; i++) store.Save(Doc(paths[i], GivenInIdOrder[i].Type, GivenInIdOrder[i].Country));
        store.Commit();
        Assert.That((store.ReadPartners().Single().Type, store.ReadPartners().Single().Country), Is.EqualTo(("agency", "KR")));

        foreach (var i in removed) store.Remove(paths[i]);
        foreach (var (i, t, c) in retyped) store.Save(Doc(paths[i], t, c));
        store.Commit();

        var koica = store.ReadPartners().Single();
        Assert.That((koica.Type, koica.Country), Is.EqualTo((type, country)));
        AssertPartnersAreARebuild(store, "after the change");
    }

    private static IEnumerable<TestCaseData> Reads()
    {
        // Ten documents in id order name KOICA, each with its type and country but the first few; the listed ones change
        // (the last is removed).
        yield return new TestCaseData(0, new[] { 5, 7, 9 }, Array.Empty<int>()).SetName("ACommitReadsTheChangedDocumentsOnly(the type's document unchanged)");
        yield return new TestCaseData(0, new[] { 0, 7, 9 }, new[] { 1 })
            .SetName("ACommitReadsTheChangedDocumentsOnly(the type's document changed: and the next one, which gives it now)");
        yield return new TestCaseData(3, new[] { 3, 7, 9 }, new[] { 4 })
            .SetName("ACommitReadsTheChangedDocumentsOnly(the type's document changed, after three without: and the next one)");
    }

    [TestCaseSource(nameof(Reads))]
    public void ACommitReadsTheChangedDocumentsOnly(int withoutTypeFirst, int[] changedIndexes, int[] alsoRead)
    {
        var store = Open();
        var docs = InIdOrder(Enumerable.Range(0, 10).Select(i => Koica($"corpus/k{i}.txt", "K", null, null, "KOICA")).ToArray())
            .Select((d, i) => i < withoutTypeFirst ? d : Koica(d.Info.SourcePath, "K", "agency", "KR", "KOICA")).ToList();
        foreach (var d in docs) store.Save(d);
        store.Commit();
        var (copy, copyTally) = (Dir.File("copy.json"), Dir.File("copy.tally.json"));
        File.Copy(PartnersPath, copy);
        File.Copy(TallyPath, copyTally);

        var changes = new PartnerChanges();
        var added = Koica("corpus/new.txt", "Nuevo", "agency", "KR", "KOICA");
        foreach (var i in changedIndexes) changes.Add(docs[i].Info.Id, store.ReadPartnerView);
        changes.Add(added.Info.Id, store.ReadPartnerView);
        foreach (var i in changedIndexes[..^1]) store.Save(Koica(docs[i].Info.SourcePath, "K", null, "KP", "KOICA", "Agencia Coreana"));
        store.Remove(docs[changedIndexes[^1]].Info.SourcePath);
        store.Save(added);
        var reads = new List<string>();
        PartnerFileUpdater.Update(copy, copyTally, changes, store.ReadAll().Select(d => d.Document.Id), id =>
        {
            reads.Add(id);
            return store.ReadPartnerView(id);
        });

        Assert.That(reads, Is.EquivalentTo(changedIndexes.Concat(alsoRead).Select(i => docs[i].Info.Id).Append(added.Info.Id)));
        store.Commit();
        AssertPartnersAreARebuild(store, "the store's update");
        Assert.That(File.ReadAllText(copy), Is.EqualTo(File.ReadAllText(PartnersPath)), "the update that counted its reads");
        Assert.That(File.ReadAllText(copyTally), Is.EqualTo(File.ReadAllText(TallyPath)));
    }

    [Test]
    public void AStoreWithoutATallyFile_HasBothFilesBuiltFromEveryDocument()
    {
        var store = Open();
        store.Save(ProcessedDocuments.MexicoCity());
        store.Commit();
        File.Delete(TallyPath); // a store written before the tally file existed

        store = Open();
        store.Save(ProcessedDocuments.Bogota());
        store.Commit();

        Assert.That(File.Exists(TallyPath), Is.True);
        AssertPartnersAreARebuild(store, "after the first commit");
    }

    private static IEnumerable<TestCaseData> TallyDamages()
    {
        TestCaseData Case(string name, Func<string, string> damage) =>
            new TestCaseData(damage).SetName($"ATallyFileThatDoesNotAgree_HasBothFilesBuiltFromEveryDocument({name})");
        static string Edit(string text, Action<JsonNode> edit)
        {
            var node = JsonNode.Parse(text)!;
            edit(node["partners"]![0]!);
            return node.ToJsonString();
        }
        yield return Case("cut off", text => text[..(text.Length / 2)]);
        yield return Case("a partner missing", text =>
        {
            var node = JsonNode.Parse(text)!;
            node["partners"]!.AsArray().RemoveAt(0);
            return node.ToJsonString();
        });
        yield return Case("counts too low", text => Edit(text, p =>
        {
            foreach (var (name, _) in p["names"]!.AsObject().ToList()) p["names"]![name] = 0;
        }));
        yield return Case("no document for the type", text => Edit(text, p => p["typeFrom"] = null));
        yield return Case("a name missing", text => Edit(text, p => p["names"]!.AsObject().Remove("Agencia Coreana")));
        yield return Case("a name too many", text => Edit(text, p => p["names"]!["Agencia de Corea"] = 1));
        yield return Case("names missing", text => Edit(text, p => p.AsObject().Remove("names")));
    }

    [TestCaseSource(nameof(TallyDamages))]
    public void ATallyFileThatDoesNotAgree_HasBothFilesBuiltFromEveryDocument(Func<string, string> damage)
    {
        var store = Open();
        var (a, b) = (Koica("corpus/a.txt", "A", "agency", "KR", "KOICA", "Agencia Coreana"), Koica("corpus/b.txt", "B", "agency", "KR", "KOICA", "Agencia Coreana"));
        store.Save(a);
        store.Save(b);
        store.Commit();
        File.WriteAllText(TallyPath, damage(File.ReadAllText(TallyPath)));

        store.Remove(a.Info.SourcePath);
        store.Commit();

        Assert.That(store.ReadPartners().Single().Aliases, Is.EqualTo(new[] { "Agencia Coreana" }));
        AssertPartnersAreARebuild(store, "after the commit");
    }

    [TestCase("partners.json")]
    [TestCase("partners.tally.json")]
    public void ACommitKilledBetweenItsTwoFiles_LeadsToARebuildWhenTheStoreOpens(string notYetWritten)
    {
        var store = Open();
        store.Save(ProcessedDocuments.MexicoCity());
        store.Commit();
        var before = File.ReadAllText(Dir.File(notYetWritten));
        store.Save(ProcessedDocuments.Bogota());
        store.Commit();
        // As the kill would leave it: one file new, the other as it was, and partners.pending still there.
        File.WriteAllText(Dir.File(notYetWritten), before);
        File.WriteAllBytes(Dir.File("partners.pending"), []);

        var reopened = Open();

        AssertPartnersAreARebuild(reopened, "after reopening");
    }

    [Test]
    public void ACommitThatFailsBetweenItsTwoFiles_LeavesPartnersPending_SoTheNextOpenBuildsThemAgain()
    {
        var store = Open();
        store.Save(ProcessedDocuments.MexicoCity());
        store.Commit();
        File.Delete(TallyPath);
        File.Delete(PartnersPath);
        Directory.CreateDirectory(PartnersPath); // partners.json cannot be put in place: the commit fails after the tally file

        store = Open();
        Assert.That(store.Commit, Throws.InstanceOf<IOException>().Or.InstanceOf<UnauthorizedAccessException>());

        Assert.That(File.Exists(Dir.File("partners.pending")), Is.True, "a rebuild with no change noted marks it too");
        Directory.Delete(PartnersPath);
        AssertPartnersAreARebuild(Open(), "after reopening");
    }

    [Test]
    public void PartnerFilesThatLackAPartnerAChangedDocumentHad_AreBuiltFromEveryDocument()
    {
        var store = Open();
        var a = new ProcessedDocumentBuilder("corpus/a.txt", "A").Section("Foro", "Foro con KOICA y la UCCI.")
            .Partner("KOICA", "KOICA", "agency").Partner("UCCI", "UCCI", "network").Build();
        store.Save(a);
        store.Save(new ProcessedDocumentBuilder("corpus/c.txt", "C").Section("Taller", "Taller con la UCCI.").Partner("UCCI", "UCCI", "network").Build());
        store.Commit();
        foreach (var file in new[] { PartnersPath, TallyPath })
        {
            var node = JsonNode.Parse(File.ReadAllText(file))!;
            var partners = node["partners"]!.AsArray();
            partners.Remove(partners.Single(p => (string?)p!["canonical"] == "UCCI"));
            File.WriteAllText(file, node.ToJsonString());
        }

        store.Remove(a.Info.SourcePath);
        store.Commit();

        Assert.That(store.ReadPartners().Select(p => p.Canonical), Is.EqualTo(new[] { "UCCI" }));
        AssertPartnersAreARebuild(store, "after the commit");
    }
}
