using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Support;

/// <summary>Choosing from a select the way a member does — the browser's own or a MudSelect — and waiting until it has let go of the page.</summary>
public static class Selects
{
    /// <summary>
    /// Chooses <paramref name="option"/> in the select labelled <paramref name="label"/>. The browser's own select (the
    /// filters', decision 162) takes the choice as a member's picker gives it. A MudSelect is opened, the option clicked
    /// and the list waited out: a closing select gives focus back to itself, and a field filled before that moment loses
    /// its text to the select without ever sending its change to the server.
    /// </summary>
    public static async Task ChooseAsync(this IPage page, string label, string option)
    {
        var select = page.GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true });
        if (await select.EvaluateAsync<string>("e => e.tagName") == "SELECT")
        {
            await select.SelectOptionAsync(new SelectOptionValue { Label = option });
            return;
        }
        await select.ClickAsync();
        var choice = page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true });
        await choice.ClickAsync();
        await Expect(choice).ToBeHiddenAsync();
    }

    /// <summary>
    /// Opens the multiple select labelled <paramref name="label"/>, ticks each of <paramref name="options"/> (waiting until
    /// each shows as selected), closes it and waits for the list to go, for the same reason as <see cref="ChooseAsync"/>.
    /// A multiple select stays open after a click; Escape closes it only from the select itself (the clicked option has
    /// the focus), so the key goes to the combobox, and a click on the overlay outside the list closes it otherwise.
    /// </summary>
    public static async Task ChooseManyAsync(this IPage page, string label, params string[] options)
    {
        var select = page.GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true });
        await select.ClickAsync();
        foreach (var option in options)
        {
            var choice = page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true });
            await choice.ClickAsync();
            await Expect(choice).ToHaveAttributeAsync("aria-selected", "true");
        }
        var last = page.GetByRole(AriaRole.Option, new() { Name = options[^1], Exact = true });
        await select.PressAsync("Escape");
        try
        {
            await Expect(last).ToBeHiddenAsync(new() { Timeout = 3000 });
        }
        catch (PlaywrightException)
        {
            await page.Mouse.ClickAsync(2, 2);
            await Expect(last).ToBeHiddenAsync();
        }
    }
}
