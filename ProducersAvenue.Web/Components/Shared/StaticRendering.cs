using Microsoft.AspNetCore.Components;

namespace ProducersAvenue.Web.Components.Shared;

/// <summary>
/// Whether a component renders as static HTML that no circuit will take over (a visitor's static page, decision 143, or an
/// Identity page): no event handler, JS interop or later render will run, so what it offers must work as links, forms and
/// the layout's script. Prerendering for a circuit is not static: its component has an assigned render mode.
/// </summary>
public static class StaticRendering
{
    public static bool Is(RendererInfo renderer, IComponentRenderMode? assigned) => !renderer.IsInteractive && assigned is null;

    /// <summary>Whether a render is the prerendering of a component that a circuit will take over (state worth handing over, decision 127).</summary>
    public static bool IsPrerenderingForCircuit(RendererInfo renderer, IComponentRenderMode? assigned) => !renderer.IsInteractive && assigned is not null;
}
