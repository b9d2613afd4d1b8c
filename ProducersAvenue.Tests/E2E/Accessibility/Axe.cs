using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace ProducersAvenue.Tests.E2E.Accessibility;

/// <summary>One axe-core violation as the sweep reports it: the rule, its impact, and up to four of its elements.</summary>
public sealed record AxeViolation(string Id, string Impact, string Help, int Count, AxeNode[] Nodes);

/// <summary>An element a violation names: its CSS target and the start of its HTML.</summary>
public sealed record AxeNode(string Target, string Html);

/// <summary>
/// Runs axe-core (the script Deque's package bundles) in a page's own document and returns only its violations.
/// Deque's Playwright runner ran axe in every frame with <c>runPartial</c> and finished the run in a new blank page it
/// injected axe into again: ~1.45 s a page here, against ~0.5 s for injecting and running it in place (our pages have
/// no frames). Decision 235.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() => new BundledAxeScriptProvider().GetScript());

    private const string Run = """
        async options => {
          const results = await axe.run(document, { ...options, resultTypes: ['violations'] });
          return JSON.stringify(results.violations.map(v => ({
            id: v.id, impact: v.impact ?? '', help: v.help, count: v.nodes.length,
            nodes: v.nodes.slice(0, 4).map(n => ({ target: n.target.join(' '), html: n.html.length <= 160 ? n.html : n.html.slice(0, 160) + '…' })),
          })));
        }
        """;

    /// <summary>The rules tagged <paramref name="tags"/> over the page as it is now.</summary>
    public static Task<AxeViolation[]> RunTagsAsync(IPage page, params string[] tags) =>
        RunAsync(page, new { runOnly = new { type = "tag", values = tags } });

    /// <summary>The rules <paramref name="rules"/> over the page as it is now.</summary>
    public static Task<AxeViolation[]> RunRulesAsync(IPage page, params string[] rules) =>
        RunAsync(page, new { runOnly = new { type = "rule", values = rules } });

    private static async Task<AxeViolation[]> RunAsync(IPage page, object options)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'")) await page.EvaluateAsync(Script.Value);
        var json = await page.EvaluateAsync<string>(Run, options);
        return JsonSerializer.Deserialize<AxeViolation[]>(json, JsonSerializerOptions.Web)!;
    }
}
