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
        var temp = TempPath(path);
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

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
}
