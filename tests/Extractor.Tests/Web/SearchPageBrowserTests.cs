using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Extractor.Cli.Web;
using Extractor.Indexing;
using Extractor.Search;
using Extractor.Tests.Fixtures;
using Extractor.Tests.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace Extractor.Tests.Web;

/// <summary>The served page in headless Chromium (Debian's chromium package at /usr/bin/chromium) and the JSON API.</summary>
[NonParallelizable]
public sealed class SearchPageBrowserTests
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private TempDirectory _dir = null!;
    private WebApplication _app = null!;
    private string _url = null!;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        _dir = new TempDirectory();
        var index = new SqliteSearchIndex(new IndexOptions(_dir.File("index.db")));
        ISearchIndex writer = index;
        writer.Update(ProcessedDocuments.MexicoCity());
        writer.Update(ProcessedDocuments.Bogota());
        _app = SearchWebHost.Build(new SearchService(index), "http://127.0.0.1:0");
        await _app.StartAsync();
        _url = _app.Urls.Single();
    }

    [OneTimeTearDown]
    public async Task StopServer()
    {
        await _app.DisposeAsync();
        _dir.Dispose();
    }

    [Test]
    public async Task TheApi_AnswersSearchesWithSecurityHeadersAndReportsSyntaxErrors()
    {
        using var http = new HttpClient { BaseAddress = new Uri(_url) };
        var ok = await http.GetAsync("/api/search?q=reuniones&partner=cglu");
        Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(ok.Headers.GetValues("Content-Security-Policy").Single(), Does.StartWith("default-src 'self'"));
        var body = await ok.Content.ReadFromJsonAsync<JsonElement>();
        Assert.That(body.GetProperty("total").GetInt32(), Is.EqualTo(1));
        var sectionId = body.GetProperty("hits")[0].GetProperty("source").GetProperty("sectionId").GetString()!;
        var section = await http.GetFromJsonAsync<JsonElement>("/api/sections/" + Uri.EscapeDataString(sectionId));
        Assert.That(section.GetProperty("text").GetString(), Does.Contain("105 asistentes"));

        var bad = await http.GetAsync("/api/search?q=%22foro");
        Assert.That(bad.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString(), Is.EqualTo("query: unbalanced quote at position 1"));
        Assert.That((await http.GetAsync("/api/events/nope")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        var partners = await http.GetFromJsonAsync<JsonElement>("/api/partners");
        Assert.That(partners.EnumerateArray().Select(p => p.GetProperty("canonical").GetString()), Has.Member("KOICA"));
    }

    [Test]
    public async Task AnAnalyst_SearchesFiltersByPartnerAndSeesTheEventWithItsSnippet()
    {
        if (!File.Exists(ChromiumPath)) Assert.Ignore($"{ChromiumPath} is missing: apt-get install -y chromium");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") consoleErrors.Add(m.Text); };

        await page.GotoAsync(_url);
        await page.Locator("#results li").First.WaitForAsync();
        Assert.That(await page.Locator("#results li").CountAsync(), Is.EqualTo(5));

        await page.FillAsync("#q", "reuniones OR foros");
        await page.PressAsync("#q", "Enter");
        await Expect(page.Locator("#summary")).ToHaveTextAsync("2 eventos");

        await page.SelectOptionAsync("#partner", "CGLU");
        await Expect(page.Locator("#summary")).ToHaveTextAsync("1 evento");

        var hit = page.Locator("#results li").First;
        await Expect(hit.Locator(".hit-title")).ToHaveTextAsync("Reunión con CGLU sobre cooperación descentralizada");
        await Expect(hit.Locator(".snippet mark").First).ToHaveTextAsync("Reunión");
        await Expect(hit.Locator(".source")).ToHaveTextAsync("001_cdmx.txt, p. 1");

        await hit.Locator(".source").ClickAsync();
        await Expect(page.Locator("#section-text")).ToContainTextAsync("105 asistentes presenciales");
        Assert.That(await page.Locator("#timeline rect").CountAsync(), Is.GreaterThan(0));
        Assert.That(await page.Locator("#partners-chart rect").CountAsync(), Is.GreaterThan(0));
        Assert.That(consoleErrors, Is.Empty, "the page logged errors (a CSP violation would show here)");
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
