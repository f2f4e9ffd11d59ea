using System.Diagnostics;

namespace TermLint.Cli;

/// <summary>
/// "termlint: 10,000 files read, 1,200 checked, 4 s" on standard error, redrawn in place, for a run that takes more than a second,
/// and only when standard error is a terminal: a redirected or piped run (CI, a pre-commit hook) never gets one.
/// </summary>
internal sealed class ProgressLine : IDisposable, Analysis.IProgressSink
{
    private readonly TextWriter _writer;
    private readonly int _total;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer? _timer;
    private readonly object _gate = new();
    private int _read;
    private int _checked;
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

    public void Read(int files) => Interlocked.Add(ref _read, files);

    public void Checked(int files) => Interlocked.Add(ref _checked, files);

    private void Draw()
    {
        lock (_gate)
        {
            if (_width < 0)
            {
                return;
            }

            string line = string.Format(System.Globalization.CultureInfo.InvariantCulture, "termlint: {0:N0} of {1:N0} files read, {2:N0} checked, {3:F0} s", Math.Min(Volatile.Read(ref _read), _total), _total, Math.Min(Volatile.Read(ref _checked), _total), _clock.Elapsed.TotalSeconds);
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
