using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Support;

/// <summary>Waiting for a prerendered page's circuit to take over before acting on the layout.</summary>
public static class Circuits
{
    /// <summary>
    /// Waits until the layout renders in a circuit (MainLayout's <c>data-circuit</c>). A nav link clicked while the circuit
    /// starts can land between the prerendered page and its interactive render; after this it is an in-circuit navigation.
    /// </summary>
    public static Task WaitForCircuitAsync(this IPage page) =>
        Expect(page.Locator("main#main")).ToHaveAttributeAsync("data-circuit", "on");
}
