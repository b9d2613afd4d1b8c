using ProducersAvenue.Domain.Finance.Payments.Stripe;
using ProducersAvenue.Tests.Support;

namespace ProducersAvenue.Tests.Integration.Finance;

/// <summary>Bodies of the Stripe events the money tests deliver (signed with <see cref="FakeStripe.Sign"/> at delivery).</summary>
public static class StripeEventBodies
{
    public static string Event(string type, string id, string dataObject) => $$$"""
        {"id":"{{{id}}}","object":"event","api_version":"2020-08-27","created":{{{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}}},"livemode":false,
         "pending_webhooks":1,"type":"{{{type}}}","data":{"object":{{{dataObject}}}}}
        """;

    /// <summary>A dispute of the $19.99 charge of <paramref name="intent"/> (its charge is <c>ch_{intent}</c>).</summary>
    public static string Dispute(string type, string id, string intent, string status, long amount = 1999) => Event(type, id, $$$"""
        {"id":"dp_{{{intent}}}","object":"dispute","amount":{{{amount}}},"currency":"usd","charge":"ch_{{{intent}}}","payment_intent":"{{{intent}}}",
         "reason":"fraudulent","status":"{{{status}}}","evidence_details":{"due_by":{{{DateTimeOffset.UtcNow.AddDays(7).ToUnixTimeSeconds()}}},
         "has_evidence":false,"past_due":false,"submission_count":0}}
        """);

    /// <summary>The charge of <paramref name="intent"/>, refunded in full in Stripe's dashboard.</summary>
    public static string Refunded(string id, string intent, long amount = 1999) => Event("charge.refunded", id, $$$"""
        {"id":"ch_{{{intent}}}","object":"charge","amount":{{{amount}}},"amount_refunded":{{{amount}}},"refunded":true,"currency":"usd","payment_intent":"{{{intent}}}","metadata":{}}
        """);

    /// <summary>
    /// Delivers each body three times, signed, in an order shuffled by <paramref name="seed"/> to the real webhook (as Stripe
    /// may repeat and reorder events); each delivery must be accepted.
    /// </summary>
    public static async Task DeliverShuffledAsync(this TestDb db, TimeProvider clock, int seed, params string[] bodies)
    {
        var settings = new Dictionary<string, string?> { ["Stripe:WebhookSecret"] = FakeStripe.WebhookSecret };
        var deliveries = bodies.SelectMany(b => Enumerable.Repeat(b, 3)).ToList();
        new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(deliveries));
        foreach (var body in deliveries)
            Assert.Equal(StripeWebhookOutcome.Applied, await db.Services(clock: clock, settings: settings).Get<StripeWebhook>()
                .HandleAsync(body, FakeStripe.Sign(body, DateTimeOffset.UtcNow)));
    }
}
