#:project ../src/Extractor/Extractor.csproj
#:property PublishAot=false
// Measures the throughput of all five extractors (dates, amounts, participants, partners, events) in pipeline order over the
// seeds' cleaned text, on one thread. Run from the repository root: dotnet run -c Release tools/bench-all-extractors.cs [seconds]
using System.Diagnostics;
using Extractor.Extraction;
using Extractor.Pipeline;

var seconds = args.Length > 0 ? double.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 6;
var pipeline = new DocumentPipelineBuilder().Build();
var extractors = ExtractorCatalog.Default(new ExtractionOptions(), Directory.GetCurrentDirectory());
var inputs = new List<ExtractionInput>();
foreach (var file in Directory.GetFiles("seeds", "*.txt").Order())
{
    var loaded = await new Extractor.Loading.Text.TextLoader().LoadAsync(file, CancellationToken.None);
    var doc = pipeline.Prepare(loaded.Value!);
    inputs.Add(new ExtractionInput(doc, pipeline.Profile(doc), []));
}

long chars = inputs.Sum(i => (long)i.Text.Length);
var per = new TimeSpan[extractors.Count];
Console.WriteLine($"{inputs.Count} documents, {chars / 1024.0:0} K chars of clean text");
for (var warm = 0; warm < 3; warm++) Run();
Array.Clear(per);
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
Console.WriteLine($"all five, per CPU second: {processed / cpu.TotalSeconds / 1e6:0.00} M chars/s; per wall second: {processed / watch.Elapsed.TotalSeconds / 1e6:0.00} M chars/s ({mentions} mentions per pass)");
for (var k = 0; k < extractors.Count; k++)
    Console.WriteLine($"  {extractors[k].GetType().Name}: {per[k].TotalMilliseconds:0} ms, {processed / per[k].TotalSeconds / 1e6:0.0} M chars/s alone");

int Run()
{
    var n = 0;
    foreach (var original in inputs)
    {
        // A fresh text instance each pass, so per-text caches are paid for every time.
        var doc = original.Document;
        var input = original with { Document = doc with { Clean = doc.Clean with { Text = new string(doc.Clean.Text.AsSpan()) } } };
        var earlier = new List<Extractor.Domain.Mention>();
        for (var k = 0; k < extractors.Count; k++)
        {
            var t0 = Stopwatch.GetTimestamp();
            earlier.AddRange(extractors[k].Extract(input with { Earlier = earlier.ToList() }));
            per[k] += Stopwatch.GetElapsedTime(t0);
        }

        n += earlier.Count;
    }

    return n;
}
