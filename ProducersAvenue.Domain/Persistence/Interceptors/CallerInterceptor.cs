using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Domain.Persistence.Interceptors;

/// <summary>
/// Names the caller to PostgreSQL with <c>CALL app_set_caller(user, role, identity store)</c>, which sets
/// <c>app.user_id</c>, <c>app.user_role</c> and <c>app.identity_store</c> with <c>set_config(..., true)</c>: they live as
/// long as the transaction, so a pooled connection never carries a caller into another unit of work (decision 080).
/// <list type="bullet">
/// <item>A transaction the context begins (<c>SaveChanges</c>, which the factory makes always transactional, or
/// <c>BeginTransaction</c>) starts with the call.</item>
/// <item>A command outside a transaction carries the call in front of its own text; PostgreSQL runs the batch as one
/// implicit transaction.</item>
/// </list>
/// Policies read the user through <c>app_current_user_id()</c>; admin powers come from <c>user_profiles.role</c>
/// (<c>app_is_admin()</c>), never from the role sent here. The user is read when the call is made: a circuit's
/// <see cref="ICurrentUser"/> may change after sign-in.
/// One instance serves every pooled context (<see cref="AppDbContextPool"/>): the caller is the one the context was leased
/// to. A context that was never leased has none and sends nothing.
/// </summary>
public sealed class CallerInterceptor : IDbCommandInterceptor, IDbTransactionInterceptor
{
    public static readonly CallerInterceptor Instance = new();

    private CallerInterceptor() { }

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        using var command = CallCommand(connection, result, eventData.Context);
        command.ExecuteNonQuery();
        return result;
    }

    public async ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result,
        CancellationToken cancellationToken = default)
    {
        await using var command = CallCommand(connection, result, eventData.Context);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return result;
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Prefix(command, eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Prefix(command, eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Prefix(command, eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Prefix(command, eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Prefix(command, eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Prefix(command, eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <summary>
    /// Inside a transaction the caller is already set. Outside one the call goes in front: EF reads per-statement row
    /// counts only from SaveChanges batches, which always run in a transaction, so the extra statement shifts nothing.
    /// </summary>
    private static void Prefix(DbCommand command, DbContext? context)
    {
        var call = CallStatement(context);
        if (command.Transaction is null) command.CommandText = call + command.CommandText;
    }

    private static DbCommand CallCommand(DbConnection connection, DbTransaction transaction, DbContext? context)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = CallStatement(context);
        return command;
    }

    private static string CallStatement(DbContext? context) =>
        context is AppDbContext { Caller: { } caller }
            ? CallStatement(caller.User, caller.Kind)
            : throw new InvalidOperationException(
                "A database context without a caller was used: it was not leased from AppDbContextPool.");

    /// <summary>
    /// The statement that names the caller. The values are a Guid and fixed words, never user text, so they are written
    /// as literals: a parameter would clash with commands that use positional ones.
    /// </summary>
    public static string CallStatement(ICurrentUser user, DatabaseCaller kind)
    {
        var id = user.UserId?.ToString() ?? "";
        var role = kind == DatabaseCaller.Jobs ? "jobs" : user.UserId is null ? "anonymous" : EnumText<Profiles.UserRole>.ToText(user.Role);
        var identityStore = kind == DatabaseCaller.IdentityStore ? "on" : "";
        return $"CALL app_set_caller('{id}', '{role}', '{identityStore}');\n";
    }
}
