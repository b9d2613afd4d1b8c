using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using ProducersAvenue.Web.Components.Shared;

namespace ProducersAvenue.Tests.Unit.Hosting;

/// <summary>
/// Decision 127: what prerendering loaded is handed to the circuit only by a prerender a circuit will take over, is taken
/// only for the key and viewer it was loaded for, and leaves the circuit's slot empty once read.
/// </summary>
public sealed class PrerenderedHandoffIsTakenOnce
{
    private static readonly RendererInfo Prerendering = new("Static", isInteractive: false);
    private static readonly RendererInfo Circuit = new("Server", isInteractive: true);
    private static readonly Guid Viewer = Guid.NewGuid();

    private sealed record Start(string Title);

    [Fact]
    public void A_prerender_for_a_circuit_offers_its_value_and_a_static_page_does_not()
    {
        var budget = new PrerenderedStateBudget(65_536);

        var offered = budget.Offer(Prerendering, () => RenderMode.InteractiveServer, "beat", Viewer, new Start("Night drive"));

        Assert.Equal(new PrerenderedHandoff<Start>("beat", Viewer, new Start("Night drive")), offered);
        Assert.Null(budget.Offer(Prerendering, () => null, "beat", Viewer, new Start("Night drive")));
        Assert.Null(budget.Offer(Circuit, () => RenderMode.InteractiveServer, "beat", Viewer, new Start("Night drive")));
        Assert.Null(budget.Offer<Start>(Prerendering, () => RenderMode.InteractiveServer, "beat", Viewer, null));
    }

    [Fact]
    public void A_circuit_never_reads_the_render_mode_of_a_component_that_may_be_gone()
    {
        // In a circuit a component offers after an await; if its page was left meanwhile, its render mode throws (the
        // renderer no longer has it). That once ended a member's circuit on the way Back to the market.
        var budget = new PrerenderedStateBudget(65_536);
        IComponentRenderMode? Disposed() => throw new ArgumentException("The renderer does not have a component with ID 312.");

        Assert.Null(budget.Offer(Circuit, Disposed, "beat", Viewer, new Start("Night drive")));
    }

    [Fact]
    public void The_circuit_takes_the_value_for_its_key_and_viewer_and_empties_the_slot()
    {
        var slot = new PrerenderedHandoff<Start>("beat", Viewer, new Start("Night drive"));

        var (value, left) = slot.Take(Circuit, "beat", Viewer);

        Assert.Equal(new Start("Night drive"), value);
        Assert.Null(left);
    }

    [Theory]
    [InlineData("other-beat", false)]
    [InlineData("beat", true)]
    public void Another_key_or_viewer_takes_nothing_and_still_empties_the_slot(string key, bool otherViewer)
    {
        var slot = new PrerenderedHandoff<Start>("beat", Viewer, new Start("Night drive"));

        var (value, left) = slot.Take(Circuit, key, otherViewer ? Guid.NewGuid() : Viewer);

        Assert.Null(value);
        Assert.Null(left);
    }

    [Fact]
    public void Prerendering_takes_nothing_and_keeps_what_it_set()
    {
        var slot = new PrerenderedHandoff<Start>("beat", Viewer, new Start("Night drive"));

        var (value, left) = slot.Take(Prerendering, "beat", Viewer);

        Assert.Null(value);
        Assert.Same(slot, left);
    }
}
