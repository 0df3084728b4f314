using System.Security.Cryptography;
using System.Text;
using Extractor.Domain;

namespace Extractor.Loading;

/// <summary>Reads a text file's bytes once: its content hash and its text, decoded as UTF-8 or, failing that, Windows-1252.</summary>
public static class FileReading
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Lower-case hex SHA-256 of the bytes.</summary>
    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Lower-case hex SHA-256 of a file's content, read as a stream.</summary>
    /// <remarks>
    /// Read synchronously: on Linux a file read "asynchronously" is read by a thread-pool thread all the same, and the
    /// asynchronous hashing cost every ingest that finds a changed file about 40 framework methods for the JIT and a
    /// hop to the pool per read, while the pool's threads were loading the classifier models.
    /// </remarks>
    public static string HashFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>The file's hash and decoded text, or a diagnostic when it cannot be read.</summary>
    /// <remarks>Read synchronously, for the reason given at <see cref="HashFile"/>; the loaders call this on the thread pool.</remarks>
    public static Task<Result<(string Hash, string Text)>> ReadTextAsync(string path, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(ReadText(path));
    }

    private static Result<(string Hash, string Text)> ReadText(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<(string, string)>.Failure(path, $"cannot be read: {e.Message}");
        }

        if (bytes.AsSpan().IndexOf((byte)0) >= 0)
            return Result<(string, string)>.Failure(path, "is not a text file (it contains NUL bytes)");
        return Result<(string, string)>.Success((Hash(bytes), Decode(bytes)));
    }

    private static string Decode(byte[] bytes)
    {
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            // Older municipal exports are often Windows-1252; Latin-1 decoding never fails and keeps accents.
            return Encoding.Latin1.GetString(bytes);
        }
    }

    /// <summary>Splits text into lines on \n, \r\n or \r, and into pages on form feeds.</summary>
    public static IReadOnlyList<(int Page, int Number, string Text)> SplitLines(string text)
    {
        var lines = new List<(int, int, string)>();
        var page = 1;
        var number = 1;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\r') continue;
            var line = text[start..i];
            // A form feed starts a new page; the text after it is still on this line of the file.
            var ff = line.LastIndexOf('\f');
            if (ff >= 0)
            {
                page += line.Count(c => c == '\f');
                line = line[(ff + 1)..];
            }

            if (i < text.Length || line.Length > 0) lines.Add((page, number, line));
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
            number++;
        }

        return lines;
    }
}
