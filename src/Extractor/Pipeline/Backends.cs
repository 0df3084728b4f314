using Extractor.Configuration;
using Extractor.Domain;
using Extractor.Indexing;
using Extractor.Indexing.Postgres;
using Extractor.Storage;
using Extractor.Storage.Postgres;
using Npgsql;

namespace Extractor.Pipeline;

/// <summary>What a verb needs from a backend. Read-only verbs (search, serve, export) may be served by a replica.</summary>
public enum BackendUse { ReadWrite, ReadOnly }

/// <summary>
/// The store, index and (for a shared database) ingest queue one backend provides, opened from pipeline.json's
/// <c>backend</c> section. Every verb uses these through the same interfaces, whatever the backend.
/// </summary>
public sealed class Backend : IDisposable
{
    private readonly Func<IDocumentStore> _store;
    private readonly Func<ISearchIndex> _index;
    private readonly Func<IIngestOutput> _output;
    private readonly IDisposable? _resources;

    internal Backend(string kind, Func<IDocumentStore> store, Func<ISearchIndex> index, Func<IIngestOutput> output, IIngestQueue? queue, IDisposable? resources)
    {
        Kind = kind;
        _store = store;
        _index = index;
        _output = output;
        Queue = queue;
        _resources = resources;
    }

    /// <summary>"sqlite" or "postgres".</summary>
    public string Kind { get; }

    /// <summary>The queue ingest workers share; null for the embedded backend (one worker owns its files).</summary>
    public IIngestQueue? Queue { get; }

    public IDocumentStore Store() => _store();

    public ISearchIndex Index() => _index();

    public IIngestOutput IngestOutput() => _output();

    public void Dispose() => _resources?.Dispose();
}

/// <summary>Opens the backend pipeline.json names: the JSON store and SQLite index, or the shared PostgreSQL database.</summary>
public static class Backends
{
    /// <summary>
    /// The configured backend, or a diagnostic: a PostgreSQL connection variable that is not set, or a database whose
    /// schema is not the one this build needs (older: run `extractor db migrate`; newer: refused).
    /// </summary>
    /// <param name="checkSchema">False only for `extractor db …`, which is how the schema gets right.</param>
    /// <param name="warn">Told of stored document files the JSON store could not read and set aside.</param>
    public static Result<Backend> Open(PipelineConfig config, BackendUse use = BackendUse.ReadWrite, bool checkSchema = true, TimeProvider? time = null,
        Action<string>? warn = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (config.Backend.Kind != "postgres")
        {
            var storeOptions = new StoreOptions(config.Resolve(config.Output.Store)) { Warn = warn };
            var indexOptions = new IndexOptions(config.Resolve(config.Output.Index));
            return Result<Backend>.Success(new Backend("sqlite",
                () => new JsonDocumentStore(storeOptions, time ?? TimeProvider.System),
                () => new SqliteSearchIndex(indexOptions),
                () => new StoreAndIndexOutput(new JsonDocumentStore(storeOptions, time ?? TimeProvider.System), new SqliteSearchIndex(indexOptions)),
                queue: null, resources: null));
        }

        var connection = ConnectionString(config.Backend, use);
        if (!connection.IsSuccess) return Result<Backend>.Failure(connection.Error!);
        NpgsqlDataSource source;
        try
        {
            source = NpgsqlDataSource.Create(connection.Value!);
        }
        catch (ArgumentException e)
        {
            return Result<Backend>.Failure(connection.Error?.File ?? config.Backend.ConnectionStringVariable, $"is not a valid PostgreSQL connection string: {e.Message}");
        }

        if (checkSchema)
        {
            Result<SchemaStatus> status;
            try
            {
                status = PostgresMigrations.Check(source);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                source.Dispose();
                return Result<Backend>.Failure("database", $"cannot be reached with ${config.Backend.ConnectionStringVariable}: {e.Message}");
            }
            if (!status.IsSuccess)
            {
                source.Dispose();
                return Result<Backend>.Failure(status.Error!);
            }
        }

        var options = new PostgresOptions(connection.Value!, TimeSpan.FromSeconds(config.Backend.LeaseSeconds));
        var store = new PostgresDocumentStore(source, time);
        return Result<Backend>.Success(new Backend("postgres", () => store, () => new PostgresSearchIndex(source), () => new StoreOutput(store),
            new PostgresIngestQueue(source, options), source));
    }

    /// <summary>Applies the pending migrations to the configured PostgreSQL database; the messages say what was done.</summary>
    public static Result<IReadOnlyList<Migration>> Migrate(PipelineConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (config.Backend.Kind != "postgres")
            return Result<IReadOnlyList<Migration>>.Failure("backend.kind", "is \"sqlite\": its files need no migration (set it to \"postgres\" to migrate a database)");
        var connection = ConnectionString(config.Backend, BackendUse.ReadWrite);
        if (!connection.IsSuccess) return Result<IReadOnlyList<Migration>>.Failure(connection.Error!);
        using var source = NpgsqlDataSource.Create(connection.Value!);
        return PostgresMigrations.Migrate(source);
    }

    /// <summary>The connection string from the environment: the replica's for read-only use when configured and set, else the main one.</summary>
    public static Result<string> ConnectionString(BackendConfig backend, BackendUse use)
    {
        ArgumentNullException.ThrowIfNull(backend);
        if (use == BackendUse.ReadOnly && backend.ReadConnectionStringVariable is { } readVariable
            && Environment.GetEnvironmentVariable(readVariable) is { Length: > 0 } readOnly)
            return Result<string>.Success(readOnly);
        var variable = backend.ConnectionStringVariable;
        return Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
            ? Result<string>.Success(value)
            : Result<string>.Failure("backend.connectionStringVariable",
                $"names the environment variable {variable}, which is not set: export {variable}='Host=…;Database=…;Username=…' " +
                "(the connection string is never read from pipeline.json)");
    }
}
