using System.Diagnostics;

namespace TermLint.Cli;

/// <summary>
/// "termlint: 1,200 of 10,000 files" on standard error, redrawn in place, for a run that takes more than a second,
/// and only when standard error is a terminal: a redirected or piped run (CI, a pre-commit hook) never gets one.
/// </summary>
internal sealed class ProgressLine : IDisposable
{
    private readonly TextWriter _writer;
    private readonly int _total;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer? _timer;
    private readonly object _gate = new();
    private int _done;
    private int _width;

    public ProgressLine(TextWriter writer, int total, bool enabled)
    {
        _writer = writer;
        _total = total;
        if (enabled)
        {
            _timer = new Timer(_ => Draw(), null, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(250));
        }
    }

    public void Add(int files) => Interlocked.Add(ref _done, files);

    private void Draw()
    {
        lock (_gate)
        {
            if (_width < 0)
            {
                return;
            }

            string line = string.Format(System.Globalization.CultureInfo.InvariantCulture, "termlint: {0:N0} of {1:N0} files, {2:F0} s", Math.Min(Volatile.Read(ref _done), _total), _total, _clock.Elapsed.TotalSeconds);
            _writer.Write("\r" + line.PadRight(_width));
            _writer.Flush();
            _width = line.Length;
        }
    }

    public void Dispose()
    {
        _timer?.Dispose();
        lock (_gate)
        {
            if (_width > 0)
            {
                _writer.Write("\r" + new string(' ', _width) + "\r");
                _writer.Flush();
            }

            _width = -1;
        }
    }
}
