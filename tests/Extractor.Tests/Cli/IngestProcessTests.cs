using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Extractor.Indexing;
using Extractor.Indexing.Query;
using Extractor.Tests.Fixtures;
using Extractor.Tests.Storage;

namespace Extractor.Tests.Cli;

/// <summary>The real `extractor ingest` process: killed mid-run and completed, and its handling of bad files.</summary>
[NonParallelizable]
public sealed class IngestProcessTests : TempDirectoryTests
{
    private static string CliDll => Path.Combine(TestContext.CurrentContext.TestDirectory, "Extractor.Cli.dll");

    /// <summary>A pipeline.json in <paramref name="root"/> reading root/in and writing root/out, one document at a time.</summary>
    private static string WriteConfig(string root)
    {
        var repo = RepoPaths.RepoRoot;
        var config = new
        {
            inputs = new[] { "in" },
            parallelism = 1,
            output = new { store = "out/store", index = "out/index.db", logs = "out/logs" },
            ocr = new { enabled = false },
            classification = new
            {
                enabled = true,
                sectionModel = Path.Combine(repo, "models", "section-classifier.json"),
                documentModel = Path.Combine(repo, "models", "document-classifier.json"),
            },
            extraction = new { gazetteer = Path.Combine(repo, "corpus", "gazetteer", "partners.tsv") },
            logging = new { level = "Warning", file = false },
        };
        var path = Path.Combine(root, "pipeline.json");
        File.WriteAllText(path, JsonSerializer.Serialize(config));
        return path;
    }

    /// <summary>Copies of the seed reports, each made different by a first and last line of its own.</summary>
    private static void WriteVariants(string folder, int variants)
    {
        Directory.CreateDirectory(folder);
        var seeds = Directory.GetFiles(Path.Combine(RepoPaths.RepoRoot, "seeds"), "*.txt").Order(StringComparer.Ordinal).ToList();
        for (var v = 0; v < variants; v++)
            foreach (var seed in seeds)
                File.WriteAllText(Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(seed)}_v{v}.txt"),
                    $"Informe número {v} de {Path.GetFileName(seed)}\n{File.ReadAllText(seed)}\n" +
                    $"Variante {v}: reunión de trabajo con la UCCI en Lisboa el {v + 1} de marzo de 2022.\n");
    }

    private sealed record Run(int ExitCode, string Out, string Err);

    private static Process Start(string config, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(config)!,
        };
        info.ArgumentList.Add(CliDll);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.ArgumentList.Add("--config");
        info.ArgumentList.Add(config);
        return Process.Start(info)!;
    }

    private static Run Ingest(string config, params string[] extra) => Cli(config, ["ingest", .. extra]);

    private static Run Cli(string config, string[] args)
    {
        using var p = Start(config, args);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail($"{args[0]} did not finish in 5 minutes");
        }
        return new Run(p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The store's documents (file name → content) and manifest (without the storedAt times and the files' recorded
    /// stamps, which depend on when a run read each file).</summary>
    private static (SortedDictionary<string, string> Documents, string Manifest) Snapshot(string root)
    {
        var store = Path.Combine(root, "out", "store");
        var documents = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in Directory.GetFiles(Path.Combine(store, "documents"), "*.json"))
            documents[Path.GetFileName(f)] = File.ReadAllText(f);
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(store, "manifest.json")));
        var entries = manifest.RootElement.GetProperty("entries").EnumerateArray()
            .Select(e => string.Join(' ', e.EnumerateObject().Where(p => p.Name is not ("storedAt" or "fileSize" or "fileModified")).Select(p => $"{p.Name}={p.Value}")));
        return (documents, string.Join('\n', entries));
    }

    /// <summary>
    /// What searches answer, all hits with their scores. Equal scores are listed by id: among ties the index keeps the
    /// order documents were indexed in, which a resumed run changes and which is not part of the answer.
    /// </summary>
    private static string Answers(string root)
    {
        var index = new SqliteSearchIndex(new IndexOptions(Path.Combine(root, "out", "index.db")));
        var sb = new StringBuilder();
        foreach (var q in new[] { "reunión", "UCCI Lisboa", "cooperación OR alianzas", "metropolis*" })
        {
            var r = index.Search(new IndexQuery(QueryParser.Parse(q).Value, Limit: 1000));
            sb.AppendLine($"{q}: {r.Total}; {string.Join(", ", AllHits(index, new IndexQuery(QueryParser.Parse(q).Value)).OrderByDescending(h => Math.Round(h.Score, 9)).ThenBy(h => h.EventId, StringComparer.Ordinal).Select(h => $"{h.EventId}:{h.Score:F6}"))}");
            sb.AppendLine(string.Join(", ", r.Facets.Partner.Concat(r.Facets.Year).Concat(r.Facets.Document).Select(f => $"{f.Value}={f.Count}")));
            var s = index.SearchTexts(new TextQuery(SearchScope.Sections, QueryParser.Parse(q).Value!, Limit: 1000));
            sb.AppendLine($"sections {s.Total}; {string.Join(", ", s.Hits.OrderByDescending(h => Math.Round(h.Score, 9)).ThenBy(h => h.Id, StringComparer.Ordinal).Select(h => $"{h.Id}:{h.Score:F6}"))}");
        }
        var all = index.Search(new IndexQuery(Limit: 0));
        sb.AppendLine($"all: {all.Total}; {string.Join(", ", AllHits(index, new IndexQuery()).Select(h => h.EventId).Order(StringComparer.Ordinal))}");
        return sb.ToString();
    }

    /// <summary>Every hit of a query, page by page: one page holds at most 1,000, and which 1,000 comes first follows indexing order.</summary>
    private static List<IndexHit> AllHits(SqliteSearchIndex index, IndexQuery query)
    {
        var hits = new List<IndexHit>();
        for (var offset = 0; ; offset += 1000)
        {
            var page = index.Search(query with { Limit = 1000, Offset = offset });
            hits.AddRange(page.Hits);
            if (page.Hits.Count == 0 || hits.Count >= page.Total) return hits;
        }
    }

    [Test]
    public void AnIngestKilledMidRun_IsCompletedByTheNextRunAsIfItHadNeverStopped()
    {
        var killed = Dir.File("killed");
        var clean = Dir.File("clean");
        WriteVariants(Path.Combine(killed, "in"), variants: 6);
        WriteVariants(Path.Combine(clean, "in"), variants: 6);
        var killedConfig = WriteConfig(killed);

        using (var p = Start(killedConfig, "ingest"))
        {
            p.OutputDataReceived += (_, _) => { };
            p.ErrorDataReceived += (_, _) => { };
            p.BeginOutputReadLine();
            p.BeginErrorReadLine();
            var documents = Path.Combine(killed, "out", "store", "documents");
            var watch = Stopwatch.StartNew();
            while (!(Directory.Exists(documents) && Directory.GetFiles(documents, "*.json").Length >= 3) && !p.HasExited && watch.Elapsed < TimeSpan.FromMinutes(3))
                Thread.Sleep(20);
            Assert.That(p.HasExited, Is.False, "the first run ended before it could be killed");
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
        }
        var partial = Directory.GetFiles(Path.Combine(killed, "out", "store", "documents"), "*.json").Length;
        Assert.That(partial, Is.LessThan(30), "killed mid-run");
        TestContext.Out.WriteLine($"killed with {partial} of 30 documents stored");

        var resumed = Ingest(killedConfig);
        Assert.That(resumed.ExitCode, Is.Zero, resumed.Err);
        var fresh = Ingest(WriteConfig(clean));
        Assert.That(fresh.ExitCode, Is.Zero, fresh.Err);

        var (killedDocs, killedManifest) = Snapshot(killed);
        var (cleanDocs, cleanManifest) = Snapshot(clean);
        Assert.That(killedDocs.Keys, Is.EqualTo(cleanDocs.Keys));
        Assert.That(killedDocs.Count, Is.EqualTo(30));
        foreach (var (name, content) in cleanDocs) Assert.That(killedDocs[name], Is.EqualTo(content), name);
        Assert.That(killedManifest, Is.EqualTo(cleanManifest));
        Assert.That(Answers(killed), Is.EqualTo(Answers(clean)));
    }

    [Test]
    public void BadFiles_AreReportedOneLineEachWhileGoodOnesAreStored_AndReRunsAreIncremental()
    {
        var root = Dir.Path;
        var input = Path.Combine(root, "in");
        WriteVariants(input, variants: 1);
        File.WriteAllBytes(Path.Combine(input, "empty.pdf"), []);
        File.WriteAllText(Path.Combine(input, "not-a-pdf.pdf"), "Esto es texto, no un PDF.");
        var pdf = new PdfWriter();
        pdf.AddPage().Text(72, 72, "Informe truncado de actividades internacionales");
        var bytes = pdf.ToBytes();
        File.WriteAllBytes(Path.Combine(input, "truncated.pdf"), bytes[..(bytes.Length / 2)]);
        var config = WriteConfig(root);

        var first = Ingest(config);
        Assert.That(first.ExitCode, Is.EqualTo(1), first.Out + first.Err);
        var errorLines = first.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var bad in new[] { "empty.pdf", "not-a-pdf.pdf", "truncated.pdf" })
            Assert.That(errorLines.Count(l => l.Contains(bad, StringComparison.Ordinal)), Is.EqualTo(1), $"one line naming {bad}:\n{first.Err}");
        var documents = Path.Combine(root, "out", "store", "documents");
        Assert.That(Directory.GetFiles(documents, "*.json"), Has.Length.EqualTo(5));

        var times = Directory.GetFiles(documents).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var second = Ingest(config);
        var goodLines = second.Out.Split('\n').Where(l => l.Contains("_v0.txt", StringComparison.Ordinal)).ToList();
        Assert.That(goodLines, Has.Count.EqualTo(5));
        Assert.That(goodLines, Has.All.Contain("unchanged"));
        Assert.That(Directory.GetFiles(documents).ToDictionary(f => f, File.GetLastWriteTimeUtc), Is.EqualTo(times));

        var gone = Directory.GetFiles(input, "000_*").Single();
        File.Delete(gone);
        var third = Ingest(config);
        Assert.That(third.Out, Does.Contain("removed"));
        Assert.That(Directory.GetFiles(documents, "*.json"), Has.Length.EqualTo(4));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var index = new SqliteSearchIndex(new IndexOptions(Path.Combine(root, "out", "index.db")));
        Assert.That(index.DocumentIds(), Has.Count.EqualTo(4));
        Assert.That(index.SearchTexts(new TextQuery(SearchScope.Documents, QueryParser.Parse(Path.GetFileNameWithoutExtension(gone)).Value!)).Total, Is.Zero);

        var forced = Ingest(config, "--force");
        var reprocessed = forced.Out.Split('\n').Where(l => l.Contains("_v0.txt", StringComparison.Ordinal)).ToList();
        Assert.That(reprocessed, Has.Count.EqualTo(4));
        Assert.That(reprocessed, Has.All.Contain("updated"));
    }

    /// <summary>Ingests one variant of each seed into a fresh store; returns the input folder, the config and the store's snapshot.</summary>
    private (string Input, string Config, (SortedDictionary<string, string> Documents, string Manifest) Before) IngestedOnce()
    {
        var input = Path.Combine(Dir.Path, "in");
        WriteVariants(input, variants: 1);
        var config = WriteConfig(Dir.Path);
        Assert.That(Ingest(config).ExitCode, Is.Zero);
        return (input, config, Snapshot(Dir.Path));
    }

    /// <summary>Points the config's <paramref name="key"/> model ("sectionModel" or "documentModel") at <paramref name="model"/>.</summary>
    private static void UseModel(string config, string key, string model)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(config))!;
        json["classification"]![key] = model;
        File.WriteAllText(config, json.ToJsonString());
    }

    /// <summary>The run stopped with exit 2 and one error line starting with <paramref name="message"/>, and the store is as it was.</summary>
    private void AssertStoppedUnchanged(Run run, string message, (SortedDictionary<string, string> Documents, string Manifest) before)
    {
        Assert.That(run.ExitCode, Is.EqualTo(2), run.Out + run.Err);
        var errors = run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(errors, Has.Length.EqualTo(1), run.Err);
        Assert.That(errors[0], Does.StartWith(message));
        var after = Snapshot(Dir.Path);
        Assert.That(after.Documents, Is.EqualTo(before.Documents));
        Assert.That(after.Manifest, Is.EqualTo(before.Manifest));
    }

    [Test]
    public void AModelThatCannotBeRead_StopsTheIngestWithOneMessage_BeforeAnythingStoredChanges()
    {
        var (input, config, before) = IngestedOnce();

        // The models load while the run looks for changed files; a damaged one must still stop it before it removes,
        // reports or stores anything.
        var damaged = Path.Combine(Dir.Path, "damaged-model.json");
        File.WriteAllText(damaged, "{ \"format\": \"extractor-linear-classifier\", \"formatVersion\": 3, \"labels\": [");
        UseModel(config, "documentModel", damaged);
        File.Delete(Directory.GetFiles(input, "000_*").Single());
        File.AppendAllText(Directory.GetFiles(input, "002_*").Single(), "\nUna línea más.\n");

        var run = Ingest(config);
        AssertStoppedUnchanged(run, $"error: {damaged}: ", before);
        Assert.That(run.Out, Does.Not.Contain("removed").And.Not.Contain("unchanged").And.Not.Contain("updated"));
    }

    [Test]
    public void AModelThatCannotBeOpened_StopsTheIngestWithOneMessageNamingIt_NotAStackTrace()
    {
        var (input, config, before) = IngestedOnce();

        // A model the run may not open (here: held by another process; elsewhere: its permissions). The models load in
        // the background, so what that load throws must still reach the user as the one message a missing model gives.
        var model = Path.Combine(Dir.Path, "section-model.json");
        File.Copy(Path.Combine(RepoPaths.RepoRoot, "models", "section-classifier.json"), model);
        UseModel(config, "sectionModel", model);
        File.AppendAllText(Directory.GetFiles(input, "002_*").Single(), "\nUna línea más.\n");

        Run run;
        // .NET on Linux holds a file opened without sharing under an exclusive advisory lock, which the CLI's read meets.
        using (new FileStream(model, FileMode.Open, FileAccess.Read, FileShare.None)) run = Ingest(config);

        AssertStoppedUnchanged(run, $"error: {model}: cannot be read: ", before);
    }

    [Test]
    public void Eval_OnAPdfWithAPageLeftUnread_ScoresItAndSaysWhichPageWasNotRead()
    {
        var config = WriteConfig(Dir.Path);
        var writer = new Extractor.Tests.Fixtures.PdfWriter();
        writer.AddPage().Lines(60, 120, ["La reunión con la UCCI se celebró el 24 de julio de 2021 en Lisboa."], size: 12);
        writer.AddPage(); // no text layer, and OCR is off in this configuration
        var pdf = writer.Save(Path.Combine(Dir.Path, "informe.pdf"));
        var gold = Directory.CreateDirectory(Path.Combine(Dir.Path, "gold")).FullName;
        File.WriteAllText(Path.Combine(gold, "informe.jsonl"), "");

        var run = Cli(config, ["eval", "--gold", gold, pdf]);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.Err);
        Assert.That(run.Out, Does.Contain("documents: informe"));
        Assert.That(run.Err, Does.Contain($"warning: {pdf}: page 2 has no text layer and was not recognised: OCR is off"));
    }

    [Test]
    public void Eval_WhenNoGoldDocumentIsFound_FailsWithoutPrintingAPerfectScore()
    {
        var config = WriteConfig(Dir.Path);
        var gold = Directory.CreateDirectory(Path.Combine(Dir.Path, "gold")).FullName;
        File.WriteAllText(Path.Combine(gold, "informe.jsonl"), "");
        var elsewhere = Directory.CreateDirectory(Path.Combine(Dir.Path, "otros")).FullName;

        var run = Cli(config, ["eval", "--gold", gold, elsewhere]);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Err, Does.Contain($"error: {gold}: none of its 1 gold documents was found or read in {elsewhere}; nothing scored"));
        Assert.That(run.Out, Does.Not.Contain("macro"));
    }
}
