using System.Reflection;
using Bunit;
using Microsoft.AspNetCore.Components.RenderTree;

// Reading the render tree is this helper's purpose: the guards assert on what the circuit keeps.
#pragma warning disable BL0006

namespace ProducersAvenue.Tests.Support;

/// <summary>How many render-tree frames a component's current render holds (decision 110's guards): what the circuit keeps
/// for it, twice, and what the browser applies call by call when the circuit draws the page. The renderer keeps them
/// protected, so this reads them through reflection.</summary>
public static class RenderTreeFrames
{
    private static readonly MethodInfo Current =
        typeof(Renderer).GetMethod("GetCurrentRenderTreeFrames", BindingFlags.Instance | BindingFlags.NonPublic)!;

    public static int Count(BunitContext context, int componentId) => Frames(context, componentId).Count;

    /// <summary>The markup frames' strings of a component's current render, in order (the instances the circuit keeps).</summary>
    public static IReadOnlyList<string> Markup(BunitContext context, int componentId) =>
        Frames(context, componentId).Where(f => f.FrameType == RenderTreeFrameType.Markup).Select(f => f.MarkupContent).ToList();

    private static List<RenderTreeFrame> Frames(BunitContext context, int componentId)
    {
        var range = (ArrayRange<RenderTreeFrame>)Current.Invoke(context.Renderer, [componentId])!;
        return range.Array.Take(range.Count).ToList();
    }
}
