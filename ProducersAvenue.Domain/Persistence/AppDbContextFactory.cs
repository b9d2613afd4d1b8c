using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence.Interceptors;

namespace ProducersAvenue.Domain.Persistence;

/// <summary>
/// The one place request contexts are made. Scoped: it knows the caller (<see cref="ICurrentUser"/>) and names it on
/// every transaction and command the context sends (<see cref="CallerInterceptor"/>), so Row Level Security sees the same user
/// the services check.
/// </summary>
public sealed class AppDbContextFactory(DbContextOptions<AppDbContext> options, ICurrentUser user, TimeProvider clock)
    : IDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext() => Create(options, user, DatabaseCaller.Request, clock);

    /// <summary>
    /// The context of ASP.NET Core Identity's stores (registered as the scoped <see cref="AppDbContext"/>): the only one
    /// that may read other members' <c>auth</c> rows, because signing in, signing up and resetting a password look an
    /// account up before anyone is signed in. Domain services never get it.
    /// </summary>
    public AppDbContext CreateIdentityStoreContext() => Create(options, user, DatabaseCaller.IdentityStore, clock);

    internal static AppDbContext Create(DbContextOptions<AppDbContext> options, ICurrentUser user, DatabaseCaller kind, TimeProvider clock)
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>(options);
        builder.AddInterceptors(new CallerInterceptor(user, kind), new TimestampInterceptor(clock));
        var context = new AppDbContext(builder.Options);
        // SaveChanges always opens a transaction, which CallerInterceptor starts by naming the caller: a prefixed
        // statement would shift the per-statement row counts EF checks after an UPDATE or DELETE.
        context.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        return context;
    }
}
