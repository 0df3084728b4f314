using System.Text.Json;
using System.Text.Json.Serialization;

namespace Extractor.Storage;

/// <summary>Source-generated System.Text.Json metadata for the store's files: camelCase, indented, "\n" line ends.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    NewLine = "\n",
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(StoredDocument))]
[JsonSerializable(typeof(StoredPartnerView))]
[JsonSerializable(typeof(StoredIdentityView))]
[JsonSerializable(typeof(PartnersFile))]
[JsonSerializable(typeof(PartnerTallyRecord))]
[JsonSerializable(typeof(ManifestFile))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(decimal))]
[JsonSerializable(typeof(long))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;

/// <summary>The same settings as <see cref="StoreJsonContext"/> but on one line: the records of the store's journals (JSON lines).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = false,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(PartnerJournalEntry))]
internal sealed partial class StoreJournalJsonContext : JsonSerializerContext;
