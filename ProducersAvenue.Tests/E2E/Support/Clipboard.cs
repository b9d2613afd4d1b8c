using Microsoft.Playwright;

namespace ProducersAvenue.Tests.E2E.Support;

/// <summary>Pasting as a member does: through the clipboard and Ctrl+V, so the browser applies the box's <c>maxlength</c>.</summary>
public static class Clipboard
{
    /// <summary>Lets the page's context write and read the clipboard; call before <see cref="PasteAsync"/>.</summary>
    public static Task AllowClipboardAsync(this IPage page) => page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);

    /// <summary>What the page put on the clipboard (a share button's copied link).</summary>
    public static Task<string> ReadClipboardAsync(this IPage page) => page.EvaluateAsync<string>("() => navigator.clipboard.readText()");

    /// <summary>Puts <paramref name="text"/> on the clipboard and pastes it into <paramref name="box"/>.</summary>
    public static async Task PasteAsync(this IPage page, ILocator box, string text)
    {
        await page.EvaluateAsync("t => navigator.clipboard.writeText(t)", text);
        await box.FocusAsync();
        await page.Keyboard.PressAsync("Control+V");
    }
}
