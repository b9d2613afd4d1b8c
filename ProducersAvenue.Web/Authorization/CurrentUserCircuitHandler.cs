using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Web.Components.Account;

namespace ProducersAvenue.Web.Authorization;

/// <summary>
/// Keeps the circuit's <see cref="CurrentUser"/> in step with its authentication state (the documented circuit-handler
/// pattern) and fresh: before every inbound action (a click, a form submit, a navigation) the member's standing is read
/// again (<see cref="MemberStandings"/>), so a role change applies to that action and a banned member, or a session
/// from before a password change, is signed out of the circuit before the action runs (decision 031).
/// </summary>
public sealed class CurrentUserCircuitHandler(
    AuthenticationStateProvider authentication, CurrentUser current, MemberStandings standings, ILogger<CurrentUserCircuitHandler> logger)
    : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authentication.AuthenticationStateChanged += OnAuthenticationChanged;
        CurrentUserPrincipal.Apply(current, (await authentication.GetAuthenticationStateAsync()).User);
        await base.OnCircuitOpenedAsync(circuit, cancellationToken);
    }

    /// <summary>Completes when the latest inbound activity may run: activities run in the order they arrived.</summary>
    private Task _lastReady = Task.CompletedTask;
    private readonly Lock _order = new();

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            // The check starts at once; the activity waits for it and for every activity that arrived before it, so
            // an awaited database read never lets a later click overtake an earlier change. (Blazor calls this
            // handler from the hub, before it enters the circuit's dispatcher, so the chain is guarded by a lock.)
            var refresh = RefreshAsync();
            Task ready;
            lock (_order)
            {
                ready = Task.WhenAll(_lastReady, refresh);
                _lastReady = ready;
            }
            await ready;
            await next(context);
        };

    /// <summary>Never throws (the activity chain must not break): when the check fails, the action runs signed out.</summary>
    private async Task RefreshAsync()
    {
        try
        {
            await ApplyStandingAsync();
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not check the member's standing; the action runs signed out.");
            current.Set(null);
        }
    }

    private async Task ApplyStandingAsync()
    {
        var principal = (await authentication.GetAuthenticationStateAsync()).User;
        // Read as the principal's member whatever the scope's user is now (MemberStandings): a scope that names the member
        // keeps its role meanwhile, which work running in the circuit relies on.
        var standing = await standings.ReadAsync(principal);
        if (standing is null)
        {
            current.Set(null);
        }
        else if (!standing.IsActive)
        {
            current.Set(null);
            if (authentication is IdentityRevalidatingAuthenticationStateProvider revalidating) revalidating.EndSession(standing.EndedBecause!);
        }
        else
        {
            current.Set(standing.UserId, standing.Role);
            var refreshed = standings.WithRole(principal, standing.Role);
            if (!ReferenceEquals(refreshed, principal) && authentication is IHostEnvironmentAuthenticationStateProvider host)
                host.SetAuthenticationState(Task.FromResult(new AuthenticationState(refreshed)));
        }
    }

    private void OnAuthenticationChanged(Task<AuthenticationState> task) =>
        _ = task.ContinueWith(t => CurrentUserPrincipal.Apply(current, t.Result.User), TaskContinuationOptions.OnlyOnRanToCompletion);

    public void Dispose() => authentication.AuthenticationStateChanged -= OnAuthenticationChanged;
}
