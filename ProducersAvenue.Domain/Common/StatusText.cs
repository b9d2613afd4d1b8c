using System.Text;

namespace ProducersAvenue.Domain.Common;

/// <summary>A status for a sentence: <c>RevisionRequested</c> → "revision requested", <c>PastDue</c> → "past due".</summary>
public static class StatusText
{
    public static string Words<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) sb.Append(' ');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }
}
