using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Extractor.Storage;

/// <summary>
/// The store's list files — manifest.json, partners.json and partners.tally.json, <c>{"schemaVersion": 1, "entries": [...]}</c>
/// and <c>{"schemaVersion": 1, "partners": [...]}</c> — written and read one item at a time, so that none holds a whole
/// file in memory: they grow with the store. What is written is byte for byte what serializing the whole file's record
/// with <see cref="StoreJsonContext"/> gives.
/// </summary>
internal static class JsonListFile
{
    private const string VersionProperty = "schemaVersion";
    private const int FlushAt = 1 << 16;

    /// <summary>Writes the file atomically (<see cref="AtomicFile"/>), pulling the items as it goes.</summary>
    public static void Write<T>(string path, string listProperty, IEnumerable<T> items, JsonTypeInfo<T> itemInfo)
    {
        using var writer = new Writer<T>(path, listProperty, itemInfo);
        foreach (var item in items) writer.Add(item);
        writer.Commit();
    }

    /// <summary>
    /// A list file written item by item as the caller hands them over, for several files written side by side; it takes
    /// the place of the old file only at <see cref="Commit"/> (<see cref="AtomicFile.Pending"/>).
    /// </summary>
    public sealed class Writer<T> : IDisposable
    {
        private readonly AtomicFile.Pending _file;
        private readonly Utf8JsonWriter _writer;
        private readonly JsonTypeInfo<T> _itemInfo;

        public Writer(string path, string listProperty, JsonTypeInfo<T> itemInfo)
        {
            _itemInfo = itemInfo;
            var options = itemInfo.Options;
            // The writer the serializer itself would make for these options.
            var writerOptions = new JsonWriterOptions
            {
                Encoder = options.Encoder,
                Indented = options.WriteIndented,
                IndentCharacter = options.IndentCharacter,
                IndentSize = options.IndentSize,
                NewLine = options.NewLine,
                MaxDepth = options.MaxDepth,
            };
            _file = AtomicFile.Begin(path);
            _writer = new Utf8JsonWriter(_file.Stream, writerOptions);
            _writer.WriteStartObject();
            _writer.WriteNumber(VersionProperty, StoredDocument.CurrentSchemaVersion);
            _writer.WriteStartArray(listProperty);
        }

        public void Add(T item)
        {
            JsonSerializer.Serialize(_writer, item, _itemInfo);
            if (_writer.BytesPending >= FlushAt) _writer.Flush();
        }

        /// <summary>Ends the list and puts the file in place of the old one.</summary>
        public void Commit()
        {
            _writer.WriteEndArray();
            _writer.WriteEndObject();
            _writer.Dispose(); // flushes what is pending, before the stream closes
            _file.Commit();
        }

        public void Dispose()
        {
            _writer.Dispose();
            _file.Dispose();
        }
    }

    /// <summary>
    /// The items of a list file as they are read. Throws <see cref="JsonException"/> when the file is not such a list
    /// of the current schema version (noticed at the latest when its end is read).
    /// </summary>
    public static IEnumerable<T> Read<T>(string path, string listProperty, JsonTypeInfo<T> itemInfo)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var parser = new Parser<T>(listProperty, itemInfo);
        var buffer = new byte[1 << 16];
        var length = 0;
        var final = false;
        var items = new List<T>();
        while (true)
        {
            if (!final)
            {
                var read = stream.Read(buffer, length, buffer.Length - length);
                final = read == 0;
                length += read;
            }
            var consumed = parser.Parse(buffer.AsSpan(0, length), final, items);
            foreach (var item in items) yield return item;
            items.Clear();
            if (parser.Done) yield break;
            if (final && consumed == 0) throw new JsonException($"{path} ends before its {listProperty} list does.");
            Buffer.BlockCopy(buffer, consumed, buffer, 0, length - consumed);
            length -= consumed;
            // One item larger than the buffer: the buffer grows to hold it.
            if (length == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        }
    }

    /// <summary>Reads the file's tokens buffer by buffer, keeping the reader's state between buffers.</summary>
    private sealed class Parser<T>(string listProperty, JsonTypeInfo<T> itemInfo)
    {
        private enum Stage { Start, InObject, Version, ListStart, InList, Done }

        private JsonReaderState _state;
        private Stage _stage;
        private int? _version;
        private bool _sawList;

        public bool Done => _stage == Stage.Done;

        /// <summary>Parses what it can of <paramref name="data"/>, adding whole items; returns the bytes consumed.</summary>
        public int Parse(ReadOnlySpan<byte> data, bool final, List<T> into)
        {
            var reader = new Utf8JsonReader(data, final, _state);
            while (_stage != Stage.Done)
            {
                if (_stage == Stage.InList)
                {
                    var probe = reader;
                    if (!probe.Read()) break;
                    if (probe.TokenType == JsonTokenType.EndArray)
                    {
                        reader = probe;
                        _stage = Stage.InObject;
                        continue;
                    }
                    if (!probe.TrySkip()) break; // the item does not end in this buffer yet
                    reader.Read();
                    into.Add(JsonSerializer.Deserialize(ref reader, itemInfo) ?? throw new JsonException($"A null item in the {listProperty} list."));
                    continue;
                }

                if (!reader.Read()) break;
                switch (_stage)
                {
                    case Stage.Start when reader.TokenType == JsonTokenType.StartObject:
                        _stage = Stage.InObject;
                        break;
                    case Stage.InObject when reader.TokenType == JsonTokenType.EndObject:
                        if (_version != StoredDocument.CurrentSchemaVersion || !_sawList)
                            throw new JsonException($"Not a {listProperty} list of schema version {StoredDocument.CurrentSchemaVersion}.");
                        _stage = Stage.Done;
                        break;
                    case Stage.InObject when reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals(VersionProperty):
                        _stage = Stage.Version;
                        break;
                    case Stage.InObject when reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals(listProperty):
                        _stage = Stage.ListStart;
                        break;
                    case Stage.Version when reader.TokenType == JsonTokenType.Number:
                        if (!reader.TryGetInt32(out var version)) throw new JsonException($"The {listProperty} list file's schema version is not a whole number.");
                        _version = version;
                        _stage = Stage.InObject;
                        break;
                    case Stage.ListStart when reader.TokenType == JsonTokenType.StartArray:
                        _sawList = true;
                        _stage = Stage.InList;
                        break;
                    default:
                        throw new JsonException($"Unexpected {reader.TokenType} in a {listProperty} list file.");
                }
            }
            _state = reader.CurrentState;
            return (int)reader.BytesConsumed;
        }
    }
}
