namespace ProducersAvenue.Domain.Common;

/// <summary>The one way a command says "what anyone may read changed": it empties every <see cref="IPublicContentCache"/>.</summary>
public sealed class PublicContentEviction(IEnumerable<IPublicContentCache> caches) : IPublicPageCache
{
    public void Evict()
    {
        foreach (var cache in caches) cache.Evict();
    }
}
