namespace ProducersAvenue.Domain.Common;

/// <summary>
/// A cache of what anyone may read — the web app's signed-out pages, the storefront's listing pages. Each registers as
/// one; <see cref="IPublicPageCache.Evict"/>, which commands call after they commit, empties every one.
/// </summary>
public interface IPublicContentCache
{
    void Evict();
}
