using Extractor.Pipeline;
using Extractor.Storage;
using Extractor.Tests.Storage;

namespace Extractor.Tests.Pipeline;

/// <summary>
/// A re-run takes a file whose size and write time are those recorded when it was stored as unchanged without reading
/// it; every other file is hashed. These tests rewrite a file behind the store's back with its old size and time kept,
/// which only a re-run that does not read the file can miss.
/// </summary>
public sealed class FileStampTests
{
    private const string Original = "1. Actividades\nReunión con CGLU en Madrid el 3 de mayo de 2021.\n";
    private const string SameLength = "1. Actividades\nReunión con UCCI en Lisboa el 5 de mayo de 2022.\n";

    private static async Task<IngestSummary> Ingest(TempDirectory dir, bool rehash = false)
    {
        var output = new StoreOutput(new JsonDocumentStore(new StoreOptions(dir.File("store"))));
        return await new IngestRunner(new DocumentPipelineBuilder().Build(), output, dir.Path)
            .RunAsync(new IngestRequest([dir.File("in")], Force: false, Parallelism: 1, Rehash: rehash));
    }

    private static ManifestEntry Entry(TempDirectory dir) =>
        new JsonDocumentStore(new StoreOptions(dir.File("store"))).ReadManifest().Entries["in/a.txt"];

    /// <summary>Writes in/a.txt with <paramref name="text"/>, last written at <paramref name="modified"/>.</summary>
    private static void Write(TempDirectory dir, string text, DateTime modified)
    {
        Directory.CreateDirectory(dir.File("in"));
        File.WriteAllText(dir.File("in", "a.txt"), text);
        File.SetLastWriteTimeUtc(dir.File("in", "a.txt"), modified);
    }

    [Test]
    public async Task AFileWithItsRecordedSizeAndTime_IsNotRead_UnlessRehashIsAsked()
    {
        Assert.That(System.Text.Encoding.UTF8.GetByteCount(SameLength), Is.EqualTo(System.Text.Encoding.UTF8.GetByteCount(Original)));
        using var dir = new TempDirectory();
        var anHourAgo = DateTime.UtcNow.AddHours(-1);
        Write(dir, Original, anHourAgo);
        Assert.That((await Ingest(dir)).Count(IngestStatus.Added), Is.EqualTo(1));
        Assert.That(Entry(dir).Stamp, Is.EqualTo(new FileStamp(System.Text.Encoding.UTF8.GetByteCount(Original), File.GetLastWriteTimeUtc(dir.File("in", "a.txt")))));

        Write(dir, SameLength, anHourAgo);
        var trusted = await Ingest(dir);
        var rehashed = await Ingest(dir, rehash: true);

        Assert.That(trusted.Count(IngestStatus.Unchanged), Is.EqualTo(1), "the stamp was not trusted: the file was read");
        Assert.That(rehashed.Count(IngestStatus.Updated), Is.EqualTo(1));
    }

    [Test]
    public async Task AFileWrittenJustBeforeItWasRead_GetsNoStamp_SoARewriteInTheSameTickIsSeen()
    {
        using var dir = new TempDirectory();
        var justNow = DateTime.UtcNow;
        Write(dir, Original, justNow);
        await Ingest(dir);
        Assert.That(Entry(dir).Stamp, Is.Null);

        Write(dir, SameLength, justNow);
        var next = await Ingest(dir);

        Assert.That(next.Count(IngestStatus.Updated), Is.EqualTo(1));
    }

    [Test]
    public async Task AFileTouchedWithoutChange_IsUnchanged_AndItsNewStampIsRecorded()
    {
        using var dir = new TempDirectory();
        Write(dir, Original, DateTime.UtcNow.AddHours(-2));
        await Ingest(dir);
        var stored = Entry(dir);
        var halfAnHourAgo = DateTime.UtcNow.AddMinutes(-30);
        File.SetLastWriteTimeUtc(dir.File("in", "a.txt"), halfAnHourAgo);

        var touched = await Ingest(dir);

        Assert.That(touched.Count(IngestStatus.Unchanged), Is.EqualTo(1));
        var entry = Entry(dir);
        Assert.That(entry.Stamp?.ModifiedUtc, Is.EqualTo(File.GetLastWriteTimeUtc(dir.File("in", "a.txt"))));
        Assert.That(entry with { FileModified = null }, Is.EqualTo(stored with { FileModified = null }), "only the recorded time changed");
    }

    [Test]
    public async Task AFileReachedThroughASymbolicLink_IsStampedByTheFileItPointsTo_SoARewriteOfThatFileIsSeen()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("reports"));
        Directory.CreateDirectory(dir.File("in"));
        var target = dir.File("reports", "a.txt");
        File.WriteAllText(target, Original);
        File.SetLastWriteTimeUtc(target, DateTime.UtcNow.AddHours(-1));
        File.CreateSymbolicLink(dir.File("in", "a.txt"), target);
        FileStamp TargetStamp() => new(new FileInfo(target).Length, File.GetLastWriteTimeUtc(target));

        await Ingest(dir);
        Assert.That(Entry(dir).Stamp, Is.EqualTo(TargetStamp()), "the link's own size (its target's path) and time were recorded");

        // The link itself is not touched: only the file it points to changes.
        File.WriteAllText(target, Original + "2. Más actividades\n");
        Assert.That(FileStamp.Of(new FileInfo(dir.File("in", "a.txt"))), Is.EqualTo(TargetStamp()));
        Assert.That((await Ingest(dir)).Count(IngestStatus.Updated), Is.EqualTo(1));
    }
}
