using ProducersAvenue.Domain.Marketplace;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// What the parties of a demo order write, fitting what was ordered: stems and vocal levels for audio work, a cover's
/// sketches for design and video, session notes for mentoring (a cover art order spoke of "tempo 92 BPM" and "mix bus
/// choices").
/// </summary>
public sealed record DemoOrderWords(string Requirements, string BuyerHello, string SellerHello, string Delivery, string RevisionAsk, string RevisionDelivery)
{
    private static readonly DemoOrderWords Audio = new(
        "Stems and a reference track are in the shared folder; tempo 92 BPM.",
        "Hi! The stems are in the folder; the lead vocal is track 3. Anything else you need from me?",
        "Got them, thanks. The reference helps a lot. I'll start shortly and keep you posted here.",
        "First version attached in our chat; notes on the mix bus choices inside.",
        "Could the vocal sit a little louder in the chorus?",
        "Vocal up 1.5 dB in the chorus, as asked.");

    private static readonly DemoOrderWords Visual = new(
        "Single called “Night Drive”: a neon city at night, purple and teal. The logo and two reference covers are in our chat.",
        "Hi! The logo and the references are in the chat. Anything else you need from me?",
        "Got them, thanks — love the mood. First sketches here within a couple of days.",
        "Three drafts attached in our chat, 3000 × 3000 px, PNG and JPG.",
        "Could the title be a little larger, with the logo bottom right?",
        "Title up a fifth and the logo moved to the bottom right, as asked.");

    private static readonly DemoOrderWords Mentoring = new(
        "I'd like to work on arrangement: my tracks stall after the second chorus. Evenings (CET) suit me.",
        "Hi! Looking forward to it — I've shared two unfinished projects in the chat.",
        "Great, I'll listen to both before we meet and send a time here.",
        "Session notes and the three exercises we talked about are in our chat.",
        "Could we go over the transition exercise once more?",
        "Added a short video walking through the transition exercise again.");

    /// <summary>The words for an order of a service of <paramref name="type"/> (a mentoring session whatever its type).</summary>
    public static DemoOrderWords For(ServiceType type, bool mentoring) => mentoring || type == ServiceType.Consultation
        ? Mentoring
        : type is ServiceType.Design or ServiceType.Video ? Visual : Audio;
}
