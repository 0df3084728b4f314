namespace Extractor.Storage.Postgres;

/// <summary>How to reach the shared PostgreSQL database and how long a worker's claim on a document lasts.</summary>
/// <param name="ConnectionString">An Npgsql connection string, read from the environment (never from pipeline.json).</param>
/// <param name="Lease">How long a claimed document stays reserved without a renewal. Default: 5 min; the worker renews it every third of that while it works.</param>
/// <param name="MaxAttempts">Claims of one document (each ended by a dead worker or a lost lease) before it is marked failed. Default: 3.</param>
public sealed record PostgresOptions(string ConnectionString, TimeSpan Lease, int MaxAttempts = 3)
{
    public static readonly TimeSpan DefaultLease = TimeSpan.FromMinutes(5);
}
