using Microsoft.AspNetCore.Components.Server.Circuits;

namespace ProducersAvenue.Web.Components.Shared;

/// <summary>
/// Whether this circuit's browser is connected now. Blazor keeps a circuit whose connection dropped (Wi-Fi lost, a laptop
/// shut, a browser killed) for minutes, and its components go on hearing live events meanwhile: what they do in the
/// member's name while nobody is there must not pretend the member saw it (decision 273: a conversation marked a message
/// read, the sender saw "Seen", and the member never did). Fed by the circuit's own connection events, as a circuit handler.
/// Outside a circuit (prerendering, a component test) it says connected: there is no connection to lose.
/// </summary>
public sealed class CircuitConnection : CircuitHandler
{
    public bool IsConnected { get; private set; } = true;

    /// <summary>The connection came back (the browser reconnected to the same circuit). Raised on the circuit's handler path:
    /// a listener hands its work to its component's dispatcher and returns.</summary>
    public event Action? Restored;

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        IsConnected = false;
        return Task.CompletedTask;
    }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        var wasDown = !IsConnected;
        IsConnected = true;
        if (wasDown) Restored?.Invoke();
        return Task.CompletedTask;
    }
}

public static class CircuitConnectionRegistration
{
    /// <summary>One instance per circuit: the handler Blazor calls and the service components read are the same.</summary>
    public static IServiceCollection AddCircuitConnection(this IServiceCollection services)
    {
        services.AddScoped<CircuitConnection>();
        services.AddScoped<CircuitHandler>(sp => sp.GetRequiredService<CircuitConnection>());
        return services;
    }
}
