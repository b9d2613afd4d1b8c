using ProducersAvenue.Domain.Messaging;
using ProducersAvenue.Web.Hosting;

namespace ProducersAvenue.Web.Endpoints;

public static class MessageEndpoints
{
    /// <summary>
    /// <c>GET /messages/attachments/{message}/{index}</c>: an attachment of a message, for the conversation's participants
    /// (decision 207). Asks <see cref="ConversationQueries.AttachmentLinkAsync"/> for a short-lived private link and redirects
    /// to it; the not-found page for anyone else, a forged message id or index.
    /// </summary>
    public static IEndpointRouteBuilder MapMessageEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/messages/attachments/{messageId:guid}/{index:int}",
            async (Guid messageId, int index, ConversationQueries conversations, HttpContext http, CancellationToken cancellationToken) =>
                await conversations.AttachmentLinkAsync(messageId, index, cancellationToken) is { } link ? Results.Redirect(link) : NotFoundEndpoint.Page(http))
            .RequireAuthorization().RequireRateLimiting(RequestRateLimiting.Downloads).ExcludeFromDescription();
        return endpoints;
    }
}
