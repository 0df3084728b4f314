namespace Extractor.Storage;

/// <summary>Writes files so that a reader, or a process killed mid-write, sees either the old or the new content.</summary>
internal static class AtomicFile
{
    public const string TempSuffix = ".tmp";

    /// <summary>Writes to a temp file beside the target, flushes it to disk, then renames it over the target.</summary>
    public static void Write(string path, byte[] content) => Write(path, stream => stream.Write(content));

    /// <summary>
    /// Like <see cref="Write(string, byte[])"/>, with the content written by <paramref name="write"/> straight to the temp
    /// file, so a large file never has to be held in memory whole.
    /// </summary>
    public static void Write(string path, Action<Stream> write)
    {
        using var file = Begin(path);
        write(file.Stream);
        file.Commit();
    }

    /// <summary>
    /// Starts writing <paramref name="path"/> through a temp file beside it, for a caller that writes several files at
    /// once: <see cref="Pending.Commit"/> puts the content in place, disposing before that leaves the target as it was.
    /// </summary>
    public static Pending Begin(string path) => new(path);

    /// <summary>A fresh temp file name beside <paramref name="path"/>, of the kind <see cref="DeleteLeftovers"/> removes.</summary>
    public static string TempPath(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return Path.Combine(dir, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}{TempSuffix}");
    }

    /// <summary>Deletes temp files a killed writer left behind.</summary>
    public static void DeleteLeftovers(string directory)
    {
        foreach (var f in Directory.EnumerateFiles(directory, "*" + TempSuffix)) TryDelete(f);
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { /* a leftover temp file is harmless; the next open removes it */ }
    }

    /// <summary>A file being written to its temp file; the target changes only at <see cref="Commit"/>.</summary>
    public sealed class Pending : IDisposable
    {
        private readonly string _path;
        private readonly string _temp;
        private readonly FileStream _stream;
        private bool _committed;

        internal Pending(string path)
        {
            _path = path;
            _temp = TempPath(path);
            _stream = new FileStream(_temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.None);
        }

        /// <summary>The temp file's stream.</summary>
        public Stream Stream => _stream;

        /// <summary>Flushes the temp file to disk and renames it over the target.</summary>
        public void Commit()
        {
            _stream.Flush(flushToDisk: true);
            _stream.Dispose();
            File.Move(_temp, _path, overwrite: true);
            _committed = true;
        }

        /// <summary>Without a commit: the temp file is deleted and the target left as it was.</summary>
        public void Dispose()
        {
            if (_committed) return;
            _stream.Dispose();
            TryDelete(_temp);
        }
    }
}
