using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Support;

/// <summary>Choosing from a MudSelect the way a member does, and waiting until it has let go of the page.</summary>
public static class Selects
{
    /// <summary>
    /// Opens the select labelled <paramref name="label"/>, clicks <paramref name="option"/> and waits for the list to close:
    /// a closing select gives focus back to itself, and a field filled before that moment loses its text to the select
    /// without ever sending its change to the server.
    /// </summary>
    public static async Task ChooseAsync(this IPage page, string label, string option)
    {
        await page.GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true }).ClickAsync();
        var choice = page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true });
        await choice.ClickAsync();
        await Expect(choice).ToBeHiddenAsync();
    }
}
