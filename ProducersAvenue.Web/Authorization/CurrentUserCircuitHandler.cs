using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using ProducersAvenue.Domain.Common;

namespace ProducersAvenue.Web.Authorization;

/// <summary>
/// Keeps the circuit's <see cref="CurrentUser"/> in step with its authentication state, so services
/// called from interactive components see the same user as the page (the documented circuit-handler pattern).
/// </summary>
public sealed class CurrentUserCircuitHandler(AuthenticationStateProvider authentication, CurrentUser current)
    : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authentication.AuthenticationStateChanged += OnAuthenticationChanged;
        CurrentUserPrincipal.Apply(current, (await authentication.GetAuthenticationStateAsync()).User);
        await base.OnCircuitOpenedAsync(circuit, cancellationToken);
    }

    private void OnAuthenticationChanged(Task<AuthenticationState> task) =>
        _ = task.ContinueWith(t => CurrentUserPrincipal.Apply(current, t.Result.User), TaskContinuationOptions.OnlyOnRanToCompletion);

    public void Dispose() => authentication.AuthenticationStateChanged -= OnAuthenticationChanged;
}
