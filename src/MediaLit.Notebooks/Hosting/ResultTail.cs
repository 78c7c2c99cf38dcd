using System.Text;

namespace MediaLit.Notebooks.Hosting;

/// <summary>
/// Reads the complete lines appended to a file another process is still writing (a line is complete once its
/// '\n' is there), holding at most one unfinished line, which may not grow past <c>maxLineBytes</c>.
/// </summary>
internal sealed class ResultTail(string path, long maxLineBytes) : IDisposable
{
    private readonly FileStream _file = new(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
    private readonly MemoryStream _pending = new();
    private readonly byte[] _buffer = new byte[1 << 16];

    /// <exception cref="System.Text.Json.JsonException">A line is longer than the limit.</exception>
    public List<string> ReadLines()
    {
        var lines = new List<string>();
        int read;
        while ((read = _file.Read(_buffer)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (_buffer[i] != (byte)'\n')
                {
                    continue;
                }

                _pending.Write(_buffer, start, i - start);
                lines.Add(Encoding.UTF8.GetString(_pending.GetBuffer(), 0, (int)_pending.Length));
                _pending.SetLength(0);
                start = i + 1;
            }

            _pending.Write(_buffer, start, read - start);
            if (_pending.Length > maxLineBytes)
            {
                throw new System.Text.Json.JsonException($"a result line is longer than {maxLineBytes} bytes");
            }
        }

        return lines;
    }

    public void Dispose()
    {
        _file.Dispose();
        _pending.Dispose();
    }
}
