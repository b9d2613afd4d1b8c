namespace ProducersAvenue.Domain.Common;

/// <summary>
/// What one member may see of another's private profile depends on whether the two are connected; a cache that keeps that
/// answer per pair (the storefront's private sellers, decision 128) forgets the pair when a follow or unfollow between
/// them commits, so a connection that ends hides the profile at once.
/// </summary>
public interface IConnectionViewCache
{
    void Forget(Guid a, Guid b);
}
