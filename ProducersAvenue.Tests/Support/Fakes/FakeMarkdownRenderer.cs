using System.Net;
using ProducersAvenue.Domain.Content.Rendering;

namespace ProducersAvenue.Tests.Support.Fakes;

/// <summary>Stands in for the content feature's renderer: escaped text in a paragraph.</summary>
public sealed class FakeMarkdownRenderer : IMarkdownRenderer
{
    public string ToSafeHtml(string? markdown) => string.IsNullOrEmpty(markdown) ? "" : $"<p>{WebUtility.HtmlEncode(markdown)}</p>";
}
