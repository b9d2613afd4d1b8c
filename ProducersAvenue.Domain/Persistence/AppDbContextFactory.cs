using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence.Interceptors;

namespace ProducersAvenue.Domain.Persistence;

/// <summary>
/// The one place contexts are made. Scoped: it knows the caller (<see cref="ICurrentUser"/>) and puts it on
/// every connection the context opens, so Row Level Security sees the same user the services check.
/// </summary>
public sealed class AppDbContextFactory(DbContextOptions<AppDbContext> options, ICurrentUser user, TimeProvider clock)
    : IDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext()
    {
        var builder = new DbContextOptionsBuilder<AppDbContext>(options);
        builder.AddInterceptors(new CurrentUserConnectionInterceptor(user), new TimestampInterceptor(clock));
        return new AppDbContext(builder.Options);
    }
}
