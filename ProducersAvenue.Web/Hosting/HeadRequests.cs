namespace ProducersAvenue.Web.Hosting;

/// <summary>
/// HEAD asks for what a GET would answer, without its body (RFC 9110, 9.3.2): search engines, link readers and uptime
/// checks send it before they fetch a page. Razor component endpoints answer only GET and POST, so every page — the
/// landing page, a listing, a profile — told a HEAD "not found". A HEAD now goes through the app as the GET it stands
/// for (the same page, status, headers and cache entry); Kestrel still sends no body, since it judges by the method the
/// request arrived with. The method is HEAD again once the response is done, for anything that logs it.
/// </summary>
public static class HeadRequests
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next();
            return;
        }
        context.Request.Method = HttpMethods.Get;
        try
        {
            await next();
        }
        finally
        {
            context.Request.Method = HttpMethods.Head;
        }
    });
}
