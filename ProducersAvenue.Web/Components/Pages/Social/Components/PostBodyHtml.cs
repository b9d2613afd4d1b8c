using Microsoft.AspNetCore.Components;

namespace ProducersAvenue.Web.Components.Pages.Social.Components;

/// <summary>A post's viewer-independent HTML: <see cref="Text"/> (the rendered Markdown) and <see cref="Attachments"/> (media, link preview).</summary>
public sealed record PostBodyHtml(MarkupString Text, MarkupString Attachments);
