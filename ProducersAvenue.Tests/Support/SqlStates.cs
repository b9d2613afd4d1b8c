using Microsoft.EntityFrameworkCore;
using Npgsql;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Tests.Support;

/// <summary>SQL sent around the services, to show what the database itself refuses.</summary>
public static class SqlStates
{
    /// <summary>The SQLSTATE of SQL sent as <paramref name="member"/> through the app role (Row Level Security applies).</summary>
    public static async Task<string?> SqlStateAsAsync(this TestDb db, Guid member, FormattableString sql)
    {
        await using var context = await db.Services(CurrentUser.For(member)).Contexts.CreateDbContextAsync();
        try
        {
            await context.Database.ExecuteSqlInterpolatedAsync(sql);
            return null;
        }
        catch (PostgresException e)
        {
            return e.SqlState;
        }
    }
}
