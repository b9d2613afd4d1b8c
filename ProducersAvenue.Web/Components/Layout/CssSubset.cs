using System.Text;

namespace ProducersAvenue.Web.Components.Layout;

/// <summary>
/// A stylesheet without the rules that can match nothing (decision 142): a selector that needs a class the app never
/// writes is dropped, a rule whose selectors are all dropped goes, an <c>@media</c> or <c>@supports</c> block left empty
/// goes. Everything else — declarations, other at-rules (keyframes, font faces), the order of what stays — is copied as
/// written, so what stays cascades exactly as before.
/// <para>
/// Only classes a selector <em>requires</em> count: those outside parentheses and attribute brackets. A class inside
/// <c>:not(…)</c>, <c>:is(…)</c> or <c>:where(…)</c> never makes a selector go, so a doubt always keeps the rule.
/// </para>
/// </summary>
public static class CssSubset
{
    /// <summary>The rules of <paramref name="css"/> that may match, given which classes <paramref name="written"/> says exist.</summary>
    public static string Keep(string css, Func<string, bool> written)
    {
        var output = new StringBuilder(css.Length / 2);
        var start = css.StartsWith('\uFEFF') ? 1 : 0;
        // The licence banner (/*! … */) stays at the top.
        var banner = css.IndexOf("/*!", start, StringComparison.Ordinal);
        if (banner >= 0 && css.AsSpan(start, banner - start).IsWhiteSpace())
        {
            var end = css.IndexOf("*/", banner, StringComparison.Ordinal) + 2;
            output.Append(css, banner, end - banner).Append('\n');
            start = end;
        }
        Block(css, start, css.Length, written, output);
        return output.ToString();
    }

    /// <summary>Copies what may match of the rules in <c>css[start..end)</c>, entering conditional group rules.</summary>
    private static void Block(string css, int start, int end, Func<string, bool> written, StringBuilder output)
    {
        var i = start;
        while (i < end)
        {
            var stop = NextOf(css, i, end, '{', ';');
            if (stop < 0) return;
            var prelude = WithoutComments(css, i, stop).Trim();
            if (css[stop] == ';')
            {
                // A statement at-rule (@charset, @import, @layer a, b;) stays as written.
                if (prelude.Length > 0) output.Append(prelude).Append(';');
                i = stop + 1;
                continue;
            }
            var close = Closing(css, stop, end);
            if (prelude.StartsWith("@media", StringComparison.OrdinalIgnoreCase) || prelude.StartsWith("@supports", StringComparison.OrdinalIgnoreCase))
            {
                var inner = new StringBuilder();
                Block(css, stop + 1, close, written, inner);
                if (inner.Length > 0) output.Append(prelude).Append('{').Append(inner).Append('}');
            }
            else if (prelude.StartsWith('@'))
            {
                output.Append(prelude).Append(css, stop, close - stop + 1);
            }
            else
            {
                var kept = Selectors(prelude).Where(s => MayMatch(s, written)).ToList();
                if (kept.Count > 0) output.AppendJoin(',', kept).Append(css, stop, close - stop + 1);
            }
            i = close + 1;
        }
    }

    /// <summary>The selectors of a selector list, split at the commas that are not inside parentheses, brackets or strings.</summary>
    internal static List<string> Selectors(string list)
    {
        var selectors = new List<string>();
        var depth = 0;
        var from = 0;
        for (var i = 0; i < list.Length; i++)
        {
            switch (list[i])
            {
                case '\\': i++; break;
                case '"' or '\'': i = StringEnd(list, i, list.Length); break;
                case '(' or '[': depth++; break;
                case ')' or ']': depth--; break;
                case ',' when depth == 0:
                    selectors.Add(list[from..i].Trim());
                    from = i + 1;
                    break;
            }
        }
        selectors.Add(list[from..].Trim());
        return selectors;
    }

    /// <summary>The classes <paramref name="selector"/> requires (outside parentheses and brackets), unescaped.</summary>
    internal static IEnumerable<string> RequiredClasses(string selector)
    {
        var depth = 0;
        for (var i = 0; i < selector.Length; i++)
        {
            var c = selector[i];
            if (c == '\\') { i++; continue; }
            if (c is '"' or '\'') { i = StringEnd(selector, i, selector.Length); continue; }
            if (c is '(' or '[') { depth++; continue; }
            if (c is ')' or ']') { depth--; continue; }
            if (c != '.' || depth > 0) continue;
            var name = new StringBuilder();
            var j = i + 1;
            for (; j < selector.Length; j++)
            {
                var d = selector[j];
                if (d == '\\' && j + 1 < selector.Length) name.Append(selector[++j]);
                else if (char.IsAsciiLetterOrDigit(d) || d is '-' or '_' || d > 127) name.Append(d);
                else break;
            }
            if (name.Length > 0) yield return name.ToString();
            i = j - 1;
        }
    }

    private static bool MayMatch(string selector, Func<string, bool> written) => RequiredClasses(selector).All(written);

    /// <summary>The first of <paramref name="a"/> or <paramref name="b"/> at or after <paramref name="from"/> outside comments and strings; -1 if none.</summary>
    private static int NextOf(string css, int from, int end, char a, char b)
    {
        for (var i = from; i < end; i++)
        {
            var c = css[i];
            if (c == '\\') i++;
            else if (c is '"' or '\'') i = StringEnd(css, i, end);
            else if (c == '/' && i + 1 < end && css[i + 1] == '*') i = CommentEnd(css, i, end);
            else if (c == a || c == b) return i;
        }
        return -1;
    }

    /// <summary>The brace that closes the block opened at <paramref name="open"/>.</summary>
    private static int Closing(string css, int open, int end)
    {
        var depth = 0;
        for (var i = open; i < end; i++)
        {
            var c = css[i];
            if (c == '\\') i++;
            else if (c is '"' or '\'') i = StringEnd(css, i, end);
            else if (c == '/' && i + 1 < end && css[i + 1] == '*') i = CommentEnd(css, i, end);
            else if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return i;
        }
        throw new FormatException($"A block opened at {open} is never closed.");
    }

    private static int StringEnd(string text, int open, int end)
    {
        for (var i = open + 1; i < end; i++)
        {
            if (text[i] == '\\') i++;
            else if (text[i] == text[open]) return i;
        }
        return end - 1;
    }

    private static int CommentEnd(string css, int open, int end)
    {
        var close = css.IndexOf("*/", open + 2, end - open - 2, StringComparison.Ordinal);
        return close < 0 ? end - 1 : close + 1;
    }

    private static string WithoutComments(string css, int start, int end)
    {
        var text = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            if (css[i] == '/' && i + 1 < end && css[i + 1] == '*') i = CommentEnd(css, i, end);
            else text.Append(css[i]);
        }
        return text.ToString();
    }
}
