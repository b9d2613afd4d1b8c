using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Persistence.Interceptors;

/// <summary>
/// Copies the current user onto the connection as the settings <c>app.user_id</c> and <c>app.user_role</c>,
/// which Row Level Security policies read through <c>app_current_user_id()</c> and <c>app_current_role()</c>.
/// One instance per context; the factory creates it with the caller's <see cref="ICurrentUser"/>.
/// </summary>
public sealed class CurrentUserConnectionInterceptor(ICurrentUser user) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = CreateCommand(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = CreateCommand(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand CreateCommand(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = "SELECT set_config('app.user_id', @user_id, false), set_config('app.user_role', @user_role, false)";
        AddParameter(command, "user_id", user.UserId?.ToString() ?? "");
        AddParameter(command, "user_role", user.UserId is null ? "anonymous" : EnumText<Profiles.UserRole>.ToText(user.Role));
        return command;
    }

    private static void AddParameter(DbCommand command, string name, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
