using System.Diagnostics;
using System.Globalization;
using Extractor.Indexing.Query;
using Extractor.Storage;

namespace Extractor.Indexing;

/// <summary>What a benchmark run measured.</summary>
/// <param name="IndexSeconds">Indexing in batches of <see cref="IndexBenchmark.IngestBatch"/> documents per transaction, as an ingest does.</param>
/// <param name="RebuildSeconds">Rebuilding the index from all documents at once, as `extractor reindex` does.</param>
/// <param name="SearchP50Ms">Median latency of one search (match, facets over all matches, top 20 with snippets).</param>
/// <param name="PerQuery">Each query's text (with its filters) and its median and 95th-percentile latency.</param>
public sealed record IndexBenchmarkReport(
    int Events, int Documents, double IndexSeconds, double EventsPerSecond, int Searches,
    double SearchP50Ms, double SearchP95Ms, double SearchP99Ms, double SearchMaxMs,
    double RebuildSeconds = 0, double RebuildEventsPerSecond = 0, IReadOnlyList<(string Query, double P50Ms, double P95Ms)>? PerQuery = null)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"indexed {Events:N0} events in {Documents:N0} documents in {IndexSeconds:F1} s ({EventsPerSecond:N0} events/s); " +
        $"rebuilt in {RebuildSeconds:F1} s ({RebuildEventsPerSecond:N0} events/s); " +
        $"{Searches} searches: p50 {SearchP50Ms:F2} ms, p95 {SearchP95Ms:F2} ms, p99 {SearchP99Ms:F2} ms, max {SearchMaxMs:F2} ms");
}

/// <summary>
/// Speed benchmark: generates synthetic Spanish events (deterministic from a seed), indexes them in small batches as
/// an ingest would, times a mix of queries with filters, then times a rebuild from the same documents.
/// bench/Extractor.Bench's `search` suite calls <see cref="Run"/>.
/// </summary>
public static class IndexBenchmark
{
    private static readonly string[] Activities =
        ["Reunión", "Foro", "Taller", "Congreso", "Visita", "Firma de convenio", "Seminario", "Misión técnica", "Curso", "Ceremonia", "Lanzamiento", "Sesión"];
    private static readonly string[] Topics =
        ["movilidad urbana", "cooperación descentralizada", "cambio climático", "seguridad ciudadana", "igualdad de género", "vivienda social",
         "resiliencia", "agua y saneamiento", "gobierno abierto", "innovación digital", "residuos sólidos", "espacio público", "turismo",
         "cultura", "salud pública", "educación", "empleo juvenil", "migración", "alimentación", "energías renovables"];
    private static readonly string[] Cities =
        ["Ciudad de México", "Bogotá", "Madrid", "Barcelona", "Buenos Aires", "Lima", "Quito", "Montevideo", "Santiago", "São Paulo", "Lisboa", "París", "Seúl", "Nueva York"];
    private static readonly string[] Partners =
        ["CGLU", "UCCI", "C40", "Metrópolis", "BID", "ONU-Habitat", "Unión Europea", "GIZ", "JICA", "KOICA", "CAF", "Banco Mundial",
         "PNUD", "UNESCO", "OCDE", "Fundación Ford", "AECID", "FLACMA", "ICLEI", "Mercociudades"];
    private static readonly string[] Types = ["meeting", "forum", "workshop", "congress", "visit", "signing", "seminar", "mission", "course", "ceremony"];
    private static readonly string[] Filler =
        ["con la participación de", "representantes de", "se acordó", "fortalecer", "las alianzas", "entre ciudades", "para", "el intercambio de",
         "buenas prácticas", "en materia de", "los gobiernos locales", "y", "la agenda 2030", "durante", "la jornada", "se presentaron", "proyectos"];

    /// <summary>Synthetic stored documents holding <paramref name="events"/> events in all, <paramref name="eventsPerDocument"/> each.</summary>
    public static IEnumerable<StoredDocument> Generate(int events, int eventsPerDocument = 100, int seed = 42)
    {
        var random = new Random(seed);
        var docCount = (events + eventsPerDocument - 1) / eventsPerDocument;
        for (var d = 0; d < docCount; d++)
        {
            var docId = d.ToString("x16", CultureInfo.InvariantCulture);
            var n = Math.Min(eventsPerDocument, events - d * eventsPerDocument);
            var sections = new List<SectionRecord>();
            var list = new List<EventRecord>();
            for (var i = 0; i < n; i++)
            {
                var title = $"{Pick(random, Activities)} sobre {Pick(random, Topics)}";
                var city = Pick(random, Cities);
                var partners = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Pick(random, Partners)).Distinct().ToList();
                var day = new DateOnly(2018, 1, 1).AddDays(random.Next(0, 365 * 7));
                var last = day.AddDays(random.Next(0, 3));
                var body = $"{title} en {city} {string.Join(' ', Enumerable.Range(0, 20).Select(_ => Pick(random, Filler)))} {string.Join(", ", partners)}.";
                var sectionId = $"{docId}#{i + 1}";
                sections.Add(new SectionRecord(sectionId, docId, title, 1, null, 1 + i / 5, 1 + i / 5, "activity", 0.9, 1 + i / 5, i * 3 + 1, i * 400, i * 400 + body.Length, body));
                list.Add(new EventRecord($"{docId}:event:{i * 400}-{i * 400 + body.Length}", docId, sectionId, title, Pick(random, Types),
                    last == day ? Iso(day) : $"{Iso(day)}/{Iso(last)}", Iso(day), Iso(last), city, random.Next(0, 3) == 0 ? random.Next(10, 2000) : null,
                    partners, 1 + i / 5, i * 3 + 1, i * 400, i * 400 + body.Length, 0.8, body));
            }
            var doc = new DocumentRecord(docId, docId + new string('0', 48), $"bench/doc_{d}.txt", $"doc_{d}.txt", $"Informe sintético {d}",
                null, 1 + n / 5, "municipal_report", 0.9, [], []);
            yield return new StoredDocument(StoredDocument.CurrentSchemaVersion, doc, sections, [], list);
        }
    }

    /// <summary>The queries timed: single words, prefixes, phrases, booleans, with and without filters.</summary>
    public static IReadOnlyList<(string? Text, string? Partner, string? From, string? To, string? Type, string? City)> Queries { get; } =
    [
        ("reuniones", null, null, null, null, null),
        ("cooperacion descentralizada", null, null, null, null, null),
        ("\"cambio climático\"", null, null, null, null, null),
        ("resilien*", null, null, null, null, null),
        ("foro OR congreso", "CGLU", null, null, null, null),
        ("taller NOT turismo", null, "2021", "2021", null, null),
        ("movilidad", "BID", "2020-01", "2022-06", null, "Bogotá"),
        ("vivienda social", null, null, null, "workshop", null),
        (null, "UCCI", "2023-03", "2023-03", null, null),
        ("(seguridad OR salud) AND Madrid", null, null, null, null, null),
    ];

    /// <summary>Documents per index transaction while indexing, as StoreAndIndexOutput batches them.</summary>
    public const int IngestBatch = 16;

    /// <summary>A query's readable form for reports: its text and filters.</summary>
    public static string Describe((string? Text, string? Partner, string? From, string? To, string? Type, string? City) q) =>
        string.Join(' ', new[]
        {
            q.Text, q.Partner is null ? null : "partner=" + q.Partner, q.From is null ? null : "from=" + q.From,
            q.To is null ? null : "to=" + q.To, q.Type is null ? null : "type=" + q.Type, q.City is null ? null : "city=" + q.City,
        }.Where(p => p is not null));

    /// <summary>
    /// Indexes <paramref name="events"/> synthetic events into a fresh database at <paramref name="path"/>, times
    /// <paramref name="searches"/> searches (the queries in turn, after one warm-up round), then times a rebuild.
    /// </summary>
    public static IndexBenchmarkReport Run(string path, int events = 100_000, int searches = 500)
    {
        foreach (var f in new[] { path, path + "-wal", path + "-shm" }) if (File.Exists(f)) File.Delete(f);
        var index = new SqliteSearchIndex(new IndexOptions(path));
        var docs = Generate(events).ToList(); // generated up front so only indexing is timed
        var watch = Stopwatch.StartNew();
        // As an ingest writes: a transaction per batch of documents (StoreAndIndexOutput's default batch).
        foreach (var batch in docs.Chunk(IngestBatch)) index.Update(batch);
        watch.Stop();
        var indexSeconds = watch.Elapsed.TotalSeconds;

        var parsed = Queries.Select(q => new IndexQuery(q.Text is null ? null : QueryParser.Parse(q.Text).Value, q.Partner,
            q.From is null ? null : Domain.DatePoint.ParseIso(q.From), q.To is null ? null : Domain.DatePoint.ParseIso(q.To), q.Type, null, q.City)).ToList();
        foreach (var q in parsed) index.Search(q); // warm-up
        var times = new double[searches];
        var perQuery = parsed.Select(_ => new List<double>()).ToList();
        for (var i = 0; i < searches; i++)
        {
            var start = Stopwatch.GetTimestamp();
            index.Search(parsed[i % parsed.Count]);
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            perQuery[i % parsed.Count].Add(times[i]);
        }
        Array.Sort(times);

        watch.Restart();
        index.Rebuild(docs);
        var rebuildSeconds = watch.Elapsed.TotalSeconds;
        return new IndexBenchmarkReport(events, docs.Count, indexSeconds, events / indexSeconds, searches,
            Percentile(times, 0.50), Percentile(times, 0.95), Percentile(times, 0.99), times[^1],
            rebuildSeconds, events / rebuildSeconds,
            Queries.Select((q, i) =>
            {
                var sorted = perQuery[i].Order().ToArray();
                return (Describe(q), sorted.Length == 0 ? 0 : Percentile(sorted, 0.5), sorted.Length == 0 ? 0 : Percentile(sorted, 0.95));
            }).ToList());
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
