using System.Diagnostics;
using System.Globalization;

namespace Kronika.Storage;

/// <summary>
/// Who holds a claim: one store (a fresh token, so two stores of one process, or two threads, are two owners), its
/// process (id and start time) and host. A claim whose process is gone (ended, killed, even by SIGKILL, which runs no
/// clean-up) is dead on this host at once; the start time tells a reused process id from the one that claimed. The
/// processes of another host cannot be seen, so there a claim dies of age alone.
/// </summary>
internal sealed record ClaimOwner(string Token, string Host, int Pid, long Started)
{
    /// <summary>
    /// Coding one document takes seconds at most (a 10 MB article, the largest read, about a minute), so a claim this
    /// old was abandoned, even one whose process still lives (hung): nothing blocks a run for longer.
    /// </summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(10);

    /// <summary>Process start times are derived from the boot time each process computes for itself: they agree to a few milliseconds, not exactly.</summary>
    private const long StartToleranceMs = 1000;

    public static ClaimOwner ForNewStore()
    {
        using var self = Process.GetCurrentProcess();
        return new ClaimOwner(Guid.NewGuid().ToString("N"), Environment.MachineName, self.Id, StartOf(self));
    }

    private static long StartOf(Process process) => new DateTimeOffset(process.StartTime.ToUniversalTime()).ToUnixTimeMilliseconds();

    /// <summary>Whether a claim this owner made at <paramref name="claimedAt"/> still holds, as seen by <paramref name="viewer"/>.</summary>
    public bool HoldsClaim(DateTime claimedAt, ClaimOwner viewer)
    {
        if (Token == viewer.Token) return true;
        if (DateTime.UtcNow - claimedAt > StaleAfter) return false;
        if (Host != viewer.Host) return true;
        // Another store of this very process (a second thread's): alive while it is not disposed, which releases its claims.
        if (Pid == viewer.Pid) return Math.Abs(Started - viewer.Started) <= StartToleranceMs;
        return IsRunning(Pid, Started);
    }

    private static bool IsRunning(int pid, long started)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited && !IsZombie(pid) && Math.Abs(StartOf(process) - started) <= StartToleranceMs;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    /// <summary>A killed process its parent has not reaped yet still has an id and a start time: on Linux its state tells it is dead.</summary>
    private static bool IsZombie(int pid)
    {
        try
        {
            var stat = File.ReadAllText(string.Create(CultureInfo.InvariantCulture, $"/proc/{pid}/stat"));
            var end = stat.LastIndexOf(')');
            return end > 0 && end + 2 < stat.Length && stat[end + 2] is 'Z' or 'X';
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
