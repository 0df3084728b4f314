using System.Text.Json;
using System.Text.Json.Serialization;

namespace Extractor.Storage;

/// <summary>One page of a stored document and how its text was obtained ("text_layer", "ocr", "not_read").</summary>
public sealed record PageRecord(int Number, string Origin, double? OcrConfidence);

/// <summary>A stored document's metadata. Its id is <see cref="Domain.DocumentInfo.Id"/>.</summary>
/// <param name="Period">ISO 8601 period the document covers ("2021-07/2021-12"), or null.</param>
/// <param name="Kind">The document classifier's label, or null.</param>
public sealed record DocumentRecord(
    string Id,
    string ContentHash,
    string SourcePath,
    string FileName,
    string Title,
    string? Period,
    int PageCount,
    string? Kind,
    double? KindProbability,
    IReadOnlyList<PageRecord> Pages,
    IReadOnlyList<string> Warnings);

/// <summary>
/// A stored section with its provenance. Start and End are offsets into the document's clean text (half-open);
/// Page and Line are where the section starts in the source.
/// </summary>
public sealed record SectionRecord(
    string Id,
    string DocumentId,
    string Title,
    int Level,
    string? ParentId,
    int FirstPage,
    int LastPage,
    string? Type,
    double? TypeProbability,
    int Page,
    int Line,
    int Start,
    int End,
    string Text);

/// <summary>
/// A stored mention: kind, exact text, provenance, and the value fields ANNOTATION.md gives its kind
/// (date: value ISO; amount: value, currency; participants: value, qualifier, unit; partner: canonical;
/// event: title, date, location, participants, partners). Fields that do not apply are left out of the JSON.
/// </summary>
/// <param name="Value">Date: the ISO string; amount and participants: the number; else absent.</param>
/// <param name="Id">"docid:kind:start-end", stable while the extractor finds the same span.</param>
public sealed record MentionRecord(
    string Id,
    string DocumentId,
    string? SectionId,
    string Kind,
    string Text,
    int Page,
    int Line,
    int Column,
    int Start,
    int End,
    double Confidence,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] JsonElement? Value = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Currency = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Qualifier = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Unit = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Canonical = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? OrganisationType = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Country = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? EventId = null);

/// <summary>
/// A dated activity, from an event mention. Date is ISO (day, month or range) with its first and last day, or all
/// three null when undated. Partners are canonical names.
/// </summary>
public sealed record EventRecord(
    string Id,
    string DocumentId,
    string? SectionId,
    string Title,
    string Type,
    string? Date,
    string? FirstDay,
    string? LastDay,
    string? Location,
    long? Participants,
    IReadOnlyList<string> Partners,
    int Page,
    int Line,
    int Start,
    int End,
    double Confidence,
    string Text);

/// <summary>Everything stored for one document: the content of documents/&lt;id&gt;.json.</summary>
/// <summary>
/// The part of a stored document that partners.json is built from: read without materialising its sections (the bulk
/// of the file), for the partner counts a commit has to redo from unchanged documents.
/// </summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
internal sealed record StoredPartnerView(DocumentRecord Document, IReadOnlyList<MentionRecord> Mentions, IReadOnlyList<EventRecord> Events);

/// <summary>What opening the store needs of a stored document: which source and which content it is, read without the rest.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
internal sealed record StoredIdentityView(StoredIdentity? Document);

/// <summary>A stored document's id, content hash and source path.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Skip)]
internal sealed record StoredIdentity(string? Id, string? ContentHash, string? SourcePath);

public sealed record StoredDocument(
    int SchemaVersion,
    DocumentRecord Document,
    IReadOnlyList<SectionRecord> Sections,
    IReadOnlyList<MentionRecord> Mentions,
    IReadOnlyList<EventRecord> Events)
{
    public const int CurrentSchemaVersion = 1;
}

/// <summary>One organisation across all stored documents, under its canonical name.</summary>
public sealed record PartnerRecord(
    string Canonical,
    IReadOnlyList<string> Aliases,
    string? Type,
    string? Country,
    int MentionCount,
    IReadOnlyList<string> EventIds,
    IReadOnlyList<string> DocumentIds);

/// <summary>
/// What partners.json does not say of a partner but an update needs: how many documents write each name (the canonical
/// included), and the ids of the documents that gave the type and the country. An item of partners.tally.json.
/// </summary>
internal sealed record PartnerTallyRecord(string Canonical, IReadOnlyDictionary<string, int> Names, string? TypeFrom, string? CountryFrom);

/// <summary>
/// One commit's line of partners.delta.jsonl: the documents it changed, what their versions counted until then gave each
/// partner (names and mentions, to be taken out), and what their versions now stored give (to be put in).
/// </summary>
/// <param name="Changed">Documents saved, replaced or removed by the commit, in id order.</param>
/// <param name="Removed">Per partner, in canonical order, what the changed documents' counted versions gave it.</param>
/// <param name="Added">What each changed document still stored gives each partner it names, in document and then first-named order.</param>
internal sealed record PartnerJournalEntry(IReadOnlyList<string> Changed, IReadOnlyList<PartnerCountRecord> Removed, IReadOnlyList<PartnerContributionRecord> Added);

/// <summary>Names (with how many documents write each) and mentions given to one partner by some documents.</summary>
internal sealed record PartnerCountRecord(string Canonical, IReadOnlyDictionary<string, int> Names, int Mentions);

/// <summary>What one document gives one partner: the names it writes, its first type and country, its mentions and events.</summary>
internal sealed record PartnerContributionRecord(string Canonical, string Document, IReadOnlyList<string> Names, string? Type, string? Country, int Mentions,
    IReadOnlyList<string> Events);

/// <summary>The content of partners.json.</summary>
public sealed record PartnersFile(int SchemaVersion, IReadOnlyList<PartnerRecord> Partners);

/// <summary>What the store holds for one source path.</summary>
/// <param name="StoredAt">When the document was saved (UTC, from the store's TimeProvider).</param>
/// <param name="FileSize">The source file's size when it was last read, with <paramref name="FileModified"/>; null when
/// not known or not to be trusted (see <see cref="FileStamp"/>).</param>
/// <param name="FileModified">The source file's last write time (UTC) when it was last read.</param>
public sealed record ManifestEntry(string SourcePath, string ContentHash, string DocumentId, DateTimeOffset StoredAt, long? FileSize = null,
    DateTime? FileModified = null)
{
    /// <summary>The file's stamp as recorded, or null.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public FileStamp? Stamp => FileSize is { } size && FileModified is { } modified ? new FileStamp(size, modified) : null;

    /// <summary>This entry with another recorded stamp (null: none).</summary>
    public ManifestEntry WithStamp(FileStamp? stamp) => this with { FileSize = stamp?.Size, FileModified = stamp?.ModifiedUtc };
}

/// <summary>
/// A source file's size and last write time as seen when it was read. A re-run takes a file whose stamp equals the
/// recorded one as unchanged without reading it (as make and rsync do); any other file is read and hashed, and its
/// content hash decides. A stamp is recorded only for a file last written at least <see cref="SettleTime"/> before it
/// was read, so that a write in the same tick of a coarse file-system clock cannot go unseen.
/// </summary>
public sealed record FileStamp(long Size, DateTime ModifiedUtc)
{
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The stamp of what reading <paramref name="file"/> gives: for a symbolic link, that of the file it finally points to,
    /// since the link's own size (its target's path) and time stay the same when that file is rewritten.
    /// </summary>
    public static FileStamp Of(FileInfo file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var content = file.LinkTarget is null ? file : file.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? file;
        return new(content.Length, content.LastWriteTimeUtc);
    }

    /// <summary>This stamp if the file was last written at least <see cref="SettleTime"/> before <paramref name="readUtc"/>, else null.</summary>
    public FileStamp? SettledBy(DateTime readUtc) => readUtc - ModifiedUtc >= SettleTime ? this : null;
}

/// <summary>The content of manifest.json: entries ordered by source path.</summary>
public sealed record ManifestFile(int SchemaVersion, IReadOnlyList<ManifestEntry> Entries);

/// <summary>The store's manifest as the pipeline reads it: source path → what is stored for it.</summary>
public sealed record StoreManifest(IReadOnlyDictionary<string, ManifestEntry> Entries)
{
    /// <summary>Whether the store already holds this exact content for the path (so the pipeline can skip it).</summary>
    public bool IsCurrent(string sourcePath, string contentHash) =>
        Entries.TryGetValue(sourcePath, out var e) && string.Equals(e.ContentHash, contentHash, StringComparison.OrdinalIgnoreCase);
}
