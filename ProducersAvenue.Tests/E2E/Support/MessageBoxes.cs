using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Support;

/// <summary>The message box of a conversation or an order (<c>MessageComposer</c>).</summary>
public static class MessageBoxes
{
    /// <summary>
    /// Types <paramref name="text"/> and presses Enter once Enter sends: the composer wires that in the browser after its
    /// circuit starts (its script marks the box <c>data-enter-sends</c>); a key pressed before makes a new line, as it
    /// would for a member who types that fast.
    /// </summary>
    public static async Task SendWithEnterAsync(this ILocator box, string text)
    {
        await Expect(box).ToHaveAttributeAsync("data-enter-sends", "true");
        await box.FillAsync(text);
        await box.PressAsync("Enter");
    }
}
