using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Extractor.Tests.Storage.Postgres;

/// <summary>
/// A throwaway PostgreSQL cluster for the tests: initdb and pg_ctl from Debian's postgresql package, in a temp folder,
/// listening on 127.0.0.1 at a free port with its unix socket in that folder; trust authentication, fsync off. Started
/// once on first use and stopped (and deleted) when the test run ends. As root, the server runs as the postgres OS user,
/// since PostgreSQL refuses to run as root. Each test gets its own database.
/// </summary>
public sealed class PostgresTestCluster : IDisposable
{
    public const string InstallCommand = "apt-get install -y postgresql";

    private static readonly Lazy<(PostgresTestCluster? Cluster, string? Problem)> Shared = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _bin;
    private readonly string _root;
    private readonly bool _asPostgresUser;
    private int _databases;

    private PostgresTestCluster(string bin, string root, bool asPostgresUser, int port)
    {
        _bin = bin;
        _root = root;
        _asPostgresUser = asPostgresUser;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The shared cluster; the test is ignored (with the install command) when the server binaries are absent.</summary>
    public static PostgresTestCluster Instance
    {
        get
        {
            var (cluster, problem) = Shared.Value;
            if (cluster is null) Assert.Ignore(problem!);
            return cluster!;
        }
    }

    /// <summary>Stops the cluster if a test started it.</summary>
    public static void StopShared()
    {
        if (Shared.IsValueCreated) Shared.Value.Cluster?.Dispose();
    }

    /// <summary>A connection string to a new, empty database.</summary>
    public string CreateDatabase()
    {
        var name = $"t{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}"[..20];
        using (var admin = new NpgsqlConnection(ConnectionString("postgres")))
        {
            admin.Open();
            using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            cmd.ExecuteNonQuery();
        }
        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = "postgres", Database = database, Pooling = true, Timeout = 30 }.ToString();

    private static (PostgresTestCluster?, string?) Start()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
            : null;
        if (bin is null) return (null, $"the PostgreSQL server binaries (initdb, pg_ctl) are not installed: run `{InstallCommand}`");

        var root = Path.Combine(Path.GetTempPath(), "extractor-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        var asPostgres = Environment.UserName == "root";
        if (asPostgres) Run("chown", ["postgres:postgres", root]);
        var port = FreePort();
        var cluster = new PostgresTestCluster(bin, root, asPostgres, port);
        var data = Path.Combine(root, "data");
        cluster.Pg("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
        cluster.Pg("pg_ctl", ["-D", data, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "-o",
            $"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
            "start"]);
        return (cluster, null);
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private void Pg(string tool, IReadOnlyList<string> args)
    {
        var exe = Path.Combine(_bin, tool);
        if (_asPostgresUser) Run("runuser", ["-u", "postgres", "--", exe, .. args]);
        else Run(exe, args);
    }

    private static void Run(string file, IReadOnlyList<string> args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetTempPath() };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var p = Process.Start(start)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000)) p.Kill(entireProcessTree: true);
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({p.ExitCode}): {stderr.Result}{stdout.Result}");
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try { Pg("pg_ctl", ["-D", Path.Combine(_root, "data"), "-m", "immediate", "-w", "stop"]); }
        catch (InvalidOperationException) { /* already stopped */ }
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { /* left for the temp cleaner */ }
    }
}
