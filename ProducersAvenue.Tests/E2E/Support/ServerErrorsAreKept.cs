using Microsoft.Extensions.Logging;

namespace ProducersAvenue.Tests.E2E.Support;

/// <summary><see cref="ServerErrors"/> keeps the browser tests' app errors, with their exceptions, and nothing quieter.</summary>
public sealed class ServerErrorsAreKept
{
    [Fact]
    public void Errors_and_their_exceptions_are_kept_once_and_warnings_are_not()
    {
        var errors = new ServerErrors();
        var log = errors.CreateLogger("Circuit");

        log.LogWarning("A slow render");
        log.LogError(new InvalidOperationException("The list could not be read"), "Unhandled exception in circuit {Id}", "c1");

        var kept = Assert.Single(errors.Drain());
        Assert.Contains("Error Circuit: Unhandled exception in circuit c1", kept, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: The list could not be read", kept, StringComparison.Ordinal);
        Assert.Empty(errors.Drain());
    }
}
