using System.Text.Encodings.Web;

namespace ProducersAvenue.Web.Components.Pages.Social.Components;

/// <summary>
/// "· edited" after a post's or a comment's time when its author changed the text (decision 241), with when in its
/// tooltip ("Edited 5 minutes ago"); nothing for text as first written.
/// </summary>
public static class EditedMark
{
    public static string Html(DateTimeOffset? editedAt, DateTimeOffset now, TimeZoneInfo zone) =>
        editedAt is { } at
            ? $""" · <span class="pa-edited" data-testid="edited" title="Edited {HtmlEncoder.Default.Encode(TimeAgo.Spoken(at, now, zone))}">edited</span>"""
            : "";
}
