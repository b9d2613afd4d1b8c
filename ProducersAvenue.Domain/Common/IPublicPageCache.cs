namespace ProducersAvenue.Domain.Common;

/// <summary>
/// The pages signed-out visitors see (explore, tags, search, profiles, posts) may be served from a short-lived cache
/// (decision 121). A command that changes what they show — a post or comment written, edited or removed, a profile
/// edited, hidden or closed, a member suspended — calls <see cref="Evict"/> after its unit of work commits
/// (<c>UnitOfWork.AfterCommit(pages.Evict)</c>), so a private or deleted thing never outlives its change there. It empties
/// every <see cref="IPublicContentCache"/> (<see cref="PublicContentEviction"/>): the storefront's listing pages too.
/// </summary>
public interface IPublicPageCache
{
    void Evict();
}
