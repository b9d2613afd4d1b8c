using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Support;

/// <summary>The message box of a conversation or an order (<c>MessageComposer</c>).</summary>
public static class MessageBoxes
{
    /// <summary>
    /// Types <paramref name="text"/> and presses Enter in a box that Enter sends from: the circuit marks the box
    /// <c>data-pa-enter-sends</c> as it draws it, and the layout's script sends from then on (decision 273).
    /// </summary>
    public static async Task SendWithEnterAsync(this ILocator box, string text)
    {
        await Expect(box).ToHaveAttributeAsync("data-pa-enter-sends", "true");
        await box.FillAsync(text);
        await box.PressAsync("Enter");
    }
}
