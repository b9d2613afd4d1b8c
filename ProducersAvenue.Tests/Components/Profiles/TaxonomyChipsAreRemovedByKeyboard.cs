using Bunit;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Taxonomy;
using ProducersAvenue.Tests.Support;
using ProducersAvenue.Web.Components.Pages.Profiles.Components;

namespace ProducersAvenue.Tests.Components.Profiles;

/// <summary>
/// QA10 (a11y, finding 2): a category, skill or genre chip is removed from the keyboard. Each chip has its own remove button
/// in the Tab order, named for the chip (MudChip's was "Close" with tabindex -1); the focus goes on to the chip that takes
/// a removed one's place, or the box when none is left, and the status line says what went. Backspace in the empty box
/// (the picker's script calls <see cref="TaxonomyPicker.RemoveLastAsync"/>) removes the last chip and leaves the focus in
/// the box. On real PostgreSQL.
/// </summary>
public sealed class TaxonomyChipsAreRemovedByKeyboard : BunitContext, IAsyncLifetime
{
    private TestDb _db = null!;
    private readonly List<TaxonomyChip> _chips =
    [
        new(Guid.NewGuid(), "Mixing", CustomFieldType.Skill, false),
        new(Guid.NewGuid(), "Mastering", CustomFieldType.Skill, false),
        new(Guid.NewGuid(), "Sound design", CustomFieldType.Skill, false),
    ];

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        var me = await _db.CreateUserAsync("chip_remover");
        this.UseDomain(_db, CurrentUser.For(me), new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }

    private IRenderedComponent<TaxonomyPicker> RenderPicker()
    {
        Render<MudPopoverProvider>();
        return Render<TaxonomyPicker>(p => p.Add(x => x.Type, CustomFieldType.Skill).Add(x => x.Label, "Skills").Add(x => x.Selected, _chips));
    }

    /// <summary>The remove button of the chip named <paramref name="name"/>, as the picker keeps it.</summary>
    private string RemoveButtonOf(IRenderedComponent<TaxonomyPicker> picker, string name) =>
        CapturedReferences.Field<Dictionary<Guid, ElementReference>>(picker.Instance, "_removeButtons")[_chips.Single(c => c.Name == name).Id].Id;

    private string LastFocused() => JSInterop.Focused().Last();

    [Fact]
    public void Each_chip_has_a_named_remove_button_in_the_tab_order()
    {
        var picker = RenderPicker();

        var buttons = picker.FindAll("[data-testid=taxonomy-chip] button");
        Assert.Equal(["Remove Mixing", "Remove Mastering", "Remove Sound design"], buttons.Select(b => b.GetAttribute("aria-label")));
        Assert.All(buttons, b => Assert.Null(b.GetAttribute("tabindex")));
        Assert.All(buttons, b => Assert.Equal("button", b.GetAttribute("type")));
        // MudChip's look, written out: the same classes, and no MudChip instance with its "Close" button.
        Assert.Empty(picker.FindComponents<MudChip<string>>());
        Assert.DoesNotContain("aria-label=\"Close\"", picker.Markup);
        Assert.Contains("mud-chip-close-button", buttons[0].ClassName);
        Assert.Equal("Mixing", picker.FindAll("[data-testid=taxonomy-chip]")[0].TextContent.Trim());
        // The script that lets Backspace in the empty box remove the last chip is started on the picker.
        Assert.Contains("./Components/Pages/Profiles/Components/TaxonomyPicker.razor.js", JSInterop.VerifyInvoke("import").Arguments);
    }

    [Fact]
    public void A_removed_chip_hands_the_focus_to_the_next_one_and_the_status_line_says_it()
    {
        var picker = RenderPicker();

        var soundDesign = RemoveButtonOf(picker, "Sound design");
        var mixing = RemoveButtonOf(picker, "Mixing");
        picker.Find("button[aria-label='Remove Mastering']").Click();

        Assert.Equal(["Mixing", "Sound design"], picker.FindAll("[data-testid=taxonomy-chip]").Select(c => c.TextContent.Trim()));
        Assert.Equal(["Mixing", "Sound design"], _chips.Select(c => c.Name));
        Assert.Equal(soundDesign, LastFocused());
        Assert.Equal("Removed Mastering.", picker.Find("[role=status]").TextContent);

        // The last one's place is taken by the one before it.
        picker.Find("button[aria-label='Remove Sound design']").Click();
        Assert.Equal(mixing, LastFocused());
    }

    [Fact]
    public void With_no_chip_left_the_box_takes_the_focus()
    {
        _chips.RemoveRange(1, 2);
        var picker = RenderPicker();
        var focusesBefore = JSInterop.Invocations.Count;

        picker.Find("button[aria-label='Remove Mixing']").Click();

        Assert.Empty(picker.FindAll("[data-testid=taxonomy-chip]"));
        // MudAutocomplete.FocusAsync: its input's focus, through MudBlazor's script.
        Assert.Contains(JSInterop.Invocations.Skip(focusesBefore), i => i.Identifier.Contains("focus", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Backspace_in_the_empty_box_removes_the_last_chip_and_leaves_the_focus_in_the_box()
    {
        var picker = RenderPicker();

        await picker.InvokeAsync(() => picker.Instance.RemoveLastAsync());

        Assert.Equal(["Mixing", "Mastering"], picker.FindAll("[data-testid=taxonomy-chip]").Select(c => c.TextContent.Trim()));
        Assert.Empty(JSInterop.Focused());
        Assert.Equal("Removed Sound design.", picker.Find("[role=status]").TextContent);
    }
}
