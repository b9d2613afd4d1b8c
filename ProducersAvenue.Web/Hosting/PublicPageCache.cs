using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Web.Components.Layout;

namespace ProducersAvenue.Web.Hosting;

/// <summary>
/// What signed-out visitors see is the same for all of them, so pages marked <c>[OutputCache(PolicyName = Policy)]</c>
/// are kept for <c>PublicPages:CacheSeconds</c> (decision 121) — per address and query, and per theme (the first paint
/// carries the palette). Signed-in members always get a fresh page. Commands that change what such a page shows evict
/// every cached page after they commit (<see cref="IPublicPageCache"/>, whose eviction reaches this cache as an
/// <see cref="IPublicContentCache"/>); counters (likes, follows) may lag by the lifetime.
/// </summary>
public static class PublicPageCache
{
    public const string Policy = "public-page";
    private const string Tag = "public-pages";

    public static WebApplicationBuilder AddPublicPageCache(this WebApplicationBuilder builder)
    {
        var seconds = builder.Configuration.GetValue("PublicPages:CacheSeconds", 30);
        builder.Services.AddOutputCache(options => options.AddPolicy(Policy, new SignedOutPolicy(TimeSpan.FromSeconds(seconds))));
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IPublicContentCache, Evictor>());

        // The app's antiforgery, wrapped so that public pages set no cookie (PublicPageAntiforgery).
        builder.Services.AddAntiforgery();
        var antiforgery = builder.Services.Last(d => d.ServiceType == typeof(IAntiforgery));
        builder.Services.Replace(ServiceDescriptor.Singleton<IAntiforgery>(sp => new PublicPageAntiforgery(
            antiforgery.ImplementationType is { } type
                ? (IAntiforgery)ActivatorUtilities.CreateInstance(sp, type)
                : (IAntiforgery)antiforgery.ImplementationFactory!(sp))));
        return builder;
    }

    /// <summary>After authentication (it asks who the visitor is), before the endpoints.</summary>
    public static WebApplication UsePublicPageCache(this WebApplication app)
    {
        app.UseOutputCache();
        return app;
    }

    private sealed class Evictor(IOutputCacheStore store, ILogger<Evictor> logger) : IPublicContentCache
    {
        public void Evict()
        {
            // The in-memory store evicts synchronously; a store that does not still finishes in the background.
            var eviction = store.EvictByTagAsync(Tag, CancellationToken.None);
            if (!eviction.IsCompletedSuccessfully)
                _ = eviction.AsTask().ContinueWith(t => logger.LogWarning(t.Exception, "Evicting the public page cache failed."),
                    CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
    }

    private sealed class SignedOutPolicy(TimeSpan lifetime) : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var http = context.HttpContext;
            var cacheable = lifetime > TimeSpan.Zero && PublicPageAntiforgery.IsPublicPage(http);
            context.EnableOutputCaching = cacheable;
            context.AllowCacheLookup = cacheable;
            context.AllowCacheStorage = cacheable;
            context.AllowLocking = true;
            context.ResponseExpirationTimeSpan = lifetime;
            context.CacheVaryByRules.QueryKeys = "*";
            context.CacheVaryByRules.VaryByValues["theme"] = ThemePreference.Read(http.Request) switch
            {
                true => ThemePreference.Dark,
                false => ThemePreference.Light,
                null => "unknown",
            };
            context.Tags.Add(Tag);
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            // Only a plain success that sets no cookie is the same for every visitor.
            var response = context.HttpContext.Response;
            if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0) context.AllowCacheStorage = false;
            return ValueTask.CompletedTask;
        }
    }
}
