using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Extractor.Indexing;
using Extractor.Search;

namespace Extractor.Cli.Commands;

/// <summary>`extractor search QUERY [--in events|sections|documents] [--partner P] [--from D] [--to D] [--type T] [--document D] [--city C] [--limit N] [--json]`.</summary>
public static class SearchCommand
{
    /// <summary>Exit code for a query or option the index cannot run (the message says what to fix).</summary>
    public const int UsageError = 2;

    /// <param name="index">Gives the index options when the command runs (after pipeline.json is read).</param>
    /// <param name="output">Where results go. Default: standard output.</param>
    /// <param name="error">Where the one-line error goes. Default: standard error.</param>
    public static Command Create(Func<IndexOptions> index, TextWriter? output = null, TextWriter? error = null) =>
        Create(() => new SqliteSearchIndex(index()), output, error);

    /// <param name="index">Gives the index (of whichever backend) when the command runs.</param>
    public static Command Create(Func<ISearchIndex> index, TextWriter? output = null, TextWriter? error = null)
    {
        var query = new Argument<string>("query") { Description = "Words, word*, \"phrases\", AND, OR, NOT, parentheses" };
        var partner = new Option<string>("--partner") { Description = "Partner canonical name or alias" };
        var from = new Option<string>("--from") { Description = "YYYY, YYYY-MM or YYYY-MM-DD" };
        var to = new Option<string>("--to") { Description = "YYYY, YYYY-MM or YYYY-MM-DD" };
        var type = new Option<string>("--type") { Description = "Event type" };
        var document = new Option<string>("--document") { Description = "Document id or file name" };
        var city = new Option<string>("--city") { Description = "Event location" };
        var limit = new Option<int>("--limit") { Description = "Hits to show (default 20)", DefaultValueFactory = _ => 20 };
        var json = new Option<bool>("--json") { Description = "Print the response as JSON" };
        var scope = new Option<string>("--in") { Description = "What to find: events (default), sections or documents" };
        var command = new Command("search", "Search the indexed events, sections or documents") { query, scope, partner, from, to, type, document, city, limit, json };
        command.SetAction(parse =>
        {
            var request = new SearchRequest(parse.GetValue(query), parse.GetValue(partner), parse.GetValue(from), parse.GetValue(to),
                parse.GetValue(type), parse.GetValue(document), parse.GetValue(city), parse.GetValue(limit), In: parse.GetValue(scope));
            return Run(new SearchService(index()), request, parse.GetValue(json), output ?? Console.Out, error ?? Console.Error);
        });
        return command;
    }

    /// <summary>Runs one search and prints it; returns the exit code.</summary>
    public static int Run(SearchService service, SearchRequest request, bool asJson, TextWriter output, TextWriter error)
    {
        if (!SearchService.TryScope(request.In, out var scope, out var scopeError))
        {
            error.WriteLine($"search: {scopeError}");
            return UsageError;
        }
        if (scope != SearchScope.Events) return RunTexts(service, request, asJson, output, error);
        var result = service.Search(request);
        if (!result.IsSuccess)
        {
            error.WriteLine($"search: {result.Error}");
            return UsageError;
        }
        var response = result.Value!;
        if (asJson)
        {
            output.WriteLine(JsonSerializer.Serialize(response, CliJson.Options));
            return 0;
        }
        output.Write(Format(response));
        return 0;
    }

    private static int RunTexts(SearchService service, SearchRequest request, bool asJson, TextWriter output, TextWriter error)
    {
        var result = service.SearchTexts(request);
        if (!result.IsSuccess)
        {
            error.WriteLine($"search: {result.Error}");
            return UsageError;
        }
        output.Write(asJson ? JsonSerializer.Serialize(result.Value!, CliJson.Options) + Environment.NewLine : Format(result.Value!));
        return 0;
    }

    /// <summary>A readable table of section or document hits, each followed by its snippet.</summary>
    public static string Format(TextSearchResponse response)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"{response.Total} {response.In} found; showing {response.Hits.Count} from {response.Offset + 1}.");
        foreach (var h in response.Hits)
        {
            var pages = h.FirstPage == h.LastPage ? h.FirstPage.ToString(inv) : $"{h.FirstPage}-{h.LastPage}";
            sb.AppendLine(inv, $"{Clip(h.Title, 60)}  [{h.Type ?? "—"}]  {Clip(h.FileName, 28)} p. {pages}  ({h.Score:F2})");
            sb.AppendLine(inv, $"    {h.Snippet.Text.ReplaceLineEndings(" ")}");
        }
        return sb.ToString();
    }

    /// <summary>A readable table of the hits followed by the facet counts.</summary>
    public static string Format(SearchResponse response)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"{response.Total} event(s) found; showing {response.Hits.Count} from {response.Offset + 1}.");
        if (response.Hits.Count > 0)
        {
            var rows = response.Hits.Select(h => new[]
            {
                Clip(h.Title, 50), h.Date ?? "—", Clip(string.Join(", ", h.Partners), 30), Clip(h.Source.FileName, 28),
                h.Source.Page.ToString(inv),
            }).ToList();
            string[] header = ["Title", "Date", "Partners", "Document", "Page"];
            var widths = header.Select((hd, i) => Math.Max(hd.Length, rows.Max(r => r[i].Length))).ToArray();
            void Row(string[] cells) => sb.AppendLine(string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
            Row(header);
            Row(widths.Select(w => new string('-', w)).ToArray());
            foreach (var r in rows) Row(r);
        }
        void Facet(string name, IReadOnlyList<FacetValue> values)
        {
            if (values.Count == 0) return;
            sb.AppendLine(inv, $"{name}: {string.Join(", ", values.Take(10).Select(v => $"{v.Label} ({v.Count})"))}");
        }
        sb.AppendLine();
        Facet("Partners", response.Facets.Partner);
        Facet("Years", response.Facets.Year);
        Facet("Types", response.Facets.Type);
        Facet("Cities", response.Facets.City);
        Facet("Documents", response.Facets.Document);
        return sb.ToString();
    }

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
