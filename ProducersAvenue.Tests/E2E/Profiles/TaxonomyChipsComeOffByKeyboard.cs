using Microsoft.Playwright;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Profiles;

/// <summary>
/// QA10 (a11y, finding 2): on /settings/profile a skill (a category, a genre) is removed with the keyboard alone. Tab goes
/// from the box to each chip's "Remove …" button (MudChip's "Close" was out of the Tab order); Enter removes the chip, the
/// focus goes on to the next chip's button and the removal is announced; Backspace in the empty box removes the last chip.
/// The chips look as they did: screenshots of them at a phone's width in dark and a laptop's in light, one focused.
/// </summary>
[Collection(E2ECollection.Name)]
public sealed class TaxonomyChipsComeOffByKeyboard(E2EFixture app)
{
    private async Task<Guid> MemberWithSkillsAsync(string username)
    {
        var member = (await app.App.CreateMemberAsync(username)).Id;
        await app.Db.ExecuteAsync("""
            INSERT INTO user_skills (user_id, skill_id)
            SELECT $1, id FROM skills WHERE name IN ('Mixing', 'Mastering', 'Sound Design')
            """, member);
        return member;
    }

    private static ILocator Chips(IPage page) => new ProfileEditorPage(page).Chips("Skills");

    [Fact]
    public async Task Each_chip_comes_off_by_Tab_and_Enter_and_the_last_by_Backspace_in_the_box()
    {
        await MemberWithSkillsAsync("chips_kai");
        var page = await app.SignedInPageAsync("chips_kai");
        var editor = new ProfileEditorPage(page);
        await editor.OpenAsync();
        await Expect(Chips(page)).ToHaveTextAsync(["Mastering", "Mixing", "Sound Design"]);
        var picker = page.Locator(".pa-taxonomy-picker[data-field='Skills']");

        await editor.Field("Skills").FocusAsync();
        var removeMixing = page.GetByRole(AriaRole.Button, new() { Name = "Remove Mixing" });
        for (var i = 0; i < 4 && !await removeMixing.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
            await page.Keyboard.PressAsync("Tab");
        await Expect(removeMixing).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        // The focus goes on to the next chip's button, and Shift+Tab reaches the one before.
        await Expect(Chips(page)).ToHaveTextAsync(["Mastering", "Sound Design"]);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Remove Sound Design" })).ToBeFocusedAsync();
        await Expect(picker.GetByRole(AriaRole.Status)).ToHaveTextAsync("Removed Mixing.");
        await page.Keyboard.PressAsync("Shift+Tab");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Remove Mastering" })).ToBeFocusedAsync();

        // Backspace in the empty box takes the last chip and leaves the focus in the box; with text in it, it only erases.
        await editor.Field("Skills").FocusAsync();
        await page.Keyboard.TypeAsync("x");
        await page.Keyboard.PressAsync("Backspace");
        await Expect(Chips(page)).ToHaveCountAsync(2);
        await page.Keyboard.PressAsync("Backspace");
        await Expect(Chips(page)).ToHaveTextAsync(["Mastering"]);
        await Expect(editor.Field("Skills")).ToBeFocusedAsync();

        await editor.SaveAsync();
        await Expect(editor.Snackbar("Profile saved.")).ToBeVisibleAsync();
        Assert.Equal(new[] { "Mastering" }, await app.Db.ColumnAsync("""
            SELECT s.name FROM user_skills us JOIN skills s ON s.id = us.skill_id
            JOIN user_profiles p ON p.user_id = us.user_id WHERE p.username = 'chips_kai'
            """));
    }

    [Theory]
    [InlineData(390, true)]
    [InlineData(1366, false)]
    public async Task The_chips_look_as_they_did_with_a_focus_ring_on_the_focused_button(int width, bool dark)
    {
        var username = $"chips_look_{width}";
        await MemberWithSkillsAsync(username);
        var page = await app.SignedInPageAsync(username, width, dark);
        var editor = new ProfileEditorPage(page);
        await editor.OpenAsync();
        await Expect(Chips(page)).ToHaveCountAsync(3);
        var picker = page.Locator(".pa-taxonomy-picker[data-field='Skills']");
        await Looks.SettleAsync(page, dark);
        var folder = Path.Combine(Screenshots.Root, nameof(TaxonomyChipsComeOffByKeyboard));
        Directory.CreateDirectory(folder);
        var theme = dark ? "dark" : "light";
        await picker.ScreenshotAsync(new() { Path = Path.Combine(folder, $"skills-{width}-{theme}.png") });

        // One row of small chips, as MudChip drew them: 24 px high, the icon button inside.
        foreach (var chip in await Chips(page).AllAsync())
            Assert.InRange((await chip.BoundingBoxAsync())!.Height, 22, 26);

        // The focus ring, on the chip's button as the keyboard reaches it (on the first one directly: on a touch screen
        // the box's suggestion list takes the first Tab).
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove Mastering" }).FocusAsync();
        var focused = page.Locator(":focus");
        await Expect(focused).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("^Remove "));
        Assert.NotEqual("none", await focused.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        await picker.ScreenshotAsync(new() { Path = Path.Combine(folder, $"skills-{width}-{theme}-focused.png") });
    }
}
