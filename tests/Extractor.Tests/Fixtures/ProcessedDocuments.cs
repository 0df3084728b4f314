using System.Security.Cryptography;
using System.Text;
using Extractor.Domain;

namespace Extractor.Tests.Fixtures;

/// <summary>
/// Builds small processed documents by hand: sections of text on pages, and mentions found by their text in the
/// section just added. Clean text is the lines joined by "\n"; each line is one offset-map run.
/// </summary>
public sealed class ProcessedDocumentBuilder(string sourcePath, string title, string? period = null)
{
    private readonly StringBuilder _text = new();
    private readonly List<SourceLine> _lines = [];
    private readonly List<(int, SourcePosition)> _runs = [];
    private readonly List<Section> _sections = [];
    private readonly List<Mention> _mentions = [];
    private int _page = 1;
    private TextSpan _last;

    public ProcessedDocumentBuilder NewPage()
    {
        _page++;
        return this;
    }

    /// <summary>Adds a level-1 section: a heading line and body lines.</summary>
    public ProcessedDocumentBuilder Section(string heading, string body, string? type = null)
    {
        var start = _text.Length;
        AddLine(heading, LineRole.Heading);
        var headingEnd = _text.Length - 1;
        foreach (var line in body.Split('\n')) AddLine(line, LineRole.Text);
        _last = new TextSpan(start, _text.Length);
        _sections.Add(new Section($"{Id}#{_sections.Count + 1}", heading, 1, null, _page, _page,
            new TextSpan(start, headingEnd), _last, type is null ? null : new Label(type, 0.9)));
        return this;
    }

    private void AddLine(string line, LineRole role)
    {
        _runs.Add((_text.Length, new SourcePosition(_page, _lines.Count + 1, 1)));
        _lines.Add(new SourceLine(line, _page, _lines.Count + 1, role, role == LineRole.Heading ? 1 : 0));
        _text.Append(line).Append('\n');
    }

    /// <summary>The span of the first occurrence of <paramref name="text"/> in the last section.</summary>
    private TextSpan Find(string text)
    {
        var at = _text.ToString().IndexOf(text, _last.Start, StringComparison.Ordinal);
        if (at < 0 || at + text.Length > _last.End) throw new ArgumentException($"\"{text}\" is not in the last section.");
        return TextSpan.FromLength(at, text.Length);
    }

    /// <summary>An event covering the whole last section.</summary>
    public ProcessedDocumentBuilder Event(string title, string type, string? date, string? location = null, long? participants = null, params string[] partners)
    {
        var text = _text.ToString(_last.Start, _last.Length - 1).Replace('\n', ' ');
        _mentions.Add(new EventMention(new TextSpan(_last.Start, _last.End - 1), text, 0.8, title, type,
            date is null ? null : DateValue.ParseIso(date) ?? throw new ArgumentException(date), location, participants, partners));
        return this;
    }

    public ProcessedDocumentBuilder Partner(string text, string canonical, string? type = null, string? country = null)
    {
        _mentions.Add(new PartnerMention(Find(text), text, 0.9, canonical, type, country));
        return this;
    }

    public ProcessedDocumentBuilder Date(string text, string iso)
    {
        _mentions.Add(new DateMention(Find(text), text, 0.95, DateValue.ParseIso(iso)!));
        return this;
    }

    public ProcessedDocumentBuilder Amount(string text, decimal value, string? currency)
    {
        _mentions.Add(new AmountMention(Find(text), text, 0.9, value, currency));
        return this;
    }

    public ProcessedDocumentBuilder Participants(string text, long value, CountQualifier? qualifier, string unit)
    {
        _mentions.Add(new ParticipantsMention(Find(text), text, 0.9, value, qualifier, unit));
        return this;
    }

    private string Hash => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sourcePath + "\n" + title + "\n" + _text)));

    // Sections need the id before the text is complete; the id is fixed from the path and title.
    private string Id => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sourcePath + "\n" + title)))[..16];

    public ProcessedDocument Build()
    {
        var hash = Id + Hash[16..];
        var pages = _lines.GroupBy(l => l.Page).Select(g => new SourcePage(g.Key, g.ToList())).ToList();
        var source = new SourceDocument(sourcePath, hash, DocumentFormat.Text, pages);
        var clean = new CleanDocument(source, _text.ToString(), [], new OffsetMap(_runs));
        var info = new DocumentInfo(source.Id, hash, sourcePath, title, period is null ? null : DateValue.ParseIso(period), pages.Count,
            new Label(DocumentKinds.MunicipalReport, 0.8));
        return new ProcessedDocument(new SectionedDocument(info, clean, _sections), _mentions, []);
    }
}

/// <summary>The hand-made documents the storage, index and web tests share.</summary>
public static class ProcessedDocuments
{
    /// <summary>A Mexico City half-year report with three events.</summary>
    public static ProcessedDocument MexicoCity() =>
        new ProcessedDocumentBuilder("corpus/001_cdmx.txt", "Informe de asuntos internacionales CDMX", "2021-07/2021-12")
            .Section("Reunión con CGLU sobre cooperación descentralizada",
                "El 24 de julio se celebró una reunión con Ciudades y Gobiernos Locales Unidos en la Ciudad de México.\nAsistieron 105 asistentes presenciales.", "activity")
            .Event("Reunión con CGLU sobre cooperación descentralizada", "meeting", "2021-07-24", "Ciudad de México", 105, "CGLU")
            .Partner("Ciudades y Gobiernos Locales Unidos", "CGLU", "network", null)
            .Date("24 de julio", "2021-07-24")
            .Participants("105 asistentes presenciales", 105, null, "asistentes")
            .NewPage()
            .Section("Foro de movilidad urbana sostenible",
                "Del 24 al 30 de noviembre se realizó el foro en Bogotá con la UCCI y el BID.\nSe invirtieron 2 mil 300 millones de pesos.", "activity")
            .Event("Foro de movilidad urbana sostenible", "forum", "2021-11-24/2021-11-30", "Bogotá", null, "UCCI", "BID")
            .Partner("UCCI", "UCCI", "network")
            .Partner("BID", "BID", "multilateral")
            .Date("Del 24 al 30 de noviembre", "2021-11-24/2021-11-30")
            .Amount("2 mil 300 millones de pesos", 2300000000m, "MXN")
            .Section("Taller de resiliencia",
                "En octubre de 2021 se impartió un taller de resiliencia urbana con la Unión Europea en Madrid.", "activity")
            .Event("Taller de resiliencia", "workshop", "2021-10", "Madrid", null, "Unión Europea")
            .Partner("Unión Europea", "Unión Europea", "multilateral")
            .Build();

    /// <summary>A Bogotá report whose events meet other partners, and one that also mentions CGLU.</summary>
    public static ProcessedDocument Bogota() =>
        new ProcessedDocumentBuilder("corpus/004_bogota.txt", "Informe de recursos de cooperación Bogotá", "2024")
            .Section("Misión técnica a Seúl",
                "En marzo de 2024 la misión visitó Seúl con apoyo de KOICA para conocer el sistema de transporte.", "activity")
            .Event("Misión técnica a Seúl", "mission", "2024-03", "Seúl", null, "KOICA")
            .Partner("KOICA", "KOICA", "agency", "KR")
            .Section("Congreso mundial de CGLU",
                "En mayo de 2024 Bogotá participó en el congreso de la organización mundial Ciudades y Gobiernos Locales Unidos.\nMás de 900 participantes.", "activity")
            .Event("Congreso mundial de CGLU", "congress", "2024-05", "Bogotá", 900, "CGLU")
            .Partner("Ciudades y Gobiernos Locales Unidos", "CGLU", "network")
            .Participants("Más de 900 participantes", 900, CountQualifier.MoreThan, "participantes")
            .Build();
}
