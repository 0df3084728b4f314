using System.Runtime.ExceptionServices;

namespace Extractor.Storage;

/// <summary>Runs work on this thread while other work runs on the thread pool, and reports the failures of both.</summary>
internal static class Alongside
{
    /// <summary>
    /// Runs <paramref name="work"/>, then waits for <paramref name="other"/> (already started), whether or not the
    /// work failed: one failure is rethrown as it was, two as an <see cref="AggregateException"/> of both.
    /// </summary>
    public static void Run(Action work, Task other)
    {
        Exception? failure = null;
        try
        {
            work();
        }
        catch (Exception e)
        {
            failure = e;
        }

        try
        {
            other.GetAwaiter().GetResult();
        }
        catch (Exception otherFailure) when (failure is not null)
        {
            throw new AggregateException(failure, otherFailure);
        }

        if (failure is not null) ExceptionDispatchInfo.Throw(failure);
    }
}
