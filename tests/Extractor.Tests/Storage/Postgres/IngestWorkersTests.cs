using System.Diagnostics;
using Extractor.Cli.Commands;
using Extractor.Tests.Fixtures;
using Npgsql;

namespace Extractor.Tests.Storage.Postgres;

/// <summary>The real `extractor ingest` started as several processes against one database, as on several machines.</summary>
[NonParallelizable]
public sealed class IngestWorkersTests
{
    private TempDirectory _dir = null!;
    private string _connection = null!;
    private string _config = null!;
    private List<string> _files = null!;

    [SetUp]
    public void SetUp()
    {
        _connection = PostgresTestCluster.Instance.CreateDatabase();
        _dir = new TempDirectory();
        // The smaller seeds (the two large ones would only make the test slower), and a variant of each (one added
        // line): every file is its own content.
        var corpus = _dir.File("corpus");
        Directory.CreateDirectory(corpus);
        _files = [];
        foreach (var seed in Directory.GetFiles(Path.Combine(RepoPaths.RepoRoot, "seeds"), "*.txt").Where(f => new FileInfo(f).Length < 50_000).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(seed);
            File.Copy(seed, Path.Combine(corpus, name + ".txt"));
            File.WriteAllText(Path.Combine(corpus, name + "_b.txt"), File.ReadAllText(seed) + "\n\nReunión adicional con la red de ciudades el 3 de mayo de 2022.\n");
            _files.Add($"corpus/{name}.txt");
            _files.Add($"corpus/{name}_b.txt");
        }
        var repo = RepoPaths.RepoRoot.Replace("\\", "/", StringComparison.Ordinal);
        _config = _dir.File("pipeline.json");
        File.WriteAllText(_config, $$"""
            {
              "inputs": ["corpus"],
              "parallelism": 1,
              "output": { "logs": "logs" },
              "classification": { "sectionModel": "{{repo}}/models/section-classifier.json", "documentModel": "{{repo}}/models/document-classifier.json" },
              "extraction": { "gazetteer": "{{repo}}/corpus/gazetteer/partners.tsv" },
              "backend": { "kind": "postgres", "connectionStringVariable": "EXTRACTOR_PG", "leaseSeconds": 2 },
              "logging": { "file": false }
            }
            """);
        using var migrate = Cli("db", "migrate");
        Assert.That(migrate.WaitForExit(60_000) && migrate.ExitCode == 0, Is.True, "db migrate");
    }

    [TearDown]
    public void TearDown() => _dir.Dispose();

    [Test]
    public void TwoWorkersOnTheSameFolder_StoreEveryDocumentExactlyOnce()
    {
        using var a = Cli("ingest");
        using var b = Cli("ingest");
        var outA = a.StandardOutput.ReadToEndAsync();
        var outB = b.StandardOutput.ReadToEndAsync();
        Assert.That(a.WaitForExit(120_000) && b.WaitForExit(120_000), Is.True, "workers finished");
        Assert.That((a.ExitCode, b.ExitCode), Is.EqualTo((0, 0)), outA.Result + outB.Result);

        // Each file was processed by exactly one of the two workers, once.
        var added = Added(outA.Result).Concat(Added(outB.Result)).ToList();
        Assert.That(added.Order(StringComparer.Ordinal), Is.EqualTo(_files.Order(StringComparer.Ordinal)));
        Assert.That(Added(outA.Result), Is.Not.Empty, "worker A took a share");
        Assert.That(Added(outB.Result), Is.Not.Empty, "worker B took a share");
        Assert.That(Rows("SELECT source_path FROM sources"), Is.EquivalentTo(_files));
        Assert.That(Rows("SELECT count(*)::text FROM documents"), Is.EqualTo(new[] { _files.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
        Assert.That(Rows("SELECT DISTINCT status || '/' || attempts FROM ingest_queue"), Is.EqualTo(new[] { "done/1" }));

        // A third run finds everything current.
        using var again = Cli("ingest");
        var outAgain = again.StandardOutput.ReadToEnd();
        again.WaitForExit(60_000);
        Assert.That(outAgain, Does.Contain($"{_files.Count} files: {_files.Count} unchanged"));
    }

    [Test]
    public void AWorkerKilledMidDocument_LeavesItToTheOtherAfterTheLease()
    {
        using var doomed = Cli("ingest", delayMs: 600_000);
        var held = WaitFor(() => Rows($"SELECT source_path FROM ingest_queue WHERE leased_by LIKE '%:{doomed.Id}' AND status = 'pending'").FirstOrDefault());
        doomed.Kill(); // SIGKILL: no cleanup, its lease just stops being renewed
        doomed.WaitForExit();

        var watch = Stopwatch.StartNew();
        using var survivor = Cli("ingest");
        var output = survivor.StandardOutput.ReadToEndAsync();
        Assert.That(survivor.WaitForExit(120_000), Is.True);
        Assert.That(survivor.ExitCode, Is.Zero, output.Result);

        Assert.That(Added(output.Result), Is.EquivalentTo(_files), "the survivor did all, including the held document");
        Assert.That(Rows($"SELECT status || '/' || attempts || '/' || (leased_by LIKE '%:{survivor.Id}') FROM ingest_queue WHERE source_path = '{held}'"),
            Is.EqualTo(new[] { "done/2/true" }));
        Assert.That(Rows("SELECT source_path FROM sources"), Is.EquivalentTo(_files));
        TestContext.Out.WriteLine($"survivor finished in {watch.Elapsed.TotalSeconds:F1} s (lease 2 s)");
    }

    private static IEnumerable<string> Added(string output) =>
        output.Split('\n').Where(l => l.Contains(" added ", StringComparison.Ordinal)).Select(l => l.Split(' ', 2)[0]);

    private Process Cli(string verb, string? arg = null, int delayMs = 0) => Cli(arg is null ? [verb] : [verb, arg], delayMs);

    private Process Cli(string[] args, int delayMs)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _dir.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(TestContext.CurrentContext.TestDirectory, "Extractor.Cli.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        start.ArgumentList.Add("--config");
        start.ArgumentList.Add(_config);
        start.ArgumentList.Add("--quiet");
        start.Environment["EXTRACTOR_PG"] = _connection;
        start.Environment[IngestCommand.TestDelayVariable] = delayMs > 0 ? delayMs.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        var p = Process.Start(start)!;
        p.ErrorDataReceived += (_, e) => { if (e.Data is not null) TestContext.Out.WriteLine($"[{p.Id}] {e.Data}"); };
        p.BeginErrorReadLine();
        return p;
    }

    private List<string> Rows(string sql)
    {
        using var c = new NpgsqlConnection(_connection);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        using var r = cmd.ExecuteReader();
        var rows = new List<string>();
        while (r.Read()) rows.Add(r.GetString(0));
        return rows;
    }

    private static string WaitFor(Func<string?> probe)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (probe() is { } value) return value;
            Thread.Sleep(100);
        }
        throw new TimeoutException("the worker never claimed a document");
    }
}
