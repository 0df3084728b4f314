using System.Globalization;
using System.Text;

namespace Extractor.Bench;

/// <summary>
/// The benchmark driver: `dotnet run -c Release --project bench/Extractor.Bench -- [suite...]` with suites
/// text, pdf, scale, search (default: all). Prints a Markdown table and writes it to docs/BENCHMARKS.md with the machine.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        var root = FindRoot();
        var suites = args.Length > 0 ? args : ["text"];
        var rows = new List<string>();
        foreach (var suite in suites)
        {
            Console.Error.WriteLine($"running {suite}…");
            rows.AddRange(suite switch
            {
                "text" => TextStagesBenchmark.Run(root, runs: 5),
                "search" => SearchBenchmark.Run(),
                _ => throw new ArgumentException($"unknown suite '{suite}' (known: text, search)"),
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
