namespace ProducersAvenue.Domain.Persistence;

/// <summary>Who a context works for: the request's member (or anonymous), Identity's stores, or background jobs.</summary>
public enum DatabaseCaller
{
    Request,
    IdentityStore,
    Jobs,
}
