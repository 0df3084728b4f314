using Extractor.Domain;
using Npgsql;

namespace Extractor.Storage.Postgres;

/// <summary>One numbered schema change. Applied in order, each in its own transaction, recorded in extractor_schema.</summary>
public sealed record Migration(int Version, string Description, string Sql);

/// <summary>Where a database stands relative to the migrations this build knows.</summary>
/// <param name="Version">The highest applied migration (0: never migrated).</param>
public sealed record SchemaStatus(int Version, int Expected)
{
    public bool IsCurrent => Version == Expected;
}

/// <summary>
/// The versioned schema of the shared PostgreSQL store, search index and ingest queue. <see cref="Migrate"/> is what
/// `extractor db migrate` runs; <see cref="Check"/> is what every other verb runs first, so an old database is
/// reported with the command that fixes it and a newer one (written by a later extractor) is refused.
/// </summary>
public static class PostgresMigrations
{
    // Serialises concurrent `db migrate` runs (two machines upgrading at once): any constant works, this one is "extract".
    private const long MigrationLock = 0x6578_7472_6163_74;

    /// <summary>The migrations in order. Never edit an applied one: add the next number.</summary>
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "store and full-text index: documents, sources, sections, events, mentions, partners", """
            CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;

            -- unaccent() is only STABLE (its dictionary could change); index and generated-column expressions need
            -- IMMUTABLE, so this wrapper names the dictionary explicitly and promises that it will not.
            CREATE OR REPLACE FUNCTION extractor_unaccent(text) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

            CREATE TABLE documents (
                id text PRIMARY KEY,
                content_hash text NOT NULL,
                source_path text NOT NULL,
                file_name text NOT NULL,
                title text NOT NULL,
                period text,
                page_count integer NOT NULL,
                kind text,
                stored json NOT NULL,
                stored_at timestamptz NOT NULL DEFAULT now());
            CREATE INDEX documents_file_name ON documents (file_name);

            -- The manifest: which content each source path holds now.
            CREATE TABLE sources (
                source_path text PRIMARY KEY,
                content_hash text NOT NULL,
                document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                stored_at timestamptz NOT NULL);
            CREATE INDEX sources_document ON sources (document_id);

            CREATE TABLE sections (
                document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                id text NOT NULL,
                title text NOT NULL,
                level integer NOT NULL,
                parent_id text,
                first_page integer NOT NULL,
                last_page integer NOT NULL,
                type text,
                text text NOT NULL,
                PRIMARY KEY (document_id, id));
            CREATE INDEX sections_id ON sections (id);

            CREATE TABLE events (
                document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                id text NOT NULL,
                seq bigint GENERATED ALWAYS AS IDENTITY,
                section_id text,
                title text NOT NULL,
                type text NOT NULL,
                date text,
                first_day text,
                last_day text,
                location text,
                location_key text,
                participants bigint,
                partners text[] NOT NULL,
                page integer NOT NULL,
                line integer NOT NULL,
                text text NOT NULL,
                body text NOT NULL,
                -- Stemmed words (title weighs more) for words and phrases; folded unstemmed words for prefixes,
                -- since a stem of a word's beginning is not a beginning of its stem.
                tsv_stem tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('spanish'::regconfig, extractor_unaccent(title)), 'A') ||
                    setweight(to_tsvector('spanish'::regconfig, extractor_unaccent(body)), 'B')) STORED,
                tsv_fold tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('simple'::regconfig, extractor_unaccent(title)), 'A') ||
                    setweight(to_tsvector('simple'::regconfig, extractor_unaccent(body)), 'B')) STORED,
                PRIMARY KEY (document_id, id));
            CREATE INDEX events_id ON events (id);
            CREATE INDEX events_tsv_stem ON events USING gin (tsv_stem);
            CREATE INDEX events_tsv_fold ON events USING gin (tsv_fold);
            CREATE INDEX events_partners ON events USING gin (partners);
            CREATE INDEX events_first_day ON events (first_day);
            CREATE INDEX events_location_key ON events (location_key);

            CREATE TABLE mentions (
                document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                id text NOT NULL,
                ordinal integer NOT NULL,
                section_id text,
                kind text NOT NULL,
                text text NOT NULL,
                page integer NOT NULL,
                line integer NOT NULL,
                col integer NOT NULL,
                start_offset integer NOT NULL,
                end_offset integer NOT NULL,
                confidence double precision NOT NULL,
                value jsonb,
                currency text,
                qualifier text,
                unit text,
                canonical text,
                organisation_type text,
                country text,
                event_id text,
                PRIMARY KEY (document_id, id));
            CREATE INDEX mentions_canonical ON mentions (canonical) WHERE canonical IS NOT NULL;

            -- Every name (canonical or as written) a partner goes by in a document, folded for the partner filter.
            CREATE TABLE partner_names (
                document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                name_key text NOT NULL,
                name text NOT NULL,
                canonical text NOT NULL,
                type text,
                country text,
                PRIMARY KEY (document_id, name_key, canonical, name));
            CREATE INDEX partner_names_key ON partner_names (name_key);

            -- Derived across documents (like partners.json), rewritten by each ingest's commit.
            CREATE TABLE partners (
                canonical text PRIMARY KEY,
                aliases text[] NOT NULL,
                type text,
                country text,
                mention_count integer NOT NULL,
                event_ids text[] NOT NULL,
                document_ids text[] NOT NULL);
            """),
        new(2, "ingest queue shared by workers, with leases", """
            CREATE TABLE ingest_queue (
                source_path text NOT NULL,
                content_hash text NOT NULL,
                full_path text NOT NULL,
                status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),
                attempts integer NOT NULL DEFAULT 0,
                lease_token uuid,
                leased_by text,
                leased_until timestamptz,
                enqueued_at timestamptz NOT NULL DEFAULT now(),
                finished_at timestamptz,
                error text,
                PRIMARY KEY (source_path, content_hash));
            CREATE INDEX ingest_queue_pending ON ingest_queue (enqueued_at, source_path) WHERE status = 'pending';
            """),
    ];

    /// <summary>The version this build of extractor works with.</summary>
    public static int CurrentVersion => All[^1].Version;

    /// <summary>The database's applied version (0 when it was never migrated).</summary>
    public static SchemaStatus Status(NpgsqlDataSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var c = source.OpenConnection();
        return new SchemaStatus(AppliedVersion(c, null), CurrentVersion);
    }

    /// <summary>
    /// Whether the verbs can run: a database at the current version is fine; an older one (or an empty one) is a
    /// diagnostic telling to run `extractor db migrate`; a newer one is refused.
    /// </summary>
    public static Result<SchemaStatus> Check(NpgsqlDataSource source)
    {
        var status = Status(source);
        if (status.Version < status.Expected)
            return Result<SchemaStatus>.Failure("database", status.Version == 0
                ? $"has no extractor schema yet (this extractor needs version {status.Expected}); run `extractor db migrate` first"
                : $"is at schema version {status.Version}, this extractor needs version {status.Expected}; run `extractor db migrate` to upgrade it");
        if (status.Version > status.Expected)
            return Result<SchemaStatus>.Failure("database", $"is at schema version {status.Version}, newer than this extractor knows ({status.Expected}); " +
                "refusing to use it: upgrade extractor on this machine");
        return Result<SchemaStatus>.Success(status);
    }

    /// <summary>
    /// Applies every migration above the database's version up to <paramref name="target"/> (default: all), each in
    /// its own transaction, under an advisory lock so concurrent runs apply each migration once. A database newer than
    /// this build is a failed result, not a downgrade. Returns the migrations applied.
    /// </summary>
    public static Result<IReadOnlyList<Migration>> Migrate(NpgsqlDataSource source, int? target = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var upTo = target ?? CurrentVersion;
        using var c = source.OpenConnection();
        Execute(c, null, "SELECT pg_advisory_lock(@k)", ("k", MigrationLock));
        try
        {
            Execute(c, null, """
                CREATE TABLE IF NOT EXISTS extractor_schema (
                    version integer PRIMARY KEY,
                    description text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now())
                """);
            var version = AppliedVersion(c, null);
            if (version > CurrentVersion)
                return Result<IReadOnlyList<Migration>>.Failure("database",
                    $"is at schema version {version}, newer than this extractor knows ({CurrentVersion}); not changing it");
            var applied = new List<Migration>();
            foreach (var m in All.Where(m => m.Version > version && m.Version <= upTo))
            {
                using var tx = c.BeginTransaction();
                Execute(c, tx, m.Sql);
                Execute(c, tx, "INSERT INTO extractor_schema (version, description) VALUES (@v, @d)", ("v", m.Version), ("d", m.Description));
                tx.Commit();
                applied.Add(m);
            }
            return Result<IReadOnlyList<Migration>>.Success(applied);
        }
        finally
        {
            Execute(c, null, "SELECT pg_advisory_unlock(@k)", ("k", MigrationLock));
        }
    }

    private static int AppliedVersion(NpgsqlConnection c, NpgsqlTransaction? tx)
    {
        using var exists = new NpgsqlCommand("SELECT to_regclass('extractor_schema') IS NOT NULL", c, tx);
        if (!(bool)exists.ExecuteScalar()!) return 0;
        using var max = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM extractor_schema", c, tx);
        return Convert.ToInt32(max.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(NpgsqlConnection c, NpgsqlTransaction? tx, string sql, params (string Name, object Value)[] parameters)
    {
        using var cmd = new NpgsqlCommand(sql, c, tx);
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
        cmd.ExecuteNonQuery();
    }
}
