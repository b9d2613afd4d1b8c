using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.Options;
using ProducersAvenue.Domain.Accounts;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Web.Authorization;

namespace ProducersAvenue.Web.Components.Account;

/// <summary>
/// The circuit's authentication state, checked again every <see cref="AccountOptions.CircuitRevalidationSeconds"/>
/// against the database (<see cref="MemberStandings"/>: banned, deleted, security stamp changed), so an idle open tab
/// is signed out too. <see cref="EndSession"/> signs the circuit out at once (the circuit handler calls it before an
/// action); <see cref="EndedBecause"/> keeps the reason, which <c>SessionEndedNotice</c> shows (decision 031).
/// </summary>
internal sealed class IdentityRevalidatingAuthenticationStateProvider(
        ILoggerFactory loggerFactory,
        IServiceScopeFactory scopeFactory,
        IOptions<AccountOptions> accounts)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    private static readonly AuthenticationState SignedOut = new(new ClaimsPrincipal(new ClaimsIdentity()));

    protected override TimeSpan RevalidationInterval => TimeSpan.FromSeconds(Math.Max(1, accounts.Value.CircuitRevalidationSeconds));

    /// <summary>Why this circuit was signed out, once it was.</summary>
    public string? EndedBecause { get; private set; }

    /// <summary>Raised (on any thread) when the session ends with a reason.</summary>
    public event Action? SessionEnded;

    public void EndSession(string reason)
    {
        // The first reason stays: the revalidation and an action can both find the session over.
        EndedBecause ??= reason;
        SetAuthenticationState(Task.FromResult(SignedOut));
        SessionEnded?.Invoke();
    }

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        // A new scope, so the check reads fresh data with its own context (as the principal's member: MemberStandings).
        await using var scope = scopeFactory.CreateAsyncScope();
        var standing = await scope.ServiceProvider.GetRequiredService<MemberStandings>().ReadAsync(authenticationState.User, cancellationToken);
        if (standing is null || standing.IsActive) return true;

        // The base class signs the circuit out when this returns false; record why first.
        EndedBecause ??= standing.EndedBecause;
        SessionEnded?.Invoke();
        return false;
    }
}
