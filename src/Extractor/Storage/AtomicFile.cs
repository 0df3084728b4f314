namespace Extractor.Storage;

/// <summary>Writes files so that a reader, or a process killed mid-write, sees either the old or the new content.</summary>
internal static class AtomicFile
{
    public const string TempSuffix = ".tmp";

    /// <summary>Writes to a temp file beside the target, flushes it to disk, then renames it over the target.</summary>
    public static void Write(string path, byte[] content)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temp = Path.Combine(dir, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}{TempSuffix}");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.None))
            {
                stream.Write(content);
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
