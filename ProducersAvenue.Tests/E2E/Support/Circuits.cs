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

    /// <summary>
    /// Waits until the page takes input: its components run in a circuit, or it is a static page (a visitor's explore,
    /// profile or tag page, decision 143; an Identity form) that no circuit will take over.
    /// </summary>
    public static Task WaitForPageAsync(this IPage page) =>
        page.Locator("[data-interactive=true], main[data-circuit=none]").First.WaitForAsync();

    /// <summary>
    /// Holds back the circuits of the pages <paramref name="page"/> opens from now on (their SignalR negotiation waits) until
    /// the returned action is called, or for good: the page stays as prerendered, with no click handler behind it — what a
    /// member sees and does before its circuit arrives.
    /// </summary>
    public static async Task<Action> HoldCircuitsAsync(this IPage page)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/_blazor/negotiate**", async route =>
        {
            await gate.Task;
            await route.ContinueAsync();
        });
        return () => gate.TrySetResult();
    }

    /// <summary>Asserts that the page is static: no circuit is coming to take it over (decision 143).</summary>
    public static Task ExpectStaticAsync(this IPage page) =>
        Expect(page.Locator("main#main")).ToHaveAttributeAsync("data-circuit", "none");
}
