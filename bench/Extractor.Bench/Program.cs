using System.Globalization;
using System.Text;

namespace Extractor.Bench;

/// <summary>
/// The benchmark driver: `dotnet run -c Release --project bench/Extractor.Bench -- [suite...]` with suites
/// text, extraction, pdf, pdf-stages, ocr, search, scale (default: text, extraction, pdf, ocr, search, scale); `-- corpus DIR N [PARAGRAPHS]` writes N
/// synthetic documents to DIR instead, and `-- pathological DIR` the inputs that once made ingest slow. Prints a Markdown table of the figures with the machine (copied into docs/BENCHMARKS.md).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        var root = FindRoot();
        if (args is ["corpus", var directory, var count, .. var rest] && rest.Length <= 1)
        {
            // `-- corpus DIR N [PARAGRAPHS]`: writes the synthetic corpus only (for measuring ingest workers, see
            // docs/deployment.md); `scale` writes its documents with 12 paragraphs, the default is 40.
            var files = SyntheticCorpus.Write(Path.Combine(root, "seeds"), directory, int.Parse(count, CultureInfo.InvariantCulture),
                rest.Length == 1 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 40);
            Console.WriteLine($"wrote {files.Count} documents to {directory}");
            return 0;
        }

        if (args is ["pathological", var target])
        {
            // `-- pathological DIR`: writes the inputs that once made ingest slow (docs/BENCHMARKS.md, fifth session).
            foreach (var path in PathologicalInputs.Write(target)) Console.WriteLine(path);
            return 0;
        }

        var suites = args.Length > 0 ? args : ["text", "extraction", "pdf", "ocr", "search", "scale"];
        var rows = new List<string>();
        foreach (var suite in suites)
        {
            Console.Error.WriteLine($"running {suite}…");
            rows.AddRange(suite switch
            {
                "text" => TextStagesBenchmark.Run(root, runs: 5),
                "extraction" => ExtractionBenchmark.Run(root, runs: 5),
                "pdf" => PdfBenchmark.Run(root, Path.Combine(root, "..", "shared", "pdfs", "es"), runs: 3),
                "scale" => ScaleBenchmark.Run(root, [1_000, 10_000]),
                "ocr" => OcrBenchmark.Run(Path.Combine(root, "..", "shared", "pdfs", "es")),
                "scale-small" => ScaleBenchmark.Run(root, [200]),
                "search" => SearchBenchmark.Run(),
                "pdf-stages" => PdfStagesBenchmark.Run(root, Path.Combine(root, "..", "shared", "pdfs", "es"), runs: 5),
                _ => throw new ArgumentException($"unknown suite '{suite}' (known: text, extraction, pdf, pdf-stages, ocr, search, scale, scale-small)"),
            });
        }

        var report = new StringBuilder();
        report.AppendLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; {DateTime.UtcNow:yyyy-MM-dd}.");
        report.AppendLine();
        report.AppendLine("| measure | result | notes |");
        report.AppendLine("| --- | --- | --- |");
        foreach (var r in rows) report.AppendLine(r);
        Console.WriteLine(report);
        return 0;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Extractor.sln"))) dir = dir.Parent;
        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
