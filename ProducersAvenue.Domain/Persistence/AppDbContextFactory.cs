using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence.Interceptors;

namespace ProducersAvenue.Domain.Persistence;

/// <summary>
/// The one place request contexts are made. Scoped: it knows the caller (<see cref="ICurrentUser"/>) and leases contexts
/// bound to it from the <see cref="AppDbContextPool"/>, whose <see cref="CallerInterceptor"/> names it on every
/// transaction and command the context sends, so Row Level Security sees the same user the services check.
/// </summary>
public sealed class AppDbContextFactory(AppDbContextPool pool, ICurrentUser user) : IDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext() => pool.Lease(user, DatabaseCaller.Request);

    /// <summary>
    /// The context of ASP.NET Core Identity's stores (registered as the scoped <see cref="AppDbContext"/>): the only one
    /// that may read other members' <c>auth</c> rows, because signing in, signing up and resetting a password look an
    /// account up before anyone is signed in. Domain services never get it.
    /// </summary>
    public AppDbContext CreateIdentityStoreContext() => pool.Lease(user, DatabaseCaller.IdentityStore);
}
