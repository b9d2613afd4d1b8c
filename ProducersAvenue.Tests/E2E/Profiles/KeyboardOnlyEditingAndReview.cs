using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Taxonomy;
using ProducersAvenue.Tests.E2E.Support;
using ProducersAvenue.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace ProducersAvenue.Tests.E2E.Profiles;

/// <summary>The profile editor and the admin queue work from the keyboard, and every control has a name a screen reader can say.</summary>
[Collection(E2ECollection.Name)]
public sealed class KeyboardOnlyEditingAndReview(E2EFixture app)
{
    /// <summary>Buttons, links and form fields on the page without an accessible name (described for the failure message).</summary>
    private const string UnnamedControls = """
        () => [...document.querySelectorAll('button, a[href], input:not([type=hidden]):not([type=file]), [role=button], [role=combobox]')]
            .filter(e => e.offsetParent !== null && e.getAttribute('aria-hidden') !== 'true')
            .filter(e => {
                const labelled = (e.getAttribute('aria-label') || '').trim() || (e.getAttribute('title') || '').trim()
                    || (e.labels && [...e.labels].some(l => l.textContent.trim()))
                    || (e.getAttribute('aria-labelledby') || '').split(' ').some(id => document.getElementById(id)?.textContent.trim());
                return !labelled && !(e.textContent || '').trim() && !(e.getAttribute('placeholder') || '').trim();
            })
            .map(e => e.outerHTML.slice(0, 300))
        """;

    private static async Task AssertEveryControlHasANameAsync(IPage page)
    {
        var unnamed = await page.EvaluateAsync<string[]>(UnnamedControls);
        Assert.True(unnamed.Length == 0, "Controls without an accessible name:\n" + string.Join("\n", unnamed));
    }

    /// <summary>Presses Tab until <paramref name="target"/> has the focus (at most <paramref name="limit"/> times).</summary>
    private static async Task TabToAsync(IPage page, ILocator target, int limit = 60)
    {
        for (var i = 0; i < limit; i++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement || e.contains(document.activeElement)")) return;
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"Tab never reached {target}");
    }

    /// <summary>
    /// Types <paramref name="text"/> into the focused box as one input (as a paste or an input method does) and waits
    /// until the server has searched for the whole word (<paramref name="searched"/> is on screen). On a loaded machine
    /// the autocomplete's own round trips (focus, search) can write an older text back over what was typed; a person
    /// sees that and types the word again (select all, retype), and so does this, at most four times.
    /// Options are looked for in the list this box controls (<c>aria-controls</c>): another picker's list, tabbed through on
    /// the way, can still be open with the same "Request …" option.
    /// </summary>
    private static async Task<ILocator> TypeSettledAsync(IPage page, ILocator box, string text, Func<ILocator, ILocator> searched)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await page.Keyboard.PressAsync("Control+A");
                await page.Keyboard.InsertTextAsync(text);
                await Expect(box).ToHaveValueAsync(text, new() { Timeout = 5_000 });
                await Expect(box).ToHaveAttributeAsync("aria-controls", new Regex(".+"), new() { Timeout = 10_000 });
                var list = page.Locator($"[id='{await box.GetAttributeAsync("aria-controls")}']");
                await Expect(searched(list)).ToBeVisibleAsync(new() { Timeout = 10_000 });
                await Expect(box).ToHaveValueAsync(text, new() { Timeout = 2_000 });
                return list;
            }
            catch (PlaywrightException) when (attempt < 4)
            {
            }
        }
    }

    [Fact]
    public async Task A_member_edits_their_profile_and_picks_a_genre_with_the_keyboard_alone()
    {
        await app.App.CreateMemberAsync("keys_kim");
        var page = await app.NewPageAsync();
        var shots = new Screenshots(page);
        await page.SignInAsync("keys_kim");
        var editor = new ProfileEditorPage(page);
        await editor.OpenAsync();

        await AssertEveryControlHasANameAsync(page);

        await TabToAsync(page, editor.Field("Display name"));
        await page.Keyboard.TypeAsync("Kim On Keys");
        await TabToAsync(page, editor.Field("Genres"));
        // Genres search from the first letter (no full list on focus): the list shows the matches for what was typed.
        // Enter takes the highlighted option, so wait for the list of the whole word ("Request “Ambien”" is in it), not one
        // for the first letters that can still be on screen; and match by name: the list of a picker tabbed through on the
        // way (categories) can still be closing.
        // On a loaded machine the list can be replaced by a late search result just as Enter arrives, and the key is lost;
        // a person sees no chip and picks it again, and so does this, at most three times.
        for (var attempt = 1; ; attempt++)
        {
            var genres = await TypeSettledAsync(page, editor.Field("Genres"), "Ambien",
                list => list.GetByRole(AriaRole.Option, new() { NameRegex = new Regex("^Request .Ambien.$") }));
            if (attempt == 1) await shots.TakeAsync("genre-typed");
            await Expect(genres.GetByRole(AriaRole.Option, new() { Name = "Ambient", Exact = true })).ToBeVisibleAsync(new() { Timeout = 10_000 });
            await page.Keyboard.PressAsync("Enter");
            try
            {
                await Expect(editor.Chips("Genres")).ToHaveTextAsync(["Ambient"], new() { Timeout = 10_000 });
                break;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
            }
        }
        await AssertEveryControlHasANameAsync(page);

        var save = page.GetByRole(AriaRole.Button, new() { Name = "Save profile" });
        await TabToAsync(page, save);
        Assert.NotEqual("none", await save.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        await shots.TakeAsync("save-focused");
        await page.Keyboard.PressAsync("Enter");
        await Expect(editor.Snackbar("Profile saved.")).ToBeVisibleAsync();
        Assert.Equal("Kim On Keys", await app.Db.ScalarAsync<string>("SELECT display_name FROM user_profiles WHERE username = 'keys_kim'"));
        Assert.Equal(1, await app.Db.ScalarAsync<int>(
            "SELECT count(*) FROM user_genres ug JOIN user_profiles p ON p.user_id = ug.user_id WHERE p.username = 'keys_kim'"));
    }

    [Fact]
    public async Task An_admin_rejects_a_request_with_the_keyboard_alone()
    {
        await app.CreateWithPasswordAsync("keys_admin", UserRole.Admin);
        var member = await app.Db.CreateUserAsync("keys_asker");
        Assert.True((await app.Db.Services(CurrentUser.For(member)).Get<TaxonomyService>()
            .RequestCustomValueAsync(CustomFieldType.Skill, "Kazoo Tuning")).Succeeded);
        var page = await app.NewPageAsync();
        var shots = new Screenshots(page);
        await page.SignInAsync("keys_admin");
        var queue = new CustomFieldQueuePage(page);
        await queue.OpenAsync();
        await Expect(queue.Row("Kazoo Tuning")).ToBeVisibleAsync();

        await AssertEveryControlHasANameAsync(page);

        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Reject Kazoo Tuning" }));
        await shots.TakeAsync("reject-focused");
        await page.Keyboard.PressAsync("Enter");
        await queue.Dialog.WaitForAsync();
        // The dialog opens with the focus on the reason, so typing goes straight there.
        await Expect(queue.Dialog.GetByLabel("Reason")).ToBeFocusedAsync(new() { Timeout = 10_000 });
        await page.Keyboard.TypeAsync("Not a skill we list.");
        await TabToAsync(page, queue.Dialog.GetByRole(AriaRole.Button, new() { Name = "Reject request" }));
        await page.Keyboard.PressAsync("Enter");
        await shots.TakeAsync("reject-confirmed");
        await Expect(queue.Dialog).ToHaveCountAsync(0);
        await Expect(queue.Row("Kazoo Tuning")).ToHaveCountAsync(0);
        Assert.Equal("rejected", await app.Db.ScalarAsync<string>("SELECT status FROM custom_field_requests WHERE field_value = 'Kazoo Tuning'"));
    }
}
