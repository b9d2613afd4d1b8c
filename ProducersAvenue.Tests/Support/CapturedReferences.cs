using System.Reflection;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace ProducersAvenue.Tests.Support;

/// <summary>
/// Which element a component's <c>ElementReference.FocusAsync</c> went to. bUnit writes an element's reference id into its
/// markup (<c>blazor:elementreference</c>) only on the render that first captured it: on .NET 10 a later render's markup
/// has it empty. So the id is read where the component keeps the reference, and compared with what focus was called for.
/// </summary>
public static class CapturedReferences
{
    private const string Focus = "Blazor._internal.domWrapper.focus";

    /// <summary>The reference a component keeps in the private field <paramref name="field"/>.</summary>
    public static T Field<T>(object component, string field) =>
        (T)component.GetType().GetField(field, BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(component)!;

    /// <summary>The ids of the elements <c>ElementReference.FocusAsync</c> was called for, in order.</summary>
    public static List<string> Focused(this BunitJSInterop js) =>
        [.. js.Invocations[Focus].Select(i => ((ElementReference)i.Arguments[0]!).Id)];
}
