#:project ../src/Extractor/Extractor.csproj
#:property PublishAot=false
// Measures the throughput of the date, amount and participant extractors over cleaned text, on one thread.
// Run from the repository root: dotnet run tools/bench-extraction.cs [seconds]
using System.Diagnostics;
using Extractor.Extraction;
using Extractor.Extraction.Amounts;
using Extractor.Extraction.Dates;
using Extractor.Extraction.Participants;
using Extractor.Pipeline;

var seconds = args.Length > 0 ? double.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 5;
var pipeline = new DocumentPipelineBuilder().Build();
IMentionExtractor[] extractors = [new DateExtractor(), new AmountExtractor(), new ParticipantsExtractor()];
var inputs = new List<ExtractionInput>();
foreach (var file in Directory.GetFiles("seeds", "*.txt").Order())
{
    var loaded = await new Extractor.Loading.Text.TextLoader().LoadAsync(file, CancellationToken.None);
    var doc = pipeline.Prepare(loaded.Value!);
    inputs.Add(new ExtractionInput(doc, pipeline.Profile(doc), []));
}

long chars = inputs.Sum(i => (long)i.Text.Length);
Console.WriteLine($"{inputs.Count} documents, {chars / 1024.0:0} K chars of clean text");
for (var warm = 0; warm < 3; warm++) Run();
// The machine may be shared: report throughput per second of this process's CPU time as well as of wall time.
var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
var watch = Stopwatch.StartNew();
long processed = 0;
var mentions = 0;
while (watch.Elapsed.TotalSeconds < seconds)
{
    mentions = Run();
    processed += chars;
}

watch.Stop();
var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
Console.WriteLine($"all three, per CPU second: {processed / cpu.TotalSeconds / 1e6:0.0} M chars/s");
Console.WriteLine($"  time split: {string.Join(", ", PerExtractor.Select(t => $"{t.TotalMilliseconds:0}ms"))}");
Console.WriteLine($"all three: {processed / watch.Elapsed.TotalSeconds / 1e6:0.0} M chars/s ({mentions} mentions per pass)");
foreach (var e in extractors)
{
    var w = Stopwatch.StartNew();
    var passes = 0;
    while (w.Elapsed.TotalSeconds < seconds / 3)
    {
        foreach (var input in inputs) e.Extract(input with { Document = input.Document with { Clean = input.Document.Clean with { Text = new string(input.Text.AsSpan()) } } });
        passes++;
    }

    Console.WriteLine($"  {e.GetType().Name}: {passes * chars / w.Elapsed.TotalSeconds / 1e6:0.0} M chars/s");
}

int Run()
{
    var n = 0;
    foreach (var original in inputs)
    {
        // A fresh text instance each pass, so per-text caches (the shared number scan) are paid for every time.
        var doc = original.Document;
        var input = original with { Document = doc with { Clean = doc.Clean with { Text = new string(doc.Clean.Text.AsSpan()) } } };
        var earlier = new List<Extractor.Domain.Mention>();
        for (var k = 0; k < extractors.Length; k++)
        {
            var t0 = Stopwatch.GetTimestamp();
            earlier.AddRange(extractors[k].Extract(input with { Earlier = earlier.ToList() }));
            PerExtractor[k] += Stopwatch.GetElapsedTime(t0);
        }
        n += earlier.Count;
    }

    return n;
}

static partial class Program
{
    public static readonly TimeSpan[] PerExtractor = new TimeSpan[3];
}
