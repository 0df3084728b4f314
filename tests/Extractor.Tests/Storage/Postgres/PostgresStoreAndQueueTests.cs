using Extractor.Storage;
using Extractor.Storage.Postgres;
using Extractor.Tests.Fixtures;
using Npgsql;

namespace Extractor.Tests.Storage.Postgres;

public sealed class PostgresStoreAndQueueTests
{
    private NpgsqlDataSource _source = null!;

    [SetUp]
    public void SetUp()
    {
        _source = NpgsqlDataSource.Create(PostgresTestCluster.Instance.CreateDatabase());
        PostgresMigrations.Migrate(_source);
    }

    [TearDown]
    public void TearDown() => _source.Dispose();

    [Test]
    public void ADocument_ReadsBackAsTheJsonStoreWritesIt_AndSavingItAgainKeepsOneCopy()
    {
        var store = new PostgresDocumentStore(_source);
        var saved = store.Save(ProcessedDocuments.MexicoCity());
        store.Save(ProcessedDocuments.MexicoCity());
        store.Save(ProcessedDocuments.Bogota());
        store.Commit();

        Assert.That(JsonDocumentStore.Serialize(store.Read(saved.Document.Id)!), Is.EqualTo(JsonDocumentStore.Serialize(saved)));
        Assert.That(store.ReadAll().Select(d => d.Document.Id), Is.EqualTo(store.ReadAll().Select(d => d.Document.Id).Order(StringComparer.Ordinal)));
        Assert.That(store.ReadManifest().Entries, Has.Count.EqualTo(2));
        Assert.That(store.ReadPartners().Select(p => (p.Canonical, p.MentionCount, p.DocumentIds.Count)),
            Is.EqualTo(PartnerAggregator.Aggregate(store.ReadAll()).Select(p => (p.Canonical, p.MentionCount, p.DocumentIds.Count))));

        store.Remove(saved.Document.SourcePath);
        Assert.That(store.Read(saved.Document.Id), Is.Null);
        Assert.That(store.ReadManifest().Entries, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ConcurrentClaims_NeverTakeTheSameDocument()
    {
        var options = new PostgresOptions("", TimeSpan.FromMinutes(1));
        var setup = new PostgresIngestQueue(_source, options, "setup");
        await setup.BeginAsync();
        await setup.EnqueueAsync(Enumerable.Range(0, 40).Select(i => new IngestWork($"f{i}.txt", $"/x/f{i}.txt", $"h{i}")).ToList(), force: false);

        var claimed = new System.Collections.Concurrent.ConcurrentBag<string>();
        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            var queue = new PostgresIngestQueue(_source, options, $"w{w}");
            while (await queue.ClaimAsync() is { } claim)
            {
                claimed.Add(claim.Work.SourcePath);
                await queue.CompleteAsync(claim);
            }
        })));

        Assert.That(claimed.Order(StringComparer.Ordinal), Is.EqualTo(Enumerable.Range(0, 40).Select(i => $"f{i}.txt").Order(StringComparer.Ordinal)));
        Assert.That(await setup.PendingElsewhereAsync(), Is.Null);
    }

    [Test]
    public async Task AnExpiredLease_IsTakenOver_AndTheLateHolderCannotFinishIt()
    {
        var shortLease = new PostgresOptions("", TimeSpan.FromMilliseconds(300), MaxAttempts: 2);
        var first = new PostgresIngestQueue(_source, shortLease, "first");
        var second = new PostgresIngestQueue(_source, shortLease, "second");
        await first.BeginAsync();
        await first.EnqueueAsync([new IngestWork("a.txt", "/x/a.txt", "ha")], force: false);

        var lost = await first.ClaimAsync();
        Assert.That(lost, Is.Not.Null);
        Assert.That(await second.ClaimAsync(), Is.Null, "held while the lease runs");
        Assert.That(await second.PendingElsewhereAsync(), Is.Not.Null);

        await Task.Delay(500);
        var taken = await second.ClaimAsync();
        Assert.That(taken?.Attempt, Is.EqualTo(2));
        Assert.That(await first.RenewAsync(lost!), Is.False, "the first holder lost its claim");
        await first.FailAsync(lost!, "late");
        await second.CompleteAsync(taken!);
        Assert.That(Scalar("SELECT status || ':' || leased_by FROM ingest_queue"), Is.EqualTo("done:second"));
    }

    [Test]
    public async Task ADocumentWhoseHoldersAllDie_IsMarkedFailedAfterMaxAttempts()
    {
        var shortLease = new PostgresOptions("", TimeSpan.FromMilliseconds(100), MaxAttempts: 2);
        var queue = new PostgresIngestQueue(_source, shortLease, "w");
        await queue.BeginAsync();
        await queue.EnqueueAsync([new IngestWork("poison.pdf", "/x/poison.pdf", "hp")], force: false);
        Assert.That(await queue.ClaimAsync(), Is.Not.Null);
        await Task.Delay(200);
        Assert.That(await queue.ClaimAsync(), Is.Not.Null);
        await Task.Delay(200);
        Assert.That(await queue.ClaimAsync(), Is.Null);
        Assert.That(Scalar("SELECT status FROM ingest_queue"), Is.EqualTo("failed"));
        Assert.That(Scalar("SELECT error FROM ingest_queue"), Does.StartWith("abandoned"));
    }

    private string Scalar(string sql)
    {
        using var c = _source.OpenConnection();
        using var cmd = new NpgsqlCommand(sql, c);
        return (string)cmd.ExecuteScalar()!;
    }
}
