namespace ProducersAvenue.Domain.Common;

/// <summary>Where nothing caches public pages (the domain on its own, tools, most tests): evicting is a no-op.</summary>
public sealed class NoPublicPageCache : IPublicPageCache
{
    public void Evict()
    {
    }
}
