// bench/FrameBuffers: where an app's render-tree frame buffers are, from a heap dump (issue 9). Every component keeps its
// render tree in a frame buffer (RenderTreeFrame[], 40 bytes a frame) that starts at 32 frames and doubles, and a second
// one once it has rendered twice; the shared ArrayPool keeps the buffers that were given back, per thread. The circuit
// benchmark's "heap per circuit" counts all of them; this says which component types hold what.
//
//   dotnet FrameBuffers.dll <heap dump> <libmscordaccore.so of the app's runtime>
using System.Globalization;
using Microsoft.Diagnostics.Runtime;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: FrameBuffers <heap dump> <libmscordaccore.so>");
    return 2;
}

using var target = DataTarget.LoadDump(args[0]);
var runtime = target.ClrVersions[0].CreateRuntime(args[1], ignoreMismatch: true);
var heap = runtime.Heap;

const string FrameArray = "Microsoft.AspNetCore.Components.RenderTree.RenderTreeFrame[]";
var circuits = 0;
var arrays = new Dictionary<ulong, ulong>();
var states = new List<ClrObject>();
foreach (var obj in heap.EnumerateObjects())
{
    switch (obj.Type?.Name)
    {
        case FrameArray: arrays[obj.Address] = obj.Size; break;
        case "Microsoft.AspNetCore.Components.Server.Circuits.CircuitHost": circuits++; break;
        case "Microsoft.AspNetCore.Components.Rendering.ComponentState" or "Microsoft.AspNetCore.Components.Server.Circuits.RemoteComponentState":
            states.Add(obj); break;
    }
}

// Who holds each frame buffer: a component's tree builder, a render batch's builder, the shared pool, or nothing any more.
var holder = new Dictionary<ulong, string>();
foreach (var obj in heap.EnumerateObjects())
{
    if (obj.Type is null || obj.Type.Name == FrameArray) continue;
    foreach (var reference in obj.EnumerateReferenceAddresses())
        if (arrays.ContainsKey(reference)) holder.TryAdd(reference, Kind(obj.Type.Name ?? ""));
}

static string Kind(string type) => type switch
{
    _ when type.EndsWith("RenderTreeFrameArrayBuilder", StringComparison.Ordinal) => "component render trees",
    _ when type.Contains("ArrayBuilder", StringComparison.Ordinal) => "render batch builders",
    _ when type.Contains("SharedArrayPool", StringComparison.Ordinal) || type.Contains("ThreadLocalArray", StringComparison.Ordinal)
        => "shared ArrayPool (per thread and per core)",
    _ => $"other ({type})",
};

var perCircuit = Math.Max(circuits, 1);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{circuits} circuits; RenderTreeFrame[] by holder (KB per circuit):"));
foreach (var group in arrays.GroupBy(a => holder.GetValueOrDefault(a.Key, "unreferenced (garbage)"))
             .OrderByDescending(g => g.Sum(a => (long)a.Value)))
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {group.Sum(a => (long)a.Value) / 1024.0 / perCircuit,8:F1}  {group.Count() / (double)perCircuit,6:F1} arrays  {group.Key}"));

// Per component type: its buffers' bytes and frames in use.
var byType = new Dictionary<string, (int Instances, long Bytes, long Frames)>();
foreach (var state in states)
{
    var name = state.ReadObjectField("<Component>k__BackingField").Type?.Name ?? "?";
    long bytes = 0, frames = 0;
    foreach (var field in new[] { "<CurrentRenderTree>k__BackingField", "_nextRenderTree" })
    {
        var builder = state.ReadObjectField(field);
        if (builder.IsNull) continue;
        var entries = builder.ReadObjectField("_entries");
        if (entries.IsNull) continue;
        var items = entries.ReadObjectField("_items");
        if (!items.IsNull && items.Type?.Name == FrameArray) bytes += (long)items.Size;
        if (field.StartsWith('<')) frames += entries.ReadField<int>("_itemsInUse");
    }
    var total = byType.GetValueOrDefault(name);
    byType[name] = (total.Instances + 1, total.Bytes + bytes, total.Frames + frames);
}
Console.WriteLine();
Console.WriteLine("component render trees by type (KB per circuit, frames in the current tree per instance):");
foreach (var (name, t) in byType.OrderByDescending(kv => kv.Value.Bytes).Take(30))
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  {t.Bytes / 1024.0 / perCircuit,8:F1}  {t.Instances / (double)perCircuit,5:F1} ×  {t.Frames / (double)t.Instances,6:F0} frames  {name}"));
return 0;
