using System.Text;
using MediaLit.Loading;

namespace MediaLit.Timelines;

/// <summary>
/// Reads RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks), the format spreadsheet
/// programs write, so the record can be edited in one. A broken line is an error naming the line.
/// </summary>
internal static class CsvRecords
{
    public static List<(int Line, string[] Fields)> Read(string path)
    {
        if (!File.Exists(path))
            throw new CorpusException(CorpusProblem.MalformedRules, path, "The file is missing.",
                $"Restore it from the repository (git checkout -- data/{Path.GetFileName(path)}).");
        string text = File.ReadAllText(path);
        var records = new List<(int, string[])>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, recordLine = 1;
        bool quoted = false, any = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                    quoted = false;
                else
                {
                    if (c == '\n')
                        line++;
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = any = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    any = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    any = true;
                    break;
            }
        }
        if (quoted)
            throw new CorpusException(CorpusProblem.MalformedRules, path, $"A quoted field that starts on line {recordLine} never closes.",
                "Add the closing double quote; a quote inside a field is written twice (\"\").");
        EndRecord();
        return records;

        void EndRecord()
        {
            if (!any && field.Length == 0)
                return;
            fields.Add(field.ToString());
            records.Add((recordLine, fields.ToArray()));
            fields.Clear();
            field.Clear();
            any = false;
        }
    }
}
