using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence.Interceptors;

namespace ProducersAvenue.Domain.Persistence;

/// <summary>
/// Contexts reused between operations (EF Core's context pooling, decision 161): a page makes a context per query, and a
/// new one resolved its few dozen internal services each time. Each lease binds the context to its caller; the
/// interceptors are shared and read the caller from the context they serve. EF refuses a context while it waits in the
/// pool; once leased again it is the new caller's, so a context must not be kept past its operation's <c>await using</c>.
/// </summary>
public sealed class AppDbContextPool
{
    private readonly PooledDbContextFactory<AppDbContext> _contexts;

    /// <param name="observers">Interceptors after the app's own (tests record or race the commands with them).</param>
    public AppDbContextPool(NpgsqlDataSource dataSource, TimeProvider clock, params IInterceptor[] observers)
    {
        var options = PersistenceServiceCollectionExtensions.ConfigureOptions(new DbContextOptionsBuilder<AppDbContext>(), dataSource)
            .AddInterceptors([CallerInterceptor.Instance, NulFreeParameters.Instance, new TimestampInterceptor(clock), .. observers])
            .Options;
        _contexts = new PooledDbContextFactory<AppDbContext>(options);
    }

    public AppDbContext Lease(ICurrentUser user, DatabaseCaller kind)
    {
        var context = _contexts.CreateDbContext();
        context.Caller = new ContextCaller(user, kind);
        // SaveChanges always opens a transaction, which CallerInterceptor starts by naming the caller: a prefixed
        // statement would shift the per-statement row counts EF checks after an UPDATE or DELETE. (The pool resets this
        // setting when a context comes back, so it is set on every lease.)
        context.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        return context;
    }
}

/// <summary>The member (or nobody) a leased context works for, and in which capacity.</summary>
public sealed record ContextCaller(ICurrentUser User, DatabaseCaller Kind);
