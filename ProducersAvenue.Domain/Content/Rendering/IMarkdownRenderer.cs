namespace ProducersAvenue.Domain.Content.Rendering;

/// <summary>Member Markdown (posts, comments, bios, descriptions) to safe HTML: raw HTML disabled, output sanitized.</summary>
public interface IMarkdownRenderer
{
    string ToSafeHtml(string? markdown);
}
