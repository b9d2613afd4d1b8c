using ProducersAvenue.Domain.Social;
using ProducersAvenue.Web.Hosting;

namespace ProducersAvenue.Web.Endpoints;

public static class MentionEndpoints
{
    public const string SuggestPath = "/mentions/suggest";

    /// <summary>
    /// <c>GET /mentions/suggest?q=zev</c>: the members a signed-in member may mention whose name starts with the text after
    /// their "@" (<see cref="MentionSuggestions"/>), as <c>{ "members": [{ "username", "name", "avatarUrl" }] }</c>, for the
    /// post, comment and message boxes' list (wwwroot/js/mention-suggest.js, decision 255). A request of its own rather than
    /// a call over the circuit: an idle page holds nothing for it. Never cached; limited per member.
    /// </summary>
    public static IEndpointRouteBuilder MapMentionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SuggestPath, async (string? q, MentionSuggestions suggestions, HttpContext context, CancellationToken cancellationToken) =>
            {
                context.Response.Headers.CacheControl = "no-store";
                var members = await suggestions.ForAsync(q, cancellationToken);
                return Results.Json(new { members = members.Select(m => new { username = m.Username, name = m.Name, avatarUrl = m.AvatarUrl }) });
            })
            .RequireAuthorization().RequireRateLimiting(RequestRateLimiting.Suggestions).ExcludeFromDescription();
        return endpoints;
    }
}
