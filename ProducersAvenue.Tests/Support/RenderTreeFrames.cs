using System.Reflection;
using Bunit;
using Microsoft.AspNetCore.Components.RenderTree;

namespace ProducersAvenue.Tests.Support;

/// <summary>How many render-tree frames a component's current render holds (decision 110's guards): what the circuit keeps
/// for it, twice, and what the browser applies call by call when the circuit draws the page. The renderer keeps them
/// protected, so this reads them through reflection.</summary>
public static class RenderTreeFrames
{
    private static readonly MethodInfo Current =
        typeof(Renderer).GetMethod("GetCurrentRenderTreeFrames", BindingFlags.Instance | BindingFlags.NonPublic)!;

    public static int Count(BunitContext context, int componentId)
    {
        var frames = Current.Invoke(context.Renderer, [componentId])!;
        return (int)frames.GetType().GetField("Count")!.GetValue(frames)!;
    }
}
