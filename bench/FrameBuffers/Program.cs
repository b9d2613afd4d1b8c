// bench/FrameBuffers: where an app's render-tree frame buffers are, from a heap dump (issue 9). Every component keeps its
// render tree in a frame buffer (RenderTreeFrame[], 40 bytes a frame) that starts at 32 frames and doubles, and a second
// one once it has rendered twice; the shared ArrayPool keeps the buffers that were given back, per thread. The circuit
// benchmark's "heap per circuit" counts all of them; this says which component types hold what.
//
//   dotnet FrameBuffers.dll <heap dump> <libmscordaccore.so of the app's runtime> [live types out.tsv] [baseline.tsv]
//
// It also marks the live objects from the dump's roots and prints the live heap; with a file name it writes the live
// bytes per type there (and, for strings and byte arrays, per type of the object that holds them), and with a baseline
// file written the same way (an app with no circuits) it prints the live bytes per circuit by type against it. The total
// comes out ~8 MB under dotnet-gcdump's (roots this reader does not see on .NET 10, in the baseline as much as with
// circuits); the difference per circuit agrees with dotnet-gcdump's within its run-to-run spread.
using System.Globalization;
using Microsoft.Diagnostics.Runtime;

if (args.Length is < 2 or > 4)
{
    Console.Error.WriteLine("usage: FrameBuffers <heap dump> <libmscordaccore.so> [live types out.tsv] [baseline.tsv]");
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

// The live heap, marked from the roots: every object reachable from a stack, a handle or a finalizer queue.
// The first object found holding each one is kept too, to say who holds the strings and byte arrays.
var live = new HashSet<ulong>();
var holderOf = new Dictionary<ulong, ulong>();
var pending = new Stack<ulong>();
foreach (var root in heap.EnumerateRoots())
    if (root.Object.Address != 0 && live.Add(root.Object.Address)) pending.Push(root.Object.Address);
while (pending.Count > 0)
{
    var address = pending.Pop();
    var obj = heap.GetObject(address);
    if (!obj.IsValid) continue;
    foreach (var reference in obj.EnumerateReferenceAddresses(carefully: true))
        if (reference != 0 && live.Add(reference))
        {
            holderOf[reference] = address;
            pending.Push(reference);
        }
}
var liveTypes = new Dictionary<string, (long Count, long Bytes)>();
var heldTypes = new Dictionary<string, (long Count, long Bytes)>();
long liveBytes = 0;
foreach (var address in live)
{
    var obj = heap.GetObject(address);
    if (!obj.IsValid) continue;
    var name = obj.Type?.Name ?? "?";
    var t = liveTypes.GetValueOrDefault(name);
    liveTypes[name] = (t.Count + 1, t.Bytes + (long)obj.Size);
    if (name is "System.String" or "System.Byte[]")
    {
        // Filed under a pseudo-type "<type> held by <holder's type>", written with the rest but not added to the total.
        var heldBy = holderOf.TryGetValue(address, out var h) ? heap.GetObject(h).Type?.Name ?? "?" : "a root";
        var key = $"{name} held by {heldBy}";
        var held = heldTypes.GetValueOrDefault(key);
        heldTypes[key] = (held.Count + 1, held.Bytes + (long)obj.Size);
    }
    liveBytes += (long)obj.Size;
}
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"live managed heap (marked from the roots): {liveBytes / 1048576.0:F1} MB in {live.Count:N0} objects"));
if (args.Length >= 3)
    await File.WriteAllLinesAsync(args[2], liveTypes.Concat(heldTypes).Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Value.Count}\t{kv.Value.Bytes}\t{kv.Key}")));
if (args.Length == 4 && circuits > 0)
{
    var baseline = File.ReadLines(args[3]).Select(line => line.Split('\t', 3))
        .ToDictionary(f => f[2], f => (Count: long.Parse(f[0], CultureInfo.InvariantCulture), Bytes: long.Parse(f[1], CultureInfo.InvariantCulture)));
    var baselineBytes = baseline.Where(kv => !kv.Key.Contains(" held by ", StringComparison.Ordinal)).Sum(kv => kv.Value.Bytes);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"against the baseline's {baselineBytes / 1048576.0:F1} MB: {(liveBytes - baselineBytes) / 1024.0 / circuits:F0} KB per circuit; by type (KB and objects per circuit):"));
    foreach (var (name, t) in liveTypes.Concat(heldTypes).Select(kv => (kv.Key, Bytes: kv.Value.Bytes - baseline.GetValueOrDefault(kv.Key).Bytes,
                     Count: kv.Value.Count - baseline.GetValueOrDefault(kv.Key).Count))
                 .Select(x => (x.Key, (x.Bytes, x.Count))).OrderByDescending(x => x.Item2.Bytes).Take(70))
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {t.Bytes / 1024.0 / circuits,8:F1}  {t.Count / (double)circuits,8:F1}  {name}"));
}
return 0;
