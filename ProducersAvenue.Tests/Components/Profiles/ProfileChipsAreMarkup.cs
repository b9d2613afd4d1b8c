using Bunit;
using Microsoft.AspNetCore.Components;
using ProducersAvenue.Domain.Profiles;
using ProducersAvenue.Domain.Taxonomy;
using ProducersAvenue.Web.Components.Pages.Profiles.Components;

namespace ProducersAvenue.Tests.Components.Profiles;

/// <summary>
/// A profile's categories, skills and genres are a list of chips written as markup (decision 110): no component per value,
/// a pending value marked for its owner, an empty list not drawn at all.
/// </summary>
public sealed class ProfileChipsAreMarkup : BunitContext
{
    [Fact]
    public void Values_are_list_items_with_the_pending_one_marked_and_no_component_each()
    {
        TaxonomyChip[] chips =
        [
            new(Guid.NewGuid(), "Mixing", CustomFieldType.Skill, false),
            new(Guid.NewGuid(), "Mastering", CustomFieldType.Skill, false),
            new(Guid.NewGuid(), "Tape <Saturation>", CustomFieldType.Skill, true),
        ];

        var section = Render<ChipSection>(p => p.Add(s => s.Title, "Skills").Add(s => s.Chips, chips));

        Assert.Equal("Skills", section.Find("section").GetAttribute("aria-label"));
        Assert.Equal(["Mixing", "Mastering", "Tape <Saturation> (pending)"], section.FindAll("li.mud-chip").Select(c => c.TextContent.Trim()));
        var pending = Assert.Single(section.FindAll("li.pa-chip-pending"));
        Assert.Equal("Requested — waiting for approval", pending.GetAttribute("title"));
        Assert.Empty(section.FindComponents<IComponent>());
    }

    [Fact]
    public void No_values_draw_nothing() =>
        Assert.Empty(Render<ChipSection>(p => p.Add(s => s.Title, "Genres").Add(s => s.Chips, Array.Empty<TaxonomyChip>())).Markup.Trim());
}
