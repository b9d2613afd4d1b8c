using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Social;

namespace ProducersAvenue.Web.Components.Pages.Social.Components;

/// <summary>
/// One row of a <see cref="MemberList"/>: the member, what the viewer knows of them, the line under the name and, where
/// the list shows it, their bio. <paramref name="Messageable"/> rows get a Message button (the viewer's connections).
/// </summary>
public sealed record MemberRowView(AuthorView Member, bool IsViewer, bool ViewerFollows, bool Connected, string Detail, string? Bio = null,
    bool Messageable = false)
{
    public static MemberRowView Of(FollowRow row) =>
        new(row.Member, row.IsViewer, row.ViewerFollows, row.Connected, $"@{row.Member.Username}", Messageable: !row.IsViewer && row.Connected);

    public static MemberRowView Of(MemberResult result) =>
        new(result.Member, result.IsViewer, result.ViewerFollows, result.Connected,
            $"@{result.Member.Username} · {Counted.Of(result.FollowersCount, "follower")}", result.Bio);
}
