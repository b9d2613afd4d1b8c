using Microsoft.Playwright;

namespace ProducersAvenue.Tests.E2E.Support;

/// <summary>/settings/profile: the interactive profile editor (inputs located by their labels).</summary>
public sealed class ProfileEditorPage(IPage page)
{
    /// <summary>Opens the editor and waits until it is interactive (it prerenders first).</summary>
    public async Task OpenAsync()
    {
        await page.GotoAsync("/settings/profile");
        await page.Locator("form[data-interactive=true]").WaitForAsync();
    }

    public ILocator Field(string label) => page.GetByLabel(label, new() { Exact = true });

    /// <summary>The input's whole control (input, helper and error text) for assertions "at the field".</summary>
    public ILocator FieldControl(string label) => page.Locator(".mud-input-control").Filter(new() { Has = Field(label) });

    public async Task SaveAsync() => await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();

    public ILocator Snackbar(string text) => page.Locator(".mud-snackbar").Filter(new() { HasText = text });

    /// <summary>Types into a category/skill/genre autocomplete and picks the suggestion named <paramref name="option"/>.</summary>
    /// <remarks>The suggestions open on typing; on a loaded machine a key can arrive while the previous pick's list is still
    /// closing, and the list then stays shut — a person types again, and so does this, up to three times.</remarks>
    public async Task PickAsync(string label, string typed, string option)
    {
        var input = Field(label);
        var suggestion = page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true });
        for (var attempt = 1; ; attempt++)
        {
            await input.ClickAsync();
            await input.FillAsync("");
            await input.PressSequentiallyAsync(typed, new() { Delay = 40 });
            try
            {
                await suggestion.WaitForAsync(new() { Timeout = attempt < 3 ? 5_000 : 15_000 });
                break;
            }
            catch (TimeoutException) when (attempt < 3)
            {
                await page.Keyboard.PressAsync("Escape");
            }
        }
        await suggestion.ClickAsync();
    }

    /// <summary>The chips under a picker (its <c>data-field</c> is Categories, Skills or Genres).</summary>
    public ILocator Chips(string field) => page.Locator($".pa-taxonomy-picker[data-field='{field}'] .mud-chip");

    public async Task UploadAvatarAsync(byte[] png) =>
        await page.Locator(".pa-image-field--avatar input[type=file]").ChooseFilesAsync(new FilePayload { Name = "avatar.png", MimeType = "image/png", Buffer = png });

    public ILocator AvatarPreview => page.GetByRole(AriaRole.Img, new() { Name = "Your avatar" });
}

/// <summary>/u/{username}: a member's public profile.</summary>
public sealed class PublicProfilePage(IPage page)
{
    public async Task OpenAsync(string username) => await page.GotoAsync($"/u/{username}");

    public ILocator Name => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator SmartLink => page.GetByRole(AriaRole.Link, new() { Name = "Smart link" });
    public ILocator Avatar(string displayName) => page.GetByRole(AriaRole.Img, new() { Name = $"{displayName}'s avatar" });
    public ILocator Section(string title) => page.GetByRole(AriaRole.Region, new() { Name = title });
}

/// <summary>/admin/custom-fields: the queue of requested categories, skills and genres.</summary>
public sealed class CustomFieldQueuePage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.GotoAsync("/admin/custom-fields");
        await page.Locator("h1[data-interactive=true]").WaitForAsync();
    }

    public ILocator Row(string value) => page.GetByRole(AriaRole.Row).Filter(new() { HasText = value });

    /// <summary>Chooses an option of one of the filter selects ("Type", "Status").</summary>
    public Task FilterAsync(string label, string option) => page.ChooseAsync(label, option);

    public ILocator Dialog => page.GetByRole(AriaRole.Dialog);
}
