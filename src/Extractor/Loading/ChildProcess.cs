using System.ComponentModel;
using System.Diagnostics;

namespace Extractor.Loading;

/// <summary>How a child process ended: its exit code and output, or that it could not start or ran out of time.</summary>
public sealed record ChildProcessResult(int ExitCode, string StandardOutput, string StandardError, bool NotFound = false, bool TimedOut = false);

/// <summary>Runs one external program to completion, killing its whole process tree when the deadline passes.</summary>
public static class ChildProcess
{
    private const string Setsid = "/usr/bin/setsid";

    /// <param name="environment">Variables to set for the child on top of this process's environment.</param>
    public static async Task<ChildProcessResult> RunAsync(string fileName, IEnumerable<string> arguments, TimeSpan timeout, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        // On Linux the engine runs as the leader of its own process group (setsid execs it in place, same pid), so a
        // timeout can kill the group at once, including children it forks while being killed.
        var grouped = OperatingSystem.IsLinux() && File.Exists(Setsid);
        if (grouped && Executables.Resolve(fileName) is null) return new ChildProcessResult(-1, "", "", NotFound: true);
        var startInfo = new ProcessStartInfo(grouped ? Setsid : fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) startInfo.Environment[name] = value;
        if (grouped) startInfo.ArgumentList.Add(fileName);
        foreach (var argument in arguments) startInfo.ArgumentList.Add(argument);

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            return new ChildProcessResult(-1, "", "", NotFound: true);
        }
        process.StandardInput.Close();

        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // A hung or runaway engine must not outlive its document: kill it and anything it started.
            if (grouped) _ = KillGroup(process.Id, SigKill);
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            return new ChildProcessResult(-1, "", "", TimedOut: true);
        }
        return new ChildProcessResult(process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
    }

    private const int SigKill = 9;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    /// <summary>Signals every process in the group led by <paramref name="leader"/>.</summary>
    private static int KillGroup(int leader, int signal) => Kill(-leader, signal);
}
