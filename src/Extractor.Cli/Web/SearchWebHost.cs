using System.Reflection;
using System.Text.Json;
using Extractor.Cli.Commands;
using Extractor.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Extractor.Cli.Web;

/// <summary>
/// The analyst web page and its JSON API, in-process: GET / (page), /app.js, /app.css (embedded assets, no CDN),
/// /api/search (?in=sections or documents for those hits), /api/facets, /api/events/{id}, /api/sections/{id}, /api/partners. Every response carries a
/// Content-Security-Policy that allows only the page's own assets.
/// </summary>
public static class SearchWebHost
{
    private const string Csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private static readonly (string Path, string Resource, string ContentType)[] Assets =
    [
        ("/", "index.html", "text/html; charset=utf-8"),
        ("/app.js", "app.js", "text/javascript; charset=utf-8"),
        ("/app.css", "app.css", "text/css; charset=utf-8"),
    ];

    /// <summary>A configured, not yet started application listening on <paramref name="urls"/> (";"-separated; port 0 picks a free port).</summary>
    public static WebApplication Build(SearchService service, string urls)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = CliJson.Options.PropertyNamingPolicy;
            o.SerializerOptions.Encoder = CliJson.Options.Encoder;
            o.SerializerOptions.TypeInfoResolverChain.Insert(0, new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver());
        });
        var app = builder.Build();

        app.Use(async (context, next) =>
        {
            var h = context.Response.Headers;
            h.ContentSecurityPolicy = Csp;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "no-referrer";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            await next(context);
        });

        foreach (var (path, resource, contentType) in Assets)
        {
            var bytes = ReadAsset(resource);
            app.MapGet(path, () => Results.Bytes(bytes, contentType));
        }

        app.MapGet("/favicon.ico", () => Results.NoContent());
        var api = app.MapGroup("/api");
        api.MapGet("/search", (HttpRequest r) =>
        {
            var request = ToRequest(r);
            if (!SearchService.TryScope(request.In, out var scope, out var error)) return Results.BadRequest(new { error = error!.ToString() });
            if (scope == Indexing.SearchScope.Events) return Answer(service.Search(request), response => response);
            var texts = service.SearchTexts(request);
            return texts.IsSuccess ? Results.Ok(texts.Value!) : Results.BadRequest(new { error = texts.Error!.ToString() });
        });
        api.MapGet("/facets", (HttpRequest r) => Answer(service.Search(ToRequest(r) with { Limit = 0, Offset = 0 }),
            response => new { response.Total, response.Facets }));
        api.MapGet("/events/{id}", (string id) => service.Event(id) is { } e ? Results.Ok(e) : NotFound("event", id));
        api.MapGet("/sections/{id}", (string id) => service.Section(id) is { } s ? Results.Ok(s) : NotFound("section", id));
        api.MapGet("/partners", () => Results.Ok(service.Partners()));
        return app;
    }

    private static IResult NotFound(string what, string id) => Results.NotFound(new { error = $"no {what} with id \"{id}\"" });

    private static IResult Answer<T>(Domain.Result<SearchResponse> result, Func<SearchResponse, T> shape) =>
        result.IsSuccess ? Results.Ok(shape(result.Value!)) : Results.BadRequest(new { error = result.Error!.ToString() });

    private static SearchRequest ToRequest(HttpRequest r)
    {
        string? Q(string name) => r.Query.TryGetValue(name, out var v) ? v.ToString() : null;
        int Int(string name, int fallback) => int.TryParse(Q(name), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : fallback;
        return new SearchRequest(Q("q"), Q("partner"), Q("from"), Q("to"), Q("type"), Q("document"), Q("city"), Int("limit", 20), Int("offset", 0), Q("in"));
    }

    private static byte[] ReadAsset(string name)
    {
        var assembly = Assembly.GetExecutingAssembly();
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith("wwwroot." + name, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
