using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Web.Authorization;

/// <summary>For plain HTTP requests (static pages, endpoints, prerendering): the request's user becomes the <see cref="CurrentUser"/>.</summary>
public sealed class CurrentUserMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, CurrentUser current)
    {
        CurrentUserPrincipal.Apply(current, context.User);
        return next(context);
    }
}
