namespace Extractor.Tests.Storage;

/// <summary>A fresh folder under the system temp folder, deleted on dispose (after SQLite's pooled connections, which keep index files open, are closed).</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "extractor-tests", Guid.NewGuid().ToString("N"));

    public string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a file still open by a pooled connection; the temp folder is cleaned eventually */ }
    }
}
