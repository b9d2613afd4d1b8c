using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ProducersAvenue.Domain.Persistence.Interceptors;

/// <summary>
/// PostgreSQL neither stores nor compares a NUL character in text (<c>22021 invalid byte sequence for encoding "UTF8":
/// 0x00</c>), so a string parameter carrying one ended its request in a 500 — a multipart sign-in form with a NUL in the
/// login reached Identity's lookup by email that way. The last line behind the services' own rules (<c>TextInput.Clean</c>,
/// the message composer's refusal, <c>FormNulRemoval</c> for URL-encoded forms): every text parameter of every command,
/// and every element of a text array, loses its NUL characters before the command runs. One instance serves every pooled
/// context (<see cref="AppDbContextPool"/>).
/// </summary>
public sealed class NulFreeParameters : DbCommandInterceptor
{
    public static readonly NulFreeParameters Instance = new();

    private NulFreeParameters() { }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Clean(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Clean(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Clean(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Clean(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Clean(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Clean(command);
        return ValueTask.FromResult(result);
    }

    private static void Clean(DbCommand command)
    {
        foreach (DbParameter parameter in command.Parameters)
        {
            switch (parameter.Value)
            {
                case string text when text.Contains('\0'):
                    parameter.Value = Without(text);
                    break;
                case string[] texts when texts.Any(t => t?.Contains('\0') == true):
                    parameter.Value = texts.Select(t => t is null ? null : Without(t)).ToArray();
                    break;
                case List<string> texts when texts.Any(t => t?.Contains('\0') == true):
                    parameter.Value = texts.Select(t => t is null ? null! : Without(t)).ToList();
                    break;
            }
        }
    }

    private static string Without(string text) => text.Replace("\0", "", StringComparison.Ordinal);
}
