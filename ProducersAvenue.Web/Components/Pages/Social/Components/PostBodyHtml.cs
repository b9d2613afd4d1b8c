using Microsoft.AspNetCore.Components;

namespace ProducersAvenue.Web.Components.Pages.Social.Components;

/// <summary>
/// A post's viewer-independent HTML: <see cref="Text"/> (the rendered Markdown in its <c>div.pa-post-body</c>, one markup
/// frame with its wrapper) and <see cref="Attachments"/> (media, link preview).
/// </summary>
public sealed record PostBodyHtml(MarkupString Text, MarkupString Attachments);
