using Microsoft.EntityFrameworkCore;
using ProducersAvenue.Domain.Common;
using ProducersAvenue.Domain.Marketplace;
using ProducersAvenue.Domain.Persistence;

namespace ProducersAvenue.Domain.Seeding;

/// <summary>
/// The demo community's services: 16 across every service type, 7 of them mentoring offered by 6 different members (so
/// Find a Mentor has people to show), all active, each with a portfolio (<see cref="DemoPortfolio"/>). Sellers are member
/// indexes of <see cref="DemoCommunity"/>.
/// </summary>
public static class DemoServices
{
    public sealed record Seed(int Seller, string Title, ServiceType Type, bool Mentoring, string CategorySlug, string[] Genres,
        string Description, string Requirements, ServicePackage[] Packages);

    private static ServicePackage P(string name, decimal price, int days, int? revisions, params string[] features) =>
        new(name, price, days, revisions, features);

    public static IReadOnlyList<Seed> All { get; } =
    [
        new(1, "Full trap beat production from scratch", ServiceType.Production, false, "producer-engineer", ["Trap", "Hip Hop"],
            "Custom trap beats built around your voice: 808s tuned to your key, hi-hat rolls, and a mix-ready session. #trap #808",
            "A reference track, your preferred tempo and a rough vocal if you have one.",
            [P("Basic", 60m, 3, 1, "1 beat", "MP3 + WAV"), P("Standard", 150m, 5, 3, "1 beat", "Trackouts", "Commercial use"), P("Premium", 300m, 7, null, "1 beat", "Trackouts", "Mix of your vocals")]),
        new(1, "Beat-making mentoring sessions", ServiceType.Consultation, true, "educator", ["Trap", "Lo-fi Hip Hop"],
            "One-to-one sessions on drums, sound selection and arrangement, screen-shared in your DAW. #mentoring #beatmaking",
            "Your DAW, two beats you are working on and what you want to get better at.",
            [P("Single session", 45m, 2, 0, "60 minutes", "Session notes"), P("Four weeks", 160m, 28, 0, "4 × 60 minutes", "Feedback on homework")]),
        new(3, "Mixing for vocal-led tracks", ServiceType.Mixing, false, "producer-engineer", ["Pop", "R&B"],
            "Warm, wide mixes where the voice sits on top. Analog-style saturation and careful automation. #mixing",
            "Stems as 24-bit WAV, a reference mix and notes about what you love in it.",
            [P("Up to 16 stems", 120m, 4, 2, "Mix", "Instrumental version"), P("Up to 48 stems", 220m, 6, 3, "Mix", "Instrumental + a cappella", "Stem mastering")]),
        new(4, "Loud, clean mastering", ServiceType.Mastering, false, "producer-engineer", ["Techno", "House"],
            "Club-ready masters with headroom where it matters; streaming and vinyl versions on request. #mastering #techno",
            "Your final mix as a 24-bit WAV peaking around -6 dBFS, and the release format.",
            [P("One track", 35m, 2, 2, "Streaming master"), P("EP (4 tracks)", 120m, 5, 2, "Streaming masters", "DDP image"), P("Album", 280m, 10, 3, "Streaming + vinyl masters")]),
        new(5, "Mix feedback and mentoring", ServiceType.Consultation, true, "educator", ["House", "Techno"],
            "I listen to your mixes and show you, in your session, how to fix them. Good for producers who mix their own music. #mentoring",
            "A mix you are stuck on, as WAV, and the session if you can share it.",
            [P("Feedback video", 30m, 3, 0, "20-minute video review"), P("Live session", 70m, 5, 0, "90 minutes on call", "Recording of the call")]),
        new(6, "Session vocals and toplines", ServiceType.Vocals, false, "vocalist", ["Pop", "Dance Pop"],
            "Toplines written for your track and sung in a treated room; comped, tuned and delivered dry and wet. #vocals #topline",
            "The instrumental, the tempo and key, and any lyric ideas.",
            [P("Topline demo", 90m, 5, 1, "Melody + lyrics", "Rough vocal"), P("Final vocal", 250m, 7, 2, "Lead + doubles", "Harmonies", "Dry and wet stems")]),
        new(7, "Vocal coaching for rappers", ServiceType.Consultation, true, "educator", ["Hip Hop", "Drill"],
            "Breath control, flow and delivery for rappers. Weekly sessions with exercises between them. #mentoring #rap",
            "A recording of you rapping and the artists you look up to.",
            [P("Trial session", 25m, 2, 0, "30 minutes"), P("Monthly", 120m, 30, 0, "4 sessions", "Exercise plan"), P("Intensive", 260m, 30, 0, "8 sessions", "Recording review")]),
        new(8, "Cover art for singles and EPs", ServiceType.Design, false, "visual-artist", ["Synthwave", "Indie Pop"],
            "Bold cover art in 3000 × 3000, with versions for streaming canvases and social posts. #coverart",
            "The title, the mood in three words and any photos you want used.",
            [P("Single cover", 80m, 5, 2, "3000 × 3000 artwork"), P("Cover + socials", 140m, 7, 3, "Artwork", "Story and post sizes")]),
        new(9, "Lyric video editing", ServiceType.Video, false, "visual-artist", ["Pop", "R&B"],
            "Typography-driven lyric videos synced to the beat, ready for YouTube and vertical formats. #lyricvideo",
            "The song as WAV, the lyrics with timings if you have them, and the cover art.",
            [P("Vertical teaser", 50m, 3, 1, "30 seconds", "9:16"), P("Full lyric video", 180m, 7, 2, "Whole song", "16:9 + 9:16")]),
        new(10, "Remote drum recording", ServiceType.Recording, false, "musician", ["Indie Rock", "Alternative Rock"],
            "Real drums on your song, recorded in a live room with a vintage kit; multitracks delivered. #drums",
            "A guide track with click, the tempo map and the vibe you want.",
            [P("One song", 150m, 5, 1, "Multitracks", "Rough mix"), P("Three songs", 400m, 10, 2, "Multitracks", "Rough mixes")]),
        new(11, "Music production mentoring", ServiceType.Production, true, "educator", ["Electronic", "Ambient"],
            "Finish more music: arrangement, sound design and workflow, with a plan for the next month. #mentoring #production",
            "Three unfinished projects and what usually stops you.",
            [P("Starter", 40m, 3, 0, "45-minute session"), P("Growth", 150m, 30, 0, "4 sessions", "Project reviews")]),
        new(12, "Synth patch design", ServiceType.Other, false, "music-tools-creator", ["Synthwave", "Techno"],
            "Custom patches for Serum and Vital made for your track, with macros mapped. #sounddesign",
            "The synth you use, a reference sound and the track if possible.",
            [P("5 patches", 40m, 3, 1, "5 presets"), P("20 patches", 120m, 7, 2, "20 presets", "Macro mapping")]),
        new(13, "Songwriting mentoring", ServiceType.Consultation, true, "educator", ["Pop", "Neo Soul"],
            "Structure, hooks and lyric craft: we take one of your songs apart and build it better. #mentoring #songwriting",
            "A demo or voice memo and the lyrics.",
            [P("One song", 55m, 4, 0, "Session", "Written notes"), P("Four songs", 200m, 30, 0, "4 sessions", "Co-writing")]),
        new(14, "Podcast and voice editing", ServiceType.Other, false, "content-creator", ["Ambient"],
            "Clean voice edits: noise removal, levelling and loudness for podcasts and YouTube. #podcast",
            "The raw recording and the show's intro and outro.",
            [P("Up to 30 min", 30m, 2, 1, "Edited episode"), P("Up to 90 min", 70m, 4, 2, "Edited episode", "Show notes")]),
        new(3, "Stem mastering for streaming", ServiceType.Mastering, false, "producer-engineer", ["Pop", "Hip Hop"],
            "Stem mastering when the mix is close but not there. Loudness for every platform. #mastering",
            "Up to 8 stems as 24-bit WAV and your reference.",
            [P("Single", 60m, 3, 2, "Master from stems")]),
        new(15, "Career and release strategy mentoring", ServiceType.Consultation, true, "industry-professional", ["Pop", "Hip Hop"],
            "From demo to release plan: distribution, pitching, a budget and a calendar you can keep. #mentoring #musicbusiness",
            "Links to your music, your goals for the next year and your budget.",
            [P("Strategy call", 60m, 3, 0, "60 minutes", "Release checklist"), P("Release plan", 180m, 10, 1, "2 calls", "Written 12-week plan")]),
    ];

    /// <summary>Writes the services as active listings (run as the owner, past Row Level Security).</summary>
    /// <param name="portfolio">Stores service <c>i</c>'s portfolio samples as its seller's uploads (<see cref="DemoPortfolio"/>) and
    /// returns their addresses, the cover image first.</param>
    public static async Task WriteAsync(AppDbContext db, IReadOnlyList<Guid> memberIds, DateTimeOffset now,
        Func<int, Seed, Guid, Task<IReadOnlyList<string>>> portfolio, CancellationToken cancellationToken)
    {
        var categories = await db.Categories.ToDictionaryAsync(c => c.Slug, c => c.Id, cancellationToken);
        var genreSlugs = await Slug.OfAsync(db, All.SelectMany(s => s.Genres), cancellationToken);
        var titleSlugs = await Slug.OfAsync(db, All.Select(s => s.Title), cancellationToken);
        for (var i = 0; i < All.Count; i++)
        {
            var seed = All[i];
            var createdAt = now.AddDays(-30 + i);
            var service = new Service
            {
                Id = Guid.CreateVersion7(createdAt),
                SellerId = memberIds[seed.Seller],
                Title = seed.Title,
                Slug = titleSlugs[seed.Title],
                Description = seed.Description,
                ServiceType = seed.Type,
                IsMentoring = seed.Mentoring,
                CategoryId = categories[seed.CategorySlug],
                GenreTags = [.. seed.Genres.Select(g => genreSlugs[g])],
                BuyerRequirements = seed.Requirements,
                Packages = ServicePackages.Write(seed.Packages),
                CreatedAt = createdAt,
            };
            var samples = await portfolio(i, seed, service.SellerId);
            service.PortfolioUrls = [.. samples];
            service.ThumbnailUrl = samples.FirstOrDefault(u => ServicePortfolio.KindOf(u) == PortfolioKind.Image);
            service.Publish();
            db.Services.Add(service);
        }
        // tags are counted by the services trigger (trg_services_tag_usage).
        await db.SaveChangesAsync(cancellationToken);
    }
}
